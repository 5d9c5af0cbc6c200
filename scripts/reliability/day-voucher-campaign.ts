import type { ProfileInput } from '../../shared/profile/schema';
import type { SandboxHarness } from '../../main/demo/sandbox-harness';
import { DAY_CRASH_POINTS } from '../../main/engine/crash-points';
import { VOUCHER_NUMBERINGS } from '../../main/sandbox/economic/store';
import type { CrashCampaignResult } from './crash-campaign';
import { runDayKills, type DayKillOutcome } from './day-kills';
import { auditVoucherDays, type DayVoucherAudit } from './day-voucher-audit';

/** The journal-voucher campaign's figures. */
export interface DayVoucherCampaignResult extends Omit<CrashCampaignResult, 'audit'> {
  saleDays: number;
  /** Runs and kills by the sandbox's voucherNumbers mode during the run. */
  byVoucherNumbers: Record<string, { runs: number; killed: number }>;
  /** The mode the clean runs kept (the last run's). */
  cleanRunsVoucherNumbers: string;
  /** Times the accountant booked the journal between a run and the next. */
  journalBookings: number;
  audit: DayVoucherAudit;
}

/**
 * The points a journal-voucher day passes (book-day-voucher.ts): after the closed day is frozen,
 * and around its two kinds of write — the voucher (POST /journals/{n}/vouchers) and the order
 * list on each voucher e-conomic answered — as test/main/engine/days/day-voucher-crash.test.ts
 * kills them one by one.
 */
export const VOUCHER_DAY_POINTS = [...DAY_CRASH_POINTS, 'after-journal-begin', 'after-economic-write', 'after-journal-complete'] as const;
/** How often one run (two sale days) reaches each point: once per day frozen; per day one voucher and one or two order lists (two when e-conomic split it). */
export const HITS_PER_RUN: Record<(typeof VOUCHER_DAY_POINTS)[number], number> = { 'after-day-frozen': 2, 'after-journal-begin': 5, 'after-economic-write': 5, 'after-journal-complete': 5 };

export const VOUCHER_JOURNAL = 1;
/** Each load-order payment method's clearing account in the sandbox's chart (5820 MobilePay, 5821 Dankort/kort, 5830 Bank). */
const CLEARING: Record<string, number> = { mobilepay: 5820, dankort: 5821, stripe: 5821, bacs: 5830 };
export const CLEARING_ACCOUNTS = [...new Set(Object.values(CLEARING))];
/**
 * How often the accountant books the journal between a run and the next: the voucher of a day
 * whose run was killed may then be on the year's accounts, not in the journal, when the next run
 * looks for it (and takes no order list any more).
 */
const BOOKING_CHANCE = 0.2;

/** What e-conomic was like during the runs: drawn before each by `beforeRun` (a DayKillPlan's). */
export interface VoucherRunConditions {
  beforeRun: (harness: SandboxHarness, random: () => number) => string;
  /** The voucherNumbers mode of the last run, which the clean runs keep. */
  mode(): string;
  /** Times the accountant booked the journal between a run and the next. */
  journalBookings(): number;
}

/**
 * Before each run: the accountant books the journal (one time in five), and the sandbox's
 * voucherNumbers mode is drawn among as-sent, renumbered and split; both from the campaign's PRNG.
 */
export function voucherRunConditions(): VoucherRunConditions {
  let mode: string = VOUCHER_NUMBERINGS[0];
  let journalBookings = 0;
  return {
    beforeRun: (harness, random) => {
      if (random() < BOOKING_CHANCE) {
        harness.economic.bookJournal(VOUCHER_JOURNAL);
        journalBookings++;
      }
      mode = VOUCHER_NUMBERINGS[Math.floor(random() * VOUCHER_NUMBERINGS.length)];
      harness.economic.settings({ voucherNumbers: mode });
      return mode;
    },
    mode: () => mode,
    journalBookings: () => journalBookings,
  };
}

/** A voucher campaign's run figures, from its kills and the conditions drawn per run (the audit's counts beside them are the campaign's). */
export function voucherRunFigures<A>(run: DayKillOutcome<A>, seed: number, conditions: VoucherRunConditions) {
  const { tally } = run;
  return {
    orders: run.sold.length,
    saleDays: run.saleDays,
    seed,
    kills: tally.killed,
    runs: tally.runs,
    killsByPoint: tally.killsByPoint,
    byVoucherNumbers: run.byCondition,
    cleanRunsVoucherNumbers: conditions.mode(),
    journalBookings: conditions.journalBookings(),
    cleanRuns: run.cleanRuns,
    seconds: run.seconds,
  };
}

/** Days as journal vouchers in journal 1, each of the bench profile's payment methods with its clearing account. */
export function journalVoucherProfile(base: ProfileInput): Partial<ProfileInput> {
  const methods = Object.fromEntries(Object.entries(base.paymentMethods ?? {}).map(([id, m]) => [id, { ...m, clearingAccountNumber: CLEARING[id] }]));
  return { dayBooking: 'journal', dayJournalNumber: VOUCHER_JOURNAL, paymentMethods: methods };
}

/**
 * The crash campaign in summary mode for days booked as journal vouchers (dayBooking "journal",
 * issue 17 §2): `kills` SIGKILLs at seeded random points of a voucher day over `count` load
 * orders, sold two closed days per run (day-kills.ts). Before each run the e-conomic sandbox's
 * voucherNumbers mode is drawn from the same PRNG among as-sent, renumbered and split, so most
 * kills meet an answer whose voucher numbers are not the ones sent, or a day split over two
 * vouchers, and now and then the accountant books the journal first; the clean runs keep the
 * last run's mode. Then the audit (day-voucher-audit.ts).
 */
export async function runDayVoucherCampaign(count: number, kills: number, seed = 20261208, progress: (m: string) => void = () => undefined): Promise<DayVoucherCampaignResult> {
  const conditions = voucherRunConditions();
  const run = await runDayKills(
    {
      count,
      kills,
      seed,
      profile: journalVoucherProfile,
      points: VOUCHER_DAY_POINTS,
      hitsPerRun: HITS_PER_RUN,
      beforeRun: conditions.beforeRun,
      label: 'journal-voucher crash campaign',
      progress,
    },
    ({ sold, harness, runtime }) =>
      auditVoucherDays(sold, harness.economic.state(), runtime.ledger, {
        name: runtime.profile.name,
        orderStages: runtime.profile.orderStages,
        dayJournalNumber: VOUCHER_JOURNAL,
        clearingAccounts: CLEARING_ACCOUNTS,
      }),
  );
  const { audit } = run;
  return { ...voucherRunFigures(run, seed, conditions), duplicates: audit.duplicates, lost: audit.lost, audit };
}
