import type { Platform } from '../../shared/domain/order';

type Json = Record<string, unknown>;

/**
 * One order, written out by hand in each platform's own JSON, whose numbers make every refund
 * easy to work out on paper. A Danish shop with prices incl. 25 % VAT sells
 *
 *   2 × Krus at 125.00          250.00  (net 200.00, VAT 50.00)
 *   shipping GLS                  49.00  (net  39.20, VAT  9.80)
 *   total                        299.00  (net 239.20, VAT 59.80), paid with MobilePay.
 *
 * Refunds of it:
 *   one Krus                     125.00  (net 100.00, VAT 25.00)
 *   the shipping                  49.00  (net  39.20, VAT  9.80)
 *   an amount                 as given  (a price reduction at the order's 25 %)
 */
export const KRUS_TOTAL = '299.00';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

function lineId(n: number): number {
  return n * 10 + 1;
}
function shippingId(n: number): number {
  return n * 10 + 9;
}

/** The order as the shop's API has it, in status completed (WooCommerce) or paid and fulfilled (Shopify). */
export function krusOrder(platform: Platform, n: number): Json {
  return platform === 'woocommerce' ? wooKrusOrder(n) : shopifyKrusOrder(n);
}

/** The WooCommerce Krus order created, paid, completed and last changed on `date` at 11:00 GMT (a sale of that day). */
export function krusSoldOn(n: number, date: string, changes: Json = {}): Json {
  const at = `${date}T11:00:00`;
  return { ...wooKrusOrder(n), date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at, date_modified_gmt: at, ...changes };
}

/** krusSoldOn, paid with the shop's payment method `method`. */
export function krusPaidWith(n: number, date: string, method: { id: string; title: string }, changes: Json = {}): Json {
  return krusSoldOn(n, date, { payment_method: method.id, payment_method_title: method.title, ...changes });
}

function wooKrusOrder(n: number): Json {
  const created = minutesAgo(30).slice(0, 19);
  const address = { first_name: 'Mette', last_name: 'Jensen', company: '', address_1: 'Nørregade 12', address_2: '', city: 'Aarhus C', state: '', postcode: '8000', country: 'DK' };
  return {
    id: n,
    number: String(n),
    status: 'completed',
    currency: 'DKK',
    prices_include_tax: true,
    date_created_gmt: created,
    date_paid_gmt: created,
    date_completed_gmt: created,
    discount_total: '0.00',
    discount_tax: '0.00',
    shipping_total: '39.20',
    shipping_tax: '9.80',
    cart_tax: '50.00',
    total: KRUS_TOTAL,
    total_tax: '59.80',
    billing: { ...address, email: 'mette@example.dk', phone: '+45 20 12 34 56' },
    shipping: address,
    payment_method: 'mobilepay',
    payment_method_title: 'MobilePay',
    transaction_id: `mp-${n}`,
    line_items: [
      {
        id: lineId(n),
        name: 'Krus',
        sku: 'KRUS-01',
        product_id: 11,
        variation_id: 0,
        quantity: 2,
        tax_class: '',
        subtotal: '200.00',
        subtotal_tax: '50.00',
        total: '200.00',
        total_tax: '50.00',
        taxes: [{ id: 1, total: '50.00', subtotal: '50.00' }],
        price: 100,
        meta_data: [],
      },
    ],
    shipping_lines: [{ id: shippingId(n), method_id: 'flat_rate', method_title: 'GLS', total: '39.20', total_tax: '9.80', taxes: [{ id: 1, total: '9.80', subtotal: '' }], meta_data: [] }],
    fee_lines: [],
    coupon_lines: [],
    tax_lines: [{ id: 1, rate_id: 1, rate_code: 'DK-MOMS-1', label: 'Moms', compound: false, tax_total: '50.00', shipping_tax_total: '9.80', rate_percent: 25 }],
    meta_data: [],
    refunds: [],
  };
}

function money(amount: string): Json {
  return { shop_money: { amount, currency_code: 'DKK' }, presentment_money: { amount, currency_code: 'DKK' } };
}

