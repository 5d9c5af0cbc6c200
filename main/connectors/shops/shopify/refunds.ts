import { dec, money, plain, sum, type Dec } from '../../../../shared/domain/money';
import type { OrderLine, Refund, RefundLine } from '../../../../shared/domain/order';
import { list, obj, text, textOrNull, type Json } from '../shop-json';
import { legacyId, nodes, type AmountReader } from './read';

/**
 * The order's refunds, line by line. Refund line `subtotalSet` and refund shipping
 * `subtotalAmountSet` are gross like the order's prices when they include tax, so their net
 * amount is subtotal − tax. A refund line takes its SKU, name and rate from the order line it
 * credits when Shopify leaves them out.
 */
export function refundsOf(o: Json, lines: OrderLine[], taxesIncluded: boolean, r: AmountReader): Refund[] {
  const lineById = new Map(lines.map((l) => [l.id, l]));
  return list(o.refunds).map((rf, ri) => {
    const field = `refunds[${ri}]`;
    const refundLines: RefundLine[] = nodes(rf.refundLineItems).map((rl, i) => {
      const li = obj(rl.lineItem);
      const lineId = legacyId(li.id);
      const subtotal = r.amount(rl.subtotalSet, `${field}.refundLineItems[${i}].subtotalSet`);
      const lineTax = r.amount(rl.totalTaxSet, `${field}.refundLineItems[${i}].totalTaxSet`);
      const original = lineById.get(lineId);
      return {
        lineId,
        sku: textOrNull(li.sku) ?? original?.sku ?? null,
        name: text(li.name) || original?.name || '',
        quantity: plain(r.decimal(rl.quantity ?? 0, `${field}.refundLineItems[${i}].quantity`)),
        total: money(taxesIncluded ? subtotal.minus(lineTax) : subtotal),
        tax: money(lineTax),
        taxRate: original?.taxRate ?? null,
      };
    });
    const shippingRefunds = nodes(rf.refundShippingLines);
    let shippingNet = dec(0);
    let shippingTax = dec(0);
    if (shippingRefunds.length > 0) {
      shippingRefunds.forEach((s, i) => {
        const sub = r.amount(s.subtotalAmountSet, `${field}.refundShippingLines[${i}].subtotalAmountSet`);
        const stax = r.amount(s.taxAmountSet, `${field}.refundShippingLines[${i}].taxAmountSet`);
        shippingNet = shippingNet.plus(taxesIncluded ? sub.minus(stax) : sub);
        shippingTax = shippingTax.plus(stax);
      });
    } else {
      // Older refunds record shipping only as an order adjustment (negative amounts).
      nodes(rf.orderAdjustments)
        .filter((a) => a.reason === 'SHIPPING_REFUND')
        .forEach((a, i) => {
          shippingNet = shippingNet.plus(r.amount(a.amountSet, `${field}.orderAdjustments[${i}].amountSet`).abs());
          shippingTax = shippingTax.plus(r.amount(a.taxAmountSet, `${field}.orderAdjustments[${i}].taxAmountSet`).abs());
        });
    }
    return {
      id: legacyId(rf.legacyResourceId ?? rf.id),
      createdAt: text(rf.createdAt),
      reason: textOrNull(rf.note),
      amount: money(r.amount(rf.totalRefundedSet, `${field}.totalRefundedSet`)),
      lines: refundLines,
      shipping: money(shippingNet),
      shippingTax: money(shippingTax),
      amountOnly: refundLines.length === 0 && shippingNet.isZero() && shippingTax.isZero(),
    };
  });
}

/** Shopify's refunded total, else the sum of the refunds read. */
export function refundedOf(o: Json, refunds: Refund[], r: AmountReader): Dec {
  return o.totalRefundedSet ? r.amount(o.totalRefundedSet, 'totalRefundedSet') : sum(refunds.map((x) => x.amount));
}
