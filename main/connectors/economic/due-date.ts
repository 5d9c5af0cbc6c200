import { daysAfter } from '../../../shared/domain/local-day';
import type { PaymentTermsType } from './types';

/**
 * The due date e-conomic gives an invoice dated `invoiceDate` (YYYY-MM-DD) under payment terms
 * of `type` with `daysOfCredit`, for what LedgerBridge shows before e-conomic has made the
 * invoice (the mail preview's example invoice). The types are e-conomic's (restdocs,
 * payment-terms): net-like terms count the days from the invoice date, "invoiceMonth"
 * ("Løbende måned + 30") from the last day of the invoice's month, the invoice-week terms from
 * the last day of its week (Saturday for weeks starting Sunday, Sunday for weeks starting
 * Monday); cash, prepaid and terms with a due date of their own fall due on the invoice date.
 */
export function dueDateOf(type: PaymentTermsType | undefined, daysOfCredit: number, invoiceDate: string): string {
  switch (type) {
    case 'invoiceMonth':
      return daysAfter(lastOfMonth(invoiceDate), daysOfCredit);
    case 'invoiceWeekStartingSunday':
      return daysAfter(lastOfWeek(invoiceDate, 6), daysOfCredit);
    case 'invoiceWeekStartingMonday':
      return daysAfter(lastOfWeek(invoiceDate, 0), daysOfCredit);
    case 'paidInCash':
    case 'prepaid':
    case 'dueDate':
      return invoiceDate;
    default:
      // net, factoring, creditcard, avtaleGiro, and terms whose type e-conomic did not name.
      return daysAfter(invoiceDate, daysOfCredit);
  }
}

function lastOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The date on or after `date` that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function lastOfWeek(date: string, weekday: number): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return daysAfter(date, (weekday - day + 7) % 7);
}
