import { describe, expect, it } from 'vitest';
import { EconomicError } from '../../../main/connectors/economic/errors';
import { ShopError } from '../../../main/connectors/shops/types';
import { DataDirLockedError } from '../../../main/ledger';
import { classifyError } from '../../../main/runtime/classify-error';
import { ProfileMissingError } from '../../../main/runtime/runtime';
import { MissingSecretError, SecretStoreUnavailableError } from '../../../main/secrets';
import { ConfigFileInvalidError, ProfileInvalidError } from '../../../main/settings';
import { profileSchema } from '../../../shared/profile/schema';

// One judgement for the app and the command line. Kinds follow docs/contracts.md (2 bad usage or
// config, 3 shop or e-conomic unreachable, 4 data dir in use); codes are the catalogue's entries
// for each situation (LB-40xx connectivity, LB-20xx setup, LB-9104 data dir in use).
describe('classifyError', () => {
  const da = { lang: 'da' as const };
  const en = { lang: 'en' as const };

  it('calls e-conomic that does not answer, or refuses the keys, unreachable and names the catalogue problem', () => {
    expect(classifyError(new EconomicError('network', 'fetch failed'), da)).toMatchObject({ kind: 'unreachable', problem: { code: 'LB-4004' } });
    expect(classifyError(new EconomicError('auth', 'Unauthorized', { status: 401 }), da)).toMatchObject({ kind: 'unreachable', problem: { code: 'LB-4001' } });
  });

  it('calls a shop that does not answer unreachable, but a shop profile that is wrong a plain failure', () => {
    expect(classifyError(new ShopError('unreachable', 'connect ECONNREFUSED'), { ...en, platform: 'shopify' })).toMatchObject({
      kind: 'unreachable',
      problem: { code: 'LB-4012', params: { platform: 'Shopify' } },
    });
    expect(classifyError(new ShopError('config', 'no access token'), da)).toMatchObject({ kind: 'failure', problem: { code: 'LB-2009' } });
  });

  it('names the connection whose sign-in details are missing, in the owner’s language', () => {
    const missing = (secret: 'smtpPassword' | 'shopifyAccessToken' | 'economicAgreementGrantToken', lang: 'da' | 'en') =>
      classifyError(new MissingSecretError('butik', secret), { lang });
    expect(missing('smtpPassword', 'da')).toEqual({ kind: 'usage', problem: { code: 'LB-2013', params: { connection: 'mailserveren (SMTP)' } } });
    expect(missing('shopifyAccessToken', 'en')).toEqual({ kind: 'usage', problem: { code: 'LB-2013', params: { connection: 'the shop' } } });
    expect(missing('economicAgreementGrantToken', 'da')).toEqual({ kind: 'usage', problem: { code: 'LB-2013', params: { connection: 'e-conomic' } } });
  });

  it('tells a data dir held by another process apart from everything else', () => {
    expect(classifyError(new DataDirLockedError('/data', 4242, null), da)).toEqual({ kind: 'locked', problem: { code: 'LB-9104', params: {} } });
  });

  it('treats a missing, invalid or unreadable profile as bad configuration', () => {
    expect(classifyError(new ProfileMissingError('/data'), da)).toEqual({ kind: 'usage', problem: { code: 'LB-2010', params: {} } });
    const invalid = profileSchema.safeParse({});
    if (invalid.success) throw new Error('an empty profile must not be valid');
    const judged = classifyError(new ProfileInvalidError(invalid.error, null), en);
    expect(judged.kind).toBe('usage');
    expect(judged.problem?.code).toBe('LB-2014');
    // The fields are explained in the asked language, not as zod's raw text.
    expect(String(judged.problem?.params.detail)).toContain('name');
    expect(classifyError(new ConfigFileInvalidError('/data/config.json', ['not JSON']), da)).toEqual({ kind: 'usage', problem: null });
  });

  it('passes the keychain’s own reason on when the keychain cannot be used', () => {
    expect(classifyError(new SecretStoreUnavailableError('linux', 'no D-Bus session'), da)).toEqual({ kind: 'failure', problem: { code: 'LB-4021', params: { detail: 'no D-Bus session' } } });
  });

  it('knows a raw network failure without a catalogue problem, and leaves anything else to its own message', () => {
    expect(classifyError(new Error('connect ECONNREFUSED 127.0.0.1:9'), da)).toEqual({ kind: 'unreachable', problem: null });
    expect(classifyError(new TypeError('x is not a function'), da)).toEqual({ kind: 'failure', problem: null });
    expect(classifyError('a string thrown', da)).toEqual({ kind: 'failure', problem: null });
  });
});
