import fc from 'fast-check';
import { dec, money, sum, type Dec } from '../../shared/domain/money';

/**
 * Generated WooCommerce orders for property tests: VAT rates, discounts, prices incl. or excl.
 * VAT, quantities, currencies and shipping, with totals worked out the way WooCommerce does.
 */
export interface LineSpec {
  unitOre: number;
  quantity: number;
  rate: 25 | 0;
  sku: string;
}
export interface OrderSpec {
  lines: LineSpec[];
  pricesIncludeTax: boolean;
  discountPercent: number;
  shippingOre: number;
  currency: 'DKK' | 'EUR';
}

export const lineArb: fc.Arbitrary<LineSpec> = fc.record({
  unitOre: fc.integer({ min: 1, max: 250_000 }),
  quantity: fc.integer({ min: 1, max: 7 }),
  rate: fc.constantFrom<25 | 0>(25, 25, 25, 0),
  sku: fc.constantFrom('KOP-01', 'VISK-02', 'PLAID-03', 'TE-04', 'BOG-05'),
});
export const orderArb: fc.Arbitrary<OrderSpec> = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 6 }),
  pricesIncludeTax: fc.boolean(),
  discountPercent: fc.constantFrom(0, 0, 10, 15, 33),
  shippingOre: fc.constantFrom(0, 3900, 4900, 2995),
  currency: fc.constantFrom<'DKK' | 'EUR'>('DKK', 'DKK', 'EUR'),
});

/** Splits an amount into net and tax the way WooCommerce does for the shop's display mode. */
export function split(amount: Dec, rate: number, inclusive: boolean): { net: Dec; tax: Dec } {
  if (inclusive) {
    const tax = dec(money(amount.times(rate).div(100 + rate)));
    return { net: amount.minus(tax), tax };
  }
  return { net: amount, tax: dec(money(amount.times(rate).div(100))) };
}

export function wooOrder(spec: OrderSpec, id: number): Record<string, unknown> {
  const keep = dec(100 - spec.discountPercent).div(100);
  const items = spec.lines.map((l, i) => {
    const before = dec(l.unitOre).div(100).times(l.quantity);
    const after = dec(money(before.times(keep)));
    const sub = split(before, l.rate, spec.pricesIncludeTax);
    const tot = split(after, l.rate, spec.pricesIncludeTax);
    return {
      id: id * 100 + i,
      name: `Vare ${l.sku}`,
      sku: l.sku,
      product_id: 1,
      quantity: l.quantity,
      subtotal: money(sub.net),
      subtotal_tax: money(sub.tax),
      total: money(tot.net),
      total_tax: money(tot.tax),
      taxes: l.rate ? [{ id: l.rate, total: money(tot.tax), subtotal: money(sub.tax) }] : [],
      price: Number(tot.net.div(l.quantity).toFixed(4)),
      meta_data: [],
    };
  });
  const ship = split(dec(spec.shippingOre).div(100), 25, spec.pricesIncludeTax);
  const shippingLines = spec.shippingOre ? [{ id: id * 100 + 99, method_id: 'flat_rate', method_title: 'GLS', total: money(ship.net), total_tax: money(ship.tax), taxes: [{ id: 25, total: money(ship.tax), subtotal: '' }] }] : [];
  const itemTax = (rate: number) => sum(items.filter((_, i) => spec.lines[i].rate === rate).map((x) => x.total_tax));
  const shipTax = spec.shippingOre ? ship.tax : dec(0);
  const totalTax = sum(items.map((x) => x.total_tax)).plus(shipTax);
  const total = sum(items.map((x) => dec(x.total).plus(x.total_tax))).plus(spec.shippingOre ? ship.net.plus(ship.tax) : 0);
  const now = new Date(Date.now() - 3600_000).toISOString().slice(0, 19);
  return {
    id,
    number: String(id),
    status: 'processing',
    currency: spec.currency,
    prices_include_tax: spec.pricesIncludeTax,
    date_created_gmt: now,
    date_modified_gmt: now,
    date_paid_gmt: now,
    discount_total: money(sum(items.map((x) => dec(x.subtotal).minus(x.total)))),
    discount_tax: money(sum(items.map((x) => dec(x.subtotal_tax).minus(x.total_tax)))),
    shipping_total: spec.shippingOre ? money(ship.net) : '0.00',
    shipping_tax: money(shipTax),
    cart_tax: money(sum(items.map((x) => x.total_tax))),
    total: money(total),
    total_tax: money(totalTax),
    billing: { first_name: 'Mette', last_name: 'Jensen', company: '', address_1: 'Nørregade 12', address_2: '', city: 'Aarhus C', postcode: '8000', country: 'DK', email: 'mette@example.dk', phone: '' },
    shipping: { first_name: 'Mette', last_name: 'Jensen', company: '', address_1: 'Nørregade 12', address_2: '', city: 'Aarhus C', postcode: '8000', country: 'DK' },
    payment_method: 'mobilepay',
    payment_method_title: 'MobilePay',
    transaction_id: '',
    line_items: items,
    shipping_lines: shippingLines,
    fee_lines: [],
    coupon_lines: [],
    tax_lines: [
      ...(itemTax(25).isZero() && shipTax.isZero() ? [] : [{ id: 1, rate_id: 25, rate_code: 'DK-MOMS-1', label: 'Moms', compound: false, tax_total: money(itemTax(25)), shipping_tax_total: money(shipTax), rate_percent: 25 }]),
    ],
    meta_data: [],
    refunds: [],
  };
}
