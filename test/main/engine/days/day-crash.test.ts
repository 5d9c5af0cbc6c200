import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../../shared/domain/money';
import { daysBefore, localDate } from '../../../../shared/domain/local-day';
import { DAY_CRASH_POINTS } from '../../../../main/engine/crash-points';
import { runChildOutcome } from '../../../../scripts/bench/children/run-child';
import { admin, bookedDocs, draftDocs, startShopHarness, type ShopHarness } from '../../moneyflows/harness';
import { krusOrder, unitRefund } from '../../../helpers/refund-cases';

/**
 * The crash campaign in summary mode (issue 17): the sync is SIGKILLed at every write point
 * of a day — after a closed day is frozen in the ledger, and before, during and after each of
 * its writes to e-conomic (the day invoice's draft, its booking, the day's payment voucher),
 * where the journal row is on disk before the call, e-conomic has done the write but the
 * ledger does not know, and the ledger has recorded it — at every hit of each point in a run,
 * until a run no longer reaches the point. After each kill the app restarts and syncs twice.
 * Then no day is booked twice, no order is in two days or missing from one, and every day's
 * payments are registered exactly once; duplicates and losses are counted over the whole
 * campaign and must both be 0.
 *
 * Each kill sells on two fresh local dates, further back than the last kill's, so the
 * kills never mix. Every figure is the hand-worked Krus order of test/helpers/refund-cases.ts
 * (299.00, incl. 59.80 VAT):
 *   day A: two orders paid with MobilePay and one with Dankort        3 × 299.00 = 897.00
 *          voucher: MobilePay −598.00 (clearing 5820), Dankort −299.00 (clearing 5830)
 *   day B: one order paid with MobilePay, and one Krus of the first
 *          MobilePay order of day A returned (−125.00) that day         299.00 − 125.00 = 174.00
 *          voucher: MobilePay −174.00 (clearing 5820)
 * A run books day A (draft, booking), then day B (draft, booking), then the two vouchers:
 * six writes, so every journal point is reached six times.
 */

const SYNC_CHILD = 'scripts/bench/children/sync-once.ts';
const DAY_MS = 86_400_000;
const ZONE = 'Europe/Copenhagen';
const JOURNAL_POINTS = ['after-journal-begin', 'after-economic-write', 'after-journal-complete'] as const;
const WRITES_PER_RUN = 6;

type Voucher = { entries: Array<{ date: string; amount: string; contraAccountNumber: number }> };

interface Tally {
  kills: number;
  killsByPoint: Record<string, number>;
  duplicates: number;
  lost: number;
  /** What was found wrong, in words, per kill. */
  findings: string[];
}

