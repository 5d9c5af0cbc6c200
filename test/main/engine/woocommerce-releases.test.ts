import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { generateWooDemoOrders } from '../../../main/sandbox/shops/woocommerce';
import { wooGmt, wooLocal } from '../../../main/sandbox/shops/woocommerce/clock';

/**
 * Issue 14 §3 and §4, end to end: the engine on shops running an older WooCommerce release,
 * which silently ignores what it does not know — 5.7 has no `modified_after` (it came in 5.8),
 * 4.4 not even `orderby=modified` (4.5). Such a shop answers every order it has; the sync must
 * still take only the orders changed since it last looked (the first sync: since the profile's
 * start, `sync.importFrom`), never the shop's older orders, and never draft an order twice.
 */

const HOUR = 3_600_000;
const now = Date.now();
type WooOrder = Record<string, unknown> & { id: number };
type Invoice = { references?: { other?: string } };

/** An order placed and last changed `hoursAgo` hours ago, in a transfer stage. */
function at(order: Record<string, unknown>, hoursAgo: number): WooOrder {
  const ms = now - hoursAgo * HOUR;
  return { ...order, status: 'processing', date_created: wooLocal(ms), date_created_gmt: wooGmt(ms), date_modified: wooLocal(ms), date_modified_gmt: wooGmt(ms), date_paid: wooLocal(ms), date_paid_gmt: wooGmt(ms), date_completed: null, date_completed_gmt: null } as unknown as WooOrder;
}

const demo = generateWooDemoOrders({ count: 9, seed: 14 });
// Six orders of last week and the week before, long before this installation began; three of the last hours.
const old = demo.slice(0, 6).map((o, i) => at(o, 24 * (7 + i)));
const recent = demo.slice(6).map((o, i) => at(o, 6 - i * 2));
const ref = (o: WooOrder) => `wc:${o.id}`;

describe.each(['5.7.2', '4.4.0'])('WooCommerce %s', (version) => {
  let harness: SandboxHarness;
  beforeAll(async () => {
    // This installation begins three days ago: the shop's orders from before are not its to book.
    harness = await startSandboxHarness({ orders: [...old, ...recent], profile: (d) => ({ sync: { ...d.sync!, importFrom: new Date(now - 72 * HOUR).toISOString() } }) });
    harness.shop.setSettings({ version });
  });
  afterAll(() => harness.close());

  const known = (runtime: Awaited<ReturnType<SandboxHarness['open']>>) => runtime.ledger.orders.list({ limit: 100 }).items.map((r) => r.orderId).sort();
  const draftRefs = () => (harness.economic.state() as unknown as { drafts: Invoice[] }).drafts.map((d) => d.references?.other);

  it("the first sync takes the orders since the profile's start, though the shop answers with every order it has", async () => {
    const runtime = await harness.open();
    try {
      const summary = await runtime.syncOnce();
      expect(summary.fetched).toBe(3);
      expect(known(runtime)).toEqual(recent.map((o) => String(o.id)).sort());
      // Each recent order has its one draft; nothing of the older orders reached e-conomic.
      expect(draftRefs().sort()).toEqual(recent.map(ref).sort());
    } finally {
      runtime.close();
    }
  });

  it('later syncs take exactly what changed since, and no order is drafted twice', async () => {
    const runtime = await harness.open();
    try {
      const draftsBefore = draftRefs();
      // A new order arrives, and one of the recent ones changes (a note, nothing to invoice again).
      const [added] = generateWooDemoOrders({ count: 1, seed: 15 }).map((o) => at({ ...o, id: 90_001, number: '90001' }, 0));
      harness.shop.upsertOrder(added);
      harness.shop.upsertOrder({ id: recent[0].id, customer_note: 'Ring på' });
      const summary = await runtime.syncOnce();
      // The new order, the changed one, and the one last changed at the watermark, which the 10 minutes' overlap reads again.
      expect(summary.fetched).toBe(3);
      expect(known(runtime)).toEqual([...recent.map((o) => String(o.id)), '90001'].sort());
      // One new draft, for the new order; the changed and the re-read orders keep theirs.
      expect(draftRefs().sort()).toEqual([...draftsBefore, 'wc:90001'].sort());
    } finally {
      runtime.close();
    }
  });
});
