import { machine, atMost, reported, type Machine, type TargetRow } from '../bench/report';
import { runBadInput, type BadInputResult } from './bad-input';
import { runCrashCampaign, type CrashCampaignResult } from './crash-campaign';
import { runDayCrashCampaign, type DayCrashCampaignResult } from './day-crash-campaign';
import { runDayVoucherCampaign, type DayVoucherCampaignResult } from './day-voucher-campaign';
import { runFaultSoak, type FaultSoakResult } from './fault-soak';
import { runTwoShopVoucherCampaign, type TwoShopVoucherCampaignResult } from './two-shop-voucher-campaign';

/** The keys issue 9 requires in docs/reliability.json, so runs can be compared by a script. */
export const REQUIRED_RELIABILITY_KEYS = [
  'crash.kills',
  'crash.duplicates',
  'crash.lost',
  'pages.kills',
  'pages.duplicates',
  'pages.lost',
  'faults.duplicates',
  'faults.lost',
  'badInput.cases',
  'badInput.crashes',
  'days.kills',
  'days.duplicates',
  'days.lost',
  'voucherDays.kills',
  'voucherDays.duplicates',
  'voucherDays.lost',
  'twoShops.kills',
  'twoShops.duplicates',
  'twoShops.lost',
] as const;

export interface ReliabilitySizes {
  crashOrders: number;
  kills: number;
  /** The same crash campaign with runs of several shop pages each (`pageSliceOrders` new orders before each run). */
  pageCrashOrders: number;
  pageKills: number;
  pageSliceOrders: number;
  faultOrders: number;
  failRate: number;
  fuzzCases: number;
  /** The crash campaign in summary mode (postingUnit "day"). */
  dayOrders: number;
  dayKills: number;
  /** The same for days booked as journal vouchers (dayBooking "journal"). */
  voucherDayOrders: number;
  voucherDayKills: number;
  /** The same for two shops on one agreement booking days in one journal, each sold these orders. */
  twoShopOrders: number;
  twoShopKills: number;
}

export const FULL_SIZES: ReliabilitySizes = { crashOrders: 2000, kills: 200, pageCrashOrders: 3000, pageKills: 12, pageSliceOrders: 250, faultOrders: 2000, failRate: 0.2, fuzzCases: 10_000, dayOrders: 1000, dayKills: 100, voucherDayOrders: 500, voucherDayKills: 50, twoShopOrders: 300, twoShopKills: 30 };

export interface ReliabilityResults {
  sizes: ReliabilitySizes;
  crash: CrashCampaignResult;
  pages: CrashCampaignResult;
  faults: FaultSoakResult;
  badInput: BadInputResult;
  days: DayCrashCampaignResult;
  voucherDays: DayVoucherCampaignResult;
  twoShops: TwoShopVoucherCampaignResult;
}

export async function runReliability(sizes: ReliabilitySizes, progress: (m: string) => void = () => undefined): Promise<ReliabilityResults> {
  progress(`crash campaign: ${sizes.kills} SIGKILLs over ${sizes.crashOrders} orders`);
  const crash = await runCrashCampaign(sizes.crashOrders, sizes.kills, undefined, progress);
  progress(`crash campaign over pages: ${sizes.pageKills} SIGKILLs over ${sizes.pageCrashOrders} orders, ${sizes.pageSliceOrders} new before each run`);
  const pages = await runCrashCampaign(sizes.pageCrashOrders, sizes.pageKills, 20261208, progress, { sliceOrders: sizes.pageSliceOrders, overlapMinutes: 0, name: 'crash campaign over pages' });
  progress(`fault soak: ${Math.round(sizes.failRate * 100)} % faults over ${sizes.faultOrders} orders`);
  const faults = await runFaultSoak(sizes.faultOrders, sizes.failRate, undefined, undefined, progress);
  progress(`bad input: the corpus and ${sizes.fuzzCases} fuzzed orders`);
  const badInput = runBadInput(sizes.fuzzCases);
  progress(`summary-mode crash campaign: ${sizes.dayKills} SIGKILLs over ${sizes.dayOrders} orders booked per day`);
  const days = await runDayCrashCampaign(sizes.dayOrders, sizes.dayKills, undefined, progress);
  progress(`journal-voucher crash campaign: ${sizes.voucherDayKills} SIGKILLs over ${sizes.voucherDayOrders} orders booked per day as journal vouchers`);
  const voucherDays = await runDayVoucherCampaign(sizes.voucherDayOrders, sizes.voucherDayKills, undefined, progress);
  progress(`two-shop journal-voucher crash campaign: ${sizes.twoShopKills} SIGKILLs over ${sizes.twoShopOrders} orders sold in each of two shops on one agreement`);
  const twoShops = await runTwoShopVoucherCampaign(sizes.twoShopOrders, sizes.twoShopKills, undefined, progress);
  return { sizes, crash, pages, faults, badInput, days, voucherDays, twoShops };
}

