import { describe, expect, it } from 'vitest';
import { accountsOff, answeredVouchers, sentAsAnswered, voucherKey } from '../../../../main/engine/days/day-voucher-answer';

/**
 * e-conomic's answer to POST /journals/{n}/vouchers, read as the published voucher schema
 * (journals.journalNumber.vouchers.accountingYear-voucherNumber.get) shapes it: an array of
 * vouchers, each with its `voucherNumber`, `accountingYear.year` and `entries.financeVouchers[]`
 * (plus `journalEntryNumber`, which the live server sends though the schema omits it). The day
 * sent: voucher 7 of 2026, Dankort 5821/1010 299.00 with VAT 59.80 (U25) and MobilePay 5820/1040
 * 150.00 without VAT.
 */
const SENT = [
  { account: { accountNumber: 5821 }, contraAccount: { accountNumber: 1010 }, amount: '299.00', contraVatAccount: { vatCode: 'U25' }, contraVatAmount: '59.80', date: '2026-03-02', text: 'Dankort', voucher: { voucherNumber: 7 } },
  { account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1040 }, amount: '150.00', date: '2026-03-02', text: 'MobilePay', voucher: { voucherNumber: 7 } },
];
const wire = (voucherNumber: number, entries: Array<Record<string, unknown>>) => ({ voucherNumber, accountingYear: { year: '2026', self: 'https://restapi.e-conomic.com/accounting-years/2026' }, journal: { journalNumber: 1 }, entries: { financeVouchers: entries.map((e) => ({ ...e, voucher: { voucherNumber } })) } });
const dankort = { journalEntryNumber: 41, account: { accountNumber: 5821 }, contraAccount: { accountNumber: 1010 }, amount: 299, contraVatAccount: { vatCode: 'U25' }, contraVatAmount: 59.8, date: '2026-03-02', text: 'Dankort' };
const mobilepay = { journalEntryNumber: 42, account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1040 }, amount: 150, date: '2026-03-02', text: 'MobilePay' };

describe("e-conomic's answer to a day voucher", () => {
  it('reads every voucher and entry of the answer, amounts in money form, split or not', () => {
    expect(answeredVouchers([wire(8, [dankort]), wire(9, [mobilepay])], '2026')).toEqual([
      { accountingYear: '2026', voucherNumber: 8, entries: [{ journalEntryNumber: 41, account: 5821, contraAccount: 1010, amount: '299.00', vatCode: 'U25', contraVatAmount: '59.80', text: 'Dankort', date: '2026-03-02' }] },
      { accountingYear: '2026', voucherNumber: 9, entries: [{ journalEntryNumber: 42, account: 5820, contraAccount: 1040, amount: '150.00', vatCode: null, contraVatAmount: null, text: 'MobilePay', date: '2026-03-02' }] },
    ]);
    expect(voucherKey({ accountingYear: '2026/2027', voucherNumber: 12 })).toBe('2026/2027-12');
  });

  it('reads nothing from an answer that names no voucher number (then the voucher sent stands)', () => {
    expect(answeredVouchers([{ entries: { financeVouchers: [dankort] } }], '2026')).toEqual([]);
    expect(sentAsAnswered({ accountingYear: '2026', voucherNumber: 7, entries: SENT })[0]).toMatchObject({ voucherNumber: 7, entries: [{ account: 5821, amount: '299.00', journalEntryNumber: null }, { account: 5820, amount: '150.00' }] });
  });

  it('adds up an answer under other numbers and split over two vouchers to the day: no account off', () => {
    expect(accountsOff(SENT, answeredVouchers([wire(8, [dankort]), wire(9, [mobilepay])], '2026'))).toEqual([]);
  });

  it('names the accounts an answer moves differently: Dankort 289.00 (VAT 59.80) is 10.00 less on 5821 and on 1010', () => {
    // Sent: 5821 +299.00, 1010 −239.20, U25 −59.80. Answered: 5821 +289.00, 1010 −229.20, U25 −59.80.
    expect(accountsOff(SENT, answeredVouchers([wire(8, [{ ...dankort, amount: 289 }, mobilepay])], '2026'))).toEqual(['1010', '5821']);
    // VAT 57.80 instead of 59.80: 1010 −241.20 and U25 −57.80, the clearing account as sent.
    expect(accountsOff(SENT, answeredVouchers([wire(8, [{ ...dankort, contraVatAmount: 57.8 }, mobilepay])], '2026'))).toEqual(['1010', 'U25']);
    // An entry missing from the answer: 5820 and 1040 moved by nothing.
    expect(accountsOff(SENT, answeredVouchers([wire(8, [dankort])], '2026'))).toEqual(['1040', '5820']);
  });
});
