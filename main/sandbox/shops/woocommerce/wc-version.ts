/**
 * Which WooCommerce release the sandbox shop runs (`POST /_sandbox/settings {"version": "x.y.z"}`)
 * and what that release's REST API knows. WordPress ignores query parameters a route does not
 * register, so an older shop answers a request using newer parameters as if they were absent;
 * a registered parameter with a value outside its enum is a 400 rest_invalid_param.
 *
 * - wc/v3 exists from 3.5.0 (older shops have no such route).
 * - `orderby=modified` from 4.5 (woocommerce-rest-api PR #226, 2020).
 * - `dates_are_gmt` from 5.4, for `after` and `before` (woocommerce PR #28132; its docs PR
 *   woocommerce-rest-api-docs #203 was held back "for Woo 5.4").
 * - `modified_after` and `modified_before` from 5.8, read in GMT with `dates_are_gmt` too
 *   (woocommerce PR #30585; woocommerce-rest-api-docs PR #209).
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
  /** `dates_are_gmt` is a registered parameter: `after`/`before` (and the modified filters) read in GMT. */
  gmtDates: boolean;
  /** `modified_after` and `modified_before` are registered parameters. */
  modifiedFilters: boolean;
}

export function restFeatures(version: string): RestFeatures {
  return { v3: atLeast(version, [3, 5]), orderbyModified: atLeast(version, [4, 5]), gmtDates: atLeast(version, [5, 4]), modifiedFilters: atLeast(version, [5, 8]) };
}
