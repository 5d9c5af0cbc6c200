import { createHash } from 'node:crypto';
import type { Order } from '../../shared/domain/order';

/**
 * A hash over everything in an order that would change its invoice. Status changes
 * and refunds are tracked on their own (eligibility, and `refundsKey` for credit notes),
 * so they are left out: a refund must not make LedgerBridge rewrite an invoice.
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

/**
 * What the credit-note step must notice about an order: which refunds it has (id and amount,
 * on either platform) and whether it is cancelled. Any change in it — a partial refund that
 * leaves the order's status and invoice content as they were included — hands the order on.
 */
export function refundsKey(order: Order): string {
  const refunds = order.refunds.map((r) => `${r.id}=${r.amount}`).sort();
  return `${refunds.join(',')}${order.stage.cancelled ? ';cancelled' : ''}`;
}