function shopifyKrusOrder(n: number): Json {
  const id = 6_200_000_000_000 + n;
  const created = minutesAgo(30);
  const address = { first_name: 'Mette', last_name: 'Jensen', company: null, address1: 'Nørregade 12', address2: null, zip: '8000', city: 'Aarhus C', province: null, province_code: null, country: 'Denmark', country_code: 'DK', phone: '+45 20 12 34 56' };
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: `#${n}`,
    order_number: n,
    email: 'mette@example.dk',
    created_at: created,
    processed_at: created,
    updated_at: created,
    cancelled_at: null,
    currency: 'DKK',
    presentment_currency: 'DKK',
    taxes_included: true,
    tax_exempt: false,
    financial_status: 'paid',
    fulfillment_status: 'fulfilled',
    billing_address: address,
    shipping_address: address,
    customer: { id: 7_200_000_000_000 + n, email: 'mette@example.dk', first_name: 'Mette', last_name: 'Jensen' },
    line_items: [
      {
        id: lineId(id),
        name: 'Krus',
        title: 'Krus',
        sku: 'KRUS-01',
        product_id: 11,
        variant_id: 1101,
        quantity: 2,
        current_quantity: 2,
        price: '125.00',
        price_set: money('125.00'),
        taxable: true,
        total_discount: '0.00',
        total_discount_set: money('0.00'),
        tax_lines: [{ title: 'Moms', rate: 0.25, price: '50.00', price_set: money('50.00') }],
        discount_allocations: [],
      },
    ],
    shipping_lines: [
      { id: shippingId(id), title: 'GLS', code: 'GLS', source: 'shopify', price: '49.00', price_set: money('49.00'), discounted_price: '49.00', discounted_price_set: money('49.00'), tax_lines: [{ title: 'Moms', rate: 0.25, price: '9.80', price_set: money('9.80') }], discount_allocations: [] },
    ],
    discount_applications: [],
    discount_codes: [],
    total_line_items_price: '250.00',
    subtotal_price: '250.00',
    total_discounts: '0.00',
    total_shipping_price_set: money('49.00'),
    total_tax: '59.80',
    total_price: KRUS_TOTAL,
    total_price_set: money(KRUS_TOTAL),
    total_outstanding: '0.00',
    tax_lines: [{ title: 'Moms', rate: 0.25, price: '59.80', price_set: money('59.80') }],
    payment_gateway_names: ['MobilePay'],
    transactions: [{ id: id * 10 + 2, kind: 'sale', status: 'success', gateway: 'MobilePay', amount: KRUS_TOTAL, currency: 'DKK', created_at: created, processed_at: created }],
    refunds: [],
  };
}

/** The platform id the sandbox admin API and the ledger know the order by. */
export function krusOrderId(platform: Platform, n: number): string {
  return String(platform === 'woocommerce' ? n : 6_200_000_000_000 + n);
}

function shopifyRefund(n: number, seq: number, amount: string, note: string, parts: Json): Json {
  const id = 6_200_000_000_000 + n;
  const at = new Date().toISOString();
  return {
    id: id * 100 + seq,
    note,
    created_at: at,
    processed_at: at,
    restock: false,
    refund_line_items: [],
    refund_shipping_lines: [],
    order_adjustments: [],
    transactions: [{ id: id * 100 + 50 + seq, kind: 'refund', status: 'success', gateway: 'MobilePay', amount, currency: 'DKK', created_at: at, processed_at: at }],
    ...parts,
  };
}

/** One of the two Krus returned: 125.00 (net 100.00, VAT 25.00). `seq` tells refunds of one order apart. */
export function unitRefund(platform: Platform, n: number, seq = 1): Json {
  if (platform === 'shopify') {
    const line = lineId(6_200_000_000_000 + n);
    // Shopify's refund line subtotal is gross when the shop's prices include tax.
    return shopifyRefund(n, seq, '125.00', 'Ét krus returneret', {
      refund_line_items: [{ id: line * 10 + seq, line_item_id: line, quantity: 1, restock_type: 'return', subtotal: '125.00', subtotal_set: money('125.00'), total_tax: '25.00', total_tax_set: money('25.00') }],
    });
  }
  return {
    amount: '125.00',
    reason: 'Ét krus returneret',
    line_items: [
      {
        id: 90_000 + n * 10 + seq,
        name: 'Krus',
        product_id: 11,
        variation_id: 0,
        quantity: -1,
        tax_class: '',
        subtotal: '-100.00',
        subtotal_tax: '-25.00',
        total: '-100.00',
        total_tax: '-25.00',
        taxes: [{ id: 1, total: '-25.00', subtotal: '-25.00' }],
        meta_data: [{ id: 1, key: '_refunded_item_id', value: String(lineId(n)) }],
        sku: 'KRUS-01',
        price: -100,
      },
    ],
  };
}

/** The shipping refunded: 49.00 (net 39.20, VAT 9.80). */
export function shippingRefund(platform: Platform, n: number, seq = 1): Json {
  if (platform === 'shopify') {
    const shipping = shippingId(6_200_000_000_000 + n);
    // Shopify's refund shipping subtotal is gross like the order's prices.
    return shopifyRefund(n, seq, '49.00', 'Fragt refunderet', {
      refund_shipping_lines: [{ id: shipping * 10 + seq, shipping_line_id: shipping, subtotal_amount_set: money('49.00'), tax_amount_set: money('9.80') }],
    });
  }
  return {
    amount: '49.00',
    reason: 'Fragt refunderet',
    line_items: [],
    shipping_lines: [
      {
        id: 95_000 + n * 10 + seq,
        method_title: 'GLS',
        method_id: 'flat_rate',
        total: '-39.20',
        total_tax: '-9.80',
        taxes: [{ id: 1, total: '-9.80', subtotal: '' }],
        meta_data: [{ key: '_refunded_item_id', value: String(shippingId(n)) }],
      },
    ],
  };
}

/** Money given back without naming any item (Shopify: a refund that is only a transaction). */
export function amountRefund(platform: Platform, n: number, amount: string, seq = 1): Json {
  if (platform === 'shopify') return shopifyRefund(n, seq, amount, 'Kompensation', {});
  return { amount, reason: 'Kompensation', line_items: [] };
}
