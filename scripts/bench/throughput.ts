import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { round } from './calls-per-order';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { startBenchHarness } from './harness';

export interface ThroughputResult {
  orders: number;
  booked: number;
  latencyMs: number;
  concurrency: number;
  callsPerOrder: number;
  seconds: number;
  ordersPerSecond: number;
  /** concurrency ÷ (calls per order × latency): what the latency and the cap allow at best. */
  limitOrdersPerSecond: number;
  ratioToLimit: number;
}

/**
 * Imports `count` orders (shop invoice, collective customer, automatic posting) while
 * every e-conomic call takes `latencyMs` longer, and compares the rate with the best
 * the latency and the concurrency cap allow. The calls per order used for the limit
 * are the ones this run made, so the ratio measures waiting, not call count.
 */
export async function measureThroughput(count: number, latencyMs = 100, seed = 4711): Promise<ThroughputResult> {
  const harness = await startBenchHarness({ orders: generateWooOrders({ count, seed }), profile: { invoiceSource: 'shop' } });
  try {
    const runtime = await harness.open();
    try {
      walkSupervisedPeriod(runtime);
      const concurrency = runtime.profile.economic.concurrency;
      harness.economic.setFaults({ failRate: 0, latencyMs });
      const started = performance.now();
      await runtime.syncOnce();
      const seconds = (performance.now() - started) / 1000;
      const state = harness.economic.state();
      const booked = state.booked.length;
      const callsPerOrder = state.calls.total / Math.max(1, booked);
      const ordersPerSecond = booked / seconds;
      const limit = concurrency / (callsPerOrder * (latencyMs / 1000));
      return {
        orders: count,
        booked,
        latencyMs,
        concurrency,
        callsPerOrder: round(callsPerOrder, 3),
        seconds: round(seconds, 2),
        ordersPerSecond: round(ordersPerSecond, 2),
        limitOrdersPerSecond: round(limit, 2),
        ratioToLimit: round(ordersPerSecond / limit, 3),
      };
    } finally {
      runtime.close();
    }
  } finally {
    await harness.close();
  }
}
