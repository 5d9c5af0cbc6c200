import { describe, expect, it } from 'vitest';
import { carriesDayTexts, carriesSentAmounts, clearingGross, isWrittenVoucher, type VoucherInEconomic } from '../../../../main/engine/days/day-voucher-match';
import type { DayVoucherRow } from '../../../../main/engine/days/day-voucher-store';

/**
 * How a day's voucher is known in e-conomic. The day as written: voucher 7 of 2026 in journal 1,
 * on 2026-03-02, MobilePay (clearing 5820) 348.00 and 150.00, Dankort (clearing 5821) 299.00.
 */
const entry = (account: number, contra: number, amount: number, text: string) => ({ account: { accountNumber: account }, contraAccount: { accountNumber: contra }, amount, currency: { code: 'DKK' }, date: '2026-03-02', text, voucher: { voucherNumber: 7 } });
const ROW: DayVoucherRow = {
  dayId: 1,
  profile: 'butik',
  journalNumber: 1,
  accountingYear: '2026',
  voucherNumber: 7,
  voucherKey: 'k',
  entries: [
    entry(5821, 1010, 299, 'Dagsopgørelse 2026-03-02, ordre 9301–9303: Dankort, salg 25 % moms'),
    entry(5820, 1010, 348, 'Dagsopgørelse 2026-03-02, ordre 9301–9303: MobilePay, salg 25 % moms'),
    entry(5820, 1040, 150, 'Dagsopgørelse 2026-03-02, ordre 9301–9303: MobilePay, salg uden moms'),
  ],
  state: 'posted',
  attachmentKey: null,
  createdAt: '2026-03-03T01:00:00Z',
  postedAt: '2026-03-03T01:00:01Z',
  attachedAt: null,
};

/** The voucher as the journal lists it, with the accountant's own texts. */
const rewritten: VoucherInEconomic = {
  accountingYear: '2026',
  voucherNumber: 7,
  date: '2026-03-02',
  sides: [
    { text: 'Kort marts', amount: '299.00', account: 5821 },
    { text: 'MobilePay marts', amount: '150.00', account: 5820 },
    { text: 'MobilePay marts', amount: '348.00', account: 5820 },
  ],
};

describe("recognising a day's voucher in e-conomic", () => {
  it('knows the voucher by its number, year, date and clearing accounts, whatever its texts', () => {
    expect(isWrittenVoucher(ROW, rewritten)).toBe(true);
    expect(carriesDayTexts(ROW, rewritten)).toBe(false);
    // 299.00 + 150.00 + 348.00 = 797.00 on 5820 and 5821, in another order than sent: the amounts sent.
    expect(clearingGross(ROW, rewritten).toFixed(2)).toBe('797.00');
    expect(carriesSentAmounts(ROW, rewritten)).toBe(true);
  });

  it('on the year\'s accounts counts only the clearing sides: +299.00 on 5821 against −239.20 on 1010 and −59.80 VAT is 299.00', () => {
    const booked: VoucherInEconomic = { ...rewritten, sides: [{ amount: '299.00', account: 5821 }, { amount: '-239.20', account: 1010 }, { amount: '-59.80', account: 5720 }] };
    expect(isWrittenVoucher(ROW, booked)).toBe(true);
    expect(clearingGross(ROW, booked).toFixed(2)).toBe('299.00');
    expect(carriesSentAmounts(ROW, booked)).toBe(false);
  });

  it('tells a changed amount: 289.00 instead of 299.00 on Dankort is still the voucher, not the amounts sent', () => {
    const changed = { ...rewritten, sides: rewritten.sides.map((s) => (s.account === 5821 ? { ...s, amount: '289.00' } : s)) };
    expect(isWrittenVoucher(ROW, changed)).toBe(true);
    expect(carriesSentAmounts(ROW, changed)).toBe(false);
    expect(clearingGross(ROW, changed).toFixed(2)).toBe('787.00');
  });

  it('is not another voucher that came to use the number (no clearing account of the day), nor the number on another date or year', () => {
    expect(isWrittenVoucher(ROW, { ...rewritten, sides: [{ text: 'Husleje', amount: '8000.00', account: 5820 - 4000 }] })).toBe(false);
    expect(isWrittenVoucher(ROW, { ...rewritten, date: '2026-03-03' })).toBe(false);
    expect(isWrittenVoucher(ROW, { ...rewritten, accountingYear: '2025' })).toBe(false);
    expect(isWrittenVoucher(ROW, { ...rewritten, voucherNumber: 8 })).toBe(false);
  });

  it('finds a copy under another number by the texts LedgerBridge wrote, on the same date only', () => {
    const copy: VoucherInEconomic = { accountingYear: '2026', voucherNumber: 9, date: '2026-03-02', sides: [{ text: ROW.entries[0].text, amount: '299.00', account: 5821 }] };
    expect(isWrittenVoucher(ROW, copy)).toBe(false);
    expect(carriesDayTexts(ROW, copy)).toBe(true);
    expect(carriesDayTexts(ROW, { ...copy, date: '2026-03-01' })).toBe(false);
  });
});
