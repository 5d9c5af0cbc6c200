import type { AccountingYear } from './types';

/**
 * The open accounting year whose period holds the day (YYYY-MM-DD), if the agreement has
 * one. e-conomic books no invoice or payment dated in a year that is missing or closed.
 */
export function openAccountingYearOf(years: readonly AccountingYear[], day: string): AccountingYear | undefined {
  return years.find((y) => !y.closed && y.fromDate <= day && day <= y.toDate);
}
