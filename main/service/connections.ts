import { EconomicClient } from '../connectors/economic/client';
import { ShopifyConnector } from '../connectors/shops/shopify/connector';
import type { ShopConnector } from '../connectors/shops/types';
import { WooCommerceConnector } from '../connectors/shops/woocommerce/connector';
import { MissingSecretError, type SecretName } from '../secrets';
import type { EconomicCredentials, ShopCredentials } from '../../shared/ipc/schemas/setup';
import type { Platform } from '../../shared/domain/order';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError } from './errors';
import type { WizardArea } from './wizard';

/** Attempts for a "Test" button: a wrong address or key should answer within seconds, not after minutes of retries. */
const TEST_ATTEMPTS = 2;

export function shopConnectorFor(platform: Platform, url: string, credentials: ShopCredentials): ShopConnector {
  if (platform === 'woocommerce') {
    if (credentials.kind !== 'woocommerce') throw new Error('WooCommerce needs a consumer key and secret');
    return new WooCommerceConnector({ url, consumerKey: credentials.consumerKey, consumerSecret: credentials.consumerSecret, maxAttempts: TEST_ATTEMPTS });
  }
  if (credentials.kind === 'woocommerce') throw new Error('Shopify needs an access token or client credentials');
  return credentials.kind === 'shopifyToken'
    ? new ShopifyConnector({ url, accessToken: credentials.accessToken, maxAttempts: TEST_ATTEMPTS })
    : new ShopifyConnector({ url, clientId: credentials.clientId, clientSecret: credentials.clientSecret, maxAttempts: TEST_ATTEMPTS });
}

export function economicClientFor(ctx: ServiceContext, credentials: EconomicCredentials, opts: { maxAttempts?: number } = {}): EconomicClient {
  return new EconomicClient({
    baseUrl: ctx.economicUrl(),
    appSecretToken: credentials.appSecretToken,
    agreementGrantToken: credentials.agreementGrantToken,
    maxAttempts: opts.maxAttempts,
    timeoutMs: 15_000,
    ...ctx.options.economicClientOptions,
  });
}

/**
 * The shop and e-conomic connections the setup steps use: the engine's once a profile
 * exists, before that the ones described by the wizard's answers and the keys the
 * wizard stored in the keychain.
 */
export class Connections {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
  ) {}

  platform(): Platform | undefined {
    return this.ctx.runtime?.profile.shop.platform ?? this.wizard.current().answers.shop?.platform;
  }

  async shop(): Promise<ShopConnector> {
    const runtime = this.ctx.runtime;
    if (runtime) return runtime.shop();
    const lang = this.ctx.language();
    const stored = this.wizard.stored();
    const shop = stored.state.answers.shop;
    if (!shop) throw serviceError(SERVICE_CODES.wizardStepMissing, lang, { step: lang === 'da' ? 'Butik' : 'Shop' });
    const profile = stored.secretsProfile ?? this.wizard.profileName();
    const secret = async (name: SecretName): Promise<string> => {
      const value = await this.ctx.secrets.get(profile, name);
      if (value === null) throw new MissingSecretError(profile, name);
      return value;
    };
    if (shop.platform === 'woocommerce') {
      return new WooCommerceConnector({ url: shop.url, consumerKey: await secret('wooConsumerKey'), consumerSecret: await secret('wooConsumerSecret') });
    }
    return stored.shopifyAuth === 'clientCredentials'
      ? new ShopifyConnector({ url: shop.url, clientId: await secret('shopifyClientId'), clientSecret: await secret('shopifyClientSecret') })
      : new ShopifyConnector({ url: shop.url, accessToken: await secret('shopifyAccessToken') });
  }

  async economic(): Promise<EconomicClient> {
    const runtime = this.ctx.runtime;
    if (runtime) return runtime.economic();
    const stored = this.wizard.stored();
    const profile = stored.secretsProfile ?? this.wizard.profileName();
    const appSecretToken = await this.ctx.secrets.get(profile, 'economicAppSecretToken');
    const agreementGrantToken = await this.ctx.secrets.get(profile, 'economicAgreementGrantToken');
    if (appSecretToken === null) throw new MissingSecretError(profile, 'economicAppSecretToken');
    if (agreementGrantToken === null) throw new MissingSecretError(profile, 'economicAgreementGrantToken');
    return economicClientFor(this.ctx, { appSecretToken, agreementGrantToken });
  }
}
