import { EnvSecretStore } from './env-secret-store';
import { MissingSecretError } from './errors';
import { KeyringSecretStore } from './keyring-secret-store';
import type { SecretName, SecretStore } from './secret-store';

export interface CreateSecretStoreOptions {
  /** Environment to read `LEDGERBRIDGE_*` secrets from (default process.env). */
  env?: NodeJS.ProcessEnv | Record<string, string | undefined>;
  /** The keychain-backed store; defaults to the OS keychain. Tests pass a MemorySecretStore. */
  keychain?: SecretStore;
}

/**
 * Environment variables first (servers, CI, and overrides), then the OS keychain.
 * Writes go to the keychain; a keychain that cannot be reached raises
 * SecretStoreUnavailableError explaining how to use the environment instead.
 */
export class LayeredSecretStore implements SecretStore {
  constructor(
    readonly env: EnvSecretStore,
    readonly keychain: SecretStore,
  ) {}

  async get(profile: string, name: SecretName): Promise<string | null> {
    return this.env.getSync(profile, name) ?? (await this.keychain.get(profile, name));
  }

  /** Like get(), but a missing secret is an error that says where to put it. */
  async require(profile: string, name: SecretName): Promise<string> {
    const value = await this.get(profile, name);
    if (value === null) throw new MissingSecretError(profile, name);
    return value;
  }

  async set(profile: string, name: SecretName, value: string): Promise<void> {
    await this.keychain.set(profile, name, value);
  }

  async delete(profile: string, name: SecretName): Promise<void> {
    await this.keychain.delete(profile, name);
  }

  /** Where a secret currently comes from, for Settings and `status`. */
  async sourceOf(profile: string, name: SecretName): Promise<'env' | 'keychain' | null> {
    if (this.env.has(profile, name)) return 'env';
    return (await this.keychain.get(profile, name)) !== null ? 'keychain' : null;
  }
}

export function createSecretStore(opts: CreateSecretStoreOptions = {}): LayeredSecretStore {
  return new LayeredSecretStore(new EnvSecretStore(opts.env ?? process.env), opts.keychain ?? new KeyringSecretStore());
}
