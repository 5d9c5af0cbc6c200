import { localDate } from '../../shared/domain/local-day';
import { DAY_CRASH_POINTS } from '../../main/engine/crash-points';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { wooGmt, wooLocal } from '../../main/sandbox/shops/woocommerce/clock';
import type { CrashCampaignResult } from './crash-campaign';
import { auditDays, type DayAudit } from './day-audit';
import { seededRandom, startReliabilityHarness } from './harness';
import { emptyTally, finishWithCleanRuns, syncKilledAt } from './sync-runs';

/** The per-order campaign's figures, audited by day. */
export interface DayCrashCampaignResult extends Omit<CrashCampaignResult, 'audit'> {
  /** Sale days the orders were spread over (two new ones per kill). */
  saleDays: number;
  audit: DayAudit;
}

/**
 * The points a daily summary passes: after a closed day is frozen, and around each of its writes
 * to e-conomic (the day product, the day invoice's draft and its booking, the day's payments),
 * as test/main/engine/days/day-crash.test.ts kills them one by one.
 */
const DAY_POINTS = [...DAY_CRASH_POINTS, 'after-journal-begin', 'after-economic-write', 'after-journal-complete'] as const;
/** How often a run reaches each point for one kill's two sale days: once per day frozen; a few writes per day. */
const HITS_PER_RUN: Record<(typeof DAY_POINTS)[number], number> = { 'after-day-frozen': 2, 'after-journal-begin': 6, 'after-economic-write': 6, 'after-journal-complete': 6 };

const DAY_MS = 86_400_000;
const SOLD_FIELDS = ['date_created', 'date_paid', 'date_completed'] as const;

/** The order as sold on a past local date (11:00 UTC + i seconds); its modification time is left to the shop, which stamps "now". */
function soldOn(raw: Record<string, unknown>, date: string, i: number): Record<string, unknown> {
  const at = Date.parse(`${date}T11:00:00Z`) + i * 1000;
  const out: Record<string, unknown> = { ...raw };
  for (const f of SOLD_FIELDS) {
    if (out[`${f}_gmt`] === null) continue;
    out[f] = wooLocal(at);
    out[`${f}_gmt`] = wooGmt(at);
  }
  delete out.date_modified;
  delete out.date_modified_gmt;
  return out;
}

/**
 * The crash campaign in summary mode (postingUnit "day", issue 17): `kills` SIGKILLs at seeded
 * random day points over `count` orders. Before each run the shop gets the next slice of orders,
 * sold on two closed days further back than the last slice's, so every run has days to freeze
 * and write; after the campaign clean runs finish them. Then the audit counts days or invoices
 * in e-conomic twice, orders in two days, and orders in no booked day that do not wait with a reason.
 */
export async function runDayCrashCampaign(count: number, kills: number, seed = 20261207, progress: (m: string) => void = () => undefined): Promise<DayCrashCampaignResult> {
  const orders = generateWooOrders({ count, seed });
  const random = seededRandom(seed);
  const now = Date.now();
  const harness = await startReliabilityHarness([], {
    postingUnit: 'day',
    // Every sale day of the campaign is inside the first import.
    sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now - (2 * kills + 10) * DAY_MS).toISOString() },
  });
  const started = performance.now();
  try {
    const setup = await harness.open();
    walkSupervisedPeriod(setup);
    const { orderStages, name: profile } = setup.profile;
    const zone = setup.profile.daySummary.timeZone;
    setup.close();

    const sold: Array<Record<string, unknown>> = [];
    const tally = emptyTally();
    let idleRuns = 0;
    while (tally.killed < kills && idleRuns < 20 && sold.length < count) {
      // Two days further back than the last slice's; both long closed.
      // Room for a run in two that does not reach its point: half the orders per kill.
      const slice = orders.slice(sold.length, sold.length + Math.max(2, Math.ceil(count / (2 * kills))));
      const daysAgo = 2 + 2 * tally.runs;
      const dates = [localDate(new Date(now - (daysAgo + 1) * DAY_MS), zone), localDate(new Date(now - daysAgo * DAY_MS), zone)];
      slice.forEach((raw, i) => {
        const order = soldOn(raw, dates[i % 2], i);
        harness.shop.upsertOrder(order);
        sold.push(order);
      });
      const point = DAY_POINTS[Math.floor(random() * DAY_POINTS.length)];
      const hit = 1 + Math.floor(random() * HITS_PER_RUN[point]);
      if (await syncKilledAt(harness.dataDir, point, hit, tally)) idleRuns = 0;
      else idleRuns++;
      if (tally.runs % 10 === 0) progress(`summary-mode crash campaign: ${tally.killed} kills, ${sold.length}/${count} orders in the shop, ${tally.runs} runs`);
    }

    // Finish with clean runs until one books and changes nothing.
    const cleanRuns = await finishWithCleanRuns(harness.dataDir, (s) => s.eligible + s.booked + s.drafted + s.failed + s.daysBooked > 0);

    const check = await harness.open({ lock: false });
    try {
      const audit = auditDays(sold, harness.economic.state(), check.ledger, profile, orderStages);
      const saleDays = new Set(sold.map((o) => String(o.date_created_gmt).slice(0, 10))).size;
      return { orders: sold.length, saleDays, seed, kills: tally.killed, runs: tally.runs, killsByPoint: tally.killsByPoint, cleanRuns, duplicates: audit.duplicates, lost: audit.lost, audit, seconds: Math.round((performance.now() - started) / 100) / 10 };
    } finally {
      check.close();
    }
  } finally {
    await harness.close();
  }
}
