/**
 * WooCommerce order status slugs (wc_get_order_statuses without the "wc-" prefix, plus the
 * statuses the REST enum lists). Anything else was registered by a plugin.
 */
export const WOO_CORE_STATUSES: ReadonlyMap<string, string> = new Map([
  ['pending', 'Pending payment'],
  ['processing', 'Processing'],
  ['on-hold', 'On hold'],
  ['completed', 'Completed'],
  ['cancelled', 'Cancelled'],
  ['refunded', 'Refunded'],
  ['failed', 'Failed'],
  ['checkout-draft', 'Draft'],
  ['ready-for-pickup', 'Ready for pickup'],
  ['trash', 'Trash'],
  ['auto-draft', 'Auto draft'],
  ['draft', 'Draft'],
  ['new', 'New'],
]);

/** Orders the Cart/Checkout blocks and wp-admin create before a customer has ordered anything. */
const DRAFT_STATUSES = new Set(['checkout-draft', 'auto-draft', 'draft']);

export function isWooDraftStatus(status: string): boolean {
  return DRAFT_STATUSES.has(status);
}

export function isWooCoreStatus(status: string): boolean {
  return WOO_CORE_STATUSES.has(status);
}
