import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncScheduler } from '../../../main/engine/scheduler';
import type { SyncSummary } from '../../../main/engine/cycle';

const summary: SyncSummary = { fetched: 0, eligible: 0, drafted: 0, booked: 0, held: 0, skipped: 0, failed: 0, mailed: 0, creditNotes: 0, paymentsRegistered: 0, daysBooked: 0, daysHeld: 0, apiCalls: 0 };
const MINUTE = 60_000;

describe('the background sync loop', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-27T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('syncs at start and then every interval, one sync at a time', async () => {
    const sync = vi.fn(async () => summary);
    const scheduler = new SyncScheduler(sync, { intervalMs: 5 * MINUTE });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sync).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5 * MINUTE - 1);
    expect(sync).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(scheduler.snapshot().nextSyncAt).toBe('2026-11-27T10:10:00.000Z');
    scheduler.stop();
  });

  it('"sync now" joins a sync that is already running instead of starting a second', async () => {
    let finish!: () => void;
    const sync = vi.fn(() => new Promise<SyncSummary>((resolve) => (finish = () => resolve(summary))));
    const scheduler = new SyncScheduler(sync, { intervalMs: 5 * MINUTE });
    const a = scheduler.syncNow();
    const b = scheduler.syncNow();
    expect(a).toBe(b);
    finish();
    await a;
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('waits twice as long after each failure while the shop or e-conomic is unreachable, up to an hour', async () => {
    const sync = vi.fn(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    const errors: unknown[] = [];
    const scheduler = new SyncScheduler(sync, { intervalMs: 5 * MINUTE, onError: (e) => errors.push(e) });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const next = new Date(scheduler.snapshot().nextSyncAt!).getTime() - Date.now();
      waits.push(next / MINUTE);
      await vi.advanceTimersByTimeAsync(next);
    }
    expect(waits).toEqual([10, 20, 40, 60, 60, 60]);
    expect(scheduler.snapshot().consecutiveFailures).toBe(7);
    expect(scheduler.snapshot().lastError).toContain('ECONNREFUSED');
    scheduler.stop();
  });

  it('does nothing while paused and syncs at once when resumed', async () => {
    const sync = vi.fn(async () => summary);
    const scheduler = new SyncScheduler(sync, { intervalMs: 5 * MINUTE });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.pause();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(scheduler.snapshot()).toMatchObject({ paused: true, nextSyncAt: null });
    scheduler.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(sync).toHaveBeenCalledTimes(2);
    scheduler.stop();
  });
});
