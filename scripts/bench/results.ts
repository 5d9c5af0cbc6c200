import { measureCallsPerOrder, type CallsPerOrderResult } from './calls-per-order';
import { FAIR_USE_CALLS_PER_DAY, measureDayCallsPerOrder, measureDayImport, type DaySummaryCallsResult } from './day-summaries';
import { measureEngineWork, measureFullCycle, type EngineWorkResult } from './engine-work';
import { measureIdle, STARTUP_TASKS_MS, type IdleResult } from './idle';
import { measureMemory, type MemoryResult } from './memory';
import { atLeast, atMost, machine, reported, type Machine, type TargetRow } from './report';
import { measureScreens, type ScreensResult } from './screens';
import { measureThroughput, type ThroughputResult } from './throughput';

/** The keys issue 9 requires in docs/benchmarks.json, so runs can be compared by a script. */
export const REQUIRED_BENCH_KEYS = [
  'callsPerOrder.shopInvoice',
  'callsPerOrder.economicInvoice',
  'callsPerOrder.customerPerBuyer',
  'throughput.ratioToLimit',
  'engine.ordersPerSecond',
  'memory.peakRssMB',
  'idle.wakeupsPerMinute',
  // issue 17: daily summaries
  'daySummary.calls.callsPerOrder',
  'daySummary.import.sandboxCalls',
] as const;

export interface BenchSizes {
  callsOrders: number;
  throughputOrders: number;
  latencyMs: number;
  engineOrders: number;
  /** Orders in the whole-cycle run beside the engine work (measureFullCycle). */
  cycleOrders: number;
  ledgerOrders: number;
  idleWindowMs: number;
  idleSettleMs: number;
  /** The window starts no earlier than this after the first sync, so after V8's one-shot tasks of the start (idle.ts STARTUP_TASKS_MS). */
  idleStartupMs: number;
  idleIntervalMinutes: number;
  /** Daily summaries: orders a day and days for calls per order; orders and days of the import. */
  dayOrdersPerDay: number;
  dayDays: number;
  dayImportOrders: number;
  dayImportDays: number;
}

/** What the issue asks for. */
export const FULL_SIZES: BenchSizes = {
  callsOrders: 1000,
  throughputOrders: 1000,
  latencyMs: 100,
  engineOrders: 20_000,
  cycleOrders: 5_000,
  ledgerOrders: 100_000,
  idleWindowMs: 60_000,
  idleSettleMs: 60_000,
  idleStartupMs: STARTUP_TASKS_MS,
  idleIntervalMinutes: 60,
  dayOrdersPerDay: 200,
  dayDays: 7,
  dayImportOrders: 50_000,
  dayImportDays: 365,
};

export interface BenchResults {
  sizes: BenchSizes;
  calls: Record<'shopInvoice' | 'economicInvoice' | 'customerPerBuyer', CallsPerOrderResult>;
  throughput: ThroughputResult;
  engine: EngineWorkResult;
  memory: MemoryResult;
  screens: ScreensResult;
  idle: IdleResult;
  daySummary: { calls: DaySummaryCallsResult; import: DaySummaryCallsResult };
}

export async function runBench(sizes: BenchSizes, progress: (m: string) => void = () => undefined): Promise<BenchResults> {
  progress(`calls per order: ${sizes.callsOrders} orders × 3 set-ups`);
  const shopInvoice = await measureCallsPerOrder('shopInvoice', sizes.callsOrders);
  const economicInvoice = await measureCallsPerOrder('economicInvoice', sizes.callsOrders);
  const customerPerBuyer = await measureCallsPerOrder('customerPerBuyer', sizes.callsOrders);
  progress(`throughput: ${sizes.throughputOrders} orders at ${sizes.latencyMs} ms per e-conomic call`);
  const throughput = await measureThroughput(sizes.throughputOrders, sizes.latencyMs);
  progress(`engine work: ${sizes.engineOrders} orders without network`);
  const engine = { ...(await measureEngineWork(sizes.engineOrders)), fullCycle: await measureFullCycle(sizes.cycleOrders) };
  progress(`memory: one sync over a ${sizes.ledgerOrders}-order ledger`);
  const memory = await measureMemory(sizes.ledgerOrders);
  progress(`screens: the orders screen and the dashboard over a ${sizes.ledgerOrders}-order ledger`);
  const screens = measureScreens(sizes.ledgerOrders);
  progress(`idle: ${(Math.max(sizes.idleSettleMs, sizes.idleStartupMs) + sizes.idleWindowMs) / 1000} s of the background loop`);
  const idle = await measureIdle(sizes.idleWindowMs, sizes.idleIntervalMinutes, sizes.idleSettleMs, sizes.idleStartupMs);
  progress(`daily summaries: ${sizes.dayOrdersPerDay} orders a day × ${sizes.dayDays} days, and an import of ${sizes.dayImportOrders} orders over ${sizes.dayImportDays} days`);
  const daySummary = { calls: await measureDayCallsPerOrder(sizes.dayOrdersPerDay, sizes.dayDays), import: await measureDayImport(sizes.dayImportOrders, sizes.dayImportDays) };
  return { sizes, calls: { shopInvoice, economicInvoice, customerPerBuyer }, throughput, engine, memory, screens, idle, daySummary };
}

