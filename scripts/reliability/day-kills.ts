// The run loop the summary-mode campaigns share (days as invoices: day-crash-campaign.ts; days as
// journal vouchers: day-voucher-campaign.ts; two shops' journal vouchers on one agreement:
// two-shop-voucher-campaign.ts): orders sold on closed days, seeded random SIGKILLs at the points a
// day passes, then clean runs, then the campaign's own audit on the end state.
import type { ProfileInput } from '../../shared/profile/schema';
import { daysBefore, localDate } from '../../shared/domain/local-day';
import type { Runtime } from '../../main/runtime/runtime';
import { walkSupervisedPeriod, type SandboxHarness } from '../../main/demo/sandbox-harness';
import { ProfileRuntimes } from '../../main/runtime/profiles';
import { MemorySecretStore } from '../../main/secrets';
import { generateWooOrders, type WooSandbox } from '../../main/sandbox/shops/woocommerce';
import { wooGmt, wooLocal } from '../../main/sandbox/shops/woocommerce/clock';
import { seededRandom, startReliabilityHarness } from './harness';
import { emptyTally, finishWithCleanRuns, SYNC_CHILD, SYNC_PROFILES_CHILD, syncKilledAt, type KillTally } from './sync-runs';

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

/** An order the campaign put in the shop, with the local date it was sold on (its day). */
export interface SoldOrder {
  raw: Record<string, unknown>;
  date: string;
}

/** Shops a campaign adds beside the harness's one, each with a profile of its own in the data dir. */
export interface MoreShops {
  shops: Array<Pick<WooSandbox, 'upsertOrder'>>;
  close(): Promise<void>;
}

export interface DayKillPlan<Point extends string> {
  count: number;
  kills: number;
  seed: number;
  /** Changes to the reliability profile besides postingUnit "day" and the import window. */
  profile?: Partial<ProfileInput> | ((base: ProfileInput) => Partial<ProfileInput>);
  /** The points a run may be killed at, and how often one run (two sale days) passes each. */
  points: readonly Point[];
  hitsPerRun: Record<Point, number>;
  /**
   * Called before each run (after its point and hit are drawn) with the campaign's PRNG, to set
   * the run's conditions; what it returns names them, and runs and kills are counted by that name.
   */
  beforeRun?: (harness: SandboxHarness, random: () => number) => string;
  /**
   * Further shops on the harness's e-conomic agreement, added once the first profile is saved:
   * every slice is sold in each of them too (the same orders), and each run syncs every profile
   * of the data dir side by side in one child, so `hitsPerRun` counts the passes of all shops.
   */
  moreShops?: (harness: SandboxHarness) => Promise<MoreShops>;
  label: string;
  progress: (m: string) => void;
}

export interface DayKillOutcome<A> {
  sold: SoldOrder[];
  saleDays: number;
  tally: KillTally;
  /** Runs and kills by the name beforeRun gave the run's conditions. */
  byCondition: Record<string, { runs: number; killed: number }>;
  cleanRuns: number;
  audit: A;
  seconds: number;
}

/**
 * `kills` SIGKILLs at seeded random day points over `count` load orders booked per day
 * (postingUnit "day", issue 17). Before each run the shop gets the next slice of orders, sold on
 * two closed days further back than the last slice's, so every run has days to freeze and write;
 * after the kills clean runs finish them, and `audit` reads the end state (the ledger opened
 * without the lock, e-conomic as the sandbox holds it).
 */
export async function runDayKills<Point extends string, A>(
  plan: DayKillPlan<Point>,
  /** `runtime` is the data dir's first profile; `runtimes` all of them, in config.json's order. */
  audit: (end: { sold: SoldOrder[]; harness: SandboxHarness; runtime: Runtime; runtimes: readonly Runtime[] }) => A,
): Promise<DayKillOutcome<A>> {
  const { count, kills, seed } = plan;
  const orders = generateWooOrders({ count, seed });
  const random = seededRandom(seed);
  const now = Date.now();
  const harness = await startReliabilityHarness([], {
    postingUnit: 'day',
    // Every sale day of the campaign is inside the first import.
    sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now - (2 * kills + 10) * DAY_MS).toISOString() },
  }, plan.profile);
  const started = performance.now();
  let more: MoreShops | undefined;
  const openProfiles = (lock: boolean) => ProfileRuntimes.open({ dataDir: harness.dataDir, clock: harness.clock.now, secrets: new MemorySecretStore(), lock });
  try {
    more = await plan.moreShops?.(harness);
    const shops = [harness.shop, ...(more?.shops ?? [])];
    const child = more ? SYNC_PROFILES_CHILD : SYNC_CHILD;
    const setup = await openProfiles(true);
    for (const runtime of setup.all) walkSupervisedPeriod(runtime);
    const zone = setup.all[0].profile.daySummary.timeZone;
    setup.close();

    const today = localDate(new Date(now), zone);
    const sold: SoldOrder[] = [];
    const tally = emptyTally();
    const byCondition: DayKillOutcome<A>['byCondition'] = {};
    let idleRuns = 0;
    while (tally.killed < kills && idleRuns < 20 && sold.length < count) {
      // Two days further back than the last slice's; both long closed.
      // Room for a run in two that does not reach its point: half the orders per kill.
      const slice = orders.slice(sold.length, sold.length + Math.max(2, Math.ceil(count / (2 * kills))));
      const daysAgo = 2 + 2 * tally.runs;
      // By the calendar: 24-hour steps back from now name one date twice across a change of the clocks, late in the evening.
      const dates = [daysBefore(today, daysAgo + 1), daysBefore(today, daysAgo)];
      slice.forEach((raw, i) => {
        const order = soldOn(raw, dates[i % 2], i);
        for (const shop of shops) shop.upsertOrder(order);
        sold.push({ raw: order, date: dates[i % 2] });
      });
      const point = plan.points[Math.floor(random() * plan.points.length)];
      const hit = 1 + Math.floor(random() * plan.hitsPerRun[point]);
      const condition = plan.beforeRun?.(harness, random);
      const killed = await syncKilledAt(harness.dataDir, point, hit, tally, child);
      if (killed) idleRuns = 0;
      else idleRuns++;
      if (condition !== undefined) {
        const c = (byCondition[condition] ??= { runs: 0, killed: 0 });
        c.runs++;
        if (killed) c.killed++;
      }
      if (tally.runs % 10 === 0) plan.progress(`${plan.label}: ${tally.killed} kills, ${sold.length}/${count} orders in the shop, ${tally.runs} runs`);
    }

    // Finish with clean runs until one books and changes nothing.
    const cleanRuns = await finishWithCleanRuns(harness.dataDir, (s) => s.eligible + s.booked + s.drafted + s.failed + s.daysBooked > 0, child);

    const check = await openProfiles(false);
    try {
      return {
        sold,
        saleDays: new Set(sold.map((o) => o.date)).size,
        tally,
        byCondition,
        cleanRuns,
        audit: audit({ sold, harness, runtime: check.all[0], runtimes: check.all }),
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
    } finally {
      check.close();
    }
  } finally {
    await more?.close();
    await harness.close();
  }
}
