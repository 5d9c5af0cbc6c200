import { redact } from '../../shared/redact';
import type { SecretName } from './secret-store';
import { envVariableNames } from './env-names';

/** The OS keychain cannot be used (no D-Bus session, no Secret Service, locked keyring…). */
export class SecretStoreUnavailableError extends Error {
  override readonly name = 'SecretStoreUnavailableError';
  constructor(
    readonly platform: NodeJS.Platform,
    /** What the keychain library said, with any secret removed. */
    readonly backendMessage: string,
    readonly hint: { profile?: string; name?: SecretName } = {},
  ) {
    super(unavailableMessage(platform, redact(backendMessage), hint));
  }
}

/** The secret is not in the keychain or the environment, so the profile cannot connect yet. */
export class MissingSecretError extends Error {
  override readonly name = 'MissingSecretError';
  constructor(
    readonly profile: string,
    readonly secretName: SecretName,
  ) {
    const [specific, general] = envVariableNames(profile, secretName);
    super(`The secret "${secretName}" for profile "${profile}" is not stored. Enter it again in Settings, or set ${specific} (or ${general}) in the environment.`);
  }
}

export class ReadOnlySecretStoreError extends Error {
  override readonly name = 'ReadOnlySecretStoreError';
  constructor(name: SecretName) {
    super(`The secret "${name}" comes from an environment variable and cannot be changed by LedgerBridge; change the variable instead.`);
  }
}

function unavailableMessage(platform: NodeJS.Platform, backend: string, hint: { profile?: string; name?: SecretName }): string {
  const envExample = hint.name ? envVariableNames(hint.profile ?? 'default', hint.name)[1] : 'LEDGERBRIDGE_ECONOMIC_APP_SECRET_TOKEN';
  const envAdvice = `On a server or in CI, give each secret as an environment variable instead, e.g. ${envExample}.`;
  let fix: string;
  if (platform === 'linux') {
    fix =
      'LedgerBridge keeps passwords and tokens in the desktop keyring (Secret Service: GNOME Keyring or KWallet), and it could not be reached. ' +
      'Log in to a desktop session and unlock the keyring, or install gnome-keyring if it is missing.';
  } else if (platform === 'darwin') {
    fix = 'LedgerBridge keeps passwords and tokens in the macOS Keychain, and it refused access. Unlock the login keychain and allow LedgerBridge when asked.';
  } else if (platform === 'win32') {
    fix = 'LedgerBridge keeps passwords and tokens in Windows Credential Manager, and it could not be used. Log in to Windows as the user who runs LedgerBridge.';
  } else {
    fix = 'LedgerBridge could not reach the system keychain.';
  }
  return `${fix} ${envAdvice} (Keychain said: ${backend})`;
}
