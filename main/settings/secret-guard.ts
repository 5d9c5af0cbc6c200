import { containsRegisteredSecret, isSecretFieldName } from '../../shared/redact';

/** Something that looks like a secret was about to be written to config.json. */
export class SecretInConfigError extends Error {
  override readonly name = 'SecretInConfigError';
  constructor(readonly path: string) {
    super(
      `Refusing to save "${path}" in config.json: it looks like a password, token or key. ` +
        'Secrets are stored in the system keychain (Settings → Connections), or for servers given as LEDGERBRIDGE_* environment variables.',
    );
  }
}

/**
 * Paths whose string values are names of environment variables, not secrets, even though
 * the keys are secret names (e.g. secretsFromEnv.economicAppSecretToken = "ECONOMIC_TOKEN").
 */
const ENV_NAME_MAPS = /(^|\.)secretsFromEnv$/;

/**
 * A rule's condition on the order's metadata names the meta key in `key` (e.g. "_wholesale"),
 * a field the profile's contract names so: a name, not a secret (its value is still checked
 * against the registered secrets).
 */
const RULE_CONDITION = /(^|\.)rules\[\d+\]\.when\[\d+\]$/;

/**
 * Throws SecretInConfigError if any value is a registered secret, or a non-empty string
 * stored under a field named like token/secret/password.
 */
export function assertNoSecrets(value: unknown, path = ''): void {
  if (typeof value === 'string') {
    if (containsRegisteredSecret(value)) throw new SecretInConfigError(path || '(value)');
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertNoSecrets(item, `${path}[${i}]`));
    return;
  }
  const envNames = ENV_NAME_MAPS.test(path);
  const condition = RULE_CONDITION.test(path);
  for (const [key, v] of Object.entries(value)) {
    const child = path ? `${path}.${key}` : key;
    const namesAMetaKey = condition && key === 'key';
    if (!envNames && !namesAMetaKey && isSecretFieldName(key) && typeof v === 'string' && v !== '') throw new SecretInConfigError(child);
    if (envNames && typeof v === 'string' && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) throw new SecretInConfigError(child);
    assertNoSecrets(v, child);
  }
}
