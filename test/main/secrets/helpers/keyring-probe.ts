// Child process for the keychain tests: tries to read a secret from the OS keychain and
// prints what happened as one JSON line (run with a deliberately broken D-Bus address).
import { KeyringSecretStore } from '../../../../main/secrets';

const store = new KeyringSecretStore(process.argv[2] ?? 'LedgerBridge-test');
try {
  const value = await store.get('probe', 'economicAppSecretToken');
  process.stdout.write(JSON.stringify({ ok: true, found: value !== null }) + '\n');
} catch (err) {
  process.stdout.write(JSON.stringify({ ok: false, name: (err as Error).name, message: (err as Error).message }) + '\n');
}
