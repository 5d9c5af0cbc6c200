import { describe, expect, it } from 'vitest';
import { dueDateOf } from '../../../../main/connectors/economic/due-date';

// 8 December 2026 is a Tuesday (7 December 2026 is a Monday).
describe("an invoice's due date under e-conomic's payment terms", () => {
  it('counts net terms from the invoice date, across a month and a year', () => {
    expect(dueDateOf('net', 8, '2026-12-08')).toBe('2026-12-16');
    expect(dueDateOf('net', 30, '2026-12-08')).toBe('2027-01-07');
    expect(dueDateOf('net', 0, '2026-12-08')).toBe('2026-12-08');
  });

  it('counts "Løbende måned + 30" (invoiceMonth) from the last day of the invoice month, February too', () => {
    expect(dueDateOf('invoiceMonth', 30, '2026-12-08')).toBe('2027-01-30');
    expect(dueDateOf('invoiceMonth', 0, '2026-12-31')).toBe('2026-12-31');
    expect(dueDateOf('invoiceMonth', 10, '2027-02-15')).toBe('2027-03-10');
    expect(dueDateOf('invoiceMonth', 10, '2028-02-01')).toBe('2028-03-10');
  });

  it('counts the invoice-week terms from the last day of the week the invoice falls in', () => {
    // Weeks starting Monday end on Sunday 13 December; weeks starting Sunday on Saturday 12 December.
    expect(dueDateOf('invoiceWeekStartingMonday', 14, '2026-12-08')).toBe('2026-12-27');
    expect(dueDateOf('invoiceWeekStartingSunday', 0, '2026-12-08')).toBe('2026-12-12');
    // An invoice dated on the week's last day is due from that day.
    expect(dueDateOf('invoiceWeekStartingMonday', 7, '2026-12-13')).toBe('2026-12-20');
  });

  it('makes cash, prepaid and due-date terms due on the invoice date', () => {
    expect(dueDateOf('paidInCash', 0, '2026-12-08')).toBe('2026-12-08');
    expect(dueDateOf('prepaid', 5, '2026-12-08')).toBe('2026-12-08');
    expect(dueDateOf('dueDate', 0, '2026-12-08')).toBe('2026-12-08');
  });
});
