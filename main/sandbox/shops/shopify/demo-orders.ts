import { dec, money, sum, type Dec } from '../../../../shared/domain/money';
import { createPrng, type Prng } from '../shared/prng';
import { danishPerson, PRODUCTS, type DemoProduct } from '../shared/danish-data';

/**
 * Danish demo orders in Shopify's REST order shape, for demo mode and tests. Prices
 * include 25 % VAT (taxes_included), amounts are DKK and every order reconciles to the
 * øre the way Shopify computes it: line tax = (price × qty − discounts) × 25/125,
 * rounded per line. The set deliberately shows the cases a bookkeeper meets: discount
 * codes, shipping, four gateways, a gift-card payment, a partial refund, an EU B2B
 * order without VAT and one order with a line lacking a SKU (which validation must stop).
 */

type Json = Record<string, unknown>;

export interface ShopifyDemoOptions {
  count: number;
  seed: number;
  /** First order's creation time (ISO 8601); orders follow a few hours apart. */
  start?: string;
}

const VAT = dec('0.25');
const GATEWAYS = ['MobilePay', 'Dankort', 'shopify_payments', 'Bank Deposit'] as const;
const SHIPPING = [
  { title: 'GLS Pakkeshop', code: 'gls-pakkeshop', price: '39.00' },
  { title: 'PostNord Hjemmelevering', code: 'postnord-home', price: '59.00' },
  { title: 'Afhentning i butikken', code: 'pickup', price: '0.00' },
] as const;
const ORDER_ID_BASE = 6_100_000_000_000;
const LINE_ID_BASE = 15_200_000_000_000;

type Special = 'giftCard' | 'euB2b' | 'missingSku' | 'refund' | 'fixedDiscount';
// Positions of the special cases within a demo set (when the set is long enough).
const SPECIAL_AT: Record<number, Special> = { 1: 'giftCard', 3: 'euB2b', 5: 'missingSku', 7: 'refund', 9: 'fixedDiscount' };

function set(amount: string): Json {
  return { shop_money: { amount, currency_code: 'DKK' }, presentment_money: { amount, currency_code: 'DKK' } };
}

function vatOf(gross: Dec): Dec {
  return dec(money(gross.times(VAT).dividedBy(dec(1).plus(VAT))));
}

/** Copenhagen winter time, the way Shopify's REST API writes a shop's local times. */
function localTime(ms: number): string {
  return `${new Date(ms + 3_600_000).toISOString().slice(0, 19)}+01:00`;
}

function taxLine(amount: Dec): Json {
  return { title: 'Moms', rate: 0.25, price: money(amount), price_set: set(money(amount)), channel_liable: false };
}

/** Splits `total` over weights in øre, the remainder on the last share. */
function spread(total: Dec, weights: Dec[]): Dec[] {
  const whole = sum(weights);
  let left = total;
  return weights.map((w, i) => {
    if (i === weights.length - 1) return left;
    const share = whole.isZero() ? dec(0) : dec(money(total.times(w).dividedBy(whole)));
    left = left.minus(share);
    return share;
  });
}

