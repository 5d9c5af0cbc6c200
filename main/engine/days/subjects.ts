import type { DayRow } from '../../ledger';

/** The journal's subject for a day invoice's writes (its Idempotency-Keys and its rows in the operations journal, its log entries). */
export function daySubject(day: Pick<DayRow, 'day' | 'currency' | 'zone'>): string {
  return `day:${day.day}:${day.currency}:${day.zone}`;
}

/** The journal's subject for a day voucher's writes (dayBooking "journal"). */
export function voucherSubject(day: Pick<DayRow, 'day' | 'currency' | 'zone'>): string {
  return `day-voucher:${day.day}:${day.currency}:${day.zone}`;
}
