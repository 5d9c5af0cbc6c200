/**
 * Shopify releases a stable Admin API version every quarter, named YYYY-MM and released on the
 * first of that month at 17:00 UTC, and supports each for 12 months
 * (shopify.dev/docs/api/usage/versioning). After that Shopify answers requests to it with the
 * oldest version it still supports ("falls forward"), which LedgerBridge's queries were not
 * written for: the owner is warned in good time to update LedgerBridge.
 */
export const SHOPIFY_SUPPORT_WARNING_DAYS = 60;

const VERSION = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** When Shopify stops supporting an API version: 12 months after its release. */
export function shopifyVersionSupportEnd(version: string): Date {
  const m = VERSION.exec(version);
  if (!m) throw new RangeError(`"${version}" is not a Shopify API version (YYYY-MM)`);
  return new Date(`${Number(m[1]) + 1}-${m[2]}-01T17:00:00Z`);
}

/** The support end when it is at most 60 days away (or past), else null. */
export function shopifySupportEndingSoon(version: string, now: Date): Date | null {
  const end = shopifyVersionSupportEnd(version);
  return now.getTime() >= end.getTime() - SHOPIFY_SUPPORT_WARNING_DAYS * 86_400_000 ? end : null;
}
