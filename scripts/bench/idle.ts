import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { round } from './calls-per-order';
import { spawnChild } from './children/run-child';
import { startBenchHarness } from './harness';

export interface IdleResult {
  method: string;
  windowSeconds: number;
  syncIntervalMinutes: number;
  /** Context switches of all the engine process's threads per minute while it waits. */
  wakeupsPerMinute: number;
  /** The engine's main thread alone (the event loop that runs the engine's code). */
  mainThreadWakeupsPerMinute: number;
  /** The same count for a bare Node process that only waits on a timer, for comparison. */
  bareNodeWakeupsPerMinute: number;
  /** The sync timer's own wake-ups per minute (one per interval). */
  timerWakeupsPerMinute: number;
  /**
   * Context switches from the end of the first sync to the start of the window: V8's one-shot
   * work after start and sync (the memory reducer's few GCs, the wasm metrics tasks), then none.
   */
  afterSyncSwitches: number;
}

/**
 * How long after the child starts V8 still has one-shot tasks due. Loading axios reads Node's
 * global FormData, which loads undici, which compiles its HTTP parser (llhttp) to WebAssembly;
 * V8 then posts four delayed tasks that record the module's lazy-compilation metrics, 5, 20,
 * 60 and 120 s after the instantiation (`ReportLazyCompilationTimesTask`, V8's
 * module-instantiate.cc). Each wakes Node's delayed-task thread and a worker once, and never
 * again: they are the cost of starting, not of waiting (seen with strace and gdb on the child;
 * a window 60–120 s after the sync counted the 120 s one, a window from 130 s counted none).
 */
export const STARTUP_TASKS_MS = 125_000;

/**
 * Every thread's voluntary + involuntary context switches (/proc/<pid>/task/<tid>/status).
 * A sleeping thread that wakes up and sleeps again adds at least one voluntary switch,
 * so the delta over a window counts wake-ups without perf.
 */
export function contextSwitches(pid: number, mainThreadOnly = false): number {
  let total = 0;
  for (const tid of mainThreadOnly ? [String(pid)] : readdirSync(`/proc/${pid}/task`)) {
    try {
      const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
      for (const m of status.matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)$/gm)) total += Number(m[1]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return total;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Switches in the settle period after the first sync, then the rate per minute over the window after it. */
async function countWindows(pid: number, settleMs: number, windowMs: number): Promise<{ settle: number; perMinute: number; mainPerMinute: number }> {
  const start = contextSwitches(pid);
  await sleep(settleMs);
  const before = contextSwitches(pid);
  const mainBefore = contextSwitches(pid, true);
  await sleep(windowMs);
  const perMinute = (n: number) => (n * 60_000) / windowMs;
  return { settle: before - start, perMinute: perMinute(contextSwitches(pid) - before), mainPerMinute: perMinute(contextSwitches(pid, true) - mainBefore) };
}

function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(line)) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => reject(new Error(`the idle child ended (${code}) before "${line}": ${err.slice(-2000)}`)));
  });
}

/**
 * Runs the engine's background loop in a child (after one real sync of a few orders)
 * and counts its wake-ups per minute over `windowMs` of idle waiting, starting the longer of
 * `settleMs` and `startupMs` after the sync (V8's one-shot tasks after the start, STARTUP_TASKS_MS);
 * a bare Node process waiting on a timer is measured the same way beside it.
 */
export async function measureIdle(windowMs = 60_000, intervalMinutes = 60, settleMs = 60_000, startupMs = STARTUP_TASKS_MS): Promise<IdleResult> {
  const harness = await startBenchHarness({ orders: generateWooOrders({ count: 5, seed: 99 }), profile: { invoiceSource: 'shop' } });
  const engine = await spawnChild('scripts/bench/children/idle-scheduler.ts', [harness.dataDir, String(intervalMinutes * 60_000)]);
  const bare = await spawnChild('scripts/bench/children/idle-bare.ts', []);
  try {
    await Promise.all([waitForLine(engine, 'ready'), waitForLine(bare, 'ready')]);
    // Counted from the first sync's end, which is after the child's start.
    const settle = Math.max(settleMs, startupMs);
    const [engineRate, bareRate] = await Promise.all([countWindows(engine.pid!, settle, windowMs), countWindows(bare.pid!, settle, windowMs)]);
    return {
      method:
        `sum of voluntary_ctxt_switches + nonvoluntary_ctxt_switches over every thread in /proc/<pid>/task/*/status; delta over ${windowMs / 1000} s, ` +
        `starting ${settle / 1000} s after a sync finished (so at least ${startupMs / 1000} s after the process started) ` +
        `(V8's one-shot work after the start and the sync — the memory reducer's GCs, the wasm metrics tasks up to 120 s after start — is counted separately)`,
      windowSeconds: windowMs / 1000,
      syncIntervalMinutes: intervalMinutes,
      wakeupsPerMinute: round(engineRate.perMinute, 2),
      mainThreadWakeupsPerMinute: round(engineRate.mainPerMinute, 2),
      bareNodeWakeupsPerMinute: round(bareRate.perMinute, 2),
      timerWakeupsPerMinute: round(1 / intervalMinutes, 3),
      afterSyncSwitches: engineRate.settle,
    };
  } finally {
    engine.kill('SIGTERM');
    bare.kill('SIGTERM');
    await harness.close();
  }
}
