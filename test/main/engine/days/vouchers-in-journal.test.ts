import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DayVoucherStore } from '../../../../main/engine/days/day-voucher-store';
import { retryDay } from '../../../../main/operations/retry-day';
import { dec, money, sum } from '../../../../shared/domain/money';
import { describe as describeProblem } from '../../../../shared/errors';
import { journalDayProfile } from '../../../helpers/day-summary-shop';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { krusPaidWith } from '../../../helpers/refund-cases';
import { startHarness, type Harness } from '../../moneyflows/harness';

/**
 * Days booked as one voucher each in journal 1 (dayBooking "journal"), left there for the
 * accountant, who then deletes day A's voucher from the journal by hand and books the journal
 * (day B's voucher goes onto the accounts). Every order is the hand-worked Krus order (299.00,
 * VAT 59.80):
 *   day A: 9601 MobilePay, 9602 Dankort  → MobilePay 5820 299.00, Dankort 5821 299.00 (598.00)
 *   day B: 9603 MobilePay                → MobilePay 5820 299.00
 * LedgerBridge notices at the next sync that day A's voucher is gone (LB-7026): day A and its
 * orders are no longer booked, and it sends nothing by itself; day B is booked and is not looked
 * for again. "Retry the day" sends day A once more, as one voucher with the order list attached.
 */

const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const DANKORT = { id: 'dankort', title: 'Dankort' };
const JOURNAL_READS = 'GET /journals/:journalNumber/entries';
const YEAR_READS = 'GET /accounting-years/:accountingYear/entries';

interface Voucher { journalNumber: number; voucherNumber: number; booked?: boolean; entries: Array<{ amount: string; accountNumber: number; date: string }>; attachment?: { bytes: number } }

describe('a day voucher deleted from the journal before it was booked', () => {
  let h: Harness;
  const now = new Date();
  const dayA = calendarDaysAgo(3, now);
  const dayB = calendarDaysAgo(2, now);
  const vouchersOf = (date: string) => (h.economic.state().vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === 1 && v.entries.some((e) => e.date === date));
  const calls = (route: string) => h.economic.state().calls.byRoute[route] ?? 0;
  const dayRow = (date: string) => h.runtime.ledger.days.find('demo', date, 'DKK', 'domestic')!;
  const byHand = async (method: string, path: string) => {
    const res = await fetch(`${h.economic.url}/_sandbox/${path}`, { method });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  let deleted: number;

  beforeAll(async () => {
    h = await startHarness({ automatic: true, orders: [krusPaidWith(9601, dayA, MOBILEPAY), krusPaidWith(9602, dayA, DANKORT), krusPaidWith(9603, dayB, MOBILEPAY)], profile: journalDayProfile(now, 5) });
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it('leaves each day as a voucher in the journal, and then reads the journal once per sync while they wait there', async () => {
    expect([dayRow(dayA).state, dayRow(dayB).state]).toEqual(['done', 'done']);
    expect(vouchersOf(dayA).map((v) => money(sum(v.entries.map((e) => dec(e.amount)))))).toEqual(['598.00']);
    const [journal, years] = [calls(JOURNAL_READS), calls(YEAR_READS)];
    await h.runtime.syncOnce();
    expect(calls(JOURNAL_READS) - journal).toBe(1);
    expect(calls(YEAR_READS) - years).toBe(0);
    expect(dayRow(dayA).state).toBe('done');
  });

  it('notices the deleted voucher of day A, and that day B was booked by the accountant', async () => {
    [{ voucherNumber: deleted }] = vouchersOf(dayA);
    await byHand('DELETE', `journals/1/vouchers/${deleted}`);
    await byHand('POST', 'journals/1/book');
    await h.runtime.syncOnce();

    expect(dayRow(dayA)).toMatchObject({ state: 'needs-attention', reasonCode: 'LB-7026', generation: 1 });
    for (const id of ['9601', '9602']) {
      expect(h.runtime.ledger.orders.get(id)?.state).toBe('in-day');
      expect(h.runtime.ledger.days.entryOf('demo', 'order', id)?.day.day).toBe(dayA);
    }
    const problem = h.runtime.log.openProblems('demo').find((p) => p.code === 'LB-7026')!;
    expect(problem.params).toEqual({ date: dayA, currency: 'DKK', journalNumber: 1, voucherNumber: String(deleted), count: 2 });
    expect(describeProblem('LB-7026', problem.params as never, 'da').message).toBe(
      `Dagen ${dayA} (DKK) lå som bilag ${deleted} i kassekladde 1, men bilaget er slettet fra kassekladden i e-conomic, før det blev bogført, så dagens 2 ordrer og refunderinger er ikke bogført. Ordrerne er stadig i dagen, og LedgerBridge sender ikke selv et nyt bilag.`,
    );
    expect(dayRow(dayB).state).toBe('done');
    expect(new DayVoucherStore(h.runtime.ledger.db).get(dayRow(dayB).id)?.bookedSeenAt).not.toBeNull();
  });

  it('sends nothing by itself, and reads no journal while no day waits in one', async () => {
    const journal = calls(JOURNAL_READS);
    await h.runtime.syncOnce();
    expect(calls(JOURNAL_READS)).toBe(journal);
    expect(vouchersOf(dayA)).toEqual([]);
    expect(dayRow(dayA).state).toBe('needs-attention');
  });

  it('"Retry the day" sends one new voucher of 598.00 with the order list attached; a second press sends none', async () => {
    const first = await retryDay(h.runtime, dayRow(dayA).id);
    expect(first.retried).toBe(true);
    const [voucher, ...more] = vouchersOf(dayA);
    expect(more).toEqual([]);
    expect(voucher.booked).toBeFalsy();
    expect(voucher.entries.map((e) => [e.accountNumber, money(dec(e.amount))]).sort()).toEqual([[5820, '299.00'], [5821, '299.00']]);
    expect(voucher.attachment?.bytes).toBeGreaterThan(0);
    expect(dayRow(dayA)).toMatchObject({ state: 'done', generation: 2, reasonCode: null });
    for (const id of ['9601', '9602']) expect(h.runtime.ledger.orders.get(id)?.state).toBe('done');
    expect(h.runtime.log.openProblems('demo').filter((p) => p.code === 'LB-7026')).toEqual([]);

    expect((await retryDay(h.runtime, dayRow(dayA).id)).retried).toBe(false);
    await h.runtime.syncOnce();
    expect(vouchersOf(dayA)).toHaveLength(1);
  });
});
