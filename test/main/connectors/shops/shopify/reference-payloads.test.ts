import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dec } from '../../../../../shared/domain/money';
import type { NormalizedOrder } from '../../../../../shared/domain/order';
import { ShopifyConnector } from '../../../../../main/connectors/shops/shopify/connector';
import { startShopifySandbox, type ShopifySandbox } from '../../../../../main/sandbox/shops/shopify';
import { postAdmin, resetSandbox, shopifyReference } from './reference';

/**
 * Every real Shopify payload we hold goes shop → sandbox (REST → GraphQL) → connector
 * → normalizer. Files SOURCES.md marks as reconciling must come out exact and clean;
 * the documentation samples that do not add up must be reported, never crash.
 */

type Json = Record<string, unknown>;

const RECONCILING: [file: string, pick: (f: Json) => Json[]][] = [
  ['docs-rest-order-create-eur-paid.json', (f) => [f.order as Json]],
  ['docs-rest-order-create-manual-percentage-discount.json', (f) => [f.order as Json]],
  ['docs-rest-order-create-partially-paid.json', (f) => [f.order as Json]],
  ['docs-rest-order-create-pending.json', (f) => [f.order as Json]],
  ['real-devstore-orders-jpy-draft-orders.json', (f) => (f.data as { orders: Json[] }).orders],
];
const NOT_RECONCILING: [file: string, pick: (f: Json) => Json[]][] = [
  ['docs-rest-order-1001-partially-refunded.json', (f) => [f.order as Json]],
  ['docs-rest-order-cancelled-refunded.json', (f) => [f.order as Json]],
  ['docs-rest-orders-list-status-any.json', (f) => f.orders as Json[]],
  ['pyapi-fixture-order-1001-legacy.json', (f) => [f.order as Json]],
];

function invariantHolds({ order }: NormalizedOrder): boolean {
  const t = order.totals;
  const computed = dec(t.itemsSubtotal).plus(t.shipping).plus(t.fees).minus(t.discount).plus(t.tax).minus(t.giftCards);
  return computed.eq(dec(t.total));
}

let sandbox: ShopifySandbox;
let connector: ShopifyConnector;

beforeAll(async () => {
  sandbox = await startShopifySandbox({ restoreRate: 100_000, maxAvailable: 100_000 });
  connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
});
afterAll(() => sandbox.close());
beforeEach(() => resetSandbox(sandbox.url));

async function loadAndRead(order: Json): Promise<{ polled: NormalizedOrder; fetched: NormalizedOrder | null }> {
  await resetSandbox(sandbox.url);
  const res = await postAdmin(sandbox.url, 'orders', { order });
  expect(res.status).toBe(200);
  const polled: NormalizedOrder[] = [];
  for await (const page of connector.pollChanged(null)) polled.push(...page.orders);
  expect(polled).toHaveLength(1);
  return { polled: polled[0], fetched: await connector.getOrder(String(order.id)) };
}

describe('reference payloads that reconcile', () => {
  for (const [file, pick] of RECONCILING) {
    it(`${file}: exact totals and no findings`, async () => {
      for (const order of pick(shopifyReference(file))) {
        const { polled, fetched } = await loadAndRead(order);
        expect(polled.findings).toEqual([]);
        expect(invariantHolds(polled)).toBe(true);
        expect(polled.order.id).toBe(String(order.id));
        expect(polled.order.number).toBe(order.name);
        expect(polled.order.totals.total).toBe(dec(order.total_price as string).toFixed(2));
        expect(fetched).toEqual(polled);
      }
    });
  }

  it('keeps a JPY order in whole yen and a string id like "4216043012249-fake"', async () => {
    const [fake] = (shopifyReference('real-devstore-orders-jpy-draft-orders.json').data as { orders: Json[] }).orders;
    const { polled } = await loadAndRead(fake);
    expect(polled.order.id).toBe('4216043012249-fake');
    expect(polled.order.currency).toBe('JPY');
    expect(polled.order.totals.total).toBe('23600.00');
    expect(polled.order.payment.id).toBe('manual');
  });

  it('reads a manual percentage discount as a manual discount of 17.91', async () => {
    const { polled } = await loadAndRead(shopifyReference('docs-rest-order-create-manual-percentage-discount.json').order as Json);
    expect(polled.order.discounts).toEqual([{ code: 'FAKE30', kind: 'manual', amount: '17.91', tax: '0.00' }]);
    expect(polled.order.lines[0]).toMatchObject({ sku: 'IPOD2009BLACK', subtotal: '199.00', discount: '17.91', total: '181.09' });
  });
});

