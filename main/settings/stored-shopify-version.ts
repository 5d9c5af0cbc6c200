import { SHOPIFY_API_VERSION, SHOPIFY_API_VERSIONS } from '../../shared/profile/schema';

/**
 * A stored config.json as this LedgerBridge can read it: a Shopify profile saved by an earlier
 * LedgerBridge names the Admin API version that one was written for (until 6821b6c the default
 * was "2026-07"), which this one may not pin. Refusing it would stop every shop of the
 * installation on the day of the update, so a stored version this LedgerBridge does not pin is read
 * as the newest one it does — the version its queries are checked against — and the next save
 * writes that. A version the consultant gives now (configure, the wizard) is still checked
 * strictly by the profile schema.
 */
export function withPinnedShopifyVersions(raw: unknown): unknown {
  if (!isObject(raw) || !isObject(raw.profiles)) return raw;
  const profiles: Record<string, unknown> = {};
  for (const [name, profile] of Object.entries(raw.profiles)) profiles[name] = withPinnedVersion(profile);
  return { ...raw, profiles };
}

function withPinnedVersion(profile: unknown): unknown {
  if (!isObject(profile) || !isObject(profile.shop) || profile.shop.platform !== 'shopify') return profile;
  const version = profile.shop.apiVersion;
  if (typeof version !== 'string' || !/^\d{4}-\d{2}$/.test(version) || (SHOPIFY_API_VERSIONS as readonly string[]).includes(version)) return profile;
  return { ...profile, shop: { ...profile.shop, apiVersion: SHOPIFY_API_VERSION } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
