import { normalizeWooOrder } from '../../main/connectors/shops/woocommerce/normalize';
import { invoiceContentHash } from '../../main/engine/content-hash';
import { operationKey } from '../../main/engine/idempotency';
import { openLedger } from '../../main/ledger';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { round } from './calls-per-order';
import { runChild } from './children/run-child';
import { walkSupervisedPeriod } from '../../main/demo/sandbox-harness';
import { startBenchHarness } from './harness';

export interface MemoryResult {
  ledgerOrders: number;
  newOrders: number;
  booked: number;
  peakRssMB: number;
  /** The same sync over an empty ledger: what Node, the loader and the engine cost before any history. */
  emptyLedgerPeakRssMB: number;
  buildSeconds: number;
}

/**
 * Fills a ledger with `ledgerOrders` finished orders (seen row, history, the journal
 * rows of the draft and the booking) by direct inserts in one transaction, as years
 * of use would leave it.
 */
export function buildLedger(dataDir: string, ledgerOrders: number, profileName: string): void {
  const templates = generateWooOrders({ count: 500, seed: 314 }).map((raw) => normalizeWooOrder(raw, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' }).order);
  const ledger = openLedger(dataDir);
  try {
    ledger.transaction(() => {
      for (let i = 0; i < ledgerOrders; i++) {
        const id = String(1_000_000 + i);
        const order = { ...templates[i % templates.length], id, number: id };
        ledger.orders.upsertSeen({
          platform: order.platform,
          id,
          number: id,
          status: 'completed',
          modified: order.dates.modified,
          created: order.dates.created,
          contentHash: invoiceContentHash(order),
          currency: order.currency,
          total: order.totals.total,
          orderJson: JSON.stringify({ ...order, findings: [] }),
        });
        for (const step of ['create-draft', 'book'] as const) {
          const key = operationKey(profileName, id, step, 0);
          ledger.operations.begin({ key, orderId: id, step });
          ledger.operations.complete(key, { draftInvoiceNumber: i + 1 });
        }
        ledger.orders.transition(id, 'done', { draftNumber: i + 1, bookedNumber: i + 1, by: 'engine' });
      }
    });
  } finally {
    ledger.close();
  }
}

/**
 * Peak RSS of one headless sync (in its own process) over a ledger that already holds
 * `ledgerOrders` orders, with a few new orders waiting in the shop.
 */
export async function measureMemory(ledgerOrders: number, newOrders = 5): Promise<MemoryResult> {
  const empty = await peakRssOfSync(0, newOrders);
  const full = await peakRssOfSync(ledgerOrders, newOrders);
  return { ledgerOrders, newOrders, booked: full.booked, peakRssMB: full.peakRssMB, emptyLedgerPeakRssMB: empty.peakRssMB, buildSeconds: full.buildSeconds };
}

async function peakRssOfSync(ledgerOrders: number, newOrders: number): Promise<{ booked: number; peakRssMB: number; buildSeconds: number }> {
  const orders = generateWooOrders({ count: newOrders, seed: 2718, firstId: 5_000_000, start: new Date(Date.now() - 3600_000) }).map((o) => ({ ...o, status: 'processing' }));
  const harness = await startBenchHarness({ orders, profile: { invoiceSource: 'shop' } });
  try {
    const setup = await harness.open();
    try {
      walkSupervisedPeriod(setup);
    } finally {
      setup.close();
    }
    const started = performance.now();
    buildLedger(harness.dataDir, ledgerOrders, 'demo');
    const buildSeconds = (performance.now() - started) / 1000;
    const out = JSON.parse(await runChild('scripts/bench/children/sync-once.ts', [harness.dataDir])) as { summary: { booked: number }; maxRssMB: number };
    return { booked: out.summary.booked, peakRssMB: round(out.maxRssMB, 1), buildSeconds: round(buildSeconds, 1) };
  } finally {
    await harness.close();
  }
}
