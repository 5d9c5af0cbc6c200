import type { ShopError } from '../connectors/shops/types';
import type { Platform } from '../../shared/domain/order';
import { CODES, type ProblemReport } from '../../shared/errors';
import { UNKNOWN_SHOP_CONFIG_CAUSE } from '../../shared/i18n/shop-config-words';
import { redact } from '../../shared/redact';

const PLATFORM_NAMES: Record<Platform, string> = { woocommerce: 'WooCommerce', shopify: 'Shopify' };

/** A URL without its query string: WooCommerce keys can travel there. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return redact(url.split('?')[0]);
}

/** Turns a shop connector failure into a catalogue problem. */
export function mapShopError(err: ShopError, ctx: { platform?: Platform } = {}): ProblemReport {
  const platform = ctx.platform ? PLATFORM_NAMES[ctx.platform] : '';
  const technical = {
    httpStatus: err.detail.status,
    requestId: safeUrl(err.detail.url),
    message: redact(err.message),
  };
  switch (err.kind) {
    case 'auth':
      if (err.detail.denied && 'scope' in err.detail.denied) return { code: CODES.shopScopeMissing, params: { scope: err.detail.denied.scope }, technical };
      if (err.detail.denied) return { code: CODES.shopOrdersNotApproved, params: {}, technical };
      return { code: CODES.shopAuthFailed, params: { platform }, technical };
    case 'not-found':
      return { code: CODES.shopNotFound, params: { platform }, technical };
    case 'unreachable':
      return { code: CODES.shopUnreachable, params: { platform }, technical };
    case 'rate-limited':
      return { code: CODES.shopRateLimited, params: { platform }, technical };
    case 'server':
    case 'bad-response':
      return { code: CODES.shopServerError, params: { platform }, technical };
    case 'config':
      if (err.detail.moved) return { code: CODES.shopAddressMoved, params: { platform: err.detail.moved.platform, address: err.detail.moved.address, movedTo: err.detail.moved.to }, technical };
      // The connector's own (English) words stay in the technical log; the owner reads the cause in their language.
      return { code: CODES.shopConfigInvalid, params: { platform, cause: err.detail.cause ?? UNKNOWN_SHOP_CONFIG_CAUSE }, technical };
  }
}
