/**
 * Which WooCommerce release the sandbox shop runs (`POST /_sandbox/settings {"version": "x.y.z"}`)
 * and what that release's REST API knows. WordPress ignores query parameters a route does not
 * register, so an older shop answers a request using newer parameters as if they were absent;
 * a registered parameter with a value outside its enum is a 400 rest_invalid_param.
 *
 * - wc/v3 exists from 3.5.0 (older shops have no such route).
 * - `orderby=modified` from 4.5 (woocommerce-rest-api PR #226, 2020).
 * - `modified_after`, `modified_before` and `dates_are_gmt` from 5.8 (woocommerce PR #30585;
 *   woocommerce-rest-api-docs PR #209).
 */

export const DEFAULT_WC_VERSION = '9.4.0';

export class VersionError extends Error {}

/** "5.7" or "5.7.2" (a suffix such as "-beta.1" is allowed and ignored when comparing). */
export function checkVersion(value: unknown): string {
  if (typeof value !== 'string' || !/^\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$/.test(value)) {
    throw new VersionError('version must be a WooCommerce release number such as "9.4.0" or "5.7.2"');
  }
  return value;
}

function atLeast(version: string, wanted: [number, number]): boolean {
  const [major, minor] = version.split(/[.+-]/).map(Number);
  return major > wanted[0] || (major === wanted[0] && minor >= wanted[1]);
}

export interface RestFeatures {
  /** The wc/v3 namespace. */
  v3: boolean;
  /** `orderby=modified` is in the orderby enum. */
  orderbyModified: boolean;
  /** `modified_after`, `modified_before` and `dates_are_gmt` are registered parameters. */
  modifiedFilters: boolean;
}

export function restFeatures(version: string): RestFeatures {
  return { v3: atLeast(version, [3, 5]), orderbyModified: atLeast(version, [4, 5]), modifiedFilters: atLeast(version, [5, 8]) };
}
