// The sync runs of a crash campaign, each in a child process (bundled, see run-child.ts): runs
// SIGKILLed at a crash point, and the clean runs that finish the campaign.
import { runChildOutcome } from '../bench/children/run-child';

/** The sync child: the data dir's (first) profile alone. */
export const SYNC_CHILD = 'scripts/bench/children/sync-once.ts';
/**
 * The sync child for a data dir of several profiles: all of them side by side in one process,
 * so a crash point counts the passes of every profile together (`:n` may fall in either shop).
 */
export const SYNC_PROFILES_CHILD = 'scripts/bench/children/sync-profiles.ts';

/** What a campaign's kills came to so far. */
export interface KillTally {
  /** Child runs, killed or not. */
  runs: number;
  killed: number;
  killsByPoint: Record<string, number>;
}

export const emptyTally = (): KillTally => ({ runs: 0, killed: 0, killsByPoint: {} });

/**
 * One sync on `dataDir` set to die at the `hit`th pass of `point`, counted in `tally`: true when it
 * was killed, false when the run did not reach the point and finished. A run that failed any other
 * way stops the campaign with its error.
 */
export async function syncKilledAt(dataDir: string, point: string, hit: number, tally: KillTally, child = SYNC_CHILD): Promise<boolean> {
  const outcome = await runChildOutcome(child, [dataDir], { LEDGERBRIDGE_CRASH_AT: `${point}:${hit}` });
  tally.runs++;
  if (outcome.signal === 'SIGKILL') {
    tally.killed++;
    tally.killsByPoint[point] = (tally.killsByPoint[point] ?? 0) + 1;
    return true;
  }
  if (outcome.code !== 0) throw new Error(`a sync run failed without being killed (exit ${outcome.code}): ${outcome.stderr.slice(-2000)}`);
  return false;
}

/** Clean syncs (at most five) until one changed nothing, as `changed` judges its summary; returns how many ran. */
export async function finishWithCleanRuns(dataDir: string, changed: (summary: Record<string, number>) => boolean, child = SYNC_CHILD): Promise<number> {
  let cleanRuns = 0;
  while (cleanRuns < 5) {
    const out = await runChildOutcome(child, [dataDir]);
    cleanRuns++;
    if (out.code !== 0) throw new Error(`a clean run failed (exit ${out.code}): ${out.stderr.slice(-2000)}`);
    if (!changed((JSON.parse(out.stdout) as { summary: Record<string, number> }).summary)) break;
  }
  return cleanRuns;
}
