import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { classifyError } from '../../../main/runtime/classify-error';
import type { ShopifySandbox } from '../../../main/sandbox/shops/shopify';
import { generateShopifyOrders } from '../../../main/sandbox/shops/shopify/demo-orders';
import { describe as describeProblem } from '../../../shared/errors';

/**
 * Issue 14 §2 and §4, end to end: the engine against a Shopify shop that refuses the orders
 * themselves — protected customer data at level 0 (orders are protected customer data, so
 * Shopify answers "not approved to access the Order object"), or an app without the
 * `read_orders` scope (HTTP 200 with ACCESS_DENIED). The sync stops with the one problem that
 * names the Shopify setting to switch on, writes nothing to e-conomic and does not move past
 * any order, so once the owner fixes it in Shopify the next sync books every order, once.
 */

const orders = generateShopifyOrders({ count: 3, seed: 8 }).map((o) => ({ ...o, financial_status: 'paid', cancelled_at: null }));
type Runtime = Awaited<ReturnType<SandboxHarness['open']>>;
type EconomicState = { drafts: Array<{ references?: { other?: string } }> };

let harness: SandboxHarness<ShopifySandbox>;
beforeAll(async () => {
  harness = await startSandboxHarness({ platform: 'shopify', orders, profile: { invoiceSource: 'shop' } });
});
afterAll(() => harness.close());

const drafts = () => (harness.economic.state() as unknown as EconomicState).drafts;

/** The failure of one sync as the owner reads it (the app and the command line both classify it so), in both languages. */
async function refusedSync(runtime: Runtime) {
  const error = await runtime.syncOnce().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the sync should have been refused').not.toBeNull();
  const { kind, problem } = classifyError(error, { lang: 'da', platform: 'shopify' });
  return { kind, code: problem?.code, da: describeProblem(problem!.code, problem!.params, 'da'), en: describeProblem(problem!.code, problem!.params, 'en') };
}

/** Approved or granted again: the next sync reads every order from the start and drafts each once. */
async function syncsEveryOrderOnce(runtime: Runtime): Promise<void> {
  const summary = await runtime.syncOnce();
  expect(summary.fetched).toBe(3);
  expect(summary.drafted).toBe(3);
  const references = drafts().map((d) => d.references?.other);
  expect(new Set(references).size).toBe(3);
  expect(references.sort()).toEqual(orders.map((o) => `shopify:${String((o as Record<string, unknown>).id)}`).sort());
}

describe('a Shopify shop that refuses the orders (one shop, one data dir, in this order)', () => {
  it('without read_orders: the sync stops with LB-4015 naming the scope, and writes nothing', async () => {
    harness.shop.setSettings({ protectedCustomerData: 2, scopes: ['read_products'] });
    const runtime = await harness.open();
    try {
      const refused = await refusedSync(runtime);
      expect(refused.code).toBe('LB-4015');
      expect(refused.da.message).toBe('Shopify afviser at vise ordrerne, fordi LedgerBridges app mangler adgangen read_orders. Ingen ordrer hentes, før den er givet.');
      expect(refused.en.message).toBe("Shopify refuses to show the orders because LedgerBridge's app lacks the read_orders access scope. No orders are fetched until it is granted.");
      expect(drafts()).toEqual([]);
      expect(runtime.ledger.orders.list({ limit: 10 }).total).toBe(0);
    } finally {
      runtime.close();
    }
  });

  it('read_orders granted, but level 0: the sync stops with LB-4016 naming the protected-customer-data setting, writes nothing, and books every order once approved', async () => {
    harness.shop.setSettings({ protectedCustomerData: 0, scopes: ['read_orders', 'read_all_orders'] });
    const runtime = await harness.open();
    try {
      const refused = await refusedSync(runtime);
      expect(refused.code).toBe('LB-4016');
      expect(refused.da.title).toBe('Shopify viser ingen ordrer til LedgerBridge');
      expect(refused.da.fix).toContain('"Adgang til beskyttede kundedata": mindst niveau 1');
      expect(refused.en.title).toBe('Shopify shows LedgerBridge no orders');
      expect(refused.en.fix).toContain('"Protected customer data access": at least level 1');
      expect(drafts()).toEqual([]);
      expect(runtime.ledger.orders.list({ limit: 10 }).total).toBe(0);
      // Refused again while nothing changed in Shopify: still nothing written.
      expect((await refusedSync(runtime)).code).toBe('LB-4016');
      expect(drafts()).toEqual([]);

      harness.shop.setSettings({ protectedCustomerData: 2 });
      await syncsEveryOrderOnce(runtime);
    } finally {
      runtime.close();
    }
  });
});
