import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient } from '../../../main/connectors/economic/client';
import type { DraftInvoice } from '../../../main/connectors/economic/types';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { retryDay } from '../../../main/operations/retry-day';
import type { Runtime } from '../../../main/runtime/runtime';
import { dec, money } from '../../../shared/domain/money';
import { runChildOutcome } from '../../../scripts/bench/children/run-child';
import { calendarDaysAgo } from '../../helpers/local-days';
import { journalDayProfile, soldOn, ZONE } from '../../helpers/day-summary-shop';
import { krusPaidWith } from '../../helpers/refund-cases';

/**
 * "Retry the day" exactly once, also when the process is killed (SIGKILL) in the middle of it:
 * after the journal row of the new draft is on disk and before e-conomic hears of it, after
 * e-conomic made the draft and before the ledger knows, and after the ledger recorded it. The
 * retry runs as `ledgerbridge days --day D --retry` in a process of its own; the app then starts
 * again, syncs, and the owner presses "Retry the day" once more for good measure. Each time day
 * D (orders 8201, 8202: 2 × 299.00 = 598.00, the hand-worked Krus order) has exactly one draft of
 * 598.00 under its reference, its orders are in it and in no other day.
 */

const CLI_CHILD = 'test/main/cli/cli-child.ts';
const POINTS = ['after-journal-begin', 'after-economic-write', 'after-journal-complete'] as const;

type Doc = DraftInvoice & { grossAmount: number };

describe.each(POINTS)('"Retry the day" killed at %s', (point) => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const day = calendarDaysAgo(3, now, ZONE);
  const reference = `lb-day:demo:${day}:DKK:domestic`;
  const ours = () => (h.economic.state().drafts as unknown as Doc[]).filter((d) => d.references?.other === reference);
  const dayRow = () => runtime.ledger.days.find('demo', day, 'DKK', 'domestic')!;
  let deleted: number;

  beforeAll(async () => {
    h = await startSandboxHarness({
      start: now,
      orders: [soldOn(8201, day), soldOn(8202, day)],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * 86_400_000).toISOString() } },
    });
    runtime = await h.open();
    await runtime.syncOnce();
    deleted = ours()[0].draftInvoiceNumber;
    // The owner deletes the day's draft in e-conomic's own screens.
    await new EconomicClient({ baseUrl: h.economic.url, appSecretToken: h.economic.appSecretToken, agreementGrantToken: h.economic.agreementGrantToken }).deleteDraftInvoice(deleted, 'owner-deletes');
    await runtime.syncOnce();
    expect(dayRow()).toMatchObject({ state: 'needs-attention', reasonCode: 'LB-7025', generation: 1 });
    runtime.close(); // the data dir is the child's now
  }, 60_000);
  afterAll(async () => {
    runtime?.close();
    await h?.close();
  });

  it('is killed after the day took its new generation', async () => {
    const outcome = await runChildOutcome(CLI_CHILD, ['days', '--data-dir', h.dataDir, '--day', day, '--retry', '--lang', 'en'], { LEDGERBRIDGE_CRASH_AT: `${point}:1` });
    expect(outcome.signal, outcome.stderr).toBe('SIGKILL');
    runtime = await h.open();
    expect(dayRow().generation).toBe(2);
    expect(ours().length).toBe(point === 'after-journal-begin' ? 0 : 1);
  }, 60_000);

  it('ends with exactly one new draft of 598.00 after the restart, a sync and a second press', async () => {
    await runtime.syncOnce();
    const second = await retryDay(runtime, dayRow().id);
    expect(second.retried).toBe(false);
    await runtime.syncOnce();
    const drafts = ours();
    expect(drafts.map((d) => money(dec(String(d.grossAmount))))).toEqual(['598.00']);
    expect(dayRow()).toMatchObject({ state: 'held', draftNumber: drafts[0].draftInvoiceNumber, generation: 2 });
    for (const id of ['8201', '8202']) {
      expect(runtime.ledger.days.entryOf('demo', 'order', id)?.day.day).toBe(day);
      expect(runtime.ledger.orders.get(id)?.state).toBe('in-day');
    }
    expect(runtime.ledger.operations.openForOrder(`day:${day}:DKK:domestic`)).toEqual([]);
  }, 60_000);
});

/**
 * The same for a day booked as a voucher in journal 1 (dayBooking "journal"): day D (orders 8211
 * MobilePay and 8212 Dankort, 299.00 each) was voucher N, which the accountant deleted from the
 * journal; the retry is killed after the new voucher's journal row is on disk, and after
 * e-conomic took it. Then exactly one voucher of D is in the journal — MobilePay 5820 299.00 and
 * Dankort 5821 299.00 — with the order list attached, and the day and its orders are done.
 */
describe.each(['after-journal-begin', 'after-economic-write'] as const)('"Retry the day" of a journal voucher killed at %s', (point) => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const day = calendarDaysAgo(3, now, ZONE);
  const vouchers = () => (h.economic.state().vouchers as unknown as Array<{ journalNumber: number; booked?: boolean; entries: Array<{ amount: string; accountNumber: number; date: string }>; attachment?: { bytes: number } }>).filter((v) => v.journalNumber === 1 && v.entries.some((e) => e.date === day));
  const dayRow = () => runtime.ledger.days.find('demo', day, 'DKK', 'domestic')!;

  beforeAll(async () => {
    h = await startSandboxHarness({ start: now, orders: [krusPaidWith(8211, day, { id: 'mobilepay', title: 'MobilePay' }), krusPaidWith(8212, day, { id: 'dankort', title: 'Dankort' })], profile: journalDayProfile(now, 5) });
    runtime = await h.open();
    await runtime.syncOnce();
    const res = await fetch(`${h.economic.url}/_sandbox/journals/1/vouchers/${(h.economic.state().vouchers as unknown as Array<{ voucherNumber: number }>)[0].voucherNumber}`, { method: 'DELETE' });
    expect(res.ok).toBe(true);
    await runtime.syncOnce();
    expect(dayRow()).toMatchObject({ state: 'needs-attention', reasonCode: 'LB-7026' });
    runtime.close();
  }, 60_000);
  afterAll(async () => {
    runtime?.close();
    await h?.close();
  });

  it('ends with exactly one voucher of the day in the journal, with its order list, after the restart, a sync and a second press', async () => {
    const outcome = await runChildOutcome(CLI_CHILD, ['days', '--data-dir', h.dataDir, '--day', day, '--retry', '--lang', 'en'], { LEDGERBRIDGE_CRASH_AT: `${point}:1` });
    expect(outcome.signal, outcome.stderr).toBe('SIGKILL');
    runtime = await h.open();
    expect(dayRow().generation).toBe(2);
    await runtime.syncOnce();
    expect((await retryDay(runtime, dayRow().id)).retried).toBe(false);
    await runtime.syncOnce();
    const [voucher, ...more] = vouchers();
    expect(more).toEqual([]);
    expect(voucher.entries.map((e) => [e.accountNumber, money(dec(e.amount))]).sort()).toEqual([[5820, '299.00'], [5821, '299.00']]);
    expect(voucher.attachment?.bytes).toBeGreaterThan(0);
    expect(dayRow()).toMatchObject({ state: 'done', generation: 2 });
    for (const id of ['8211', '8212']) expect(runtime.ledger.orders.get(id)?.state).toBe('done');
  }, 60_000);
});
