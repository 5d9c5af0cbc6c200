import { registerSecret } from '../../shared/redact';
import { ReadOnlySecretStoreError } from './errors';
import type { SecretName, SecretStore } from './secret-store';

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

/** Secrets from environment variables, for servers and CI. Read-only. */
export class EnvSecretStore implements SecretStore {
  constructor(private readonly env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env) {}

  async get(profile: string, name: SecretName): Promise<string | null> {
    return this.getSync(profile, name);
  }

  getSync(profile: string, name: SecretName): string | null {
    for (const variable of envVariableNames(profile, name)) {
      const value = this.env[variable];
      if (value !== undefined && value !== '') {
        registerSecret(value);
        return value;
      }
    }
    return null;
  }

  /** Whether the environment supplies this secret (so writes to the keychain would be shadowed). */
  has(profile: string, name: SecretName): boolean {
    return envVariableNames(profile, name).some((v) => this.env[v] !== undefined && this.env[v] !== '');
  }

  async set(_profile: string, name: SecretName, _value: string): Promise<void> {
    throw new ReadOnlySecretStoreError(name);
  }

  async delete(_profile: string, name: SecretName): Promise<void> {
    throw new ReadOnlySecretStoreError(name);
  }
}
