import { CRASH_POINTS, type CrashPoint } from '../../main/engine/crash-points';
import { generateWooDemoOrders } from '../../main/sandbox/shops/woocommerce';
import { runChildOutcome } from '../bench/children/run-child';
import { auditRun, type Audit } from './audit';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { seededRandom, startReliabilityHarness } from './harness';

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
 * How often a point is reached per new order in one run (page-level points once per
 * run), so a random hit lands somewhere inside the run's batch of orders.
 */
const HITS_PER_ORDER: Record<CrashPoint, number> = {
  'after-record-seen': 0,
  'after-watermark': 0,
  'after-journal-begin': 2,
  'after-economic-write': 2,
  'after-journal-complete': 2,
  'after-booking': 1,
  'after-pdf-stored': 1,
  'after-mail-queued': 1,
  'before-mail-sent': 0,
};

const SYNC_CHILD = 'scripts/bench/children/sync-once.ts';

/**
 * SIGKILLs the engine `kills` times at seeded random crash points over an import of
 * `count` orders. The orders reach the shop in slices, so every run has new work and
 * continues where the last one died; after the campaign clean runs finish the import.
 */
export async function runCrashCampaign(count: number, kills: number, seed = 20261127, progress: (m: string) => void = () => undefined): Promise<CrashCampaignResult> {
  const orders = generateWooDemoOrders({ count, seed });
  const random = seededRandom(seed);
  const harness = await startReliabilityHarness([]);
  const started = performance.now();
  try {
    const setup = await harness.open();
    walkSupervisedPeriod(setup);
    const orderStages = setup.profile.orderStages;
    setup.close();

    let added = 0;
    let killed = 0;
    let runs = 0;
    const killsByPoint: Record<string, number> = {};
    // A run that the chosen point does not reach finishes normally; give up on kills only
    // after many such runs in a row with every order in the shop.
    let idleRuns = 0;
    while (killed < kills && idleRuns < 20) {
      const slice = Math.ceil((count - added) / Math.max(1, kills - killed));
      for (const raw of orders.slice(added, added + slice)) harness.shop.upsertOrder(raw);
      added = Math.min(count, added + slice);
      const point = CRASH_POINTS[Math.floor(random() * CRASH_POINTS.length)];
      const reach = Math.max(1, HITS_PER_ORDER[point] * slice);
      const hit = 1 + Math.floor(random() * reach);
      const outcome = await runChildOutcome(SYNC_CHILD, [harness.dataDir], { LEDGERBRIDGE_CRASH_AT: `${point}:${hit}` });
      runs++;
      if (outcome.signal === 'SIGKILL') {
        killed++;
        killsByPoint[point] = (killsByPoint[point] ?? 0) + 1;
        idleRuns = 0;
      } else if (outcome.code !== 0) {
        throw new Error(`a sync run failed without being killed (exit ${outcome.code}): ${outcome.stderr.slice(-2000)}`);
      } else if (added >= count) {
        idleRuns++;
      }
      if (runs % 20 === 0) progress(`crash campaign: ${killed} kills, ${added}/${count} orders in the shop, ${runs} runs`);
    }
    for (const raw of orders.slice(added)) harness.shop.upsertOrder(raw);

    // Finish with clean runs until one changes nothing.
    let cleanRuns = 0;
    for (; cleanRuns < 5; ) {
      const out = await runChildOutcome(SYNC_CHILD, [harness.dataDir]);
      cleanRuns++;
      if (out.code !== 0) throw new Error(`a clean run failed (exit ${out.code}): ${out.stderr.slice(-2000)}`);
      const { summary } = JSON.parse(out.stdout) as { summary: { eligible: number; booked: number; drafted: number; failed: number } };
      if (summary.eligible + summary.booked + summary.drafted + summary.failed === 0) break;
    }

    const check = await harness.open({ lock: false });
    try {
      const audit = auditRun(orders, harness.economic.state(), check.ledger, orderStages);
      return {
        orders: count,
        seed,
        kills: killed,
        runs,
        killsByPoint,
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
