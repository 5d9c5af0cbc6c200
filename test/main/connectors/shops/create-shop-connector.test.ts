import { describe, expect, it } from 'vitest';
import { createShopConnector, type SecretLookup } from '../../../../main/connectors/shops/create-shop-connector';
import { ShopifyConnector } from '../../../../main/connectors/shops/shopify/connector';
import { WooCommerceConnector } from '../../../../main/connectors/shops/woocommerce/connector';
import { MissingSecretError } from '../../../../main/secrets';
import type { SecretName } from '../../../../shared/profile/schema';

/** A keychain holding `stored`, recording every name asked for. */
function keychain(stored: Partial<Record<SecretName, string>>, asked: SecretName[]): SecretLookup {
  return async (name) => {
    asked.push(name);
    const value = stored[name];
    if (value === undefined) throw new MissingSecretError('butik', name);
    return value;
  };
}

describe('building the shop connector from the shop settings and the keychain', () => {
  it('asks a WooCommerce shop for its consumer key and secret, nothing else', async () => {
    const asked: SecretName[] = [];
    const connector = await createShopConnector({ platform: 'woocommerce', url: 'https://butik.dk' }, keychain({ wooConsumerKey: 'ck_1', wooConsumerSecret: 'cs_1' }, asked));
    expect(connector).toBeInstanceOf(WooCommerceConnector);
    expect(asked).toEqual(['wooConsumerKey', 'wooConsumerSecret']);
  });

  it('asks a Shopify shop that signs in with an access token for the token only', async () => {
    const asked: SecretName[] = [];
    const connector = await createShopConnector({ platform: 'shopify', url: 'https://butik.myshopify.com', auth: 'token' }, keychain({ shopifyAccessToken: 'shpat_1' }, asked));
    expect(connector).toBeInstanceOf(ShopifyConnector);
    expect(asked).toEqual(['shopifyAccessToken']);
  });

  it('asks a Shopify shop that signs in with client credentials for the client id and secret, not for a token it never had', async () => {
    const asked: SecretName[] = [];
    const connector = await createShopConnector({ platform: 'shopify', url: 'https://butik.myshopify.com', auth: 'clientCredentials' }, keychain({ shopifyClientId: 'id', shopifyClientSecret: 'secret' }, asked));
    expect(connector).toBeInstanceOf(ShopifyConnector);
    expect(asked).toEqual(['shopifyClientId', 'shopifyClientSecret']);
  });

  it('signs a Shopify shop in with its access token when the settings name no way (the schema default)', async () => {
    const asked: SecretName[] = [];
    await createShopConnector({ platform: 'shopify', url: 'https://butik.myshopify.com' }, keychain({ shopifyAccessToken: 'shpat_1' }, asked));
    expect(asked).toEqual(['shopifyAccessToken']);
  });

  it('fails naming the secret the keychain lacks', async () => {
    await expect(createShopConnector({ platform: 'woocommerce', url: 'https://butik.dk' }, keychain({ wooConsumerKey: 'ck_1' }, []))).rejects.toMatchObject({ name: 'MissingSecretError', secretName: 'wooConsumerSecret' });
  });
});
