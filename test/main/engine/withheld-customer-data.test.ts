import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoicePdfFilename } from '../../../main/mail/send';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import type { ShopifySandbox } from '../../../main/sandbox/shops/shopify';
import { generateShopifyOrders } from '../../../main/sandbox/shops/shopify/demo-orders';
import { describe as describeProblem } from '../../../shared/errors';

/**
 * Issue 14 §4, per-buyer customers on a Shopify shop that withholds the buyers' names,
 * e-mails and addresses (protected customer data, level 1): a customer of the buyer's own
 * cannot be made from nothing, so the orders wait — each needs attention, but the owner
 * reads ONE entry for the shop that says which Shopify setting to switch on, not one per
 * order. Once Shopify sends the details, the next sync reads the waiting orders again
 * (they did not change in the shop, so the poll alone would never bring them) and makes a
 * customer per buyer. An invoice e-conomic mails is booked all the same; only its mail waits
 * for the buyer's e-mail address.
 */

type RestOrder = { id: number; email: string; billing_address: { first_name: string; last_name: string; company: string | null } };
// Last changed a day apart, so a later poll's overlap (10 minutes) brings back only the newest.
const orders = generateShopifyOrders({ count: 3, seed: 11 }).map((o, i) => ({ ...o, financial_status: 'paid', cancelled_at: null, updated_at: `2026-06-0${i + 1}T12:00:00+02:00` })) as unknown as RestOrder[];
type EconomicState = { drafts: Array<{ customer: { customerNumber: number } }>; customers: Array<{ customerNumber: number; name: string; email?: string }> };
type Runtime = Awaited<ReturnType<SandboxHarness['open']>>;
const shopEntries = (runtime: Runtime) => runtime.log.openProblems('demo').filter((e) => e.code === 'LB-2045' && e.orderId === null);
const orderEntries = (runtime: Runtime) => runtime.log.openProblems('demo').filter((e) => e.orderId !== null);

describe('a customer per buyer', () => {
  let harness: SandboxHarness<ShopifySandbox>;
  beforeAll(async () => {
    harness = await startSandboxHarness({
      platform: 'shopify',
      orders,
      profile: (demo) => ({ invoiceSource: 'shop', customers: { ...demo.customers!, mode: 'perBuyer' } }),
    });
  });
  afterAll(() => harness.close());
  const economic = () => harness.economic.state() as unknown as EconomicState;

  it('per-buyer orders wait at level 1 with one entry for the shop, and get their own customers once Shopify sends the names', async () => {
    harness.shop.setSettings({ protectedCustomerData: 1 });
    const customersBefore = economic().customers.length;
    const runtime = await harness.open();
    try {
      const first = await runtime.syncOnce();
      expect(first.fetched).toBe(3);
      expect(first.drafted).toBe(0);
      expect(economic().drafts).toEqual([]);
      // No nameless customer was made from the withheld details.
      expect(economic().customers).toHaveLength(customersBefore);

      const waiting = runtime.ledger.orders.list({ states: ['needs-attention'], limit: 10 }).items;
      expect(waiting.map((r) => r.reasonCode)).toEqual(['LB-2045', 'LB-2045', 'LB-2045']);
      expect(shopEntries(runtime)).toHaveLength(1);
      expect(orderEntries(runtime)).toEqual([]);
      expect(describeProblem('LB-2045', {}, 'da').fix).toContain('Adgang til beskyttede kundedata');

      // Still level 1, nothing changed in the shop: the orders keep waiting, still one entry.
      const graphqlBefore = harness.shop.state().requests.graphql;
      await runtime.syncOnce();
      expect(runtime.ledger.orders.list({ states: ['needs-attention'], limit: 10 }).total).toBe(3);
      expect(shopEntries(runtime)).toHaveLength(1);
      expect(orderEntries(runtime)).toEqual([]);
      // Only the poll: while it shows that Shopify still withholds, no waiting order is read again.
      expect(harness.shop.state().requests.graphql - graphqlBefore).toBe(1);

      // The owner approves the app; the orders themselves do not change in the shop.
      harness.shop.setSettings({ protectedCustomerData: 2 });
      const beforeApproval = harness.shop.state().requests.graphql;
      const after = await runtime.syncOnce();
      // The poll brings the newest order with its details; the two older ones are read again by id.
      expect(harness.shop.state().requests.graphql - beforeApproval).toBe(3);
      expect(after.drafted).toBe(3);
      expect(runtime.ledger.orders.list({ states: ['needs-attention'], limit: 10 }).total).toBe(0);
      expect(shopEntries(runtime)).toEqual([]);
      expect(orderEntries(runtime)).toEqual([]);

      // A customer per buyer, named as in the shop's billing address, and each order's draft on its buyer's customer.
      const made = economic().customers.slice(customersBefore);
      const buyers = orders.map((o) => o.billing_address.company ?? `${o.billing_address.first_name} ${o.billing_address.last_name}`);
      expect(made.map((c) => c.name).sort()).toEqual([...new Set(buyers)].sort());
      const numbers = new Set(made.map((c) => c.customerNumber));
      for (const d of economic().drafts) expect(numbers.has(d.customer.customerNumber)).toBe(true);
    } finally {
      runtime.close();
    }
  });
});

