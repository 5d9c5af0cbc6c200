import { createHash } from 'node:crypto';
import type { Order } from '../../shared/domain/order';

/**
 * A hash over everything in an order that would change its invoice. Status changes
 * and refunds are tracked on their own (eligibility and credit notes), so they are
 * left out: a refund must not make LedgerBridge rewrite an invoice.
 */
export function invoiceContentHash(order: Order): string {
  const { refunded: _refunded, ...totals } = order.totals;
  const relevant = {
    currency: order.currency,
    pricesIncludeTax: order.pricesIncludeTax,
    lines: order.lines,
    shippingLines: order.shippingLines,
    feeLines: order.feeLines,
    giftCards: order.giftCards,
    totals,
    billing: order.billing,
    shipping: order.shipping,
    payment: order.payment,
  };
  return createHash('sha256').update(JSON.stringify(relevant)).digest('hex').slice(0, 32);
}
