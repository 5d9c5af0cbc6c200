import type { Platform } from '../../../shared/domain/order';

const PREFIX: Record<Platform, string> = { woocommerce: 'wc', shopify: 'shopify' };

/**
 * The text in e-conomic's `references.other` that ties an invoice to its shop order.
 * It is how LedgerBridge finds its own drafts and booked invoices again after a crash,
 * so it must be unique per order and stable forever. `qualifier` (the profile's, see
 * runtime/profile-dirs.ts) keeps two shops on one agreement apart.
 */
export function orderReference(platform: Platform, orderId: string, qualifier: string | null): string {
  return qualifier ? `${PREFIX[platform]}:${qualifier}:${orderId}` : `${PREFIX[platform]}:${orderId}`;
}

export function refundReference(platform: Platform, orderId: string, refundId: string, qualifier: string | null): string {
  return `${orderReference(platform, orderId, qualifier)}:refund:${refundId}`;
}
