import { registerSecret } from '../../shared/redact';
import { ReadOnlySecretStoreError } from './errors';
import { envVariableNames } from './env-names';
import type { SecretName, SecretStore } from './secret-store';

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