function buildOrder(index: number, prng: Prng, createdMs: number, special: Special | null): Json {
  const id = ORDER_ID_BASE + index;
  const person = danishPerson(prng);
  const b2b = special === 'euB2b';
  const lineCount = prng.int(1, 3);
  const picked: { product: DemoProduct; qty: number }[] = [];
  for (let i = 0; i < lineCount; i++) {
    const product = prng.pick(PRODUCTS);
    if (picked.some((p) => p.product.sku === product.sku)) continue;
    picked.push({ product, qty: prng.int(1, 3) });
  }
  // A tax-exempt EU business pays the price without Danish VAT.
  const unitPrice = (p: DemoProduct): Dec => (b2b ? dec(money(dec(p.grossPrice).dividedBy(dec(1).plus(VAT)))) : dec(p.grossPrice));
  const lineGross = picked.map((p) => unitPrice(p.product).times(p.qty));

  const discountCode = special === 'fixedDiscount' ? 'VELKOMMEN50' : !b2b && index % 4 === 0 ? 'SOMMER10' : null;
  const allocations =
    discountCode === 'SOMMER10'
      ? lineGross.map((g) => dec(money(g.times('0.10'))))
      : discountCode === 'VELKOMMEN50'
        ? spread(dec(50), lineGross)
        : lineGross.map(() => dec(0));
  const discountTotal = sum(allocations);
  const lineTax = lineGross.map((g, i) => (b2b ? dec(0) : vatOf(g.minus(allocations[i]))));

  const ship = b2b ? SHIPPING[1] : prng.pick(SHIPPING);
  const shipGross = dec(ship.price);
  const shipTax = b2b ? dec(0) : vatOf(shipGross);

  const subtotal = sum(lineGross).minus(discountTotal);
  const totalTax = sum(lineTax).plus(shipTax);
  const total = subtotal.plus(shipGross);
  const gateway = special === 'giftCard' ? 'shopify_payments' : b2b ? 'Bank Deposit' : GATEWAYS[index % GATEWAYS.length];
  // Every other bank-deposit order is still waiting for the transfer.
  const pending = gateway === 'Bank Deposit' && !b2b && index % 8 === 3;
  const created = localTime(createdMs);
  const processed = localTime(createdMs + 60_000);

  const line_items = picked.map((p, i) => {
    const noSku = special === 'missingSku' && i === 0;
    return {
      id: LINE_ID_BASE + index * 10 + i,
      admin_graphql_api_id: `gid://shopify/LineItem/${LINE_ID_BASE + index * 10 + i}`,
      name: p.product.name,
      title: p.product.name,
      sku: noSku ? '' : p.product.sku,
      product_id: noSku ? null : p.product.productId,
      variant_id: noSku ? null : p.product.productId * 100 + 1,
      quantity: p.qty,
      current_quantity: p.qty,
      price: money(unitPrice(p.product)),
      price_set: set(money(unitPrice(p.product))),
      taxable: !b2b,
      gift_card: false,
      requires_shipping: true,
      total_discount: '0.00',
      total_discount_set: set('0.00'),
      tax_lines: b2b ? [] : [taxLine(lineTax[i])],
      discount_allocations: allocations[i].isZero() ? [] : [{ amount: money(allocations[i]), amount_set: set(money(allocations[i])), discount_application_index: 0 }],
    };
  });

  const transactions: Json[] = [];
  let txId = id * 10;
  if (!pending) {
    if (special === 'giftCard') {
      const card = dec(money(dec(Math.min(200, Number(money(total))))));
      transactions.push({ id: txId++, kind: 'sale', status: 'success', gateway: 'gift_card', amount: money(card), currency: 'DKK', created_at: processed, processed_at: processed });
      if (total.gt(card)) transactions.push({ id: txId++, kind: 'sale', status: 'success', gateway, amount: money(total.minus(card)), currency: 'DKK', created_at: processed, processed_at: processed });
    } else {
      transactions.push({ id: txId++, kind: 'sale', status: 'success', gateway, amount: money(total), currency: 'DKK', created_at: processed, processed_at: processed });
    }
  }

  const vatNumber = 'DE' + String(prng.int(100_000_000, 999_999_999));
  const billing = b2b
    ? { first_name: 'Anna', last_name: 'Schmidt', company: 'Nordlicht Wohnen GmbH', address1: 'Friedrichstraße 12', address2: null, zip: '10117', city: 'Berlin', province: null, province_code: null, country: 'Germany', country_code: 'DE', phone: '+49 30 1234567' }
    : { first_name: person.firstName, last_name: person.lastName, company: null, address1: person.address1, address2: null, zip: person.zip, city: person.city, province: null, province_code: null, country: 'Denmark', country_code: 'DK', phone: person.phone };

  const refunds: Json[] = [];
  let financial = pending ? 'pending' : 'paid';
  if (special === 'refund' && line_items.length > 0) {
    const gross = lineGross[0].minus(allocations[0]);
    refunds.push({
      id: id * 10 + 7,
      order_id: id,
      created_at: localTime(createdMs + 86_400_000),
      processed_at: localTime(createdMs + 86_400_000),
      note: 'Kunden fortrød købet',
      restock: true,
      refund_line_items: [{ id: id * 10 + 8, line_item_id: line_items[0].id, quantity: picked[0].qty, restock_type: 'return', subtotal: money(gross), subtotal_set: set(money(gross)), total_tax: money(lineTax[0]), total_tax_set: set(money(lineTax[0])) }],
      refund_shipping_lines: [],
      order_adjustments: [],
      transactions: [{ id: id * 10 + 9, kind: 'refund', status: 'success', gateway, amount: money(gross), currency: 'DKK', created_at: localTime(createdMs + 86_400_000), processed_at: localTime(createdMs + 86_400_000) }],
    });
    financial = gross.gte(total) ? 'refunded' : 'partially_refunded';
  }
  const fulfilled = !pending && prng.chance(0.6);

  return {
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: `#${1001 + index}`,
    order_number: 1001 + index,
    email: b2b ? 'indkob@nordlicht-wohnen.example.com' : person.email,
    phone: b2b ? null : person.phone,
    created_at: created,
    processed_at: processed,
    updated_at: localTime(createdMs + (refunds.length > 0 ? 86_400_000 : 120_000)),
    closed_at: null,
    cancelled_at: null,
    cancel_reason: null,
    currency: 'DKK',
    presentment_currency: 'DKK',
    taxes_included: true,
    tax_exempt: b2b,
    financial_status: financial,
    fulfillment_status: fulfilled ? 'fulfilled' : null,
    source_name: 'web',
    tags: b2b ? 'B2B, EU' : '',
    note: index % 4 === 2 ? 'Må gerne stilles ved døren' : null,
    note_attributes: b2b ? [{ name: 'vat_number', value: vatNumber }] : [],
    metafields: b2b ? [{ namespace: 'custom', key: 'vat_number', value: vatNumber, type: 'single_line_text_field' }] : [],
    billing_address: billing,
    shipping_address: billing,
    customer: { id: 7_300_000_000_000 + index, email: b2b ? 'indkob@nordlicht-wohnen.example.com' : person.email, first_name: billing.first_name, last_name: billing.last_name, phone: billing.phone },
    line_items,
    shipping_lines: [{ id: id * 10 + 1, title: ship.title, code: ship.code, source: 'shopify', price: ship.price, price_set: set(ship.price), discounted_price: ship.price, discounted_price_set: set(ship.price), tax_lines: b2b || shipTax.isZero() ? [] : [taxLine(shipTax)], discount_allocations: [] }],
    discount_applications: discountCode
      ? [
          discountCode === 'SOMMER10'
            ? { type: 'discount_code', code: discountCode, value: '10.0', value_type: 'percentage', allocation_method: 'across', target_selection: 'all', target_type: 'line_item' }
            : { type: 'discount_code', code: discountCode, value: '50.0', value_type: 'fixed_amount', allocation_method: 'across', target_selection: 'all', target_type: 'line_item' },
        ]
      : [],
    discount_codes: discountCode ? [{ code: discountCode, amount: money(discountTotal), type: discountCode === 'SOMMER10' ? 'percentage' : 'fixed_amount' }] : [],
    total_line_items_price: money(sum(lineGross)),
    total_line_items_price_set: set(money(sum(lineGross))),
    subtotal_price: money(subtotal),
    subtotal_price_set: set(money(subtotal)),
    total_discounts: money(discountTotal),
    total_discounts_set: set(money(discountTotal)),
    total_shipping_price_set: set(money(shipGross)),
    total_tax: money(totalTax),
    total_tax_set: set(money(totalTax)),
    total_price: money(total),
    total_price_set: set(money(total)),
    total_outstanding: pending ? money(total) : '0.00',
    tax_lines: totalTax.isZero() ? [] : [taxLine(totalTax)],
    payment_gateway_names: special === 'giftCard' ? ['gift_card', gateway] : [gateway],
    transactions,
    refunds,
  };
}

function generate(opts: ShopifyDemoOptions, withSpecials: boolean): Json[] {
  const prng = createPrng(opts.seed);
  const start = Date.parse(opts.start ?? '2026-01-05T08:00:00Z');
  const orders: Json[] = [];
  let at = Number.isNaN(start) ? Date.parse('2026-01-05T08:00:00Z') : start;
  for (let i = 0; i < opts.count; i++) {
    orders.push(buildOrder(i, prng, at, withSpecials ? (SPECIAL_AT[i] ?? null) : null));
    at += prng.int(20, 300) * 60_000;
  }
  return orders;
}

/** Realistic demo orders with the special cases listed above (deterministic per seed). */
export function generateShopifyDemoOrders(opts: ShopifyDemoOptions): Json[] {
  return generate(opts, true);
}

/** Many valid orders for load tests: no deliberately broken or special orders. */
export function generateShopifyOrders(opts: ShopifyDemoOptions): Json[] {
  return generate(opts, false);
}
