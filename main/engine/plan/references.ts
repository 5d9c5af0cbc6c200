import type { Platform } from '../../../shared/domain/order';

const PREFIX: Record<Platform, string> = { woocommerce: 'wc', shopify: 'shopify' };

/**
 * The text in e-conomic's `references.other` that ties an invoice to its shop order.
 * It is how LedgerBridge finds its own drafts and booked invoices again after a crash,
 * so it must be unique per order and stable forever.
 */
export function orderReference(platform: Platform, orderId: string): string {
  return `${PREFIX[platform]}:${orderId}`;
}

export function refundReference(platform: Platform, orderId: string, refundId: string): string {
  return `${PREFIX[platform]}:${orderId}:refund:${refundId}`;
}