function listOf(items: string[]): string {
  return items.length ? ` (${items.slice(0, 5).join('; ')})` : '';
}

/** A campaign's SIGKILLs: met when every kill it was sized for landed (a kill point never reached proves nothing); what they were is said whether met or not. */
function everyKill(key: string, label: string, wanted: number, kills: number, why: string): TargetRow {
  return { key, label, target: `= ${wanted}`, measured: kills, unit: '', met: kills === wanted, why };
}

export function reliabilityRows(r: ReliabilityResults): TargetRow[] {
  const { crash: c, pages: p, faults: f, badInput: b, days: d, voucherDays: v, twoShops: t } = r;
  const killsWhy = (x: CrashCampaignResult) => `${x.kills} SIGKILLs in ${x.runs} runs over ${x.orders} orders: ${Object.entries(x.killsByPoint).map(([point, n]) => `${point} ${n}`).join(', ')}; then ${x.cleanRuns} clean run(s)`;
  return [
    everyKill('crash.kills', 'Crash campaign: SIGKILLs', r.sizes.kills, c.kills, killsWhy(c)),
    atMost('crash.duplicates', 'Crash campaign: duplicates in e-conomic', 0, c.duplicates, '', () => `same references.other twice: ${c.audit.duplicateReferences.join(', ')}`),
    atMost('crash.lost', 'Crash campaign: orders lost', 0, c.lost, '', () => `neither booked nor waiting with a reason${listOf(c.audit.lostOrders)}`),
    reported(
      'crash.bookedNotFinished',
      'Crash campaign: booked, PDF/mail not yet queued',
      c.audit.bookedNotFinished,
      '',
      c.audit.bookedNotFinished === 0
        ? 'every booked order finished its after-booking work'
        : "booked exactly once, but left in 'booked' after the clean runs: an order killed between booking and 'done' that the shop poll returns again (within the overlap window) is marked handled by the cycle while transferOrder returns 'unchanged' for 'booked', so the leftovers pass skips its PDF and mail until the poll no longer returns it",
    ),
    everyKill('pages.kills', `Crash campaign over pages (${r.sizes.pageSliceOrders} new orders a run): SIGKILLs`, r.sizes.pageKills, p.kills, killsWhy(p)),
    atMost('pages.duplicates', 'Crash campaign over pages: duplicates in e-conomic', 0, p.duplicates, '', () => `same references.other twice: ${p.audit.duplicateReferences.join(', ')}`),
    atMost('pages.lost', 'Crash campaign over pages: orders lost', 0, p.lost, '', () => `neither booked nor waiting with a reason${listOf(p.audit.lostOrders)}`),
    atMost('faults.duplicates', `Fault soak (${Math.round(f.failRate * 100)} %): duplicates`, 0, f.duplicates, '', () => `same references.other twice: ${f.audit.duplicateReferences.join(', ')}`),
    atMost('faults.lost', `Fault soak (${Math.round(f.failRate * 100)} %): orders lost`, 0, f.lost, '', () => `neither booked nor waiting with a reason${listOf(f.audit.lostOrders)}`),
    reported(
      'faults.callsPerOrder',
      'Fault soak: calls per order',
      f.callsPerOrder,
      '',
      `${f.economicCalls} e-conomic calls for ${f.audit.bookedInEconomic} booked (e-conomic invoice, PDF): ${f.faultsInjectedEconomic} injected e-conomic faults, ${f.faultsInjectedShop} shop faults, ${f.clientRetries} client retries, ${f.idempotentReplays} idempotent replays`,
    ),
    reported('badInput.cases', 'Bad input: cases', b.cases, '', `${b.corpusCases} corpus orders (${b.corpusExpectedCode} with the expected code) + ${b.fuzzCases} fuzzed; ${b.rejectedWithCode} stopped with catalogue codes, ${b.planned} still valid and planned`),
    atMost('badInput.crashes', 'Bad input: crashes', 0, b.crashes, '', () => b.crashSamples.join(' | ')),
    atMost('badInput.withoutCode', 'Bad input: stopped without a catalogue code', 0, b.rejectedWithoutCode + b.corpusWithoutCode, '', () => `${b.rejectedWithoutCode} rejected without a catalogue code, ${b.corpusWithoutCode} corpus orders passed without any problem`),
    everyKill(
      'days.kills',
      'Summary-mode crash campaign: SIGKILLs',
      r.sizes.dayKills,
      d.kills,
      `${d.kills} SIGKILLs in ${d.runs} runs over ${d.orders} orders on ${d.saleDays} sale days: ${Object.entries(d.killsByPoint).map(([p, n]) => `${p} ${n}`).join(', ')}; then ${d.cleanRuns} clean run(s)`,
    ),
    atMost('days.duplicates', 'Summary-mode crash campaign: duplicates', 0, d.duplicates, '', () => `same references.other twice: ${d.audit.duplicateReferences.join(', ')}; ${d.audit.ordersInTwoDays} orders in two days`),
    atMost('days.lost', 'Summary-mode crash campaign: orders lost', 0, d.lost, '', () => `in no booked day, not booked on their own, not waiting with a reason${listOf(d.audit.lostOrders)}`),
    atMost('days.wrongTotals', 'Summary-mode crash campaign: day invoices off their orders', 0, d.audit.wrongTotals.length, '', () => d.audit.wrongTotals.slice(0, 5).join('; ')),
    everyKill(
      'voucherDays.kills',
      'Journal-voucher day campaign: SIGKILLs',
      r.sizes.voucherDayKills,
      v.kills,
      `${v.kills} SIGKILLs in ${v.runs} runs over ${v.orders} orders on ${v.saleDays} sale days: ${Object.entries(v.killsByPoint).map(([p, n]) => `${p} ${n}`).join(', ')}; e-conomic's voucherNumbers ${Object.entries(v.byVoucherNumbers).map(([m, n]) => `${m} ${n.killed} kills in ${n.runs} runs`).join(', ')}; the accountant booked the journal ${v.journalBookings} times between runs; then ${v.cleanRuns} clean run(s) (${v.cleanRunsVoucherNumbers})`,
    ),
    atMost('voucherDays.duplicates', 'Journal-voucher day campaign: duplicates', 0, v.duplicates, '', () => `${v.audit.duplicateDays.slice(0, 5).join('; ')}; ${v.audit.ordersInTwoDays} orders in two days`),
    atMost('voucherDays.lost', 'Journal-voucher day campaign: orders lost', 0, v.lost, '', () => `in no booked day, not waiting with a reason${listOf(v.audit.lostOrders)}`),
    atMost('voucherDays.wrongTotals', 'Journal-voucher day campaign: vouchers off their orders', 0, v.audit.wrongTotals.length, '', () => v.audit.wrongTotals.slice(0, 5).join('; ')),
    atMost('voucherDays.misrecorded', 'Journal-voucher day campaign: vouchers the ledger does not know', 0, v.audit.misrecorded.length, '', () => v.audit.misrecorded.slice(0, 5).join('; ')),
    atMost('voucherDays.unbooked', 'Journal-voucher day campaign: days not booked', 0, v.audit.unbookedDays.length, '', () => v.audit.unbookedDays.slice(0, 5).join('; ')),
    atMost('voucherDays.attachmentFaults', 'Journal-voucher day campaign: order lists missing or sent twice', 0, v.audit.attachmentFaults.length, '', () => v.audit.attachmentFaults.slice(0, 5).join('; ')),
    ...twoShopRows(r.sizes, t),
  ];
}

