import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money, sum } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import { normalizeWooOrder } from '../../../main/connectors/shops/woocommerce/normalize';
import { ShopifyConnector } from '../../../main/connectors/shops/shopify/connector';
import { startShopifySandbox, type ShopifySandbox } from '../../../main/sandbox/shops/shopify';
import { cancellationRefund, planCreditNote, type CreditNotePlan } from '../../../main/moneyflows/credit-note-plan';
import { shopReference, testProfile } from './reference';

/**
 * Every refund payload in the reference set becomes a credit note whose gross is exactly
 * minus the money refunded, on the invoice's customer, zone and layout.
 */

type Json = Record<string, unknown>;
const keys = { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' };
const profile = testProfile(
  { shopUrl: 'http://127.0.0.1:9', economicUrl: 'http://127.0.0.1:9' },
  { products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', discount: 'RABAT', rounding: 'AFRUNDING', fallback: 'DIVERSE' } },
);
const ctx = { profile, knownProducts: new Set<string>(), bookedInvoiceNumber: 41, customerNumber: 3 };

function wooOrder(file: string, id: number, refunds: unknown[]): Order {
  const raw = (shopReference('woocommerce', file) as Json[]).find((o) => o.id === id)!;
  return normalizeWooOrder(raw, { ...keys, refunds }).order;
}

function gross(plan: CreditNotePlan): string {
  return money(sum(plan.lines.map((l) => dec(l.quantity).times(l.unitNetPrice).toDecimalPlaces(2))).plus(plan.predicted.vat));
}

describe('WooCommerce reference refunds', () => {
  const order723 = wooOrder('docs-orders-list-727-723.json', 723, shopReference('woocommerce', 'docs-refunds-list-order-723.json') as unknown[]);

  it('726: an amount-only refund is one price reduction on the discount product', () => {
    const plan = planCreditNote(order723, order723.refunds.find((r) => r.id === '726')!, ctx);
    expect(plan).toMatchObject({ kind: 'credit-note', basis: 'amount', shopTotal: '-10.00', referenceOther: 'wc:723:refund:726', creditsInvoiceNumber: 41 });
    expect(plan.lines).toEqual([{ source: 'refund-amount', productNumber: 'RABAT', description: 'Refunderet beløb', quantity: '-1', unitNetPrice: '10.00', expectedVatRate: '0' }]);
    expect(plan.notes.heading).toBe('Kreditnota for faktura 41 / ordre 723');
    expect(plan.customer).toEqual({ mode: 'fixed', customerNumber: 3 });
    expect(plan.vatZone).toBe('abroad'); // a Brazilian buyer: the invoice's zone
  });

  it('724: a refunded line is credited with a negative quantity on the product the invoice used', () => {
    const plan = planCreditNote(order723, order723.refunds.find((r) => r.id === '724')!, ctx);
    expect(plan.basis).toBe('lines');
    // the line has no SKU, so the invoice booked it on the fallback product
    expect(plan.lines).toEqual([{ source: 'refund', lineId: '311', productNumber: 'DIVERSE', description: 'Woo Album #2', quantity: '-1', unitNetPrice: '9.00', expectedVatRate: '0' }]);
    expect(gross(plan)).toBe('-9.00');
  });

  it('the 560 list: line refunds (several lines, several units) each equal minus their amount', () => {
    const refunds = shopReference('woocommerce', 'ios-refunds-list-order-560.json') as unknown[];
    const order = wooOrder('ios-orders-list-4-orders.json', 560, refunds);
    const plans = order.refunds.map((r) => planCreditNote(order, r, ctx));
    expect(plans.map((p) => [p.refundId, p.basis, p.shopTotal, gross(p)])).toEqual([
      ['1172', 'lines', '-63.00', '-63.00'],
      ['1025', 'lines', '-117.00', '-117.00'],
      ['590', 'lines', '-18.00', '-18.00'],
      ['562', 'lines', '-27.00', '-27.00'],
    ]);
    expect(plans[1].lines.map((l) => [l.productNumber, l.quantity, l.unitNetPrice])).toEqual([
      ['HOODIE-HAPPY-NINJA', '-1', '31.50'],
      ['HOODIE-SHIP-YOUR-IDEA-BLA', '-1', '31.50'], // cut to e-conomic's 25 characters, as on the invoice
      ['HOODIE-SHIP-YOUR-IDEA-BLU', '-2', '27.00'],
    ]);
  });

  it('562 with shipping: items and shipping that add up to more than the money refunded are credited as the money', () => {
    const order = wooOrder('ios-orders-list-4-orders.json', 560, [shopReference('woocommerce', 'ios-refund-562-with-shipping.json')]);
    const plan = planCreditNote(order, order.refunds.find((r) => r.id === '562')!, ctx);
    expect(plan.basis).toBe('amount');
    expect(plan.lines).toHaveLength(1);
    expect(plan.lines[0]).toMatchObject({ productNumber: 'RABAT', quantity: '-1', unitNetPrice: '27.00', description: 'Refunderet beløb for: Ship Your Idea - Blue, XL' });
    expect(plan.notes.textLine1).toMatch(/^Årsag: My pet hamster/);
  });

  it('a cancellation after booking credits everything not yet refunded', () => {
    const order = wooOrder('docs-orders-list-727-723.json', 723, shopReference('woocommerce', 'docs-refunds-list-order-723.json') as unknown[]);
    const rest = cancellationRefund({ ...order, stage: { ...order.stage, cancelled: true } }, 'da')!;
    expect(rest.amount).toBe('20.00'); // 39.00 − 10.00 − 9.00
    const plan = planCreditNote(order, rest, ctx);
    expect(gross(plan)).toBe('-20.00');
  });
});

describe('Shopify reference refunds (through the Shopify sandbox and connector)', () => {
  let sandbox: ShopifySandbox;
  let order: Order;

  beforeAll(async () => {
    sandbox = await startShopifySandbox({ restoreRate: 100_000, maxAvailable: 100_000 });
    const post = (path: string, body: unknown) =>
      fetch(`${sandbox.url}/_sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await post('orders', { order: (shopReference('shopify', 'docs-rest-order-1001-partially-refunded.json') as Json).order });
    for (const file of ['docs-rest-refunds-list-order-1001.json', 'docs-rest-refund-create-no-restock.json', 'docs-rest-refund-create-shipping-only.json']) {
      await post('orders/450789469/refunds', shopReference('shopify', file));
    }
    const connector = new ShopifyConnector({ url: sandbox.url, accessToken: sandbox.accessToken });
    order = (await connector.getOrder('450789469'))!.order;
  });
  afterAll(() => sandbox.close());

  it('every refund becomes a credit note of exactly minus its amount', () => {
    expect(order.refunds.length).toBeGreaterThanOrEqual(3);
    for (const refund of order.refunds) {
      const plan = planCreditNote(order, refund, ctx);
      expect(gross(plan), refund.id).toBe(money(dec(refund.amount).neg()));
      expect(plan.referenceOther).toBe(`shopify:450789469:refund:${refund.id}`);
    }
  });

  it('a shipping-only refund credits the shipping product', () => {
    const refund = order.refunds.find((r) => r.id === '929361471')!;
    const plan = planCreditNote(order, refund, ctx);
    expect(plan.basis).toBe('lines');
    expect(plan.lines.map((l) => [l.source, l.productNumber, l.quantity])).toEqual([['refund-shipping', 'FRAGT', '-1']]);
    expect(gross(plan)).toBe('-5.00');
  });
});
