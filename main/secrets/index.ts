export { KEYCHAIN_SERVICE, keychainAccount, type SecretName, type SecretStore } from './secret-store';
export { SecretStoreUnavailableError, MissingSecretError, ReadOnlySecretStoreError } from './errors';
export { EnvSecretStore } from './env-secret-store';
export { envVariableNames, toUpperSnake, ENV_PREFIX } from './env-names';
export { MemorySecretStore } from './memory-secret-store';
export { KeyringSecretStore } from './keyring-secret-store';
export { createSecretStore, LayeredSecretStore, type CreateSecretStoreOptions } from './create-secret-store';
