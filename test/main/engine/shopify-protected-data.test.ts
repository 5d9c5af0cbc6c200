import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import type { ShopifySandbox } from '../../../main/sandbox/shops/shopify';
import { generateShopifyOrders } from '../../../main/sandbox/shops/shopify/demo-orders';
import { describe as describeProblem } from '../../../shared/errors';

/**
 * Issue 14 §4: a Shopify app without protected-customer-data approval (level 1) gets the orders
 * with the buyers' names, addresses, e-mail and phone as null, plus one `errors` entry per field.
 * The sync keeps what came, books to the collective customer with the order number as the
 * recipient, and tells the owner once for the shop (not once per order) what to switch on.
 */

const orders = generateShopifyOrders({ count: 3, seed: 5 }).map((o) => ({ ...o, financial_status: 'paid', cancelled_at: null }));
let harness: SandboxHarness<ShopifySandbox>;
beforeAll(async () => {
  harness = await startSandboxHarness({
    platform: 'shopify',
    orders,
    // The shop sends its own order mails: nothing here needs the buyer's e-mail.
    profile: { invoiceSource: 'shop' },
  });
});
afterAll(() => harness.close());

type Draft = { customer: { customerNumber: number }; recipient: { name: string } };
const withheldEntries = (runtime: Awaited<ReturnType<SandboxHarness['open']>>) => runtime.log.openProblems('demo').filter((e) => e.code === 'LB-2045');

it('books every order to the collective customer at level 1 with one entry for the shop, resolved once Shopify sends the names', async () => {
  harness.shop.setSettings({ protectedCustomerData: 1 });
  const runtime = await harness.open();
  try {
    const summary = await runtime.syncOnce();
    expect(summary.fetched).toBe(3);
    expect(summary.drafted).toBe(3);
    const drafts = (harness.economic.state() as unknown as { drafts: Draft[] }).drafts;
    // The demo profile's collective customer for DKK is customer 1; the invoice names the order.
    expect(drafts.map((d) => d.customer.customerNumber)).toEqual([1, 1, 1]);
    for (const d of drafts) expect(d.recipient.name).toMatch(/^Ordre #?\d+$/);
    const entries = withheldEntries(runtime);
    expect(entries).toHaveLength(1);
    expect(entries[0].orderId).toBeNull();
    expect(runtime.log.openProblems('demo').filter((e) => e.orderId !== null)).toEqual([]);
    expect(describeProblem(entries[0].code, entries[0].params, 'da').fix).toContain('Adgang til beskyttede kundedata');
    expect(describeProblem(entries[0].code, entries[0].params, 'en').fix).toContain('Protected customer data access');

    // The next sync at level 1 keeps the one entry.
    const first = (orders[0] as unknown as { id: number }).id;
    harness.shop.upsertOrder({ id: first, note: 'changed at level 1' });
    await runtime.syncOnce();
    expect(withheldEntries(runtime)).toHaveLength(1);

    // Approved: the next sync that reads orders resolves it.
    harness.shop.setSettings({ protectedCustomerData: 2 });
    harness.shop.upsertOrder({ id: first, note: 'changed at level 2' });
    await runtime.syncOnce();
    expect(withheldEntries(runtime)).toEqual([]);
  } finally {
    runtime.close();
  }
});
