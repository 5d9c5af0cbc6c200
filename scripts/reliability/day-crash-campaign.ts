import { DAY_CRASH_POINTS } from '../../main/engine/crash-points';
import type { CrashCampaignResult } from './crash-campaign';
import { auditDays, type DayAudit } from './day-audit';
import { runDayKills } from './day-kills';

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

/**
 * The crash campaign in summary mode (postingUnit "day", issue 17): `kills` SIGKILLs at seeded
 * random day points over `count` orders. Before each run the shop gets the next slice of orders,
 * sold on two closed days further back than the last slice's, so every run has days to freeze
 * and write; after the campaign clean runs finish them. Then the audit counts days or invoices
 * in e-conomic twice, orders in two days, and orders in no booked day that do not wait with a reason.
 */
export async function runDayCrashCampaign(count: number, kills: number, seed = 20261207, progress: (m: string) => void = () => undefined): Promise<DayCrashCampaignResult> {
  const run = await runDayKills({ count, kills, seed, points: DAY_POINTS, hitsPerRun: HITS_PER_RUN, label: 'summary-mode crash campaign', progress }, ({ sold, harness, runtime }) =>
    auditDays(sold.map((o) => o.raw), harness.economic.state(), runtime.ledger, runtime.profile.name, runtime.profile.orderStages),
  );
  const { tally, audit } = run;
  return { orders: run.sold.length, saleDays: run.saleDays, seed, kills: tally.killed, runs: tally.runs, killsByPoint: tally.killsByPoint, cleanRuns: run.cleanRuns, duplicates: audit.duplicates, lost: audit.lost, audit, seconds: run.seconds };
}
