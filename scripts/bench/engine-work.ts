import axios, { type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios';
import type Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileSchema, type Profile } from '../../shared/profile/schema';
import type { NormalizedOrder } from '../../shared/domain/order';
import { normalizeWooOrder } from '../../main/connectors/shops/woocommerce/normalize';
import type { ShopConnector } from '../../main/connectors/shops/types';
import { validateOrder, type ValidationContext } from '../../main/validation';
import { planInvoice } from '../../main/engine/plan/plan-invoice';
import { draftInvoiceBody } from '../../main/engine/plan/draft-body';
import { orderReference } from '../../main/engine/plan/references';
import { decideRules } from '../../main/engine/rules';
import { ordersInFlight, runCycle } from '../../main/engine/cycle';
import { runPool } from '../../main/engine/pool';
import { recordSeenPage } from '../../main/engine/record-seen';
import { operationKey } from '../../main/engine/idempotency';
import { keptBooked, keptDraft } from '../../main/engine/kept-answers';
import type { BookedInvoice, DraftInvoice } from '../../main/connectors/economic/types';
import { openLedger, type Ledger } from '../../main/ledger';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { PRODUCTS } from '../../main/sandbox/shops/shared/danish-data';
import { round } from './calls-per-order';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { benchProfile, startBenchHarness } from './harness';

export interface EngineWorkResult {
  orders: number;
  seconds: number;
  /** CPU time of the process (all threads) in those seconds: far below them when the machine is shared. */
  cpuSeconds: number;
  ordersPerSecond: number;
  /** Share of the time per stage, to show where the work goes. */
  shareByStage: Record<'normalize' | 'validate' | 'plan' | 'ledger', number>;
  /** The same orders per second counting only normalize, validate and plan (no SQLite). */
  computeOnlyOrdersPerSecond: number;
  /** SQLite commits that wrote something, per order (WAL appends, synchronous=NORMAL). */
  commitsPerOrder: number;
  /** WAL pages (4 KB) those commits write per order (measureWalPages): what a commit costs grows with them. */
  walPagesPerOrder: number;
  /** SQL statements the ledger runs per order (savepoints included; BEGIN and COMMIT of the group commit not). */
  statementsPerOrder: number;
  /** The whole sync cycle around the same work (measureFullCycle), when measured. */
  fullCycle?: FullCycleResult;
}

export interface FullCycleResult {
  orders: number;
  /** Orders the engine booked in the run (all of them: every generated order is valid and paid). */
  booked: number;
  seconds: number;
  ordersPerSecond: number;
  /** SQLite commits that wrote something during the cycle, per booked order. */
  commitsPerOrder: number;
  /** e-conomic calls per booked order, all answered in-process. */
  callsPerOrder: number;
}

/** Orders per shop page, as the WooCommerce connector fetches them. */
const PAGE_SIZE = 100;

/**
 * The profile the sandbox orders are valid for, with every product known, and what validating
 * an order against it takes besides the order's findings (no e-mail required).
 */
export function benchValidationSetup(): { profile: Profile; knownProducts: Set<string>; validation: Omit<ValidationContext, 'findings'> } {
  const profile = profileSchema.parse(benchProfile({ shopUrl: 'http://127.0.0.1:1', economicUrl: 'http://127.0.0.1:2', smtp: { host: '127.0.0.1', port: 25 } }, { invoiceSource: 'shop', bookingMode: 'automatic' }));
  const knownProducts = new Set([...PRODUCTS.map((p) => p.sku), ...Object.values(profile.products).filter((p): p is string => typeof p === 'string')]);
  const validation = {
    profile,
    knownProducts,
    enabledCurrencies: new Set(profile.enabledCurrencies),
    vatRatesWithProductGroup: new Set(Object.keys(profile.productGroups)),
    knownPaymentMethods: new Set(Object.keys(profile.paymentMethods)),
    requireEmail: false,
  };
  return { profile, knownProducts, validation };
}

/** The orders as processing WooCommerce JSON, newest modification last (as the shop pages them). */
export function benchOrders(count: number, seed: number): Record<string, unknown>[] {
  return generateWooOrders({ count, seed }).map((o) => ({ ...o, status: 'processing' }));
}

/**
 * Counts the commits on `db` that wrote something (an empty commit of a transaction that
 * only read appends nothing to the WAL), by wrapping the COMMITs the group commit issues.
 */
