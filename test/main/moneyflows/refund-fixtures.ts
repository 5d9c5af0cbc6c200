import { dec, money, sum } from '../../../shared/domain/money';

type Json = Record<string, unknown>;

/** A WooCommerce-native refund of whole order lines (negative quantities and totals, as WooCommerce returns them). */
export function wooLineRefund(order: Json, lineIds: number[], reason = 'Returneret'): Json {
  const lines = (order.line_items as Json[]).filter((l) => lineIds.includes(Number(l.id)));
  const line_items = lines.map((l, i) => ({
    id: 90_000 + Number(l.id) * 10 + i,
    name: l.name,
    product_id: l.product_id,
    variation_id: 0,
    quantity: -Number(l.quantity),
    tax_class: '',
    subtotal: money(dec(String(l.total)).neg()),
    subtotal_tax: money(dec(String(l.total_tax)).neg()),
    total: money(dec(String(l.total)).neg()),
    total_tax: money(dec(String(l.total_tax)).neg()),
    taxes: (l.taxes as Json[]).map((t) => ({ id: t.id, total: money(dec(String(t.total)).neg()), subtotal: '' })),
    meta_data: [{ id: 1, key: '_refunded_item_id', value: String(l.id) }],
    sku: l.sku,
    price: -Number(l.price),
  }));
  const amount = sum(lines.map((l) => dec(String(l.total)).plus(String(l.total_tax))));
  return { amount: money(amount), reason, line_items };
}

/** A WooCommerce-native refund of the order's shipping only. */
export function wooShippingRefund(order: Json): Json {
  const shipping = (order.shipping_lines as Json[])[0];
  const total = dec(String(shipping.total));
  const tax = dec(String(shipping.total_tax));
  return {
    amount: money(total.plus(tax)),
    reason: 'Fragt refunderet',
    line_items: [],
    shipping_lines: [
      {
        id: 95_000,
        method_title: shipping.method_title,
        method_id: shipping.method_id,
        total: money(total.neg()),
        total_tax: money(tax.neg()),
        taxes: (shipping.taxes as Json[]).map((t) => ({ id: t.id, total: money(dec(String(t.total)).neg()), subtotal: '' })),
        meta_data: [{ key: '_refunded_item_id', value: String(shipping.id) }],
      },
    ],
  };
}

/** A WooCommerce-native refund of a free amount (no items); `at` (UTC) sets when it was made. */
export function wooAmountRefund(amount: string, reason = 'Kompensation', at?: string): Json {
  return { amount, reason, line_items: [], ...(at ? { date_created_gmt: at, date_created: at } : {}) };
}
