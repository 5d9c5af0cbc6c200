import { describe, expect, it } from 'vitest';
import { carriesDayAmounts, carriesDayTexts, clearingGross, dayVoucherParts, holdsAnsweredEntry, isAnsweredVoucher, vouchersOfListed, type VoucherInEconomic, type VoucherSide } from '../../../../main/engine/days/day-voucher-match';
import type { AnsweredEntry } from '../../../../main/engine/days/day-voucher-answer';
import type { DayVoucherRow } from '../../../../main/engine/days/day-voucher-store';
import { dayVoucherRow } from '../../../helpers/day-voucher-row';

/**
 * How a day's voucher is known in e-conomic. The day as sent: voucher 7 of 2026 in journal 1, on
 * 2026-03-02, Dankort (clearing 5821) 299.00, MobilePay (clearing 5820) 348.00 and 150.00 — in
 * all 797.00. e-conomic answered it split over two vouchers: 7 (Dankort 299.00, journal entry
 * 41; MobilePay 348.00, entry 42) and 8 (MobilePay 150.00, entry 43).
 */
const TEXTS = {
  dankort: 'Dagsopgørelse 2026-03-02, ordre 9301–9303: Dankort, salg 25 % moms',
  mobilepay: 'Dagsopgørelse 2026-03-02, ordre 9301–9303: MobilePay, salg 25 % moms',
  zero: 'Dagsopgørelse 2026-03-02, ordre 9301–9303: MobilePay, salg uden moms',
};
const entry = (account: number, contra: number, amount: number, text: string) => ({ account: { accountNumber: account }, contraAccount: { accountNumber: contra }, amount, currency: { code: 'DKK' }, date: '2026-03-02', text, voucher: { voucherNumber: 7 } });
const answeredEntry = (journalEntryNumber: number, account: number, amount: string, text: string): AnsweredEntry => ({ journalEntryNumber, account, contraAccount: 1010, amount, vatCode: null, contraVatAmount: null, text, date: '2026-03-02' });

const SENT = dayVoucherRow({ entries: [entry(5821, 1010, 299, TEXTS.dankort), entry(5820, 1010, 348, TEXTS.mobilepay), entry(5820, 1040, 150, TEXTS.zero)] });
const ANSWERED: DayVoucherRow = {
  ...SENT,
  state: 'posted',
  postedAt: '2026-03-03T01:00:01Z',
  answered: [
    { accountingYear: '2026', voucherNumber: 7, entries: [answeredEntry(41, 5821, '299.00', TEXTS.dankort), answeredEntry(42, 5820, '348.00', TEXTS.mobilepay)] },
    { accountingYear: '2026', voucherNumber: 8, entries: [answeredEntry(43, 5820, '150.00', TEXTS.zero)] },
  ],
};

const side = (account: number, amount: string, text?: string, journalEntryNumber: number | null = null): VoucherSide => ({ account, amount, text, journalEntryNumber });
const voucher = (voucherNumber: number, sides: VoucherSide[], date = '2026-03-02'): VoucherInEconomic => ({ accountingYear: '2026', voucherNumber, date, sides });

/** The two parts in the journal, with the accountant's own texts. */
const part7 = voucher(7, [side(5821, '299.00', 'Kort marts', 41), side(5820, '348.00', 'MobilePay marts', 42)]);
const part8 = voucher(8, [side(5820, '150.00', 'MobilePay marts', 43)]);
/** Someone's rent, on the same date under number 9. */
const rent = voucher(9, [side(1820, '8000.00', 'Husleje')]);