function countCommits(db: Database.Database): { count: number; changes: Database.Statement } {
  const changes = db.prepare('SELECT total_changes() AS n').pluck();
  const counter = { count: 0, changes };
  let last = changes.get() as number;
  const exec = db.exec.bind(db);
  db.exec = (sql: string) => {
    if (/^\s*COMMIT/i.test(sql)) {
      const now = changes.get() as number;
      if (now !== last) counter.count++;
      last = now;
    }
    return exec(sql);
  };
  return counter;
}

/**
 * Counts the statements run on `db` (run, get, all, iterate — the savepoints of nested
 * transactions included, as better-sqlite3 runs them as statements) until `stop` is called,
 * apart from the benchmark's own (`ignore`). Statements share one prototype for every
 * connection, so the count is taken on this one only.
 */
function countStatements(db: Database.Database, ignore: Database.Statement): { count: number; stop: () => void } {
  const counter = { count: 0, stop: () => undefined as void };
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'run' | 'get' | 'all' | 'iterate', (...args: unknown[]) => unknown>;
  const originals = { run: proto.run, get: proto.get, all: proto.all, iterate: proto.iterate };
  for (const method of Object.keys(originals) as Array<keyof typeof originals>) {
    const original = originals[method];
    proto[method] = function (this: Database.Statement, ...args: unknown[]) {
      if (this.database === db && this !== ignore) counter.count++;
      return original.apply(this, args);
    };
  }
  counter.stop = () => Object.assign(proto, originals);
  return counter;
}

/**
 * The engine's work for an order apart from waiting on the network, on this one thread:
 * normalize the WooCommerce JSON, validate it, decide the rules, plan the invoice and its
 * draft body, and every ledger write a booked order costs, made the way the cycle makes
 * them: the page's seen rows in one transaction, then for each order in flight (as many as
 * the cycle keeps going, ordersInFlight) eligible with the rule decision, and for the draft
 * and the booking the journal row — durable before the call, in the commit the orders in
 * flight share (ledger/group-commit.ts) — and its completion with the state change, durable
 * in the same way before the order goes on; then done.
 */
