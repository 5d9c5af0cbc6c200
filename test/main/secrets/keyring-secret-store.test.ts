import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyringSecretStore, SecretStoreUnavailableError } from '../../../main/secrets';
import { REDACTED, clearRegisteredSecretsForTests, redact } from '../../../shared/redact';

// A service name of our own, so the test never touches a real LedgerBridge entry.
const SERVICE = `LedgerBridge-test-${process.pid}`;
const root = resolve(__dirname, '../../..');

// The cause goes into the title, so `npm test` names it when it lists (or, in CI, fails on) the skip.
const noSessionBus = process.env.DBUS_SESSION_BUS_ADDRESS ? '' : ' — skipped: no D-Bus session (apt-get install -y gnome-keyring dbus; npm test starts one)';

describe.skipIf(noSessionBus !== '')(`OS keychain (Secret Service)${noSessionBus}`, () => {
  const store = new KeyringSecretStore(SERVICE);
  afterAll(async () => {
    await store.delete('butik', 'economicAppSecretToken');
    await store.delete('butik', 'smtpPassword');
    clearRegisteredSecretsForTests();
  });

  it('answers when the keyring is running and unlocked', async () => {
    expect(await store.checkAvailable()).toEqual({ available: true });
  });

  it('stores, reads back, replaces and deletes a secret', async () => {
    expect(await store.get('butik', 'economicAppSecretToken')).toBeNull();
    await store.set('butik', 'economicAppSecretToken', 'app-secret-æøå-0001');
    expect(await store.get('butik', 'economicAppSecretToken')).toBe('app-secret-æøå-0001');
    await store.set('butik', 'economicAppSecretToken', 'app-secret-0002');
    expect(await store.get('butik', 'economicAppSecretToken')).toBe('app-secret-0002');
    await store.delete('butik', 'economicAppSecretToken');
    expect(await store.get('butik', 'economicAppSecretToken')).toBeNull();
  });

  it('keeps secrets of different profiles apart', async () => {
    await store.set('butik', 'smtpPassword', 'butik-smtp-pass');
    expect(await store.get('other', 'smtpPassword')).toBeNull();
    expect(await new KeyringSecretStore(SERVICE).get('butik', 'smtpPassword')).toBe('butik-smtp-pass');
    expect(redact('smtp login butik-smtp-pass')).toBe(`smtp login ${REDACTED}`);
  });

  it('deleting a secret that is not there is not an error', async () => {
    await expect(store.delete('nobody', 'wooConsumerKey')).resolves.toBeUndefined();
  });
});

describe.skipIf(process.platform !== 'linux')('OS keychain that cannot be reached', () => {
  it('fails with a message saying how to fix it, including the environment-variable route', () => {
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/ledgerbridge-test-bus' };
    const child = spawnSync(process.execPath, [join(root, 'bin/run-ts.js'), resolve(__dirname, 'helpers/keyring-probe.ts'), SERVICE], { cwd: root, env, encoding: 'utf8' });
    const result = JSON.parse(child.stdout.trim().split('\n').pop() as string) as { ok: boolean; name: string; message: string };
    expect(result.ok).toBe(false);
    expect(result.name).toBe(new SecretStoreUnavailableError('linux', '').name);
    expect(result.message).toMatch(/keyring/i);
    expect(result.message).toContain('LEDGERBRIDGE_ECONOMIC_APP_SECRET_TOKEN');
  });
});
