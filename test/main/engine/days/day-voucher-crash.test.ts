import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../../shared/domain/money';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { admin, startShopHarness, type ShopHarness } from '../../moneyflows/harness';
import type { Order } from '../../../../shared/domain/order';
import { DayVoucherStore } from '../../../../main/engine/days/day-voucher-store';
import { reconcile } from '../../../../main/moneyflows/reconciliation';
import { krusOrder, krusPaidWith } from '../../../helpers/refund-cases';
import { journalDayProfile } from '../../../helpers/day-summary-shop';
import { runCrashChild } from '../../../helpers/crash-child';

/**
 * A day booked as a journal voucher (dayBooking "journal") gets exactly one voucher and one
 * attachment however the run that writes them dies: SIGKILLed after its row was stored but
 * before e-conomic heard of the write, or after e-conomic made it but before the ledger knew
 * (after that the operations journal alone keeps the write from being repeated). A day's writes are, in order: its voucher (1), its order list
 * PDF (2). Two Krus orders (2 × 299.00, see test/helpers/refund-cases.ts) paid with MobilePay
 * make the day: one entry of 598.00 from MobilePay's clearing account 5820 against sales
 * account 1010 with VAT 2 × 59.80 = 119.60.
 *
 * e-conomic may keep the voucher under another number than the one sent, or split it over
 * several (the sandbox's mode voucherNumbers): a run killed before it learned the answer finds
 * it there all the same. Such a day is one Dankort and one MobilePay order: two entries,
 * 5821/1010 299.00 (VAT 59.80) and 5820/1010 299.00 (VAT 59.80), split as one voucher each.
 */

interface Voucher { journalNumber: number; voucherNumber: number; accountingYear: string; entries: Array<{ date: string; amount: string; contraVatAmount?: string; accountNumber: number; contraAccountNumber: number }>; attachment?: { bytes: number } }

