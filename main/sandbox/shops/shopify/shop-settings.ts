/**
 * The state a real shop can be in that changes what the Admin API answers, switched through
 * `POST /_sandbox/settings` (docs/contracts.md, "Sandbox modes"; `GET /_sandbox/settings` shows them):
 *
 * - `protectedCustomerData`: the app's protected-customer-data approval. 2 = level 2 (all
 *   fields), 1 = level 1 (customer data without name, address, email and phone), 0 = none
 *   (orders themselves are protected customer data and are refused).
 * - `scopes`: the access scopes granted. Without `read_orders` order queries are refused with
 *   ACCESS_DENIED; without `read_all_orders` only orders created in the last 60 days exist.
 * - `redirectTo`: when set, every Admin API request (GraphQL and token grant) is answered with
 *   a redirect (`redirectStatus`) to the same path on that origin, as a shop that moved would.
 *
 * A POST changes only the keys it names; an unknown key or a bad value is a 400 and changes
 * nothing.
 */

import { redirectStatus, redirectTarget, RedirectSettingError, type RedirectStatus } from '../shared/redirect';

export type ProtectedDataLevel = 0 | 1 | 2;

export interface ShopifySettings {
  protectedCustomerData: ProtectedDataLevel;
  scopes: string[];
  redirectTo: string | null;
  redirectStatus: RedirectStatus;
}

export const DEFAULT_SETTINGS: Readonly<ShopifySettings> = Object.freeze({
  protectedCustomerData: 2,
  scopes: ['read_orders', 'read_all_orders'],
  redirectTo: null,
  redirectStatus: 301,
});

export class SettingsError extends Error {}

/** The settings after applying a POST body to `current`. */
export function applySettings(current: ShopifySettings, body: unknown): ShopifySettings {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SettingsError('settings must be a JSON object');
  const next: ShopifySettings = { ...current, scopes: [...current.scopes] };
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    switch (key) {
      case 'protectedCustomerData':
        if (value !== 0 && value !== 1 && value !== 2) throw new SettingsError('protectedCustomerData must be 0, 1 or 2');
        next.protectedCustomerData = value;
        break;
      case 'scopes':
        if (!Array.isArray(value) || !value.every((s) => typeof s === 'string' && /^[a-z_]+$/.test(s))) {
          throw new SettingsError('scopes must be a list of access scope names such as ["read_orders", "read_all_orders"]');
        }
        next.scopes = [...new Set(value as string[])];
        break;
      case 'redirectTo':
        next.redirectTo = redirectSetting(() => redirectTarget(value));
        break;
      case 'redirectStatus':
        next.redirectStatus = redirectSetting(() => redirectStatus(value));
        break;
      default:
        throw new SettingsError(`unknown setting "${key}"; the settings are protectedCustomerData, scopes, redirectTo and redirectStatus`);
    }
  }
  return next;
}

function redirectSetting<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof RedirectSettingError) throw new SettingsError(err.message);
    throw err;
  }
}