describe("recognising a day's voucher in e-conomic by what e-conomic answered", () => {
  it('knows each part by the number e-conomic answered, its year, date and clearing accounts, whatever its texts', () => {
    expect(isAnsweredVoucher(ANSWERED, part7)).toBe(true);
    expect(isAnsweredVoucher(ANSWERED, part8)).toBe(true);
    expect(carriesDayTexts(ANSWERED, part7)).toBe(false);
    expect(isAnsweredVoucher(ANSWERED, { ...part8, date: '2026-03-03' })).toBe(false);
    expect(isAnsweredVoucher(ANSWERED, { ...part8, accountingYear: '2025' })).toBe(false);
    // Number 9 was not answered; and a voucher under an answered number without the day's clearing accounts is not the day's.
    expect(isAnsweredVoucher(ANSWERED, rent)).toBe(false);
    expect(isAnsweredVoucher(ANSWERED, { ...rent, voucherNumber: 8 })).toBe(false);
  });

  it('finds a split voucher as the sum of its parts: 299.00 + 348.00 + 150.00 = 797.00', () => {
    const parts = dayVoucherParts(ANSWERED, [rent, part8, part7]);
    expect(parts).toEqual([part7, part8]);
    expect(clearingGross(ANSWERED, parts).toFixed(2)).toBe('797.00');
    expect(carriesDayAmounts(ANSWERED, parts)).toBe(true);
    expect(carriesDayAmounts(ANSWERED, [part7])).toBe(false);
  });

  it('on the year\'s accounts counts only the clearing sides: +299.00 on 5821 against −239.20 on 1010 and −59.80 VAT is 299.00', () => {
    const booked = voucher(7, [side(5821, '299.00'), side(1010, '-239.20'), side(5720, '-59.80')]);
    expect(isAnsweredVoucher(ANSWERED, booked)).toBe(true);
    expect(clearingGross(ANSWERED, [booked]).toFixed(2)).toBe('299.00');
  });

  it('finds a voucher the accountant renumbered and rewrote in the journal by its journal entry numbers', () => {
    const renumbered = voucher(12, [side(5821, '299.00', 'Kort', 41), side(5820, '348.00', 'Mobil', 42), side(5820, '150.00', 'Mobil', 43)]);
    expect(holdsAnsweredEntry(ANSWERED, renumbered)).toBe(true);
    expect(dayVoucherParts(ANSWERED, [rent, renumbered])).toEqual([renumbered]);
    // Other entries of the journal are not the day's, even with its amounts on its date… unless nothing else is (below).
    expect(holdsAnsweredEntry(ANSWERED, voucher(12, [side(5821, '299.00', 'Kort', 44)]))).toBe(false);
  });

  it('finds a voucher renumbered, rewritten and booked by its date, clearing accounts and amounts — only when no other voucher has them', () => {
    // Booked: no journal entry numbers; the clearing sides are the day's 299.00, 348.00 and 150.00.
    const booked = voucher(20, [side(5821, '299.00', 'Kort'), side(1010, '-239.20', 'Kort'), side(5820, '348.00', 'Mobil'), side(5820, '150.00', 'Mobil'), side(1040, '-150.00', 'Mobil')]);
    expect(dayVoucherParts(ANSWERED, [rent, booked])).toEqual([booked]);
    // Two vouchers with the same amounts cannot be told apart: neither is claimed.
    expect(dayVoucherParts(ANSWERED, [booked, { ...booked, voucherNumber: 21 }])).toEqual([]);
    // 289.00 instead of 299.00: not the day's amounts.
    expect(dayVoucherParts(ANSWERED, [{ ...booked, sides: booked.sides.map((s) => (s.amount === '299.00' ? { ...s, amount: '289.00' } : s)) }])).toEqual([]);
  });

  it("never takes another day's voucher of the date for this one by its amounts: the abroad day's 299.00 on Dankort, answered as 30", () => {
    // The day's own voucher is gone; the export day of the same date has Dankort 299.00 too.
    const abroad: DayVoucherRow = { ...ANSWERED, dayId: 2, entries: [entry(5821, 1060, 299, 'Dagsopgørelse 2026-03-02, ordre 9304: Dankort, salg uden moms')], answered: [{ accountingYear: '2026', voucherNumber: 30, entries: [answeredEntry(50, 5821, '299.00', 'Dagsopgørelse 2026-03-02, ordre 9304: Dankort, salg uden moms')] }] };
    const onlyDankort: DayVoucherRow = { ...ANSWERED, entries: [ANSWERED.entries[0]], answered: [{ accountingYear: '2026', voucherNumber: 7, entries: [ANSWERED.answered![0].entries[0]] }] };
    const theirs = voucher(30, [side(5821, '299.00'), side(1060, '-299.00')]);
    expect(dayVoucherParts(onlyDankort, [theirs])).toEqual([theirs]);
    expect(dayVoucherParts(onlyDankort, [theirs], [onlyDankort, abroad])).toEqual([]);
  });

  it('keeps a changed amount under an answered number: 289.00 instead of 299.00 on Dankort is the day\'s voucher with 787.00', () => {
    const changed = { ...part7, sides: part7.sides.map((s) => (s.account === 5821 ? { ...s, amount: '289.00' } : s)) };
    const parts = dayVoucherParts(ANSWERED, [changed, part8]);
    expect(parts).toEqual([changed, part8]);
    expect(clearingGross(ANSWERED, parts).toFixed(2)).toBe('787.00');
  });
});