describe('a journal-voucher day while the sync is killed', () => {
  let h: ShopHarness;
  let next = 9400;
  beforeAll(async () => {
    h = await startShopHarness('woocommerce', {
      automatic: true,
      profile: journalDayProfile(new Date(), 30),
    });
  }, 60_000);
  afterAll(() => h.close());

  // Each case sells on its own day, further back than the last, so the days never mix (counted by
  // the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening).
  let daysAgo = 3;

  it.each(['after-journal-begin:1', 'after-economic-write:1', 'after-journal-begin:2', 'after-economic-write:2'])(
    'has one voucher and one attachment after a SIGKILL at %s and a restart',
    async (point) => {
      const date = calendarDaysAgo(daysAgo++);
      const at = `${date}T11:00:00`;
      for (const n of [next++, next++]) await admin(h.shop.url, 'orders', { ...krusOrder('woocommerce', n), date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at });
      h.runtime.close(); // the data dir is the child's now

      const first = await runCrashChild(h.dataDir, { crashAt: point });
      expect(first.killed, 'the kill point was reached').toBe(true);

      await h.reopen();
      await h.runtime.syncOnce();
      await h.runtime.syncOnce();
      const vouchers = (h.economic.state().vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === 1 && v.entries.some((e) => e.date === date));
      expect(vouchers.map((v) => v.entries.map((e) => [e.accountNumber, e.contraAccountNumber, money(dec(e.amount)), money(dec(e.contraVatAmount ?? '0'))]))).toEqual([[[5820, 1010, '598.00', '119.60']]]);
      expect(vouchers[0].attachment?.bytes).toBeGreaterThan(0);
      expect(h.runtime.ledger.days.find(h.runtime.profile.name, date, 'DKK', 'domestic')?.state).toBe('done');
    },
  );

  it('has one voucher when the accountant rewrote its text in the journal between the SIGKILL at after-economic-write:1 and the restart', async () => {
    const date = calendarDaysAgo(daysAgo++);
    const at = `${date}T11:00:00`;
    for (const n of [next++, next++]) await admin(h.shop.url, 'orders', { ...krusOrder('woocommerce', n), date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at });
    h.runtime.close();
    expect((await runCrashChild(h.dataDir, { crashAt: 'after-economic-write:1' })).killed, 'the kill point was reached').toBe(true);

    const ofDay = () => (h.economic.state().vouchers as unknown as Array<Voucher & { entries: Array<{ entryNumber: number }> }>).filter((v) => v.journalNumber === 1 && v.entries.some((e) => e.date === date));
    for (const entry of ofDay()[0].entries) h.economic.editJournalEntry(1, entry.entryNumber, { text: 'MobilePay, webshop' });

    await h.reopen();
    await h.runtime.syncOnce();
    await h.runtime.syncOnce();
    // Found by its number, date and clearing account with the 598.00 sent: not sent again.
    expect(ofDay().map((v) => v.entries.map((e) => [e.accountNumber, e.contraAccountNumber, money(dec(e.amount)), money(dec(e.contraVatAmount ?? '0'))]))).toEqual([[[5820, 1010, '598.00', '119.60']]]);
    expect(h.runtime.ledger.days.find(h.runtime.profile.name, date, 'DKK', 'domestic')?.state).toBe('done');
  });

  it.each([
    ['renumbered', 'after-economic-write:1', 1],
    ['renumbered', 'after-economic-write:2', 1],
    ['split', 'after-economic-write:1', 2],
    ['split', 'after-economic-write:2', 2],
    ['split', 'after-economic-write:3', 2],
  ] as const)('books a day once when e-conomic answers %s and the run is killed at %s', async (mode, point, vouchersOfDay) => {
    const date = calendarDaysAgo(daysAgo++);
    await admin(h.shop.url, 'orders', krusPaidWith(next++, date, { id: 'dankort', title: 'Dankort' }));
    await admin(h.shop.url, 'orders', krusPaidWith(next++, date, { id: 'mobilepay', title: 'MobilePay' }));
    h.economic.settings({ voucherNumbers: mode });
    try {
      h.runtime.close();
      expect((await runCrashChild(h.dataDir, { crashAt: point })).killed, 'the kill point was reached').toBe(true);
      await h.reopen();
      await h.runtime.syncOnce();
      await h.runtime.syncOnce();
    } finally {
      h.economic.settings({ voucherNumbers: 'as-sent' });
    }
    const vouchers = (h.economic.state().vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === 1 && v.entries.some((e) => e.date === date));
    // The day's two entries, each once, over one voucher (renumbered) or two (split).
    expect(vouchers.flatMap((v) => v.entries.map((e) => [e.accountNumber, e.contraAccountNumber, money(dec(e.amount)), money(dec(e.contraVatAmount ?? '0'))])).sort()).toEqual([
      [5820, 1010, '299.00', '59.80'],
      [5821, 1010, '299.00', '59.80'],
    ]);
    expect(vouchers).toHaveLength(vouchersOfDay);
    for (const v of vouchers) expect(v.attachment?.bytes, `voucher ${v.voucherNumber}`).toBeGreaterThan(0);
    const day = h.runtime.ledger.days.find(h.runtime.profile.name, date, 'DKK', 'domestic')!;
    expect(day.state).toBe('done');
    // The ledger knows the day by the vouchers e-conomic has, not by the number sent.
    expect(new DayVoucherStore(h.runtime.ledger.db).get(day.id)?.answered?.map((v) => `${v.accountingYear}-${v.voucherNumber}`)).toEqual(vouchers.map((v) => `${v.accountingYear}-${v.voucherNumber}`));
    // And the reconciliation sees the day booked once, 2 × 299.00 = 598.00, not missing.
    const shopOrders: Order[] = [];
    for await (const page of (await h.runtime.shop()).pollChanged(null)) shopOrders.push(...page.orders.map((n) => n.order));
    const report = await reconcile({ ledger: h.runtime.ledger, client: await h.runtime.economic(), profile: h.runtime.profile, clock: h.runtime.clock }, { from: date, to: date, groupBy: 'day', shopOrders });
    expect(report.missing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.periods).toMatchObject([{ period: date, invoiced: { count: 1, total: '598.00' }, difference: '0.00' }]);
  });
});
