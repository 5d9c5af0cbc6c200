import { afterEach, describe, expect, it } from 'vitest';
import type { NormalizedOrder } from '../../../shared/domain/order';
import type { ShopConnector } from '../../../main/connectors/shops/types';
import { normalizeWooOrder } from '../../../main/connectors/shops/woocommerce/normalize';
import { runCycle } from '../../../main/engine/cycle';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { moneyFlowProfile } from '../moneyflows/reference';
import { bookedDocs, draftDocs } from '../moneyflows/harness';

/**
 * A sync reads the shop page by page (100 orders each) and keeps the orders of the next page
 * going while the last ones of a page are still with e-conomic. What that must not change:
 * every paid order is booked once, the watermark never passes an order that was not handled,
 * and one order is never handled twice at the same time.
 */

let harness: SandboxHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const paid = (orders: Record<string, unknown>[]) => orders.filter((o) => o.status === 'processing' || o.status === 'completed');

describe('a sync over several shop pages', () => {
  it('stopped in the middle of a page (the owner pauses an import), leaves every order of that page for the next sync: each paid order is booked once', async () => {
    // 250 orders, 7 to 140 minutes apart: a page spans far more than the 10 minutes of overlap a poll goes back.
    const orders = generateWooOrders({ count: 250, seed: 21, start: new Date('2026-11-02T08:00:00Z') });
    harness = await startSandboxHarness({ orders, profile: (demo) => moneyFlowProfile(demo, { rules: [] }) });
    const stop = new AbortController();
    let drafts = 0;
    const first = await harness.open({
      economicClientOptions: {
        // Stopped after the 150th draft: in the second page (the first has fewer than 100 paid orders).
        onCall: (call) => {
          if (call.method === 'POST' && call.path.endsWith('/invoices/drafts') && ++drafts === 150) stop.abort();
        },
      },
    });
    try {
      walkSupervisedPeriod(first);
      await first.syncOnce({ signal: stop.signal });
    } finally {
      first.close();
    }
    const afterStop = bookedDocs(harness.economic).length;
    expect(afterStop).toBeGreaterThanOrEqual(100);
    expect(afterStop).toBeLessThan(paid(orders).length);

    const second = await harness.open();
    try {
      await second.syncOnce();
      const references = bookedDocs(harness.economic).map((b) => b.references?.other);
      expect(references).toHaveLength(paid(orders).length);
      expect(new Set(references).size).toBe(paid(orders).length);
      expect(draftDocs(harness.economic)).toHaveLength(0);
      const states = Object.entries(second.ledger.orders.countByState()).filter(([, n]) => n > 0);
      expect(Object.fromEntries(states)).toEqual({ done: paid(orders).length, seen: orders.length - paid(orders).length });
    } finally {
      second.close();
    }
  });

  it('handles an order that comes again on the next page (changed during the sync) only after its first version is through: one draft, one invoice', async () => {
    const orders: Record<string, unknown>[] = generateWooOrders({ count: 200, seed: 5, start: new Date('2026-11-02T08:00:00Z') }).map((o) => ({ ...o, status: 'processing' }));
    // The last order of the first page, changed while the sync runs (the buyer's phone number),
    // so it comes again, first on the second page.
    const first = orders[99];
    const changed = { ...first, billing: { ...(first.billing as Record<string, unknown>), phone: '+45 70 20 30 40' }, date_modified_gmt: String(orders[100].date_modified_gmt), date_modified: String(orders[100].date_modified) };
    harness = await startSandboxHarness({ orders, profile: (demo) => moneyFlowProfile(demo, { rules: [] }) });
    // The shop as a connector that sends the changed order again on the second page, as
    // WooCommerce's pages by modification date do when an order changes between two requests.
    const pages = [orders.slice(0, 100), [changed, ...orders.slice(100)]];
    const shop: ShopConnector = {
      platform: 'woocommerce',
      async *pollChanged() {
        for (const page of pages) {
          const normalized: NormalizedOrder[] = page.map((raw) => normalizeWooOrder(raw as never, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' }));
          yield { orders: normalized, watermark: String(page.at(-1)!.date_modified_gmt) };
        }
      },
      testConnection: () => Promise.reject(new Error('not used')),
      getOrder: () => Promise.resolve(null),
      latestOrders: () => Promise.resolve([]),
      discoverStatuses: () => Promise.resolve([]),
      discoverPaymentMethods: () => Promise.resolve([]),
    };
    const id = String(first.id);
    const draftsFor: string[] = [];
    const runtime = await harness.open({
      economicClientOptions: {
        onCall: (call) => {
          if (call.method === 'POST' && call.path.endsWith('/invoices/drafts')) draftsFor.push(call.path);
        },
      },
    });
    try {
      walkSupervisedPeriod(runtime);
      const ctx = await runtime.context();
      const summary = await runCycle(ctx, { shop });

      expect(summary.booked).toBe(200);
      const invoices = bookedDocs(harness.economic).filter((b) => b.references?.other === `wc:${id}`);
      expect(invoices).toHaveLength(1);
      // Booked from its first version before the second was recorded: a change after booking is not invoiced again.
      expect(Number(invoices[0].grossAmount).toFixed(2)).toBe(Number(first.total).toFixed(2));
      expect(draftsFor).toHaveLength(200);
      const row = runtime.ledger.orders.get(id)!;
      expect(row.state).toBe('done');
      expect(runtime.ledger.orders.history(id).map((h) => h.toState)).toEqual(['eligible', 'drafted', 'booked', 'done']);
    } finally {
      runtime.close();
    }
  });
});