describe("recognising a day's voucher whose answer never came (a run died during the call)", () => {
  it('finds it under the number sent with the amounts sent, whatever its texts', () => {
    const asSent = voucher(7, [side(5821, '299.00', 'Kort'), side(5820, '348.00', 'Mobil'), side(5820, '150.00', 'Mobil')]);
    expect(dayVoucherParts(SENT, [rent, asSent])).toEqual([asSent]);
  });

  it('finds it under other numbers by the texts LedgerBridge wrote: e-conomic renumbered it, or split it', () => {
    const renumbered = voucher(8, [side(5821, '299.00', TEXTS.dankort), side(5820, '348.00', TEXTS.mobilepay), side(5820, '150.00', TEXTS.zero)]);
    expect(dayVoucherParts(SENT, [rent, renumbered])).toEqual([renumbered]);
    const first = voucher(7, [side(5821, '299.00', TEXTS.dankort), side(5820, '348.00', TEXTS.mobilepay)]);
    const second = voucher(8, [side(5820, '150.00', TEXTS.zero)]);
    expect(dayVoucherParts(SENT, [first, rent, second])).toEqual([first, second]);
  });

  it('does not take another voucher under the number sent, on the day\'s clearing account with other amounts and texts, for the day', () => {
    const someoneElses = voucher(7, [side(5820, '25.00', 'Gebyr MobilePay')]);
    expect(dayVoucherParts(SENT, [someoneElses, rent])).toEqual([]);
  });

  it('reads texts on the same date only', () => {
    const copy = voucher(9, [side(5821, '299.00', TEXTS.dankort)]);
    expect(carriesDayTexts(SENT, copy)).toBe(true);
    expect(carriesDayTexts(SENT, { ...copy, date: '2026-03-01' })).toBe(false);
  });
});

describe('entries as e-conomic lists them, grouped into vouchers', () => {
  const listed = (voucherNumber: number | undefined, amount: number, date: string, year?: string) => ({ amount, date, account: { accountNumber: 5820 }, text: 'MobilePay', ...(voucherNumber === undefined ? {} : { voucher: { voucherNumber, ...(year ? { accountingYear: { year } } : {}) } }) });
  // The agreement's accounting years: 2025 is the calendar year, 2026/2027 runs from July.
  const yearOfDate = (date: string) => (date >= '2026-07-01' && date <= '2027-06-30' ? '2026/2027' : date >= '2025-01-01' && date <= '2025-12-31' ? '2025' : undefined);

  it('takes the year the voucher names, else the accounting year that holds the entry’s date (the schema does not require it)', () => {
    const vouchers = vouchersOfListed([listed(7, 299, '2026-08-03', '2026/2027'), listed(7, 150, '2026-08-03'), listed(7, 100, '2025-03-02')], yearOfDate);
    expect(vouchers.map((v) => [v.accountingYear, v.voucherNumber, v.date, v.sides.map((s) => s.amount)])).toEqual([
      ['2026/2027', 7, '2026-08-03', ['299', '150']],
      ['2025', 7, '2025-03-02', ['100']],
    ]);
  });

  it('leaves out an entry without a voucher number, or dated in no accounting year of the agreement', () => {
    expect(vouchersOfListed([listed(undefined, 299, '2026-08-03'), listed(8, 150, '2026-05-01')], yearOfDate)).toEqual([]);
  });

  it('reads a voucher number from the year’s accounts, where it stands on the entry itself', () => {
    const [booked] = vouchersOfListed([{ amount: 299, date: '2025-03-02', account: { accountNumber: 5821 }, voucherNumber: 7 }], () => '2025');
    expect([booked.accountingYear, booked.voucherNumber, booked.sides]).toEqual(['2025', 7, [{ text: undefined, amount: '299', account: 5821, journalEntryNumber: null }]]);
  });
});
