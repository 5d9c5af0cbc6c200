import type { ProfileInput } from '../../shared/profile/schema';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { startBenchHarness } from './harness';

export type CallsCase = 'shopInvoice' | 'economicInvoice' | 'customerPerBuyer';

export interface CallsPerOrderResult {
  case: CallsCase;
  orders: number;
  booked: number;
  /** Every e-conomic request the sandbox answered during the run, reference data included. */
  sandboxCalls: number;
  /** HTTP attempts the engine's client made (retries included); equals sandboxCalls without faults. */
  clientCalls: number;
  callsPerOrder: number;
  /** Requests per route divided by the invoices booked, e.g. "POST /invoices/drafts": 1. */
  perOrderByRoute: Record<string, number>;
  /** Reads of the reference data (self, VAT zones, terms, layouts, groups, currencies, products) in the run: route → calls. */
  referenceReads: Record<string, number>;
  /** True when every reference route was read once for the whole run, not per order. */
  referenceReadOnce: boolean;
  mailed: number;
  seconds: number;
}

/** What EconomicReference.load reads at the start of a run. */
const REFERENCE_ROUTES = ['GET /self', 'GET /vat-zones', 'GET /payment-terms', 'GET /layouts', 'GET /product-groups', 'GET /currencies', 'GET /products'];

const PROFILES: Record<CallsCase, Partial<ProfileInput>> = {
  shopInvoice: { invoiceSource: 'shop' },
  economicInvoice: { invoiceSource: 'economic' },
  customerPerBuyer: { invoiceSource: 'shop', customers: { mode: 'perBuyer', collective: { DKK: 1, EUR: 2 }, customerGroupNumber: 1 } },
};

/**
 * Imports `count` valid orders with automatic posting in effect and counts every call
 * e-conomic received, nothing subtracted, divided by the invoices booked.
 */
export async function measureCallsPerOrder(which: CallsCase, count: number, seed = 9001): Promise<CallsPerOrderResult> {
  const orders = generateWooOrders({ count, seed });
  const harness = await startBenchHarness({ orders, profile: PROFILES[which] });
  try {
    const runtime = await harness.open();
    try {
      walkSupervisedPeriod(runtime);
      const started = performance.now();
      const summary = await runtime.syncOnce();
      const seconds = (performance.now() - started) / 1000;
      const client = await runtime.economic();
      const state = harness.economic.state();
      const booked = state.booked.length;
      const perOrderByRoute: Record<string, number> = {};
      const referenceReads: Record<string, number> = {};
      for (const [route, n] of Object.entries(state.calls.byRoute)) {
        perOrderByRoute[route] = round(n / Math.max(1, booked), 3);
        if (REFERENCE_ROUTES.includes(route)) referenceReads[route] = n;
      }
      return {
        case: which,
        orders: count,
        booked,
        sandboxCalls: state.calls.total,
        clientCalls: client.stats.calls,
        callsPerOrder: round(state.calls.total / Math.max(1, booked), 3),
        perOrderByRoute,
        referenceReads,
        // The product list is one page per 1,000 products; the sandbox holds far fewer.
        referenceReadOnce: REFERENCE_ROUTES.every((r) => (referenceReads[r] ?? 0) === 1),
        mailed: summary.mailed,
        seconds: round(seconds, 2),
      };
    } finally {
      runtime.close();
    }
  } finally {
    await harness.close();
  }
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
