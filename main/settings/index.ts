export { ConfigStore, CONFIG_FILE_NAME } from './config-store';
export { configFileSchema, appSettingsSchema, defaultConfig, type ConfigFile, type AppSettings } from './config-schema';
export { explainProfileErrors } from './explain-profile-errors';
export { ProfileInvalidError, ConfigFileInvalidError, StoredProfileInvalidError, UnknownProfileError } from './errors';
export { assertNoSecrets, SecretInConfigError } from './secret-guard';
export { writeFileAtomic } from './atomic-write';
export { unknownFields, type UnknownField } from './unknown-fields';
