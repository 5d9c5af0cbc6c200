import { ShopError } from '../types';
import { obj, text } from '../shop-json';
import type { WooHttp } from './http';

/**
 * How a shop's WooCommerce release lets us ask for the orders that changed. WordPress ignores
 * query parameters a route does not register, so an older shop answers a newer request as if
 * those parameters were absent: the whole order list, not an error.
 *
 * - `modified-after` (5.8 and newer): `modified_after`/`modified_before` with `orderby=modified`.
 * - `modified-order` (4.5 – 5.7): `orderby=modified` is known, `modified_after` is not
 *   (woocommerce PR #30585 added it in 5.8).
 * - `id-order` (before 4.5): not even `orderby=modified` (woocommerce-rest-api PR #226); such a
 *   shop refuses it with 400 rest_invalid_param, so only id order is stable.
 */
export type ChangeQuery = 'modified-after' | 'modified-order' | 'id-order';

/** The change query a release number supports; null when it is not a release number. */
export function changeQueryOf(version: string): ChangeQuery | null {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!m) return null;
  const release = Number(m[1]) * 1000 + Number(m[2]);
  if (release >= 5008) return 'modified-after';
  if (release >= 4005) return 'modified-order';
  return 'id-order';
}

/**
 * The shop's release as `GET wc/v3/system_status` reports it (`environment.version`), or null
 * when the key may not read it (it needs manage_woocommerce) or the shop cannot answer it: the
 * connector then starts with the newest query and checks every answer (connector.ts).
 */
export async function readShopRelease(http: WooHttp, signal?: AbortSignal): Promise<string | null> {
  try {
    const res = await http.get('wc/v3/system_status', { _fields: 'environment' }, signal);
    return text(obj(obj(res.body).environment).version).trim() || null;
  } catch (err) {
    if (!(err instanceof ShopError) || signal?.aborted) throw err;
    // A redirect to another address or wrong keys fail the order list as well, with the same words.
    if (err.kind === 'config' || (err.kind === 'auth' && err.detail.status === 401)) throw err;
    return null;
  }
}
