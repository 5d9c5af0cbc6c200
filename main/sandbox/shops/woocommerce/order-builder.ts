import { dec, money, plain, sum, type Dec } from '../../../../shared/domain/money';
import type { DemoProduct } from '../shared/danish-data';
import { wooGmt, wooLocal } from './clock';

/**
 * Builds a WooCommerce order the way a Danish shop with prices incl. 25 % VAT stores it:
 * every line's tax is the unrounded gross × 0.2 (shown in taxes[]) rounded to øre, the net is the
 * gross minus that tax, and the order totals are the sums of the rounded figures, so the order
 * reconciles to the øre.
 */
export interface WooOrderSpec {
  id: number;
  lineIdStart: number;
  status: string;
  currency: string;
  createdMs: number;
  paidMs: number | null;
  completedMs: number | null;
  modifiedMs: number;
  customerId: number;
  billing: Record<string, string>;
  shipping: Record<string, string>;
  payment: { id: string; title: string; transactionId: string };
  lines: { product: DemoProduct; quantity: number; sku?: string }[];
  shippingMethod: { id: string; title: string; gross: string };
  /** Percent coupon on all lines. */
  coupon?: { code: string; percent: number };
  giftCard?: { id: number; code: string; amount: string };
  /** EU B2B reverse charge: no VAT, net prices (gross ÷ 1.25). */
  reverseCharge?: boolean;
  meta: { key: string; value: string }[];
  customerNote: string;
}

const VAT_RATE_ID = 1;
const VAT_SHARE_OF_GROSS = dec('0.2'); // 25 % VAT is a fifth of a price incl. VAT

interface Split {
  net: Dec;
  tax: Dec;
  unroundedTax: Dec;
}

function split(gross: Dec, reverseCharge: boolean): Split {
  if (reverseCharge) return { net: dec(money(gross.div('1.25'))), tax: dec(0), unroundedTax: dec(0) };
  const unroundedTax = gross.times(VAT_SHARE_OF_GROSS);
  const tax = dec(money(unroundedTax));
  return { net: gross.minus(tax), tax, unroundedTax };
}

function taxes(s: Split, subtotal?: Split): { id: number; total: string; subtotal: string }[] {
  if (s.unroundedTax.isZero() && (!subtotal || subtotal.unroundedTax.isZero())) return [];
  return [{ id: VAT_RATE_ID, total: plain(s.unroundedTax), subtotal: subtotal ? plain(subtotal.unroundedTax) : '' }];
}

export function buildWooOrder(spec: WooOrderSpec): Record<string, unknown> {
  const rc = spec.reverseCharge === true;
  let lineId = spec.lineIdStart;
  const lineItems = spec.lines.map(({ product, quantity, sku }) => {
    const grossSubtotal = dec(product.grossPrice).times(quantity);
    const grossTotal = spec.coupon ? dec(money(grossSubtotal.times(dec(100 - spec.coupon.percent).div(100)))) : grossSubtotal;
    const sub = split(grossSubtotal, rc);
    const tot = split(grossTotal, rc);
    return {
      id: lineId++,
      name: product.name,
      product_id: product.productId,
      variation_id: 0,
      quantity,
      tax_class: '',
      subtotal: money(sub.net),
      subtotal_tax: money(sub.tax),
      total: money(tot.net),
      total_tax: money(tot.tax),
      taxes: taxes(tot, sub),
      meta_data: [],
      sku: sku ?? product.sku,
      price: Number(tot.net.div(quantity).toDecimalPlaces(6).toString()),
      parent_name: null,
    };
  });
  const ship = split(dec(spec.shippingMethod.gross), rc);
  const shippingLine = {
    id: lineId++,
    method_title: spec.shippingMethod.title,
    method_id: spec.shippingMethod.id,
    instance_id: '1',
    total: money(ship.net),
    total_tax: money(ship.tax),
    taxes: taxes(ship),
    meta_data: [{ id: lineId++, key: 'Varer', value: spec.lines.map((l) => `${l.product.name} &times; ${l.quantity}`).join(', ') }],
  };
  const cartTax = sum(lineItems.map((l) => l.total_tax));
  const discount = sum(lineItems.map((l) => dec(l.subtotal).minus(l.total)));
  const discountTax = sum(lineItems.map((l) => dec(l.subtotal_tax).minus(l.total_tax)));
  const totalTax = cartTax.plus(ship.tax);
  const giftCard = spec.giftCard ? dec(spec.giftCard.amount) : dec(0);
  const total = sum(lineItems.map((l) => l.total)).plus(ship.net).plus(totalTax).minus(giftCard);
  const date = (ms: number | null, local: boolean): string | null => (ms === null ? null : local ? wooLocal(ms) : wooGmt(ms));

  return {
    id: spec.id,
    parent_id: 0,
    status: spec.status,
    currency: spec.currency,
    version: '9.4.2',
    prices_include_tax: true,
    date_created: date(spec.createdMs, true),
    date_modified: date(spec.modifiedMs, true),
    discount_total: money(discount),
    discount_tax: money(discountTax),
    shipping_total: money(ship.net),
    shipping_tax: money(ship.tax),
    cart_tax: money(cartTax),
    total: money(total),
    total_tax: money(totalTax),
    customer_id: spec.customerId,
    order_key: `wc_order_${spec.id.toString(36)}demo`,
    billing: spec.billing,
    shipping: spec.shipping,
    payment_method: spec.payment.id,
    payment_method_title: spec.payment.title,
    transaction_id: spec.payment.transactionId,
    customer_ip_address: '',
    customer_user_agent: '',
    created_via: 'checkout',
    customer_note: spec.customerNote,
    date_completed: date(spec.completedMs, true),
    date_paid: date(spec.paidMs, true),
    cart_hash: '',
    number: String(spec.id),
    meta_data: spec.meta.map((m, i) => ({ id: spec.id * 100 + i, ...m })),
    line_items: lineItems,
    tax_lines: rc
      ? []
      : [
          {
            id: lineId++,
            rate_code: 'DK-MOMS-1',
            rate_id: VAT_RATE_ID,
            label: 'Moms',
            compound: false,
            tax_total: money(cartTax),
            shipping_tax_total: money(ship.tax),
            rate_percent: 25,
            meta_data: [],
          },
        ],
    shipping_lines: [shippingLine],
    fee_lines: [],
    coupon_lines: spec.coupon
      ? [
          {
            id: lineId++,
            code: spec.coupon.code,
            discount: money(discount),
            discount_tax: money(discountTax),
            discount_type: 'percent',
            nominal_amount: spec.coupon.percent,
            free_shipping: false,
            meta_data: [],
          },
        ]
      : [],
    ...(spec.giftCard ? { gift_cards: [{ id: spec.giftCard.id, code: spec.giftCard.code, amount: spec.giftCard.amount }] } : {}),
    refunds: [],
    date_created_gmt: date(spec.createdMs, false),
    date_modified_gmt: date(spec.modifiedMs, false),
    date_completed_gmt: date(spec.completedMs, false),
    date_paid_gmt: date(spec.paidMs, false),
    currency_symbol: spec.currency === 'DKK' ? 'kr.' : spec.currency,
  };
}