describe('invoices e-conomic mails', () => {
  let harness: SandboxHarness<ShopifySandbox>;
  beforeAll(async () => {
    // The demo profile: the collective customer, and LedgerBridge mails the invoice from e-conomic.
    harness = await startSandboxHarness({ platform: 'shopify', orders: orders.map((o) => ({ ...o, id: o.id + 100 })) });
  });
  afterAll(() => harness.close());
  const booked = () => (harness.economic.state() as unknown as { booked: Array<{ bookedInvoiceNumber: number }> }).booked;
  const invoiceMails = () => harness.smtp.mails().filter((m) => m.attachments.length > 0);

  it('are booked at level 1 while their mails wait for the e-mail, and are mailed once Shopify sends it', async () => {
    harness.shop.setSettings({ protectedCustomerData: 1 });
    const runtime = await harness.open();
    try {
      walkSupervisedPeriod(runtime);
      const first = await runtime.syncOnce();
      // Booked: the books do not wait for a Shopify setting.
      expect(first.booked).toBe(3);
      expect(booked()).toHaveLength(3);
      // Nothing mailed, and nothing lost: each order says its mail waits, under the shop's one entry.
      expect(invoiceMails()).toEqual([]);
      const rows = runtime.ledger.orders.list({ states: ['done'], limit: 10 }).items;
      expect(rows.map((r) => r.reasonCode)).toEqual(['LB-2045', 'LB-2045', 'LB-2045']);
      expect(shopEntries(runtime)).toHaveLength(1);
      expect(orderEntries(runtime)).toEqual([]);
      expect(describeProblem('LB-2045', {}, 'da').message).toContain('mailen til køberen venter på e-mailadressen');

      // Approved; the orders do not change in the shop. Each invoice goes once, to the buyer's address.
      harness.shop.setSettings({ protectedCustomerData: 2 });
      const after = await runtime.syncOnce();
      expect(after.booked).toBe(0);
      expect(booked()).toHaveLength(3);
      const mails = invoiceMails();
      expect(mails).toHaveLength(3);
      for (const b of booked()) {
        expect(mails.filter((m) => m.attachments.some((a) => a.filename === invoicePdfFilename(b.bookedInvoiceNumber)))).toHaveLength(1);
      }
      expect(mails.flatMap((m) => m.envelope.to).sort()).toEqual(orders.map((o) => o.email).sort());
      expect(runtime.ledger.orders.list({ states: ['done'], limit: 10 }).items.map((r) => r.reasonCode)).toEqual([null, null, null]);
      expect(shopEntries(runtime)).toEqual([]);

      // A further sync mails nothing again.
      await runtime.syncOnce();
      expect(invoiceMails()).toHaveLength(3);
    } finally {
      runtime.close();
    }
  });
});
