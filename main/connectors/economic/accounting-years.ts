import type { AccountingYear } from './types';

/**
 * The open accounting year whose period holds the day (YYYY-MM-DD), if the agreement has
 * one. e-conomic books no invoice or payment dated in a year that is missing or closed.
 */
export function openAccountingYearOf(years: readonly AccountingYear[], day: string): AccountingYear | undefined {
  return years.find((y) => !y.closed && y.fromDate <= day && day <= y.toDate);
}

/** How many days before its end an accounting year without a next one is worth a warning. */
export const YEAR_ENDS_SOON_DAYS = 31;

/**
 * The open year holding `today` when it ends within YEAR_ENDS_SOON_DAYS and no open year holds
 * the day after it: from then on e-conomic books nothing (LB-3002) until the accountant creates
 * the next year.
 */
export function yearEndingWithoutNext(years: readonly AccountingYear[], today: string): AccountingYear | undefined {
  const current = openAccountingYearOf(years, today);
  if (!current) return undefined;
  const dayAfter = new Date(Date.parse(`${current.toDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const daysLeft = (Date.parse(current.toDate) - Date.parse(today)) / 86_400_000;
  return daysLeft < YEAR_ENDS_SOON_DAYS && !openAccountingYearOf(years, dayAfter) ? current : undefined;
}