/** Routes that cost more than the floor, as "route ×per-order" text. */
function extraRoutes(r: CallsPerOrderResult, floor: string[]): string {
  const extra = Object.entries(r.perOrderByRoute)
    .filter(([route]) => !floor.includes(route))
    .sort((a, b) => b[1] - a[1])
    .map(([route, n]) => `${route} ${n}/order`);
  return extra.length ? extra.join(', ') : 'no calls beyond the floor';
}

function callsWhy(r: CallsPerOrderResult, floor: string[]): string {
  const reference = r.referenceReadOnce ? 'reference data read once' : `reference data read more than once: ${JSON.stringify(r.referenceReads)}`;
  return `${r.sandboxCalls} calls for ${r.booked} booked of ${r.orders} orders; beyond ${floor.join(' + ')}: ${extraRoutes(r, floor)}; ${reference}`;
}

const FLOOR = ['POST /invoices/drafts', 'POST /invoices/booked'];

const SCREENS_WHY = "the page is chosen from the orders' own rows (orders.created indexed, migration 037) and only its orders' documents are read";
const PDF = 'GET /invoices/booked/:bookedInvoiceNumber/pdf';

export function benchRows(r: BenchResults): TargetRow[] {
  const { calls, throughput: t, engine: e, memory: m, screens: s, idle: i, daySummary: d } = r;
  const idleBeyondTimer = Math.max(0, Math.round((i.wakeupsPerMinute - i.timerWakeupsPerMinute) * 100) / 100);
  return [
    atMost('callsPerOrder.shopInvoice', 'Calls/order, shop invoice + collective customer', 2.05, calls.shopInvoice.callsPerOrder, '', () => callsWhy(calls.shopInvoice, FLOOR)),
    atMost('callsPerOrder.economicInvoice', 'Calls/order, e-conomic invoice mailed (+PDF)', 3.1, calls.economicInvoice.callsPerOrder, '', () => callsWhy(calls.economicInvoice, [...FLOOR, PDF])),
    reported('callsPerOrder.customerPerBuyer', 'Calls/order, one customer per buyer', calls.customerPerBuyer.callsPerOrder, '', callsWhy(calls.customerPerBuyer, FLOOR)),
    atLeast('throughput.ratioToLimit', `Orders/s at ${t.latencyMs} ms latency ÷ limit`, 0.9, t.ratioToLimit, '', () =>
      `${t.ordersPerSecond} orders/s against a limit of ${t.limitOrdersPerSecond} (= ${t.concurrency} ÷ (${t.callsPerOrder} calls × ${t.latencyMs / 1000} s)); ` +
      `the pages overlap and twice ${t.concurrency} orders are kept going (ordersInFlight), so what is left is each call's time beyond the latency (the local HTTP round trip, the sandbox's schema checks, the client's JSON) and the reference reads before the first order`,
    ),
    atLeast('engine.ordersPerSecond', 'Engine work without network, one core', 5000, e.ordersPerSecond, 'orders/s', () =>
      `the ledger takes ${Math.round(e.shareByStage.ledger * 100)} % of the time at ${e.commitsPerOrder} commits per order (group commit: the orders in flight share the commit before their e-conomic calls), ` +
      `which write ${e.walPagesPerOrder} WAL pages of 4 KB per order (13.64 before migration 009); ` +
      `what remains is those page writes and the ${e.statementsPerOrder} statements per order themselves (33.08 before the state history was written by a trigger, 44.05 before the journal's one-statement writes: the seen row and its document, four state changes — each one UPDATE whose trigger writes the history row, the first with the rules' decision — two journal rows begun and completed, and the group commit's reads); ` +
      `the process had ${e.cpuSeconds} s of CPU in the run's ${e.seconds} s; ` +
      `normalize + validate + plan alone run at ${e.computeOnlyOrdersPerSecond} orders/s` +
      (e.fullCycle ? `; the whole cycle (runCycle, e-conomic answered in-process) runs at ${e.fullCycle.ordersPerSecond} orders/s with ${e.fullCycle.commitsPerOrder} commits per order` : ''),
    ),
    atMost('memory.peakRssMB', `Peak RSS, sync over ${m.ledgerOrders.toLocaleString('en')}-order ledger`, 150, m.peakRssMB, 'MB', () =>
      `the same sync over an empty ledger peaks at ${m.emptyLedgerPeakRssMB} MB (Node, SQLite and the bundled engine)`,
    ),
    atMost('screens.ordersPageMs', `Orders screen, first page, ${s.ledgerOrders.toLocaleString('en')}-order ledger`, 100, s.ordersPageMs, 'ms', () => SCREENS_WHY),
    atMost('screens.ordersDayMs', 'Orders screen, one day (from/to)', 100, s.ordersDayMs, 'ms', () => SCREENS_WHY),
    atMost('screens.dashboardInvoicesMs', 'Dashboard, recent invoices', 100, s.dashboardInvoicesMs, 'ms', () => SCREENS_WHY),
    reported('screens.searchMs', 'Orders screen, search for a name', s.searchMs, 'ms', "a search looks into every order's document; the screens ask once typing pauses (use-settled.ts)"),
    atMost('idle.wakeupsPerMinute', 'Idle wake-ups/min beyond the sync timer', 1, idleBeyondTimer, '/min', () =>
      `${i.wakeupsPerMinute} context switches/min over all threads while idle, of which ${i.mainThreadWakeupsPerMinute} on the main thread (the engine's event loop); ` +
      `a bare Node process waiting on a timer: ${i.bareNodeWakeupsPerMinute}/min; the sync timer itself accounts for ${i.timerWakeupsPerMinute}; ` +
      `between the sync's end and the window ${i.afterSyncSwitches} switches, V8's one-shot work after start and sync (the memory reducer's GCs; the metrics tasks of the WebAssembly HTTP parser that loading axios makes Node instantiate, 5, 20, 60 and 120 s after start)`,
    ),
    atMost('daySummary.calls.callsPerOrder', `Calls/order, daily summaries, ${d.calls.ordersPerDay} orders a day`, 0.05, d.calls.callsPerOrder, '', () =>
      `${d.calls.sandboxCalls} calls for ${d.calls.orders} orders over ${d.calls.days} days (${d.calls.dayInvoices} day invoices, ${d.calls.ownInvoices} own invoices): per day its draft, its booking and its payment voucher; the rest is the run's reference data and the voucher number looked up once`,
    ),
    atMost('daySummary.import.sandboxCalls', `Calls to import ${d.import.orders.toLocaleString('en')} orders over ${d.import.days} days as days`, FAIR_USE_CALLS_PER_DAY, d.import.sandboxCalls, '', () =>
      `${d.import.dayInvoices} day invoices and ${d.import.ownInvoices} own invoices in ${d.import.seconds} s wall time (load average ${d.import.loadAverage} at the end, on ${machine().cores} cores); target: within one day's fair use of ${FAIR_USE_CALLS_PER_DAY.toLocaleString('en')} calls`,
    ),
  ];
}

export interface BenchmarksJson {
  generatedAt: string;
  machine: Machine;
  sizes: BenchSizes;
  callsPerOrder: { shopInvoice: number; economicInvoice: number; customerPerBuyer: number; details: BenchResults['calls'] };
  throughput: ThroughputResult;
  engine: EngineWorkResult;
  memory: MemoryResult;
  screens: ScreensResult;
  idle: IdleResult;
  daySummary: BenchResults['daySummary'];
  targets: TargetRow[];
}

export function benchmarksJson(r: BenchResults, rows = benchRows(r), now = new Date()): BenchmarksJson {
  return {
    generatedAt: now.toISOString(),
    machine: machine(),
    sizes: r.sizes,
    callsPerOrder: {
      shopInvoice: r.calls.shopInvoice.callsPerOrder,
      economicInvoice: r.calls.economicInvoice.callsPerOrder,
      customerPerBuyer: r.calls.customerPerBuyer.callsPerOrder,
      details: r.calls,
    },
    throughput: r.throughput,
    engine: r.engine,
    memory: r.memory,
    screens: r.screens,
    idle: r.idle,
    daySummary: r.daySummary,
    targets: rows,
  };
}
