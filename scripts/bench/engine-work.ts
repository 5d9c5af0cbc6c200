import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileSchema, type Profile } from '../../shared/profile/schema';
import { normalizeWooOrder } from '../../main/connectors/shops/woocommerce/normalize';
import { validateOrder } from '../../main/validation';
import { planInvoice } from '../../main/engine/plan/plan-invoice';
import { draftInvoiceBody } from '../../main/engine/plan/draft-body';
import { decideRules } from '../../main/engine/rules';
import { recordSeen } from '../../main/engine/record-seen';
import { operationKey } from '../../main/engine/idempotency';
import { openLedger } from '../../main/ledger';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { PRODUCTS } from '../../main/sandbox/shops/shared/danish-data';
import { round } from './calls-per-order';
import { benchProfile } from './harness';

export interface EngineWorkResult {
  orders: number;
  seconds: number;
  ordersPerSecond: number;
  /** Share of the time per stage, to show where the work goes. */
  shareByStage: Record<'normalize' | 'validate' | 'plan' | 'ledger', number>;
  /** The same orders per second counting only normalize, validate and plan (no SQLite). */
  computeOnlyOrdersPerSecond: number;
  /** SQLite commits per order, each a WAL append (synchronous=NORMAL). */
  commitsPerOrder: number;
}

/** Orders per shop page, as the WooCommerce connector fetches them. */
const PAGE_SIZE = 100;
/** Commits per booked order besides the page's seen batch: eligible, rule decision, journal begin + complete for the draft and the booking, done. */
const COMMITS_PER_ORDER = 7;

/** The profile the sandbox orders are valid for, with every product known. */
export function benchValidationSetup(): { profile: Profile; knownProducts: Set<string> } {
  const profile = profileSchema.parse(benchProfile({ shopUrl: 'http://127.0.0.1:1', economicUrl: 'http://127.0.0.1:2', smtp: { host: '127.0.0.1', port: 25 } }, { invoiceSource: 'shop', bookingMode: 'automatic' }));
  const knownProducts = new Set([...PRODUCTS.map((p) => p.sku), ...Object.values(profile.products).filter((p): p is string => typeof p === 'string')]);
  return { profile, knownProducts };
}

/**
 * What the engine does for one order apart from waiting on the network, on this one
 * thread: normalize the WooCommerce JSON, validate it, decide the rules, plan the
 * invoice and its draft body, and every ledger write a booked order costs (seen row,
 * state changes, the journal rows before and after the draft and the booking).
 */
export function measureEngineWork(count: number, seed = 77): EngineWorkResult {
  const raws = generateWooOrders({ count, seed }).map((o) => ({ ...o, status: 'processing' }));
  const { profile, knownProducts } = benchValidationSetup();
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-engine-work-'));
  const ledger = openLedger(dataDir);
  const stage = { normalize: 0, validate: 0, plan: 0, ledger: 0 };
  const validation = {
    profile,
    knownProducts,
    enabledCurrencies: new Set(profile.enabledCurrencies),
    vatRatesWithProductGroup: new Set(Object.keys(profile.productGroups)),
    knownPaymentMethods: new Set(Object.keys(profile.paymentMethods)),
    requireEmail: false,
  };
  try {
    const started = performance.now();
    let t = started;
    const lap = (name: keyof typeof stage): void => {
      const now = performance.now();
      stage[name] += now - t;
      t = now;
    };
    let draftNumber = 0;
    // Like a sync cycle: a page of orders is recorded as seen in one transaction, then each
    // order is moved along with the ledger writes the engine makes around its two e-conomic writes.
    for (let from = 0; from < raws.length; from += PAGE_SIZE) {
      const page = raws.slice(from, from + PAGE_SIZE).map((raw) => {
        const normalized = normalizeWooOrder(raw, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' });
        lap('normalize');
        const problems = validateOrder(normalized.order, { ...validation, findings: normalized.findings });
        if (problems.some((p) => p.code === 'LB-9001')) throw new Error(`validation tripped over order ${normalized.order.id}: ${JSON.stringify(problems)}`);
        lap('validate');
        const decision = decideRules(normalized.order, profile.rules);
        const plan = planInvoice(normalized.order, { profile, decision, knownProducts });
        draftInvoiceBody(plan, plan.customer.customerNumber ?? 1);
        lap('plan');
        return { normalized, decision };
      });
      ledger.transaction(() => {
        for (const { normalized } of page) recordSeen(ledger, normalized);
      });
      for (const { normalized, decision } of page) {
        const { order } = normalized;
        ledger.orders.transition(order.id, 'eligible', { by: 'engine' });
        ledger.orders.setRuleDecision(order.id, { ruleId: null, ruleName: null, actions: [], ...decision });
        draftNumber++;
        for (const step of ['create-draft', 'book'] as const) {
          const key = operationKey(profile.name, order.id, step, 0);
          ledger.operations.begin({ key, orderId: order.id, step });
          ledger.transaction(() => {
            ledger.operations.complete(key, { draftInvoiceNumber: draftNumber });
            ledger.orders.transition(order.id, step === 'book' ? 'booked' : 'drafted', { draftNumber, ...(step === 'book' ? { bookedNumber: draftNumber } : {}), by: 'engine' });
          });
        }
        ledger.orders.transition(order.id, 'done', { by: 'engine' });
      }
      lap('ledger');
    }
    const seconds = (performance.now() - started) / 1000;
    const total = Object.values(stage).reduce((a, b) => a + b, 0);
    const share = (n: number) => round(n / total, 3);
    return {
      orders: count,
      seconds: round(seconds, 3),
      ordersPerSecond: round(count / seconds, 0),
      shareByStage: { normalize: share(stage.normalize), validate: share(stage.validate), plan: share(stage.plan), ledger: share(stage.ledger) },
      computeOnlyOrdersPerSecond: round(count / ((stage.normalize + stage.validate + stage.plan) / 1000), 0),
      commitsPerOrder: round(COMMITS_PER_ORDER + 1 / PAGE_SIZE, 2),
    };
  } finally {
    ledger.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