describe('reference payloads that do not reconcile', () => {
  for (const [file, pick] of NOT_RECONCILING) {
    it(`${file}: read without crashing, the inconsistency reported`, async () => {
      for (const order of pick(shopifyReference(file))) {
        const { polled } = await loadAndRead(order);
        expect(polled.order.id).toBe('450789469');
        expect(polled.findings.length).toBeGreaterThan(0);
        for (const f of polled.findings) expect(f.message).toMatch(/\d/);
      }
    });
  }
});

describe('reference refunds attached to order 450789469', () => {
  const REFUNDS = [
    'docs-rest-refunds-list-order-1001.json',
    'docs-rest-refund-create-no-restock.json',
    'docs-rest-refund-create-shipping-only.json',
    'docs-rest-refund-calculate.json',
    'pyapi-fixture-refund-legacy.json',
  ];

  it('accepts every refund payload and the order still normalizes', async () => {
    await loadAndRead(shopifyReference('docs-rest-order-1001-partially-refunded.json').order as Json);
    for (const file of REFUNDS) {
      const res = await postAdmin(sandbox.url, 'orders/450789469/refunds', shopifyReference(file));
      expect(res.status, file).toBe(200);
      const normalized = await connector.getOrder('450789469');
      expect(normalized).not.toBeNull();
    }
    const final = (await connector.getOrder('gid://shopify/Order/450789469'))!;
    const byId = new Map(final.order.refunds.map((r) => [r.id, r]));
    // the list file and the legacy fixture share refund id 509562969: the later one replaced it
    expect(byId.get('509562969')).toMatchObject({ amount: '209.00', amountOnly: false });
    expect(byId.get('929361472')).toMatchObject({ amount: '41.94', reason: 'wrong size' });
    expect(byId.get('929361472')!.lines).toEqual([
      { lineId: '518995019', sku: 'IPOD2008RED', name: 'IPod Nano - 8gb - red', quantity: '1', total: '0.00', tax: '0.00', taxRate: '6' },
    ]);
    // a shipping-only refund is visible as shipping, not as an anonymous amount
    expect(byId.get('929361471')).toMatchObject({ amount: '5.00', shipping: '5.00', shippingTax: '0.00', lines: [], amountOnly: false });
    expect(final.order.stage.paid).toBe(true);
  });

  it('takes the payment method from the transactions payloads: the capture, else the authorisation', async () => {
    await loadAndRead(shopifyReference('docs-rest-order-1001-partially-refunded.json').order as Json);
    const listed = shopifyReference('docs-rest-transactions-list-order-1001.json').transactions;
    expect((await postAdmin(sandbox.url, 'orders', { order: { id: 450789469, transactions: listed } })).status).toBe(200);
    const captured = (await connector.getOrder('450789469'))!;
    expect(captured.order.payment).toEqual({ id: 'bogus', title: 'bogus', transactionId: '801038806' });
    expect(captured.order.dates.paid).toBe('2005-08-05T14:22:51Z');

    await loadAndRead(shopifyReference('pyapi-fixture-order-1001-legacy.json').order as Json);
    // this fixture is a bare array of transactions
    const authorised = { order: { id: 450789469, transactions: shopifyReference('pyapi-fixture-transactions.json') } };
    expect((await postAdmin(sandbox.url, 'orders', authorised)).status).toBe(200);
    const legacy = (await connector.getOrder('450789469'))!;
    expect(legacy.order.payment).toEqual({ id: 'bogus', title: 'bogus', transactionId: '389404469' });
    expect(legacy.order.stage.paid).toBe(false);
  });

  it('raises the financial status when refunds are added through the admin API', async () => {
    await loadAndRead(shopifyReference('docs-rest-order-create-eur-paid.json').order as Json);
    const before = (await connector.getOrder('1073459976'))!;
    await postAdmin(sandbox.url, 'orders/1073459976/refunds', {
      refund: { note: 'damaged', transactions: [{ kind: 'refund', status: 'success', gateway: 'manual', amount: '238.47' }] },
    });
    const after = (await connector.getOrder('1073459976'))!;
    expect(after.order.status).toBe('refunded:unfulfilled');
    expect(after.order.stage.refunded).toBe(true);
    expect(after.order.refunds[0]).toMatchObject({ amount: '238.47', amountOnly: true, reason: 'damaged' });
    expect(Date.parse(after.order.dates.modified)).toBeGreaterThan(Date.parse(before.order.dates.modified));
  });
});
