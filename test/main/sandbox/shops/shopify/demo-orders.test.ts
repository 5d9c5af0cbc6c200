import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec } from '../../../../../shared/domain/money';
import type { NormalizedOrder } from '../../../../../shared/domain/order';
import { ShopifyConnector } from '../../../../../main/connectors/shops/shopify/connector';
import { startShopifySandbox, type ShopifySandbox } from '../../../../../main/sandbox/shops/shopify';
import { generateShopifyDemoOrders, generateShopifyOrders } from '../../../../../main/sandbox/shops/shopify/demo-orders';

/** Demo orders are read the way the app reads a real shop: sandbox → GraphQL connector → normalizer. */

let sandbox: ShopifySandbox;
let orders: NormalizedOrder[];

beforeAll(async () => {
  sandbox = await startShopifySandbox({ orders: generateShopifyDemoOrders({ count: 24, seed: 2026 }), restoreRate: 100_000, maxAvailable: 100_000 });
  const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
  orders = [];
  for await (const page of connector.pollChanged(null)) orders.push(...page.orders);
});
afterAll(() => sandbox.close());

describe('Shopify demo orders', () => {
  it('all reconcile to the øre with no findings', () => {
    expect(orders).toHaveLength(24);
    for (const { order, findings } of orders) {
      expect(findings, order.number).toEqual([]);
      const t = order.totals;
      expect(dec(t.itemsSubtotal).plus(t.shipping).minus(t.discount).plus(t.tax).minus(t.giftCards).eq(dec(t.total)), order.number).toBe(true);
    }
  });

  it('look like a Danish shop: DKK, prices incl. 25 % VAT, shipping on every order', () => {
    const domestic = orders.filter((o) => o.order.billing.country === 'DK');
    expect(domestic.length).toBe(23);
    for (const { order } of domestic) {
      expect(order.currency).toBe('DKK');
      expect(order.pricesIncludeTax).toBe(true);
      expect(order.lines.every((l) => l.taxRate === '25')).toBe(true);
      expect(order.shippingLines).toHaveLength(1);
      expect(order.billing.phone).toMatch(/^\+45 /);
    }
  });

  it('show the variety a bookkeeper meets', () => {
    const all = orders.map((o) => o.order);
    expect(new Set(all.map((o) => o.payment.id))).toEqual(new Set(['MobilePay', 'Dankort', 'Bank Deposit', 'shopify_payments']));
    expect(all.filter((o) => o.giftCards.length > 0)).toHaveLength(1);
    expect(all.flatMap((o) => o.discounts.map((d) => d.code))).toEqual(expect.arrayContaining(['SOMMER10', 'VELKOMMEN50']));
    expect(all.some((o) => o.refunds.length > 0 && o.status.startsWith('partially_refunded'))).toBe(true);
    expect(all.some((o) => o.status.startsWith('pending'))).toBe(true);
    expect(all.some((o) => o.shippingLines[0].methodId === 'gls-pakkeshop')).toBe(true);
  });

  it('include one EU business order without VAT, its VAT number where the profile looks for it', () => {
    const b2b = orders.filter((o) => o.order.billing.country === 'DE');
    expect(b2b).toHaveLength(1);
    const { order } = b2b[0];
    expect(order.billing.company).toBe('Nordlicht Wohnen GmbH');
    expect(order.billing.vatNumber).toMatch(/^DE\d{9}$/);
    expect(order.totals.tax).toBe('0.00');
    expect(order.lines.every((l) => l.taxRate === null)).toBe(true);
  });

  it('include exactly one order with a line that has no SKU', () => {
    const withoutSku = orders.filter((o) => o.order.lines.some((l) => l.sku === null));
    expect(withoutSku).toHaveLength(1);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(generateShopifyDemoOrders({ count: 12, seed: 5 })).toEqual(generateShopifyDemoOrders({ count: 12, seed: 5 }));
    expect(generateShopifyDemoOrders({ count: 12, seed: 5 })).not.toEqual(generateShopifyDemoOrders({ count: 12, seed: 6 }));
  });

  it('load-test orders are all valid and have distinct ids', () => {
    const many = generateShopifyOrders({ count: 300, seed: 1 });
    expect(new Set(many.map((o) => o.id)).size).toBe(300);
    for (const o of many) {
      for (const line of o.line_items as { sku: string }[]) expect(line.sku).not.toBe('');
      expect(o.tax_exempt).toBe(false);
    }
  });
});
