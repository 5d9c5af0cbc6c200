import type { SecretName } from './secret-store';

export const ENV_PREFIX = 'LEDGERBRIDGE_';

/** "economicAppSecretToken" → "ECONOMIC_APP_SECRET_TOKEN"; "my-shop" → "MY_SHOP". */
export function toUpperSnake(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/**
 * The variables consulted for a secret, most specific first:
 * `LEDGERBRIDGE_<PROFILE>_<NAME>`, then `LEDGERBRIDGE_<NAME>`.
 */
export function envVariableNames(profile: string, name: SecretName): [string, string] {
  return [`${ENV_PREFIX}${toUpperSnake(profile)}_${toUpperSnake(name)}`, `${ENV_PREFIX}${toUpperSnake(name)}`];
}
