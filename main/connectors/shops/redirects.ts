import { ShopError } from './types';

/** Redirects followed for one request at most (a loop between two addresses ends here). */
export const MAX_REDIRECTS = 5;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

/**
 * Where a shop's redirect answer may be followed with the shop's keys or token: on the same host
 * (also from http to https there), never to another host and never from https down to plain
 * http (except on this machine). Anything else stops the request with a config error naming the
 * new address, so the owner can check it and enter it, rather than LedgerBridge handing the
 * credentials to whoever the redirect names.
 *
 * `from` is the URL that answered, `location` its Location header, `shop.site` the configured
 * shop address; when the redirect kept the path after it, the message names the new shop
 * address, else the new origin.
 */
export function followableRedirect(from: URL, location: string | null, shop: { site: string; platform: string; status: number }): URL {
  const publicFrom = `${from.origin}${from.pathname}`;
  if (!location) throw new ShopError('bad-response', `The shop answered ${shop.status} (a redirect) without saying where to: ${publicFrom}.`, { status: shop.status, url: publicFrom });
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    throw new ShopError('bad-response', `The shop answered ${shop.status} with a redirect to an address that is not one: ${publicFrom}.`, { status: shop.status, url: publicFrom });
  }
  const sameHost = to.hostname === from.hostname && (to.port === from.port || (from.protocol === 'http:' && to.protocol === 'https:'));
  const secure = to.protocol === 'https:' || (to.protocol === 'http:' && isLoopback(to));
  if (sameHost && secure) return to;
  // The shop address the redirect points at: its origin, plus the path before the API's own part when the redirect kept it.
  const apiPart = from.pathname.slice(new URL(shop.site).pathname.replace(/\/+$/, '').length);
  const movedTo = `${to.origin}${to.pathname.endsWith(apiPart) ? to.pathname.slice(0, to.pathname.length - apiPart.length) : ''}`.replace(/\/+$/, '');
  const why = secure
    ? `LedgerBridge never sends the ${shop.platform} keys to another address by itself`
    : 'that address is not encrypted (https), so LedgerBridge does not send the keys there';
  throw new ShopError(
    'config',
    `The shop address ${shop.site} sends every request on to ${movedTo}, and ${why}. If ${movedTo} is the shop, enter it as the shop address.`,
    { status: shop.status, url: publicFrom, moved: { platform: shop.platform, address: shop.site, to: movedTo } },
  );
}
