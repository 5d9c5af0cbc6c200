import { afterEach, describe, expect, it } from 'vitest';
import { MemorySecretStore, MissingSecretError, createSecretStore } from '../../../main/secrets';
import { REDACTED, clearRegisteredSecretsForTests, redact } from '../../../shared/redact';

afterEach(() => clearRegisteredSecretsForTests());

describe('the secret store LedgerBridge uses', () => {
  it('takes a secret from the environment before the keychain', async () => {
    const keychain = new MemorySecretStore([['butik', 'economicAgreementGrantToken', 'grant-from-keychain']]);
    const store = createSecretStore({ env: { LEDGERBRIDGE_ECONOMIC_AGREEMENT_GRANT_TOKEN: 'grant-from-env' }, keychain });
    expect(await store.get('butik', 'economicAgreementGrantToken')).toBe('grant-from-env');
    expect(await store.sourceOf('butik', 'economicAgreementGrantToken')).toBe('env');
  });

  it('falls back to the keychain, and writes and deletes there', async () => {
    const keychain = new MemorySecretStore();
    const store = createSecretStore({ env: {}, keychain });
    await store.set('butik', 'smtpPassword', 'smtp-pass-778899');
    expect(await keychain.get('butik', 'smtpPassword')).toBe('smtp-pass-778899');
    expect(await store.get('butik', 'smtpPassword')).toBe('smtp-pass-778899');
    expect(await store.sourceOf('butik', 'smtpPassword')).toBe('keychain');
    await store.delete('butik', 'smtpPassword');
    expect(await store.get('butik', 'smtpPassword')).toBeNull();
    expect(await store.sourceOf('butik', 'smtpPassword')).toBeNull();
  });

  it('explains where to put a secret that is missing everywhere', async () => {
    const store = createSecretStore({ env: {}, keychain: new MemorySecretStore() });
    const err = await store.require('butik', 'shopifyAccessToken').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingSecretError);
    expect((err as Error).message).toContain('LEDGERBRIDGE_BUTIK_SHOPIFY_ACCESS_TOKEN');
    expect((err as Error).message).toContain('LEDGERBRIDGE_SHOPIFY_ACCESS_TOKEN');
  });

  it('registers secrets written through it for redaction', async () => {
    const store = createSecretStore({ env: {}, keychain: new MemorySecretStore() });
    await store.set('butik', 'wooConsumerKey', 'ck_fedcba9876543210');
    expect(redact('GET /orders?x=ck_fedcba9876543210')).toBe(`GET /orders?x=${REDACTED}`);
  });
});
