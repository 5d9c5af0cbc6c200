import { registerSecret } from '../../shared/redact';
import { keychainAccount, type SecretName, type SecretStore } from './secret-store';

/** Secrets kept in memory only: tests, dry runs and the demo. */
export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();

  constructor(initial: Array<[profile: string, name: SecretName, value: string]> = []) {
    for (const [profile, name, value] of initial) {
      registerSecret(value);
      this.values.set(keychainAccount(profile, name), value);
    }
  }

  async get(profile: string, name: SecretName): Promise<string | null> {
    const value = this.values.get(keychainAccount(profile, name)) ?? null;
    registerSecret(value);
    return value;
  }

  async set(profile: string, name: SecretName, value: string): Promise<void> {
    registerSecret(value);
    this.values.set(keychainAccount(profile, name), value);
  }

  async delete(profile: string, name: SecretName): Promise<void> {
    this.values.delete(keychainAccount(profile, name));
  }
}
