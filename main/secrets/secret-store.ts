import type { SecretName } from '../../shared/profile/schema';

export type { SecretName } from '../../shared/profile/schema';

/** Where a profile's secrets live. Values read or written are registered with the redactor. */
export interface SecretStore {
  get(profile: string, name: SecretName): Promise<string | null>;
  set(profile: string, name: SecretName, value: string): Promise<void>;
  delete(profile: string, name: SecretName): Promise<void>;
}

/** The OS keychain service every LedgerBridge secret is stored under (docs/architecture.md, "Storage and secrets"). */
export const KEYCHAIN_SERVICE = 'LedgerBridge';

/** Keychain account for a profile's secret: `<profile>/<name>`. */
export function keychainAccount(profile: string, name: SecretName): string {
  return `${profile}/${name}`;
}
