/** Due date from payment terms (restdocs payment-terms types; invoiceMonth checked against a live draft). */
function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function endOfMonth(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

function endOfWeek(isoDate: string, startsSunday: boolean): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const last = startsSunday ? 6 : 0;
  return addDays(isoDate, (last - day + 7) % 7);
}

export function computeDueDate(type: string, daysOfCredit: number, date: string, sentDueDate?: string): string {
  switch (type) {
    case 'net':
    case 'factoring':
    case 'creditcard':
    case 'avtaleGiro':
      return addDays(date, daysOfCredit);
    case 'invoiceMonth':
      return addDays(endOfMonth(date), daysOfCredit);
    case 'invoiceWeekStartingSunday':
      return addDays(endOfWeek(date, true), daysOfCredit);
    case 'invoiceWeekStartingMonday':
      return addDays(endOfWeek(date, false), daysOfCredit);
    case 'dueDate':
      return sentDueDate ?? date;
    default: // paidInCash, prepaid
      return date;
  }
}
