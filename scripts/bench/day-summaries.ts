// Daily summaries (postingUnit "day", issue 17 §2): e-conomic calls per order for a shop with
// 200 orders a day, and the calls and wall time of importing 50,000 orders over 365 days.
import { loadavg } from 'node:os';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { runImport } from '../../main/operations/import';
import { startBenchHarness } from './harness';
import type { ProfileInput } from '../../shared/profile/schema';

const DAY_MS = 86_400_000;
/** e-conomic's fair use: calls per agreement and day. */
export const FAIR_USE_CALLS_PER_DAY = 50_000;

export interface DaySummaryCallsResult {
  ordersPerDay: number;
  days: number;
  orders: number;
  /** Day invoices booked, and orders booked on invoices of their own (business buyers). */
  dayInvoices: number;
  ownInvoices: number;
  /** Every e-conomic request the sandbox answered, reference data and payment vouchers included. */
  sandboxCalls: number;
  callsPerOrder: number;
  byRoute: Record<string, number>;
  seconds: number;
  /** The machine's 1-minute load average when the run ended (wall time depends on it). */
  loadAverage: number;
}

/** Paid orders only (a pending order never reaches a day), `perDay` on each day, one day after another, the last one `lastDayAgo` days back. */
function ordersOnDays(count: number, perDay: number, lastDayAgo: number, seed: number): Record<string, unknown>[] {
  const paid = generateWooOrders({ count: Math.ceil(count * 1.15), seed }).filter((o) => o.status === 'processing' || o.status === 'completed').slice(0, count);
  const days = Math.ceil(count / perDay);
  const firstDay = Date.now() - (lastDayAgo + days - 1) * DAY_MS;
  return paid.map((order, i) => {
    const day = Math.floor(i / perDay);
    // Spread over 08:00–20:00 UTC, so every order falls on its Copenhagen date too.
    const at = new Date(Math.floor(firstDay / DAY_MS) * DAY_MS + day * DAY_MS + 8 * 3600_000 + Math.floor(((i % perDay) * 12 * 3600_000) / perDay));
    const text = at.toISOString().slice(0, 19);
    return { ...order, date_created_gmt: text, date_created: text, date_paid_gmt: text, date_paid: text, date_modified_gmt: text, date_modified: text, date_completed_gmt: text, date_completed: text };
  });
}

/** The bench profile booking days, with MobilePay and Dankort payments registered per day in the payment journal. */
const dayProfile = (base: ProfileInput): Partial<ProfileInput> => ({
  postingUnit: 'day',
  paymentMethods: {
    ...base.paymentMethods,
    mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } },
    dankort: { title: 'Dankort', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5821 } },
  },
});

async function measure(orders: Record<string, unknown>[], perDay: number, work: (runtime: Awaited<ReturnType<Awaited<ReturnType<typeof startBenchHarness>>['open']>>) => Promise<unknown>): Promise<DaySummaryCallsResult> {
  const harness = await startBenchHarness({ orders, profile: dayProfile });
  try {
    const runtime = await harness.open();
    try {
      walkSupervisedPeriod(runtime);
      const started = performance.now();
      await work(runtime);
      const seconds = (performance.now() - started) / 1000;
      const state = harness.economic.state();
      const booked = state.booked as unknown as Array<{ references?: { other?: string } }>;
      const dayInvoices = booked.filter((b) => b.references?.other?.startsWith('lb-day:')).length;
      return {
        ordersPerDay: perDay,
        days: Math.ceil(orders.length / perDay),
        orders: orders.length,
        dayInvoices,
        ownInvoices: booked.length - dayInvoices,
        sandboxCalls: state.calls.total,
        callsPerOrder: Math.round((state.calls.total / orders.length) * 10_000) / 10_000,
        byRoute: state.calls.byRoute,
        seconds: Math.round(seconds * 10) / 10,
        loadAverage: Math.round(loadavg()[0] * 100) / 100,
      };
    } finally {
      runtime.close();
    }
  } finally {
    await harness.close();
  }
}

/**
 * A shop with `perDay` orders a day in day mode: a week of closed days synced by one runtime
 * (the app in the tray), every call e-conomic received divided by the orders.
 */
export function measureDayCallsPerOrder(perDay = 200, days = 7, seed = 1701): Promise<DaySummaryCallsResult> {
  return measure(ordersOnDays(perDay * days, perDay, 2, seed), perDay, (runtime) => runtime.syncOnce());
}

/** `ledgerbridge import` of `count` orders over `days` closed days in day mode, in one run. */
export function measureDayImport(count = 50_000, days = 365, seed = 1702): Promise<DaySummaryCallsResult> {
  const perDay = Math.ceil(count / days);
  const orders = ordersOnDays(count, perDay, 2, seed);
  const from = String(orders[0].date_created_gmt).slice(0, 10);
  return measure(orders, perDay, (runtime) => runImport(runtime, { from }));
}

// `node bin/run-ts.js scripts/bench/day-summaries.ts [--quick]` runs only these two entries.
if (process.argv[1]?.endsWith('day-summaries.ts')) {
  const quick = process.argv.includes('--quick');
  const calls = await measureDayCallsPerOrder(200, quick ? 2 : 7);
  process.stdout.write(`${JSON.stringify({ daySummary: { callsPerOrder: calls } })}\n`);
  const imported = await measureDayImport(quick ? 2_000 : 50_000, quick ? 20 : 365);
  process.stdout.write(`${JSON.stringify({ daySummary: { import: imported, withinFairUse: imported.sandboxCalls <= FAIR_USE_CALLS_PER_DAY } })}\n`);
}
