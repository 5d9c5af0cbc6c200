/**
 * One sync in its own process, for the crash tests: the child (test/main/engine/crash-child.ts)
 * dies by SIGKILL at the crash point named in LEDGERBRIDGE_CRASH_AT and is started again to
 * finish. It runs bundled the way the desktop app's main process is
 * (scripts/bench/children/run-child.ts), so it starts in about 0.3 s instead of 1.4 s through
 * the TypeScript loader — the campaigns start over a hundred children.
 */
import { spawnChild } from '../../scripts/bench/children/run-child';

const CRASH_CHILD = 'test/main/engine/crash-child.ts';

export interface CrashChildOptions {
  /** `point:hit`, e.g. `after-economic-write:2`; none runs the sync to its end. */
  crashAt?: string;
  /** Skip the lookup by order reference of writes a crash left unfinished. */
  noLookup?: boolean;
}

/** Runs one sync on `dataDir`; resolves with whether it was killed, rejects when it failed otherwise. */
export async function runCrashChild(dataDir: string, options: CrashChildOptions = {}): Promise<{ killed: boolean }> {
  const args = [dataDir, ...(options.noLookup ? ['--no-lookup'] : [])];
  const child = await spawnChild(CRASH_CHILD, args, { LEDGERBRIDGE_CRASH_AT: options.crashAt ?? '' });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stdout!.resume();
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    // A child that hangs would hold the test until its own timeout; stop it well before.
    const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (status !== 0 && signal !== 'SIGKILL') reject(new Error(`sync child failed (${status ?? signal}): ${stderr.slice(-2000)}`));
      else resolve({ killed: signal === 'SIGKILL' });
    });
  });
}
