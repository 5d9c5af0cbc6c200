import { CRASH_POINTS, type CrashPoint } from '../../main/engine/crash-points';
import { generateWooDemoOrders } from '../../main/sandbox/shops/woocommerce';
import { auditRun, type Audit } from './audit';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { seededRandom, startReliabilityHarness } from './harness';
import { emptyTally, finishWithCleanRuns, syncKilledAt } from './sync-runs';

export interface CrashCampaignResult {
  orders: number;
  seed: number;
  kills: number;
  /** Child runs in the campaign, killed or not. */
  runs: number;
  killsByPoint: Record<string, number>;
  /** Clean runs after the campaign until a run changed nothing. */
  cleanRuns: number;
  duplicates: number;
  lost: number;
  audit: Audit;
  seconds: number;
}

/**
 * How often a point is reached per new order in one run (page-level points once per page of
 * 100, so once in a run of a few orders), so a random hit lands somewhere inside the run's
 * batch of orders — in a run of several pages, also on a later page, while the orders of the
 * page before are still in flight.
 */
const HITS_PER_ORDER: Record<CrashPoint, number> = {
  'after-record-seen': 0.01,
  'after-watermark': 0.01,
  'after-journal-begin': 2,
  'after-economic-write': 2,
  'after-journal-complete': 2,
  'after-booking': 1,
  'after-pdf-stored': 1,
  'after-mail-queued': 1,
  'before-mail-sent': 0,
};


export interface CrashCampaignOptions {
  /**
   * New orders the shop gets before each run. Default: the remaining orders ÷ the remaining
   * kills (a few per run). More than a page (100) makes every run read several pages, which
   * the sync overlaps (main/engine/pool.ts WorkQueue).
   */
  sliceOrders?: number;
  /** Names the campaign in its progress lines. */
  name?: string;
  /**
   * The profile's poll overlap. The shop stamps each order it gets with the next second, so a
   * run's new orders lie within the default 10 minutes, and a poll would read them again even
   * after a watermark set too early; 0 leaves the watermark alone to decide what is read again.
   */
  overlapMinutes?: number;
}

/**
 * SIGKILLs the engine `kills` times at seeded random crash points over an import of
 * `count` orders. The orders reach the shop in slices, so every run has new work and
 * continues where the last one died; after the campaign clean runs finish the import.
 */
export async function runCrashCampaign(count: number, kills: number, seed = 20261127, progress: (m: string) => void = () => undefined, options: CrashCampaignOptions = {}): Promise<CrashCampaignResult> {
  const orders = generateWooDemoOrders({ count, seed });
  const random = seededRandom(seed);
  const harness = await startReliabilityHarness([]);
  const started = performance.now();
  try {
    const setup = await harness.open();
    walkSupervisedPeriod(setup);
    if (options.overlapMinutes !== undefined) setup.saveProfile({ ...setup.profile, sync: { ...setup.profile.sync, overlapMinutes: options.overlapMinutes } });
    const orderStages = setup.profile.orderStages;
    setup.close();

    let added = 0;
    const tally = emptyTally();
    // A run that the chosen point does not reach finishes normally; give up on kills only
    // after many such runs in a row with every order in the shop.
    let idleRuns = 0;
    while (tally.killed < kills && idleRuns < 20) {
      const slice = options.sliceOrders ?? Math.ceil((count - added) / Math.max(1, kills - tally.killed));
      for (const raw of orders.slice(added, added + slice)) harness.shop.upsertOrder(raw);
      added = Math.min(count, added + slice);
      const point = CRASH_POINTS[Math.floor(random() * CRASH_POINTS.length)];
      const reach = Math.max(1, HITS_PER_ORDER[point] * slice);
      const hit = 1 + Math.floor(random() * reach);
      if (await syncKilledAt(harness.dataDir, point, hit, tally)) idleRuns = 0;
      else if (added >= count) idleRuns++;
      if (tally.runs % 20 === 0) progress(`${options.name ?? 'crash campaign'}: ${tally.killed} kills, ${added}/${count} orders in the shop, ${tally.runs} runs`);
    }
    for (const raw of orders.slice(added)) harness.shop.upsertOrder(raw);

    // Finish with clean runs until one changes nothing.
    const cleanRuns = await finishWithCleanRuns(harness.dataDir, (s) => s.eligible + s.booked + s.drafted + s.failed > 0);

    const check = await harness.open({ lock: false });
    try {
      const audit = auditRun(orders, harness.economic.state(), check.ledger, orderStages);
      return {
        orders: count,
        seed,
        kills: tally.killed,
        runs: tally.runs,
        killsByPoint: tally.killsByPoint,
        cleanRuns,
        duplicates: audit.duplicates,
        lost: audit.lost,
        audit,
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
    } finally {
      check.close();
    }
  } finally {
    await harness.close();
  }
}
