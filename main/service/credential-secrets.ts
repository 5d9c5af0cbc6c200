import type { SecretName } from '../secrets';
import type { EconomicCredentials, ShopCredentials } from '../../shared/ipc/schemas/setup';

/** The keychain entries a set of shop credentials is stored as. */
export function shopSecrets(credentials: ShopCredentials): Array<[SecretName, string]> {
  switch (credentials.kind) {
    case 'woocommerce':
      return [['wooConsumerKey', credentials.consumerKey], ['wooConsumerSecret', credentials.consumerSecret]];
    case 'shopifyToken':
      return [['shopifyAccessToken', credentials.accessToken]];
    case 'shopifyClient':
      return [['shopifyClientId', credentials.clientId], ['shopifyClientSecret', credentials.clientSecret]];
  }
}

export function economicSecrets(credentials: EconomicCredentials): Array<[SecretName, string]> {
  return [['economicAppSecretToken', credentials.appSecretToken], ['economicAgreementGrantToken', credentials.agreementGrantToken]];
}