/** The two-shop campaign's rows: each shop audited as the one-shop campaign, and the shops against each other. */
function twoShopRows(sizes: ReliabilitySizes, t: TwoShopVoucherCampaignResult): TargetRow[] {
  const a = t.audit;
  const first = (items: string[]) => () => items.slice(0, 5).join('; ');
  return [
    everyKill(
      'twoShops.kills',
      'Two shops, journal vouchers: SIGKILLs',
      sizes.twoShopKills,
      t.kills,
      `${t.kills} SIGKILLs in ${t.runs} runs of both shops (${t.shops.join(', ')}) side by side, each sold the same ${t.orders} orders on ${t.saleDays} sale days: ${Object.entries(t.killsByPoint).map(([p, n]) => `${p} ${n}`).join(', ')}; e-conomic's voucherNumbers ${Object.entries(t.byVoucherNumbers).map(([m, n]) => `${m} ${n.killed} kills in ${n.runs} runs`).join(', ')}; the accountant booked the journal ${t.journalBookings} times between runs; then ${t.cleanRuns} clean run(s) (${t.cleanRunsVoucherNumbers})`,
    ),
    atMost('twoShops.duplicates', 'Two shops, journal vouchers: duplicates', 0, t.duplicates, '', first(a.duplicateDays)),
    atMost('twoShops.lost', 'Two shops, journal vouchers: orders lost', 0, t.lost, '', () => `in no booked day of their shop, not waiting with a reason${listOf(a.lostOrders)}`),
    atMost('twoShops.wrongTotals', "Two shops, journal vouchers: days off their shop's orders", 0, a.wrongTotals.length, '', first(a.wrongTotals)),
    atMost('twoShops.sharedVouchers', 'Two shops, journal vouchers: vouchers holding both shops', 0, a.sharedVouchers.length, '', first(a.sharedVouchers)),
    atMost('twoShops.strangerEntries', 'Two shops, journal vouchers: entries naming no shop', 0, a.strangerEntries.length, '', first(a.strangerEntries)),
    atMost('twoShops.recordedByBoth', 'Two shops, journal vouchers: vouchers both ledgers recorded', 0, a.recordedByBoth.length, '', first(a.recordedByBoth)),
    atMost('twoShops.misrecorded', 'Two shops, journal vouchers: vouchers the ledger does not know', 0, a.misrecorded.length, '', first(a.misrecorded)),
    atMost('twoShops.unbooked', 'Two shops, journal vouchers: days not booked', 0, a.unbookedDays.length, '', first(a.unbookedDays)),
    atMost('twoShops.attachmentFaults', 'Two shops, journal vouchers: order lists missing or sent twice', 0, a.attachmentFaults.length, '', first(a.attachmentFaults)),
  ];
}

export interface ReliabilityJson {
  generatedAt: string;
  machine: Machine;
  sizes: ReliabilitySizes;
  crash: CrashCampaignResult;
  pages: CrashCampaignResult;
  faults: FaultSoakResult;
  badInput: BadInputResult;
  days: DayCrashCampaignResult;
  voucherDays: DayVoucherCampaignResult;
  twoShops: TwoShopVoucherCampaignResult;
  targets: TargetRow[];
}

export function reliabilityJson(r: ReliabilityResults, rows = reliabilityRows(r), now = new Date()): ReliabilityJson {
  return { generatedAt: now.toISOString(), machine: machine(), sizes: r.sizes, crash: r.crash, pages: r.pages, faults: r.faults, badInput: r.badInput, days: r.days, voucherDays: r.voucherDays, twoShops: r.twoShops, targets: rows };
}
