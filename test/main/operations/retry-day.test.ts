import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient } from '../../../main/connectors/economic/client';
import type { DraftInvoice } from '../../../main/connectors/economic/types';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { retryDay } from '../../../main/operations/retry-day';
import type { Runtime } from '../../../main/runtime/runtime';
import { dec, money } from '../../../shared/domain/money';
import { runChildOutcome } from '../../../scripts/bench/children/run-child';
import { calendarDaysAgo } from '../../helpers/local-days';
import { soldOn, ZONE } from '../../helpers/day-summary-shop';

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
