import { describe, expect, it } from 'vitest';
import { DAY_INVOICE_TEXTS } from '../../../shared/i18n/day-invoice-texts';

// The day invoice's notes name how many orders and refunds the day has: one of each is singular
// ("1 ordre", "1 refundering" / "1 order", "1 refund"), any other count plural, 0 included.
describe('the day invoice’s notes count orders and refunds in the right number', () => {
  const { da, en } = DAY_INVOICE_TEXTS;

  it('in Danish', () => {
    expect(da.counts(1, 1, 'DKK')).toBe('1 ordre og 1 refundering (DKK); ordrelisten er i LedgerBridge under Dagsopgørelser');
    expect(da.counts(2, 0, 'DKK')).toBe('2 ordrer og 0 refunderinger (DKK); ordrelisten er i LedgerBridge under Dagsopgørelser');
    expect(da.counts(1, 2, 'EUR')).toBe('1 ordre og 2 refunderinger (EUR); ordrelisten er i LedgerBridge under Dagsopgørelser');
  });

  it('in English', () => {
    expect(en.counts(1, 1, 'DKK')).toBe('1 order and 1 refund (DKK); the order list is in LedgerBridge under Daily summaries');
    expect(en.counts(2, 0, 'DKK')).toBe('2 orders and 0 refunds (DKK); the order list is in LedgerBridge under Daily summaries');
    expect(en.counts(1, 2, 'EUR')).toBe('1 order and 2 refunds (EUR); the order list is in LedgerBridge under Daily summaries');
  });

  it('heads the notes with one order number or a range (Danish "ordre" serves both)', () => {
    expect(en.heading('2026-03-10', '1001')).toBe('Daily summary 2026-03-10, order 1001');
    expect(en.heading('2026-03-10', '1001–1002')).toBe('Daily summary 2026-03-10, orders 1001–1002');
    expect(da.heading('2026-03-10', '1001')).toBe('Dagsopgørelse 2026-03-10, ordre 1001');
    expect(da.heading('2026-03-10', '1001–1002')).toBe('Dagsopgørelse 2026-03-10, ordre 1001–1002');
    expect(en.heading('2026-03-10', '')).toBe('Daily summary 2026-03-10');
  });
});
