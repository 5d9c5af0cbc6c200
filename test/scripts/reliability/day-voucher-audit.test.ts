import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysAgo } from '../../helpers/local-days';
import type { SandboxHarness } from '../../../main/demo/sandbox-harness';
import { walkSupervisedPeriod } from '../../../main/demo/sandbox-harness';
import { DayVoucherStore } from '../../../main/engine/days/day-voucher-store';
import type { Runtime } from '../../../main/runtime/runtime';
import { auditVoucherDays } from '../../../scripts/reliability/day-voucher-audit';
import type { SoldOrder } from '../../../scripts/reliability/day-kills';
import { CLEARING_ACCOUNTS, journalVoucherProfile, VOUCHER_JOURNAL } from '../../../scripts/reliability/day-voucher-campaign';
import { startReliabilityHarness } from '../../../scripts/reliability/harness';
import { krusPaidWith } from '../../helpers/refund-cases';

/**
 * The journal-voucher campaign's audit, on one day booked for real and then spoiled by hand. The
 * day: two Krus orders of 299.00 (test/helpers/refund-cases.ts), one paid with Dankort (clearing
 * account 5821), one with MobilePay (5820): one voucher of two entries that takes in
 * 2 × 299.00 = 598.00 on the clearing accounts, with the order list attached.
 */

const DAY_MS = 86_400_000;

describe('the audit of a journal-voucher crash campaign', () => {
  let harness: SandboxHarness;
  let runtime: Runtime;
  let date: string;
  let sold: SoldOrder[];
  const audit = (orders: SoldOrder[]) =>
    auditVoucherDays(orders, harness.economic.state(), runtime.ledger, { name: runtime.profile.name, orderStages: runtime.profile.orderStages, dayJournalNumber: VOUCHER_JOURNAL, clearingAccounts: CLEARING_ACCOUNTS });

  beforeAll(async () => {
    harness = await startReliabilityHarness([], { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(Date.now() - 10 * DAY_MS).toISOString() } }, journalVoucherProfile);
    runtime = await harness.open();
    walkSupervisedPeriod(runtime);
    date = calendarDaysAgo(3, new Date(), runtime.profile.daySummary.timeZone);
    sold = [krusPaidWith(9501, date, { id: 'dankort', title: 'Dankort' }), krusPaidWith(9502, date, { id: 'mobilepay', title: 'MobilePay' })].map((raw) => ({ raw: raw as Record<string, unknown>, date }));
    for (const o of sold) harness.shop.upsertOrder(o.raw);
    await runtime.syncOnce();
  }, 60_000);
  afterAll(async () => {
    runtime?.close();
    await harness?.close();
  });

  it('finds nothing wrong with the day booked once: its 598.00 taken in, one voucher with its order list', () => {
    const a = audit(sold);
    expect(a).toMatchObject({ toTransfer: 2, days: 1, daysBooked: 1, unbookedDays: [], vouchersInEconomic: 1, duplicates: 0, lost: 0, wrongTotals: [], misrecorded: [], attachmentFaults: [], attachments: 1, bookedBeforeOrderList: 0, attachmentUploads: 1 });
  });

  it('counts an order sold but in no day, and not waiting with a reason, as lost', () => {
    const ghost = { raw: krusPaidWith(9509, date, { id: 'mobilepay', title: 'MobilePay' }) as Record<string, unknown>, date };
    const a = audit([...sold, ghost]);
    expect(a.lost).toBe(1);
    expect(a.lostOrders).toEqual(['9509 (not in the ledger, in no day)']);
    // The day should then have taken in 3 × 299.00.
    expect(a.wrongTotals).toEqual([`${date} DKK: 598.00 in e-conomic ≠ 897.00 from the orders`]);
  });

  it('counts the day written a second time under another voucher number as two duplicate entries, off its orders and without its order list', async () => {
    const day = runtime.ledger.days.find(runtime.profile.name, date, 'DKK', 'domestic')!;
    const row = new DayVoucherStore(runtime.ledger.db).get(day.id)!;
    // As the client sends it: amounts are JSON numbers on the wire.
    const again = row.entries.map((e) => ({ ...e, amount: Number(e.amount), ...(e.contraVatAmount !== undefined ? { contraVatAmount: Number(e.contraVatAmount) } : {}), voucher: { voucherNumber: 999 } }));
    const res = await fetch(`${harness.economic.url}/journals/${VOUCHER_JOURNAL}/vouchers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-AppSecretToken': harness.economic.appSecretToken, 'X-AgreementGrantToken': harness.economic.agreementGrantToken },
      body: JSON.stringify({ accountingYear: { year: row.accountingYear }, journal: { journalNumber: VOUCHER_JOURNAL }, entries: { financeVouchers: again } }),
    });
    expect(res.status, await res.clone().text()).toBe(201);

    const a = audit(sold);
    expect(a.duplicates).toBe(2);
    expect(a.duplicateDays).toEqual([`${date} DKK: 4 entries in ${row.accountingYear}-${row.voucherNumber}, ${row.accountingYear}-999 for 2 sent`]);
    expect(a.wrongTotals).toEqual([`${date} DKK: 1196.00 in e-conomic ≠ 598.00 from the orders`]);
    expect(a.misrecorded).toEqual([`${date} DKK: the ledger has ${row.accountingYear}-${row.voucherNumber}, e-conomic ${row.accountingYear}-${row.voucherNumber}, ${row.accountingYear}-999`]);
    expect(a.attachmentFaults).toEqual([`${date} DKK: voucher ${row.accountingYear}-999 has no order list`]);
    expect(a.lost).toBe(0);

    // Once the accountant booked the journal, the second voucher could no longer take a file:
    // no fault of the order list any more, but still a duplicate day.
    harness.economic.bookJournal(VOUCHER_JOURNAL);
    const booked = audit(sold);
    expect(booked).toMatchObject({ attachmentFaults: [], bookedBeforeOrderList: 1, attachments: 1, duplicates: 2 });
  });
});
