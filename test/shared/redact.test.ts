import { afterEach, describe, expect, it } from 'vitest';
import { REDACTED, clearRegisteredSecretsForTests, containsRegisteredSecret, isSecretFieldName, redact, redactDeep, registerSecret } from '../../shared/redact';

afterEach(() => clearRegisteredSecretsForTests());

describe('redact', () => {
  it('removes a registered secret wherever it appears in text', () => {
    registerSecret('demo-app-secret-9f8e7d');
    const text = 'GET https://restapi.e-conomic.com/customers failed; sent X-AppSecretToken demo-app-secret-9f8e7d twice (demo-app-secret-9f8e7d)';
    expect(redact(text)).toBe(`GET https://restapi.e-conomic.com/customers failed; sent X-AppSecretToken ${REDACTED} twice (${REDACTED})`);
    expect(containsRegisteredSecret(text)).toBe(true);
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    registerSecret('abcd1234');
    registerSecret('abcd1234-extended');
    expect(redact('token abcd1234-extended')).toBe(`token ${REDACTED}`);
  });

  it('ignores values too short to be real secrets, so ordinary text survives', () => {
    registerSecret('ab');
    registerSecret('');
    registerSecret(null);
    expect(redact('a cab drove by')).toBe('a cab drove by');
  });

  it('removes secrets written inline even when never registered', () => {
    expect(redact('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig')).toBe(`Authorization: ${REDACTED}`);
    expect(redact('sent Bearer shpat_0123456789abcdef to the shop')).toBe(`sent Bearer ${REDACTED} to the shop`);
    expect(redact('https://butik.dk/wp-json/wc/v3/orders?consumer_key=ck_123456&consumer_secret=cs_abcdef&page=2')).toBe(
      `https://butik.dk/wp-json/wc/v3/orders?consumer_key=${REDACTED}&consumer_secret=${REDACTED}&page=2`,
    );
    expect(redact('{"agreementGrantToken":"grant-xyz","name":"Butik"}')).toBe(`{"agreementGrantToken":"${REDACTED}","name":"Butik"}`);
    expect(redact('-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----')).toBe(`-----BEGIN PRIVATE KEY-----${REDACTED}-----END PRIVATE KEY-----`);
  });
});

describe('redactDeep', () => {
  it('blanks fields named like secrets and redacts secrets inside other strings, without changing the input', () => {
    registerSecret('smtp-password-123');
    const input = {
      profile: 'butik',
      headers: { Authorization: 'Basic dXNlcjpwYXNz', 'X-AgreementGrantToken': 'grant-abc' },
      smtp: { user: 'shop@butik.dk', password: 'smtp-password-123', port: 587 },
      note: 'login with smtp-password-123 failed',
      lines: [{ apiKey: 'k-1' }, { name: 'Vare' }],
      idempotencyKey: 'lb-create-draft-1001',
      tls: { secure: true },
    };
    const out = redactDeep(input);
    expect(out).toEqual({
      profile: 'butik',
      headers: { Authorization: REDACTED, 'X-AgreementGrantToken': REDACTED },
      smtp: { user: 'shop@butik.dk', password: REDACTED, port: 587 },
      note: `login with ${REDACTED} failed`,
      lines: [{ apiKey: REDACTED }, { name: 'Vare' }],
      idempotencyKey: 'lb-create-draft-1001',
      tls: { secure: true },
    });
    expect(input.smtp.password).toBe('smtp-password-123');
  });

  it('turns errors into plain objects with redacted message and stack, and copes with cycles', () => {
    registerSecret('cs_live_secret_value');
    const err = Object.assign(new Error('shop refused cs_live_secret_value'), { code: 'E_AUTH' });
    const ctx: Record<string, unknown> = { err };
    ctx.self = ctx;
    const out = redactDeep(ctx) as { err: { name: string; message: string; stack: string; code: string }; self: unknown };
    expect(out.err.message).toBe(`shop refused ${REDACTED}`);
    expect(out.err.stack).not.toContain('cs_live_secret_value');
    expect(out.err.code).toBe('E_AUTH');
    expect(out.self).toBe(out);
  });
});

describe('isSecretFieldName', () => {
  it('recognises the secret names LedgerBridge uses and leaves ordinary fields alone', () => {
    for (const name of ['economicAppSecretToken', 'wooConsumerKey', 'wooConsumerSecret', 'shopifyAccessToken', 'smtpPassword', 'authorization', 'key'])
      expect(isSecretFieldName(name), name).toBe(true);
    for (const name of ['name', 'vatNumberMetaKey', 'idempotencyKey', 'orderStages', 'auth', 'layoutNumber'])
      expect(isSecretFieldName(name), name).toBe(false);
  });
});