describe('the crash campaign in summary mode', () => {
  let h: ShopHarness;
  let next = 9200;
  // Each kill sells on its own two dates, further back than the last.
  let daysAgo = 4;
  const tally: Tally = { kills: 0, killsByPoint: {}, duplicates: 0, lost: 0, findings: [] };

  beforeAll(async () => {
    h = await startShopHarness('woocommerce', {
      automatic: true,
      profile: {
        postingUnit: 'day',
        paymentMethods: {
          mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } },
          dankort: { title: 'Dankort', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5830 } },
        },
        sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(Date.now() - 200 * DAY_MS).toISOString() },
      },
    });
    // The day product exists before the campaign, so that every kill's run makes the same six writes.
    await sellTwoDays();
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  function soldAt(n: number, date: string, method: 'mobilepay' | 'dankort'): Record<string, unknown> {
    const at = `${date}T11:00:00`;
    return { ...krusOrder('woocommerce', n), date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at, payment_method: method, payment_method_title: method === 'mobilepay' ? 'MobilePay' : 'Dankort' };
  }

  /** Puts the next kill's two days into the shop; returns their dates and orders. */
  async function sellTwoDays(): Promise<{ dayA: string; dayB: string; ordersA: string[]; orderB: string; refunded: string }> {
    // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
    const today = localDate(new Date(), ZONE);
    const dayA = daysBefore(today, daysAgo + 1);
    const dayB = daysBefore(today, daysAgo);
    daysAgo += 2;
    const [a1, a2, a3, b1] = [next++, next++, next++, next++];
    await admin(h.shop.url, 'orders', soldAt(a1, dayA, 'mobilepay'));
    await admin(h.shop.url, 'orders', soldAt(a2, dayA, 'mobilepay'));
    await admin(h.shop.url, 'orders', soldAt(a3, dayA, 'dankort'));
    await admin(h.shop.url, 'orders', soldAt(b1, dayB, 'mobilepay'));
    await admin(h.shop.url, `orders/${a1}/refunds`, { ...unitRefund('woocommerce', a1), date_created_gmt: `${dayB}T12:00:00` });
    return { dayA, dayB, ordersA: [a1, a2, a3].map(String), orderB: String(b1), refunded: String(a1) };
  }

  /** Counts what is booked twice and what is missing for one kill's two days, in the tally. */
  function audit(point: string, sold: Awaited<ReturnType<typeof sellTwoDays>>): void {
    const { runtime } = h;
    const profile = runtime.profile.name;
    const note = (what: string) => tally.findings.push(`${point}: ${what}`);
    const expected = [
      { date: sold.dayA, gross: '897.00', orders: sold.ordersA, refunds: [] as string[], voucher: [['-299.00', 5830], ['-598.00', 5820]] },
      { date: sold.dayB, gross: '174.00', orders: [sold.orderB], refunds: [sold.refunded], voucher: [['-174.00', 5820]] },
    ];
    for (const day of expected) {
      const reference = `lb-day:${profile}:${day.date}:DKK:domestic`;
      const booked = bookedDocs(h.economic).filter((d) => d.references?.other === reference);
      const drafts = draftDocs(h.economic).filter((d) => d.references?.other === reference);
      if (booked.length + drafts.length > 1) {
        tally.duplicates += booked.length + drafts.length - 1;
        note(`${reference} is in e-conomic ${booked.length} times booked and ${drafts.length} as draft`);
      }
      if (booked.length === 0) {
        tally.lost++;
        note(`${reference} was never booked`);
      } else if (money(dec(String(booked[0].grossAmount))) !== day.gross) {
        tally.lost++;
        note(`${reference} booked at ${booked[0].grossAmount}, not ${day.gross}`);
      }
      const row = runtime.ledger.days.find(profile, day.date, 'DKK', 'domestic');
      if (row?.state !== 'done') note(`day ${day.date} is ${row?.state ?? 'not in the ledger'}`);
      const vouchers = (h.economic.state().vouchers as unknown as Voucher[]).filter((v) => v.entries.some((e) => e.date === day.date));
      if (vouchers.length > 1) {
        tally.duplicates += vouchers.length - 1;
        note(`the payments of ${day.date} are registered ${vouchers.length} times`);
      }
      if (vouchers.length === 0) {
        tally.lost++;
        note(`the payments of ${day.date} are never registered`);
      } else {
        const entries = vouchers[0].entries.map((e) => [money(dec(e.amount)), e.contraAccountNumber]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        if (JSON.stringify(entries) !== JSON.stringify(day.voucher)) note(`the voucher of ${day.date} is ${JSON.stringify(entries)}, not ${JSON.stringify(day.voucher)}`);
      }
      // Each order (and the refund) in exactly this one day, done under the day's invoice.
      for (const orderId of day.orders) {
        const found = runtime.ledger.days.entryOf(profile, 'order', orderId);
        if (!found) {
          tally.lost++;
          note(`order ${orderId} is in no day`);
        } else if (found.day.day !== day.date) note(`order ${orderId} is in ${found.day.day}, not ${day.date}`);
        if (runtime.ledger.orders.get(orderId)?.state !== 'done') note(`order ${orderId} is ${runtime.ledger.orders.get(orderId)?.state}`);
      }
      for (const orderId of day.refunds) {
        const refund = runtime.ledger.days.entries(row?.id ?? -1).filter((e) => e.kind === 'refund' && e.orderId === orderId);
        if (refund.length !== 1) {
          tally.lost++;
          note(`the refund of order ${orderId} is ${refund.length} times in ${day.date}`);
        }
      }
    }
    // No order in two days: every entry of the two days' orders, counted over both days.
    const entries = [sold.dayA, sold.dayB].flatMap((date) => runtime.ledger.days.onDate(profile, date).flatMap((d) => runtime.ledger.days.entries(d.id)));
    const orderEntries = entries.filter((e) => e.kind === 'order');
    const twice = orderEntries.length - new Set(orderEntries.map((e) => e.orderId)).size;
    if (twice > 0) {
      tally.duplicates += twice;
      note(`${twice} orders are in two days`);
    }
  }

  /** Sells two days, kills a sync at `point`'s `hit`-th time, restarts and syncs twice. True when the kill happened. */
  async function killAndRestart(point: string, hit: number): Promise<boolean> {
    const sold = await sellTwoDays();
    h.runtime.close(); // the data dir is the child's now
    const outcome = await runChildOutcome(SYNC_CHILD, [h.dataDir], { LEDGERBRIDGE_CRASH_AT: `${point}:${hit}` });
    if (outcome.signal !== 'SIGKILL' && outcome.code !== 0) throw new Error(`the sync failed without being killed (exit ${outcome.code}): ${outcome.stderr.slice(-2000)}`);
    const killed = outcome.signal === 'SIGKILL';
    await h.reopen();
    await h.runtime.syncOnce();
    await h.runtime.syncOnce();
    if (killed) {
      tally.kills++;
      tally.killsByPoint[point] = (tally.killsByPoint[point] ?? 0) + 1;
    }
    audit(killed ? `${point}:${hit}` : `${point} (not reached a ${hit}th time)`, sold);
    return killed;
  }

  /** Kills at the point's first, second, … hit until a run no longer reaches it; returns how many kills that made. */
  async function everyHitOf(point: string): Promise<number> {
    let hit = 1;
    while (hit <= WRITES_PER_RUN + 2 && (await killAndRestart(point, hit))) hit++;
    return hit - 1;
  }

  it.each(DAY_CRASH_POINTS)('kills after each closed day is frozen (%s): both days of a run', async (point) => {
    expect(await everyHitOf(point)).toBe(2);
  }, 300_000);

  it.each(JOURNAL_POINTS)('kills at %s of every write of a run: two day invoices, two bookings, two vouchers', async (point) => {
    expect(await everyHitOf(point)).toBe(WRITES_PER_RUN);
  }, 300_000);

  it('ends with no day booked twice, no order in two days and none missing from one: 0 duplicates and 0 lost over the whole campaign', () => {
    expect({ duplicates: tally.duplicates, lost: tally.lost, findings: tally.findings }).toEqual({ duplicates: 0, lost: 0, findings: [] });
    expect(tally.kills).toBe(2 + JOURNAL_POINTS.length * WRITES_PER_RUN);
  });
});
