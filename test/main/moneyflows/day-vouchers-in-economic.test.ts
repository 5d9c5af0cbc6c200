import { describe, expect, it } from 'vitest';
import type { EconomicClient } from '../../../main/connectors/economic/client';
import { VouchersInEconomic } from '../../../main/moneyflows/day-vouchers-in-economic';
import { dayVoucherRow } from '../../helpers/day-voucher-row';

/**
 * The reconciliation's reading of e-conomic for days booked as journal vouchers. The day: voucher
 * 7 of 2026 in journal 1 on 2026-03-02, Dankort (clearing 5821) 299.00 and MobilePay (5820)
 * 348.00 — 647.00 — answered as sent. e-conomic's schema for `/journals/{n}/entries` does not
 * require the voucher's `accountingYear`; an entry that leaves it out is in the accounting year
 * that holds its date, here 2026.
 */
const DAY = '2026-03-02';
const text = (method: string) => `Dagsopgørelse ${DAY}, ordre 9301–9303: ${method}, salg 25 % moms`;
const sent = (account: number, amount: number, method: string) => ({ account: { accountNumber: account }, contraAccount: { accountNumber: 1010 }, amount, currency: { code: 'DKK' }, date: DAY, text: text(method), voucher: { voucherNumber: 7 } });
const answered = (journalEntryNumber: number, account: number, amount: string, method: string) => ({ journalEntryNumber, account, contraAccount: 1010, amount, vatCode: null, contraVatAmount: null, text: text(method), date: DAY });
const ROW = dayVoucherRow({
  entries: [sent(5821, 299, 'Dankort'), sent(5820, 348, 'MobilePay')],
  answered: [{ accountingYear: '2026', voucherNumber: 7, entries: [answered(41, 5821, '299.00', 'Dankort'), answered(42, 5820, '348.00', 'MobilePay')] }],
  state: 'attached',
  attachmentKey: 'a',
  postedAt: '2026-03-03T01:00:01Z',
  attachedAt: '2026-03-03T01:00:02Z',
});

/** e-conomic with these entries in journal 1 and on the accounts of 2026 (booked from a journal). */
function economicWithJournal(entries: Array<Record<string, unknown>>, booked: Array<Record<string, unknown>> = []): EconomicClient {
  return {
    accountingYears: async () => [{ year: '2025', fromDate: '2025-01-01', toDate: '2025-12-31' }, { year: '2026', fromDate: '2026-01-01', toDate: '2026-12-31' }],
    listAll: async (path: string) => (path === '/journals/1/entries' ? entries : path === '/accounting-years/2026/entries' ? booked : []),
  } as unknown as EconomicClient;
}

describe('the reconciliation finding a day voucher in e-conomic', () => {
  it('finds the day in the journal when its entries’ voucher names no accounting year', async () => {
    const journal = [
      { journalEntryNumber: 41, account: { accountNumber: 5821 }, amount: 299, date: DAY, text: text('Dankort'), voucher: { voucherNumber: 7 } },
      { journalEntryNumber: 42, account: { accountNumber: 5820 }, amount: 348, date: DAY, text: text('MobilePay'), voucher: { voucherNumber: 7 } },
    ];
    const found = (await VouchersInEconomic.read(economicWithJournal(journal), { from: DAY, to: DAY }, [1])).of(ROW, []);
    expect(found.map((f) => [f.parts, f.gross.toFixed(2)])).toEqual([[[{ journalNumber: 1, accountingYear: '2026', voucherNumber: 7 }], '647.00']]);
  });

  it('still finds nothing where e-conomic has nothing of the day', async () => {
    expect((await VouchersInEconomic.read(economicWithJournal([]), { from: DAY, to: DAY }, [1])).of(ROW, [])).toEqual([]);
  });

  it('never takes another shop’s voucher on the agreement for the day, though it has the day’s date and amounts', async () => {
    // Booked from the journal since: the day's voucher renumbered to 9 and its texts rewritten, and
    // the other shop's day of the same date, 299.00 Dankort and 348.00 MobilePay too, as voucher 8.
    const side = (voucherNumber: number, account: number, amount: number, text: string) => ({ voucherNumber, account: { accountNumber: account }, amount, date: DAY, text });
    const booked = [side(8, 5821, 299, 'Kort'), side(8, 5820, 348, 'MobilePay'), side(9, 5821, 299, 'Kort marts'), side(9, 5820, 348, 'MobilePay marts')];
    const read = await VouchersInEconomic.read(economicWithJournal([], booked), { from: DAY, to: DAY }, [1]);
    // Not knowing whose is whose, neither is claimed: the day reads as missing.
    expect(read.of(ROW, [])).toEqual([]);
    const otherShops = (journalNumber: number, year: string, voucherNumber: number) => journalNumber === 1 && year === '2026' && voucherNumber === 8;
    expect(read.of(ROW, [], otherShops).map((f) => [f.parts, f.gross.toFixed(2)])).toEqual([[[{ journalNumber: null, accountingYear: '2026', voucherNumber: 9 }], '647.00']]);
  });
});
