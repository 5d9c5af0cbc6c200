/**
 * A shop that moved (`redirectTo`, `redirectStatus` in `POST /_sandbox/settings`): its API
 * answers every request with a redirect to the same path and query on the new origin, as a
 * host's "send everything to www." rule does. Shared by the Shopify and WooCommerce sandboxes.
 */

export type RedirectStatus = 301 | 302 | 303 | 307 | 308;

export const REDIRECT_STATUSES: readonly RedirectStatus[] = [301, 302, 303, 307, 308];

export class RedirectSettingError extends Error {}

/** The origin a `redirectTo` value names, or null (no redirect). */
export function redirectTarget(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value === 'string') {
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // reported below
    }
  }
  throw new RedirectSettingError('redirectTo must be an http(s) address such as "https://other-shop.example" or null');
}

export function redirectStatus(value: unknown): RedirectStatus {
  if (!REDIRECT_STATUSES.includes(value as RedirectStatus)) throw new RedirectSettingError(`redirectStatus must be one of ${REDIRECT_STATUSES.join(', ')}`);
  return value as RedirectStatus;
}