export async function measureEngineWork(count: number, seed = 77): Promise<EngineWorkResult> {
  const raws = benchOrders(count, seed);
  const setup = benchValidationSetup();
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-engine-work-'));
  const ledger = openLedger(dataDir);
  const commits = countCommits(ledger.db);
  const stage = { normalize: 0, validate: 0, plan: 0, ledger: 0 };
  try {
    const statements = countStatements(ledger.db, commits.changes);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let t = started;
    try {
      await engineWork(ledger, raws, setup, (name) => {
        const now = performance.now();
        stage[name] += now - t;
        t = now;
      });
    } finally {
      statements.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const total = Object.values(stage).reduce((a, b) => a + b, 0);
    const share = (n: number) => round(n / total, 3);
    return {
      orders: count,
      seconds: round(seconds, 3),
      cpuSeconds: round((cpu.user + cpu.system) / 1e6, 3),
      ordersPerSecond: round(count / seconds, 0),
      shareByStage: { normalize: share(stage.normalize), validate: share(stage.validate), plan: share(stage.plan), ledger: share(stage.ledger) },
      computeOnlyOrdersPerSecond: round(count / ((stage.normalize + stage.validate + stage.plan) / 1000), 0),
      commitsPerOrder: round(commits.count / count, 3),
      walPagesPerOrder: await measureWalPages(Math.min(count, 1000), seed),
      statementsPerOrder: round(statements.count / count, 2),
    };
  } finally {
    ledger.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Stage = keyof EngineWorkResult['shareByStage'];

/**
 * The engine-work path over `raws`, page by page; `lap(stage)` after each stage of the work,
 * so the caller can time them.
 */
async function engineWork(ledger: Ledger, raws: Record<string, unknown>[], setup: ReturnType<typeof benchValidationSetup>, lap: (stage: Stage) => void): Promise<void> {
  const { profile, knownProducts, validation } = setup;
  let draftNumber = 0;
  await ledger.grouped(async () => {
    for (let from = 0; from < raws.length; from += PAGE_SIZE) {
      const page = raws.slice(from, from + PAGE_SIZE).map((raw) => {
        const normalized = normalizeWooOrder(raw as never, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' });
        lap('normalize');
        const problems = validateOrder(normalized.order, { ...validation, findings: normalized.findings });
        if (problems.some((p) => p.code === 'LB-9001')) throw new Error(`validation tripped over order ${normalized.order.id}: ${JSON.stringify(problems)}`);
        lap('validate');
        const decision = decideRules(normalized.order, profile.rules);
        const plan = planInvoice(normalized.order, { profile, decision, knownProducts });
        const body = draftInvoiceBody(plan, plan.customer.customerNumber ?? 1);
        lap('plan');
        return { normalized, decision, body };
      });
      recordSeenPage(ledger, page.map(({ normalized }) => normalized));
      await runPool(page, ordersInFlight(profile.economic.concurrency), async ({ normalized, decision, body }) => {
        const { order } = normalized;
        // Eligible with the rule decision in one statement, as transfer.ts does for an order on its way to its own invoice.
        ledger.orders.transition(order.id, 'eligible', { by: 'engine', ruleDecision: { ruleId: null, ruleName: null, actions: [], ...decision } });
        const number = ++draftNumber;
        const answers = economicAnswers(body, number, order.totals.total);
        for (const step of ['create-draft', 'book'] as const) {
          const key = operationKey(profile.name, order.id, step, 0);
          ledger.operations.begin({ key, orderId: order.id, step });
          await ledger.durable();
          ledger.transaction(() => {
            // What the engine journals of e-conomic's answer (journalled's keep).
            ledger.operations.complete(key, step === 'book' ? keptBooked(answers.booked) : keptDraft(answers.draft));
            ledger.orders.transition(order.id, step === 'book' ? 'booked' : 'drafted', { draftNumber: number, ...(step === 'book' ? { bookedNumber: number } : {}), by: 'engine' });
          });
          await ledger.durable();
        }
        ledger.orders.transition(order.id, 'done', { by: 'engine' });
      });
      await ledger.durable();
      lap('ledger');
    }
  });
}

/**
 * e-conomic's answers to an order's draft and booking as it gives them: the whole invoice (the
 * draft's body with its number and amounts), of which the engine journals what it keeps.
 */
function economicAnswers(body: ReturnType<typeof draftInvoiceBody>, number: number, total: string): { draft: DraftInvoice; booked: BookedInvoice } {
  const gross = Number(total);
  const invoice = { ...body, grossAmount: gross } as unknown as DraftInvoice;
  return { draft: { ...invoice, draftInvoiceNumber: number }, booked: { ...invoice, bookedInvoiceNumber: number, remainder: gross } as unknown as BookedInvoice };
}

/**
 * Pages (4 KB) the engine-work path appends to the WAL per order: what its commits write, and
 * so what they cost. Counted with the automatic checkpoint off, so that the WAL keeps every
 * frame written (its header and each 24-byte frame header hold the sizes); a count, not a time.
 */
async function measureWalPages(count: number, seed: number): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-wal-pages-'));
  // No checkpoint at all, neither on this connection nor on the checkpointer's.
  const ledger = openLedger(dataDir, { checkpointInBackground: false });
  try {
    ledger.db.pragma('wal_autocheckpoint = 0');
    ledger.db.pragma('wal_checkpoint(TRUNCATE)');
    await engineWork(ledger, benchOrders(count, seed), benchValidationSetup(), () => undefined);
    const wal = readFileSync(`${ledger.path}-wal`);
    const frames = (wal.length - WAL_HEADER_BYTES) / (WAL_FRAME_HEADER_BYTES + wal.readUInt32BE(8));
    return round(frames / count, 2);
  } finally {
    ledger.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** SQLite's WAL format: a 32-byte file header, then frames of a 24-byte header and one page. */
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

/**
 * The shop's pages from memory: the connector's own normalisation of the WooCommerce JSON,
 * without HTTP. Keeps each order's total by its e-conomic reference for the e-conomic stand-in.
 */
function memoryShop(raws: Record<string, unknown>[], totals: Map<string, string>): ShopConnector {
  return {
    platform: 'woocommerce',
    async *pollChanged() {
      for (let from = 0; from < raws.length; from += PAGE_SIZE) {
        const orders: NormalizedOrder[] = raws.slice(from, from + PAGE_SIZE).map((raw) => normalizeWooOrder(raw as never, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' }));
        for (const { order } of orders) totals.set(orderReference(order.platform, order.id, null), order.totals.total);
        yield { orders, watermark: orders.at(-1)!.order.dates.modified };
      }
    },
    testConnection: () => Promise.reject(new Error('not used by the benchmark')),
    getOrder: () => Promise.resolve(null),
    latestOrders: () => Promise.resolve([]),
    discoverStatuses: () => Promise.resolve([]),
    discoverPaymentMethods: () => Promise.resolve([]),
  };
}

/**
 * e-conomic's answers to the writes of a sync, in-process, so the figure is the engine's own
 * work: a draft comes back whole, with the shop's total as its gross (what the real e-conomic
 * computes for these orders; the sandbox's arithmetic is not the engine's cost), a booking
 * as the whole invoice under the next invoice number, a product created from the shop's catalogue as sent, and
 * the sync's search for invoices made elsewhere for its orders finding none.
 * Everything else goes to the real sandbox over HTTP and is counted: the reference data
 * before the timed cycle, nothing during it.
 */
function inProcessEconomic(totals: Map<string, string>): { adapter: AxiosAdapter; calls: { inProcess: number; http: number } } {
  const http = axios.getAdapter('http');
  const calls = { inProcess: 0, http: 0 };
  let drafts = 0;
  let booked = 0;
  /** The drafts made and not yet booked, by number: a booking answers with the whole invoice. */
  const open = new Map<number, Record<string, unknown>>();
  const answer = (config: InternalAxiosRequestConfig, status: number, body: unknown) => ({
    data: Buffer.from(JSON.stringify(body)),
    status,
    statusText: 'OK',
    headers: { 'content-type': 'application/json' },
    config,
  });
  const adapter: AxiosAdapter = async (config) => {
    const path = new URL(config.url!).pathname;
    if (config.method === 'post' && path.endsWith('/invoices/drafts')) {
      calls.inProcess++;
      const body = JSON.parse(String(config.data)) as { references?: { other?: string }; currency: string };
      const gross = totals.get(body.references?.other ?? '');
      if (gross === undefined) throw new Error(`no order for draft reference ${body.references?.other}`);
      const draft = { ...body, draftInvoiceNumber: ++drafts, grossAmount: Number(gross) };
      open.set(draft.draftInvoiceNumber, draft);
      return answer(config, 201, draft);
    }
    if (config.method === 'post' && path.endsWith('/invoices/booked')) {
      calls.inProcess++;
      const body = JSON.parse(String(config.data)) as { draftInvoice: { draftInvoiceNumber: number } };
      const { draftInvoiceNumber, ...draft } = open.get(body.draftInvoice.draftInvoiceNumber) ?? {};
      open.delete(body.draftInvoice.draftInvoiceNumber);
      return answer(config, 201, { ...draft, bookedInvoiceNumber: ++booked, orderNumber: draftInvoiceNumber, remainder: draft.grossAmount });
    }
    if (config.method === 'post' && path.endsWith('/products')) {
      calls.inProcess++;
      return answer(config, 201, JSON.parse(String(config.data)));
    }
    if (config.method === 'get' && (path.endsWith('/invoices/booked') || path.endsWith('/invoices/drafts'))) {
      // The sync's look for invoices another installation made for these orders (one page each): none.
      calls.inProcess++;
      return answer(config, 200, { collection: [], pagination: { skipPages: 0, pageSize: 1000, results: 0 } });
    }
    calls.http++;
    return http(config);
  };
  return { adapter, calls };
}

/**
 * What the engine does for an order apart from waiting on the network, on this one thread:
 * one real sync cycle (`runCycle`, as `Runtime.syncOnce` runs it) over `count` orders from
 * the shop's pages in memory — normalize, record as seen, validate, decide the rules, plan,
 * journal and make the draft and the booking (answered in-process), and every ledger write
 * that takes, in a real SQLite ledger.
 */
export async function measureFullCycle(count: number, seed = 77): Promise<FullCycleResult> {
  const raws = benchOrders(count, seed);
  const totals = new Map<string, string>();
  const economic = inProcessEconomic(totals);
  const harness = await startBenchHarness({ orders: [], profile: { invoiceSource: 'shop', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: '2020-01-01T00:00:00Z' } } });
  try {
    const runtime = await harness.open({ economicClientOptions: { adapter: economic.adapter } });
    try {
      walkSupervisedPeriod(runtime);
      const ctx = await runtime.context();
      const shop = memoryShop(raws, totals);
      const httpBefore = economic.calls.http;
      const commits = countCommits(runtime.ledger.db);
      const started = performance.now();
      const summary = await runCycle(ctx, { shop });
      const seconds = (performance.now() - started) / 1000;
      if (economic.calls.http !== httpBefore) throw new Error(`the timed cycle went over the network ${economic.calls.http - httpBefore} times`);
      if (summary.booked !== count) throw new Error(`booked ${summary.booked} of ${count} orders: ${JSON.stringify(summary)}`);
      return {
        orders: count,
        booked: summary.booked,
        seconds: round(seconds, 3),
        ordersPerSecond: round(count / seconds, 0),
        // + the one autocommit of the cycle's summary after the grouped work
        commitsPerOrder: round((commits.count + 1) / summary.booked, 3),
        callsPerOrder: round(economic.calls.inProcess / summary.booked, 3),
      };
    } finally {
      runtime.close();
    }
  } finally {
    await harness.close();
  }
}
