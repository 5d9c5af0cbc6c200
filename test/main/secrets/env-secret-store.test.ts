import { afterEach, describe, expect, it } from 'vitest';
import { EnvSecretStore, ReadOnlySecretStoreError, envVariableNames, toUpperSnake } from '../../../main/secrets';
import { REDACTED, clearRegisteredSecretsForTests, redact } from '../../../shared/redact';

afterEach(() => clearRegisteredSecretsForTests());

describe('secrets from environment variables', () => {
  it('names the variables in UPPER_SNAKE, profile-specific first', () => {
    expect(toUpperSnake('economicAppSecretToken')).toBe('ECONOMIC_APP_SECRET_TOKEN');
    expect(envVariableNames('my-shop', 'wooConsumerKey')).toEqual(['LEDGERBRIDGE_MY_SHOP_WOO_CONSUMER_KEY', 'LEDGERBRIDGE_WOO_CONSUMER_KEY']);
  });

  it('reads LEDGERBRIDGE_<NAME>, and prefers LEDGERBRIDGE_<PROFILE>_<NAME> when both are set', async () => {
    const store = new EnvSecretStore({
      LEDGERBRIDGE_ECONOMIC_APP_SECRET_TOKEN: 'general-app-token',
      LEDGERBRIDGE_BUTIK_ECONOMIC_APP_SECRET_TOKEN: 'butik-app-token',
      LEDGERBRIDGE_SMTP_PASSWORD: '',
    });
    expect(await store.get('butik', 'economicAppSecretToken')).toBe('butik-app-token');
    expect(await store.get('other', 'economicAppSecretToken')).toBe('general-app-token');
    expect(await store.get('butik', 'smtpPassword')).toBeNull();
    expect(await store.get('butik', 'shopifyAccessToken')).toBeNull();
  });

  it('registers every value it hands out, so it is redacted from logs afterwards', async () => {
    const store = new EnvSecretStore({ LEDGERBRIDGE_WOO_CONSUMER_SECRET: 'cs_0123456789abcdef' });
    expect(redact('auth with cs_0123456789abcdef')).toBe('auth with cs_0123456789abcdef');
    await store.get('butik', 'wooConsumerSecret');
    expect(redact('auth with cs_0123456789abcdef')).toBe(`auth with ${REDACTED}`);
  });

  it('cannot be written to, and says to change the variable instead', async () => {
    const store = new EnvSecretStore({});
    await expect(store.set('butik', 'smtpPassword', 'x')).rejects.toThrow(ReadOnlySecretStoreError);
    await expect(store.delete('butik', 'smtpPassword')).rejects.toThrow(/environment variable/);
  });
});
