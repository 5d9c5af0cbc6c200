import type { NormalizationFinding, StageFacts } from '../../../../shared/domain/order';
import { textOrNull, type Json } from '../shop-json';

const PAID = new Set(['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED']);

export interface ShopifyStatus {
  /** "cancelled", or "<financial>:<fulfillment>" in lower case, e.g. "paid:unfulfilled". */
  status: string;
  stage: StageFacts;
}

/** The order's status and stage from its display statuses and cancellation time. */
export function statusOf(o: Json, findings: NormalizationFinding[]): ShopifyStatus {
  const financial = textOrNull(o.displayFinancialStatus);
  const fulfillment = textOrNull(o.displayFulfillmentStatus) ?? 'UNFULFILLED';
  const cancelled = textOrNull(o.cancelledAt) !== null;
  if (!financial && !cancelled) findings.push({ code: 'unknown-status', message: 'order has no financial status', field: 'displayFinancialStatus' });
  const status = cancelled ? 'cancelled' : `${(financial ?? 'unknown').toLowerCase()}:${fulfillment.toLowerCase()}`;
  const isPaid = financial !== null && PAID.has(financial);
  return { status, stage: { paid: isPaid, fulfilled: fulfillment === 'FULFILLED', cancelled, refunded: financial === 'REFUNDED' } };
}
