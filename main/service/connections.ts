import { EconomicClient } from '../connectors/economic/client';
import { createShopConnector } from '../connectors/shops/create-shop-connector';
import type { ShopConnector } from '../connectors/shops/types';
import { MissingSecretError, type SecretName } from '../secrets';
import type { ShopSettingsInput } from '../../shared/profile/schema';
import type { EconomicCredentials, ShopCredentials } from '../../shared/ipc/schemas/setup';
import type { Platform } from '../../shared/domain/order';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError } from './errors';
import { settingsRuntime } from './settings-shop';
import type { WizardArea } from './wizard';
import { PLACES } from '../../shared/i18n/places';

/** Attempts for a "Test" button: a wrong address or key should answer within seconds, not after minutes of retries. */
const TEST_ATTEMPTS = 2;

/** The credentials typed in the wizard, under the names they are stored by in the keychain. */
function asSecrets(credentials: ShopCredentials): Partial<Record<SecretName, string>> {
  switch (credentials.kind) {
    case 'woocommerce':
      return { wooConsumerKey: credentials.consumerKey, wooConsumerSecret: credentials.consumerSecret };
    case 'shopifyToken':
      return { shopifyAccessToken: credentials.accessToken };
    case 'shopifyClient':
      return { shopifyClientId: credentials.clientId, shopifyClientSecret: credentials.clientSecret };
  }
}

/** A connector for the wizard's "Test" button, on the credentials just typed (not yet stored). */
export function shopConnectorFor(platform: Platform, url: string, credentials: ShopCredentials): Promise<ShopConnector> {
  if (platform === 'woocommerce' && credentials.kind !== 'woocommerce') throw new Error('WooCommerce needs a consumer key and secret');
  if (platform === 'shopify' && credentials.kind === 'woocommerce') throw new Error('Shopify needs an access token or client credentials');
  const secrets = asSecrets(credentials);
  const shop: ShopSettingsInput = platform === 'woocommerce' ? { platform, url } : { platform, url, auth: credentials.kind === 'shopifyClient' ? 'clientCredentials' : 'token' };
  return createShopConnector(
    shop,
    async (name) => {
      const value = secrets[name];
      if (value === undefined) throw new Error(`${name} was not typed in`);
      return value;
    },
    { maxAttempts: TEST_ATTEMPTS },
  );
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
 * The shop and e-conomic connections the setup steps and Settings use: the engine's once a
 * profile exists, before that the ones described by the wizard's answers and the keys the
 * wizard stored in the keychain. Settings names the shop it shows (`shop`, settings-shop.ts).
 */
export class Connections {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
  ) {}

  platform(shop?: string): Platform | undefined {
    return settingsRuntime(this.ctx, this.wizard, shop)?.profile.shop.platform ?? this.wizard.current().answers.shop?.platform;
  }

  async shop(shop?: string): Promise<ShopConnector> {
    const runtime = settingsRuntime(this.ctx, this.wizard, shop);
    if (runtime) return runtime.shop();
    const lang = this.ctx.language();
    const stored = this.wizard.stored();
    const answer = stored.state.answers.shop;
    if (!answer) throw serviceError(SERVICE_CODES.wizardStepMissing, lang, { step: PLACES['setup.shop'].name[lang] });
    const profile = stored.secretsProfile ?? this.wizard.profileName();
    const secret = async (name: SecretName): Promise<string> => {
      const value = await this.ctx.secrets.get(profile, name);
      if (value === null) throw new MissingSecretError(profile, name);
      return value;
    };
    const settings: ShopSettingsInput = answer.platform === 'woocommerce' ? { platform: 'woocommerce', url: answer.url } : { platform: 'shopify', url: answer.url, auth: stored.shopifyAuth ?? 'token' };
    return createShopConnector(settings, secret);
  }

  async economic(shop?: string): Promise<EconomicClient> {
    const runtime = settingsRuntime(this.ctx, this.wizard, shop);
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
