import { generateWooDemoOrders } from '../../main/sandbox/shops/woocommerce';
import { auditRun, type Audit } from './audit';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { startReliabilityHarness } from './harness';

export interface FaultSoakResult {
  orders: number;
  failRate: number;
  economicStatuses: string[];
  shopStatuses: string[];
  /** Cycles run while faults were injected (a cycle may end early when the shop stays unreachable). */
  faultyCycles: number;
  cyclesThatThrew: number;
  cleanCycles: number;
  faultsInjectedEconomic: number;
  faultsInjectedShop: number;
  /** Requests the shop answered (the engine reads it a page of up to 100 orders at a time). */
  shopCalls: number;
  idempotentReplays: number;
  economicCalls: number;
  clientRetries: number;
  /** All e-conomic calls of the soak (failed attempts and replays included) ÷ invoices booked. */
  callsPerOrder: number;
  duplicates: number;
  lost: number;
  audit: Audit;
  seconds: number;
}

const ECONOMIC_FAULTS = [429, 500, 503, 'drop', 'lost'] as const;
// The shop's API is read-only for the engine: a response lost after the server did the
// work is, for a GET, the same as a dropped connection.
const SHOP_FAULTS = [429, 500, 503, 'drop'] as const;

/**
 * Imports `count` orders while `failRate` of the calls to e-conomic and to the shop fail
 * (429, 500, 503, dropped connections, and e-conomic writes whose answer is lost after
 * they took effect). Cycles run with the clock a day apart so retries are due; then the
 * faults stop and clean cycles finish the import.
 */
export async function runFaultSoak(count: number, failRate = 0.2, seed = 1979, faultyCycles = 6, progress: (m: string) => void = () => undefined): Promise<FaultSoakResult> {
  const orders = generateWooDemoOrders({ count, seed });
  const harness = await startReliabilityHarness(orders);
  const started = performance.now();
  const clock = { now: new Date() };
  try {
    // Waits between retries are skipped (the sandbox's Retry-After is 1 s); the attempts are not.
    const runtime = await harness.open({ clock: () => clock.now, economicClientOptions: { sleep: async () => undefined } });
    try {
      walkSupervisedPeriod(runtime);
      harness.economic.setFaults({ failRate, statuses: [...ECONOMIC_FAULTS], seed });
      harness.shop.setFaults({ failRate, statuses: [...SHOP_FAULTS], seed: seed + 1 });
      let threw = 0;
      for (let i = 0; i < faultyCycles; i++) {
        await runtime.syncOnce().catch(() => threw++);
        clock.now = new Date(clock.now.getTime() + 86_400_000);
        progress(`fault soak: cycle ${i + 1}/${faultyCycles}, ${harness.economic.state().booked.length} booked`);
      }
      const faultsInjectedEconomic = harness.economic.state().faultsInjected as number;
      const faultsInjectedShop = harness.shop.state().calls.faults;
      const shopCalls = harness.shop.state().calls.total;
      harness.economic.setFaults({ failRate: 0 });
      harness.shop.setFaults({ failRate: 0 });
      let cleanCycles = 0;
      for (; cleanCycles < 3; ) {
        const summary = await runtime.syncOnce();
        cleanCycles++;
        clock.now = new Date(clock.now.getTime() + 86_400_000);
        if (summary.eligible + summary.booked + summary.drafted + summary.failed === 0) break;
      }
      const state = harness.economic.state();
      const audit = auditRun(orders, state, runtime.ledger, runtime.profile.orderStages);
      const client = await runtime.economic();
      return {
        orders: count,
        failRate,
        economicStatuses: ECONOMIC_FAULTS.map(String),
        shopStatuses: SHOP_FAULTS.map(String),
        faultyCycles,
        cyclesThatThrew: threw,
        cleanCycles,
        faultsInjectedEconomic,
        faultsInjectedShop,
        shopCalls,
        idempotentReplays: state.idempotentReplays,
        economicCalls: state.calls.total,
        clientRetries: client.stats.retries,
        callsPerOrder: Math.round((state.calls.total / Math.max(1, state.booked.length)) * 1000) / 1000,
        duplicates: audit.duplicates,
        lost: audit.lost,
        audit,
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
    } finally {
      runtime.close();
    }
  } finally {
    await harness.close();
  }
}
