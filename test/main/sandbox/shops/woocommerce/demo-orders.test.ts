import { describe, expect, it } from 'vitest';
import { generateWooDemoOrders, generateWooOrders } from '../../../../../main/sandbox/shops/woocommerce/demo-orders';
import { normalizeWooOrder } from '../../../../../main/connectors/shops/woocommerce/normalize';
import { dec, money, sum } from '../../../../../shared/domain/money';
import { PRODUCTS } from '../../../../../main/sandbox/shops/shared/danish-data';

const keys = { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' };

describe('generateWooDemoOrders', () => {
  const raw = generateWooDemoOrders({ count: 40, seed: 7 });
  const orders = raw.map((o) => normalizeWooOrder(o, keys));

  it('gives the same orders for the same seed, and different ones for another seed', () => {
    expect(generateWooDemoOrders({ count: 40, seed: 7 })).toEqual(raw);
    expect(generateWooDemoOrders({ count: 40, seed: 8 })).not.toEqual(raw);
  });

  it('reconciles every order to the øre, with no findings', () => {
    for (const { order, findings } of orders) {
      expect(findings).toEqual([]);
      const t = order.totals;
      expect(money(dec(t.itemsSubtotal).plus(t.shipping).plus(t.fees).minus(t.discount).plus(t.tax).minus(t.giftCards))).toBe(t.total);
      const lines = [...order.lines, ...order.shippingLines];
      expect(money(sum(lines.map((l) => dec(l.total).plus(l.tax))).minus(t.giftCards))).toBe(t.total);
    }
  });

  it('is a Danish shop: DKK, prices incl. 25 % VAT, Danish addresses and +45 phones', () => {
    const domestic = orders.filter(({ order }) => order.billing.country === 'DK');
    expect(domestic.length).toBe(39);
    for (const { order } of domestic) {
      expect(order.currency).toBe('DKK');
      expect(order.pricesIncludeTax).toBe(true);
      expect(order.billing.phone).toMatch(/^\+45 \d\d \d\d \d\d \d\d$/);
      expect(order.billing.zip).toMatch(/^\d{4}$/);
      for (const line of order.lines) {
        expect(line.taxRate).toBe('25');
        if (line.discount !== '0.00') continue;
        // Net + tax is the shelf price incl. VAT, to the øre.
        const product = PRODUCTS.find((p) => p.name === line.name);
        expect(money(dec(line.total).plus(line.tax))).toBe(money(dec(product!.grossPrice).times(line.quantity)));
      }
    }
  });

  it('prices shipping like GLS Pakkeshop 39 kr and PostNord 49 kr incl. VAT', () => {
    const gross = new Map<string, string>();
    for (const { order } of orders) for (const s of order.shippingLines) gross.set(s.name, money(dec(s.total).plus(s.tax)));
    expect(gross.get('GLS Pakkeshop')).toBe('39.00');
    expect(gross.get('PostNord - levering til døren')).toBe('49.00');
  });

  it('shows the variety a demo needs', () => {
    const list = orders.map((o) => o.order);
    const payments = new Map(list.map((o) => [o.payment.id, o.payment.title]));
    expect(Object.fromEntries(payments)).toEqual({ mobilepay: 'MobilePay', dankort: 'Dankort', bacs: 'Bankoverførsel', stripe: 'Kreditkort' });
    const statuses = list.map((o) => o.status);
    expect(statuses.filter((s) => s === 'cancelled')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'processing' || s === 'completed').length).toBeGreaterThan(list.length / 2);
    expect(statuses).toContain('on-hold');
    expect(list.filter((o) => o.status === 'on-hold').every((o) => o.payment.id === 'bacs')).toBe(true);
    expect(list.some((o) => o.discounts.length > 0)).toBe(true);
    expect(list.filter((o) => o.giftCards.length > 0)).toHaveLength(1);
    expect(list.some((o) => o.lines.some((l) => l.name === 'Kaffekop stentøj'))).toBe(true);
  });

  it('has exactly one EU B2B order: a German company with a VAT number and no VAT (reverse charge)', () => {
    const b2b = orders.map((o) => o.order).filter((o) => o.billing.country !== 'DK');
    expect(b2b).toHaveLength(1);
    expect(b2b[0].billing).toMatchObject({ country: 'DE', company: 'Nordlicht Wohnen GmbH', vatNumber: 'DE123456789' });
    expect(b2b[0].totals.tax).toBe('0.00');
    expect(b2b[0].taxSummary).toEqual([]);
  });

  it('has exactly one order with a product line without SKU', () => {
    const withoutSku = orders.filter(({ order }) => order.lines.some((l) => l.sku === null));
    expect(withoutSku).toHaveLength(1);
  });

  it('keeps the special cases once each for short lists too', () => {
    const few = generateWooDemoOrders({ count: 5, seed: 1 }).map((o) => normalizeWooOrder(o, keys).order);
    expect(few.filter((o) => o.status === 'cancelled')).toHaveLength(1);
    expect(few.filter((o) => o.billing.country === 'DE')).toHaveLength(1);
  });
});

describe('generateWooOrders (load tests)', () => {
  it('makes thousands of valid, reconciling orders with unique ids', () => {
    const raw = generateWooOrders({ count: 5000, seed: 3 });
    const normalized = raw.map((o) => normalizeWooOrder(o, keys));
    expect(new Set(normalized.map((n) => n.order.id)).size).toBe(5000);
    expect(normalized.filter((n) => n.findings.length > 0)).toEqual([]);
    expect(normalized.every((n) => n.order.lines.every((l) => l.sku !== null))).toBe(true);
    expect(normalized.every((n) => n.order.status !== 'cancelled' && n.order.billing.country === 'DK')).toBe(true);
  });
});
