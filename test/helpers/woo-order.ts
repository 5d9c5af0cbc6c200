import fc from 'fast-check';
import { dec, money, sum, type Dec } from '../../shared/domain/money';

/** One product line as the shop sells it: a unit price in øre (incl. VAT when the shop shows prices incl. VAT). */
export interface WooLineSpec {
  sku: string;
  quantity: number;
  unitOre: number;
  rate: number;
}

export interface WooOrderSpec {
  lines: WooLineSpec[];
  pricesIncludeTax: boolean;
  /** A coupon taking this percentage off every line. */
  discountPercent?: number;
  /** Shipping (at `shippingRate`, default 25 %), in øre as the shop shows it. */
  shippingOre?: number;
  shippingRate?: number;
  /** A fee (e.g. a payment fee) at 25 %, in øre as the shop shows it. */
  feeOre?: number;
  /** Paid with a gift card: this much of the total, in øre (gross), at most the total. */
  giftCardOre?: number;
  currency?: 'DKK' | 'EUR';
  /** Where the buyer lives (billing = delivery address); a Danish consumer in Aarhus by default. */
  buyer?: { country: string; postcode: string; city: string; company?: string; vatNumber?: string };
}

/** Splits an amount into net and tax the way WooCommerce does for the shop's display mode (tax rounded per line). */
function split(amount: Dec, rate: number, inclusive: boolean): { net: Dec; tax: Dec } {
  if (inclusive) {
    const tax = dec(money(amount.times(rate).div(100 + rate)));
    return { net: amount.minus(tax), tax };
  }
  return { net: amount, tax: dec(money(amount.times(rate).div(100))) };
}

/**
 * A native WooCommerce REST order (as `GET /wc/v3/orders/{id}` returns it) for a Danish
 * consumer, consistent the way WooCommerce makes it: line taxes rounded per line, the
 * discount spread over the lines, and a total that adds up.
 */
export function wooOrder(spec: WooOrderSpec, id: number): Record<string, unknown> {
  const keep = dec(100 - (spec.discountPercent ?? 0)).div(100);
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
  const shippingOre = spec.shippingOre ?? 0;
  const shippingRate = spec.shippingRate ?? 25;
  const ship = split(dec(shippingOre).div(100), shippingRate, spec.pricesIncludeTax);
  const shippingLines = shippingOre ? [{ id: id * 100 + 99, method_id: 'flat_rate', method_title: 'GLS', total: money(ship.net), total_tax: money(ship.tax), taxes: [{ id: shippingRate, total: money(ship.tax), subtotal: '' }] }] : [];
  const shipTax = shippingOre ? ship.tax : dec(0);
  const feeOre = spec.feeOre ?? 0;
  const fee = split(dec(feeOre).div(100), 25, spec.pricesIncludeTax);
  const feeLines = feeOre ? [{ id: id * 100 + 98, name: 'Betalingsgebyr', tax_class: '', tax_status: 'taxable', amount: money(fee.net), total: money(fee.net), total_tax: money(fee.tax), taxes: [{ id: 25, total: money(fee.tax), subtotal: '' }], meta_data: [] }] : [];
  const feeTax = feeOre ? fee.tax : dec(0);
  const rates = [...new Set(spec.lines.map((l) => l.rate).filter((r) => r > 0).concat(feeOre ? [25] : []))];
  const itemTax = (rate: number) => sum(items.filter((_, i) => spec.lines[i].rate === rate).map((x) => x.total_tax)).plus(rate === 25 ? feeTax : 0);
  const beforeGiftCard = sum(items.map((x) => dec(x.total).plus(x.total_tax))).plus(shippingOre ? ship.net.plus(ship.tax) : 0).plus(feeOre ? fee.net.plus(fee.tax) : 0);
  const giftCard = dec(Math.min(spec.giftCardOre ?? 0, Number(beforeGiftCard.times(100).toFixed(0)))).div(100);
  const total = beforeGiftCard.minus(giftCard);
  const now = new Date(Date.now() - 3600_000).toISOString().slice(0, 19);
  const buyer = spec.buyer ?? { country: 'DK', postcode: '8000', city: 'Aarhus C' };
  const address = { first_name: 'Mette', last_name: 'Jensen', company: buyer.company ?? '', address_1: 'Nørregade 12', address_2: '', city: buyer.city, postcode: buyer.postcode, country: buyer.country };
  return {
    id,
    number: String(id),
    status: 'processing',
    currency: spec.currency ?? 'DKK',
    prices_include_tax: spec.pricesIncludeTax,
    date_created_gmt: now,
    date_modified_gmt: now,
    date_paid_gmt: now,
    discount_total: money(sum(items.map((x) => dec(x.subtotal).minus(x.total)))),
    discount_tax: money(sum(items.map((x) => dec(x.subtotal_tax).minus(x.total_tax)))),
    shipping_total: shippingOre ? money(ship.net) : '0.00',
    shipping_tax: money(shipTax),
    cart_tax: money(sum(items.map((x) => x.total_tax)).plus(feeTax)),
    total: money(total),
    total_tax: money(sum(items.map((x) => x.total_tax)).plus(shipTax).plus(feeTax)),
    billing: { ...address, email: 'mette@example.dk', phone: '' },
    shipping: address,
    payment_method: 'mobilepay',
    payment_method_title: 'MobilePay',
    transaction_id: '',
    line_items: items,
    shipping_lines: shippingLines,
    fee_lines: feeLines,
    coupon_lines: [],
    ...(giftCard.isZero() ? {} : { gift_cards: [{ id: id * 10 + 7, code: `GAVE-${id}`, amount: money(giftCard) }] }),
    tax_lines: rates
      .concat(shippingOre && !rates.includes(shippingRate) ? [shippingRate] : [])
      .map((rate, i) => ({ id: i + 1, rate_id: rate, rate_code: `${buyer.country}-MOMS-${rate}`, label: 'Moms', compound: false, tax_total: money(itemTax(rate)), shipping_tax_total: money(rate === shippingRate ? shipTax : 0), rate_percent: rate })),
    meta_data: buyer.vatNumber ? [{ id: id * 10, key: '_vat_number', value: buyer.vatNumber }] : [],
    refunds: [],
  };
}

/** A product has one VAT rate, whatever line or order it is sold on. */
export const SKU_RATES: Readonly<Record<string, number>> = { 'KOP-01': 25, 'VISK-02': 25, 'PLAID-03': 25, 'TE-04': 25, 'AVIS-05': 0 };

/** A line of one of the shop's products, at its own VAT rate. */
export const wooLineArb: fc.Arbitrary<WooLineSpec> = fc
  .record({ sku: fc.constantFrom(...Object.keys(SKU_RATES)), unitOre: fc.integer({ min: 1, max: 250_000 }), quantity: fc.integer({ min: 1, max: 7 }) })
  .map((l) => ({ ...l, rate: SKU_RATES[l.sku] }));

/** A consistent order of the shop's products: any mix of lines, display mode, coupon, shipping and currency. */
export const wooOrderArb: fc.Arbitrary<WooOrderSpec> = fc.record({
  lines: fc.array(wooLineArb, { minLength: 1, maxLength: 5 }),
  pricesIncludeTax: fc.boolean(),
  discountPercent: fc.constantFrom(0, 0, 10, 15, 33),
  shippingOre: fc.constantFrom(0, 3900, 4900, 2995),
  currency: fc.constantFrom<'DKK' | 'EUR'>('DKK', 'DKK', 'EUR'),
});
