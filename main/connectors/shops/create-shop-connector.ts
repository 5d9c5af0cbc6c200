import type { SecretName, ShopSettingsInput } from '../../../shared/profile/schema';
import { ShopifyConnector } from './shopify/connector';
import type { ShopConnector } from './types';
import { WooCommerceConnector } from './woocommerce/connector';

/** Finds one of the shop's secrets by name; it throws when the secret is not there. */
export type SecretLookup = (name: SecretName) => Promise<string>;

/**
 * The one place a shop connector is built: from a profile's shop settings (or the setup
 * wizard's answers in the same shape) and a way to find its secrets. Only the secrets the
 * platform and its kind of sign-in need are looked up; settings left out take the
 * connector's defaults, which are the profile schema's.
 */
export async function createShopConnector(shop: ShopSettingsInput, secret: SecretLookup, options: { maxAttempts?: number; warn?: (message: string) => void } = {}): Promise<ShopConnector> {
  if (shop.platform === 'woocommerce') {
    return new WooCommerceConnector({
      url: shop.url,
      consumerKey: await secret('wooConsumerKey'),
      consumerSecret: await secret('wooConsumerSecret'),
      vatNumberMetaKey: shop.vatNumberMetaKey,
      eanMetaKey: shop.eanMetaKey,
      maxAttempts: options.maxAttempts,
    });
  }
  const clientCredentials = shop.auth === 'clientCredentials';
  return new ShopifyConnector({
    url: shop.url,
    apiVersion: shop.apiVersion,
    accessToken: clientCredentials ? undefined : await secret('shopifyAccessToken'),
    clientId: clientCredentials ? await secret('shopifyClientId') : undefined,
    clientSecret: clientCredentials ? await secret('shopifyClientSecret') : undefined,
    moneySet: shop.moneySet,
    vatNumberMetaKey: shop.vatNumberMetaKey,
    eanMetaKey: shop.eanMetaKey,
    maxAttempts: options.maxAttempts,
    onDeprecated: options.warn,
  });
}
