import { AsyncEntry, type EntryOptions } from '@napi-rs/keyring';
import { registerSecret } from '../../shared/redact';
import { SecretStoreUnavailableError } from './errors';
import { KEYCHAIN_SERVICE, keychainAccount, type SecretName, type SecretStore } from './secret-store';

/**
 * Linux: pin the Secret Service (GNOME Keyring / KWallet). The library's default falls back
 * to the kernel keyutils store, which forgets everything at reboot — a silent loss of the
 * owner's tokens, worse than a clear "keyring unavailable" error.
 */
const ENTRY_OPTIONS: EntryOptions | undefined = process.platform === 'linux' ? { linux: { store: 'secret-service' } } : undefined;

/** Secrets in the OS keychain via @napi-rs/keyring (see docs/decisions/0001-keyring-instead-of-keytar.md). */
export class KeyringSecretStore implements SecretStore {
  constructor(private readonly service: string = KEYCHAIN_SERVICE) {}

  async get(profile: string, name: SecretName): Promise<string | null> {
    const value = await this.call(profile, name, (e) => e.getPassword());
    registerSecret(value);
    return value ?? null;
  }

  async set(profile: string, name: SecretName, value: string): Promise<void> {
    if (!value) throw new Error(`Refusing to store an empty value for "${name}"; use delete() to remove a secret.`);
    registerSecret(value);
    await this.call(profile, name, (e) => e.setPassword(value));
  }

  async delete(profile: string, name: SecretName): Promise<void> {
    await this.call(profile, name, (e) => e.deletePassword());
  }

  /** Whether the keychain answers at all: reads a probe entry that normally does not exist. */
  async checkAvailable(): Promise<{ available: true } | { available: false; error: SecretStoreUnavailableError }> {
    try {
      await new AsyncEntry(this.service, '__availability_probe__', ENTRY_OPTIONS).getPassword();
      return { available: true };
    } catch (err) {
      return { available: false, error: new SecretStoreUnavailableError(process.platform, messageOf(err)) };
    }
  }

  private async call<T>(profile: string, name: SecretName, fn: (entry: AsyncEntry) => Promise<T>): Promise<T> {
    try {
      return await fn(new AsyncEntry(this.service, keychainAccount(profile, name), ENTRY_OPTIONS));
    } catch (err) {
      throw new SecretStoreUnavailableError(process.platform, messageOf(err), { profile, name });
    }
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
