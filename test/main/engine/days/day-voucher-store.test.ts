import { afterEach, describe, expect, it } from 'vitest';
import { DayVoucherStore, firstVoucher } from '../../../../main/engine/days/day-voucher-store';
import { openTempLedger } from '../../ledger/helpers/temp-ledger';

/**
 * The day_vouchers table: one voucher per day, what was sent and what e-conomic answered. The
 * crash recovery asks it for the other days' vouchers of a date (other currencies or VAT zones),
 * whose own vouchers are never taken for the day's.
 */
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('the day vouchers of a date', () => {
  it("gives the profile's other days of the same date, not the day itself, other dates or other profiles", () => {
    const { ledger, cleanup } = openTempLedger();
    cleanups.push(cleanup);
    const store = new DayVoucherStore(ledger.db);
    const day = (profile: string, date: string, currency: string) => ledger.days.findOrOpen(profile, date, currency, 'domestic').id;
    const write = (dayId: number, profile: string, voucherNumber: number) =>
      store.sending({ dayId, profile, journalNumber: 1, accountingYear: '2026', voucherNumber, voucherKey: `k${dayId}`, entries: [] });
    const dkk = write(day('butik', '2026-03-02', 'DKK'), 'butik', 7);
    const eur = write(day('butik', '2026-03-02', 'EUR'), 'butik', 8);
    write(day('butik', '2026-03-03', 'DKK'), 'butik', 9);
    write(day('anden', '2026-03-02', 'DKK'), 'anden', 10);
    expect(store.othersOnDate(dkk).map((r) => r.voucherNumber)).toEqual([8]);
    expect(store.othersOnDate(eur).map((r) => r.voucherNumber)).toEqual([7]);
  });
});

describe('the voucher a day is named by', () => {
  it('is the first voucher e-conomic answered, and the one sent while no answer is known', () => {
    const sent = { accountingYear: '2026', voucherNumber: 7, answered: null };
    expect(firstVoucher(sent)).toEqual({ accountingYear: '2026', voucherNumber: 7 });
    // Split over 9 and 10 of 2026/2027: named by 9.
    const split = { ...sent, answered: [{ accountingYear: '2026/2027', voucherNumber: 9, entries: [] }, { accountingYear: '2026/2027', voucherNumber: 10, entries: [] }] };
    expect(firstVoucher(split)).toEqual({ accountingYear: '2026/2027', voucherNumber: 9 });
  });
});
