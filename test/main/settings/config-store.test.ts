import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigFileInvalidError, ConfigStore, ProfileInvalidError, SecretInConfigError, UnknownProfileError } from '../../../main/settings';
import { clearRegisteredSecretsForTests, registerSecret } from '../../../shared/redact';
import { removeDir, tempDir } from '../ledger/helpers/temp-ledger';
import { validProfile } from './profile-fixture';
import type { ProfileInput } from '../../../shared/profile/schema';

let dir: string;
let store: ConfigStore;
beforeEach(() => {
  dir = tempDir('lb-config-');
  store = new ConfigStore(dir);
});
afterEach(() => {
  removeDir(dir);
  clearRegisteredSecretsForTests();
});

describe('config.json', () => {
  it('starts with defaults and no profile before anything is saved', () => {
    expect(store.load()).toEqual({
      version: 1,
      activeProfile: null,
      profiles: {},
      app: { language: 'da', syncIntervalMinutes: 5, notifications: { desktop: true, failuresOnly: true }, startAtLogin: false },
    });
    expect(store.getProfile()).toBeNull();
  });

  it('stores a profile with its defaults filled in and makes the first one active', () => {
    const saved = store.saveProfile(validProfile());
    expect(saved.bookingMode).toBe('drafts');
    expect(saved.roundingTolerance).toBe('0.05');
    const reopened = new ConfigStore(dir);
    expect(reopened.load().activeProfile).toBe('butik');
    expect(reopened.getProfile()).toEqual(saved);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).profiles.butik.layoutNumber).toBe(19);
  });

  it('keeps the active profile when another is added, unless asked to switch', () => {
    store.saveProfile(validProfile());
    store.saveProfile(validProfile({ name: 'outlet' }));
    expect(store.load().activeProfile).toBe('butik');
    store.saveProfile(validProfile({ name: 'outlet', layoutNumber: 20 }), { activate: true });
    expect(store.getProfile()?.layoutNumber).toBe(20);
    expect(store.getProfile('butik')?.layoutNumber).toBe(19);
  });

  it('refuses an invalid profile, explains every bad field, and leaves the file untouched', () => {
    store.saveProfile(validProfile());
    const before = readFileSync(join(dir, 'config.json'), 'utf8');
    const err = (() => {
      try {
        store.saveProfile(validProfile({ orderStages: [], shop: { platform: 'woocommerce', url: 'butik.dk' } }));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ProfileInvalidError);
    expect((err as ProfileInvalidError).explain('en')).toEqual([
      'shop.url: give the shop address starting with https://, e.g. "https://butik.dk"',
      'orderStages: list at least one shop status at which orders are transferred, e.g. ["processing"]',
    ]);
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(before);
  });

  it('writes atomically, leaving no temporary files behind', () => {
    store.saveProfile(validProfile());
    store.saveProfile(validProfile({ layoutNumber: 21 }));
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('reports a hand-edited file that is broken, per field', () => {
    writeFileSync(join(dir, 'config.json'), '{ "version": 1, "profiles": { ');
    expect(() => store.load()).toThrow(/not valid JSON/);

    const config = { version: 1, activeProfile: 'butik', profiles: { butik: { ...validProfile(), layoutNumber: 'nineteen' } }, app: { language: 'en' } };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    const err = (() => {
      try {
        store.load();
      } catch (e) {
        return e as ConfigFileInvalidError;
      }
    })();
    expect(err).toBeInstanceOf(ConfigFileInvalidError);
    expect(err?.problems).toEqual(['profiles.butik.layoutNumber: give the number of the e-conomic invoice layout, a whole number such as 19']);
  });

  it('sets aside a profile broken by a hand edit beside a valid one, so the valid shop runs on, and says why per field', () => {
    const broken = { ...validProfile({ name: 'se' }), layoutNumber: 'nineteen' };
    const config = { version: 1, activeProfile: 'se', profiles: { se: broken, butik: validProfile() }, app: { language: 'en' } };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    expect(Object.keys(store.load().profiles)).toEqual(['butik']);
    expect(store.profileNames()).toEqual(['se', 'butik']);
    const [aside] = store.setAside();
    expect([aside.name, aside.raw, aside.error.explain('en')]).toEqual(['se', broken, ['layoutNumber: give the number of the e-conomic invoice layout, a whole number such as 19']]);
    expect(aside.error.path).toBe(join(dir, 'config.json'));
  });

  it('keeps the profile set aside as written, in its place, when the valid ones are saved, until it is corrected or deleted', () => {
    const broken = { ...validProfile({ name: 'se' }), layoutNumber: 'nineteen' };
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ version: 1, activeProfile: 'se', profiles: { se: broken, butik: validProfile() }, app: { language: 'en' } }));
    store.saveProfile(validProfile({ layoutNumber: 21 }));
    store.updateApp({ syncIntervalMinutes: 10 });
    const written = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { activeProfile: string; profiles: Record<string, { layoutNumber: unknown }> };
    expect([written.activeProfile, Object.keys(written.profiles), written.profiles.se.layoutNumber, written.profiles.butik.layoutNumber]).toEqual(['se', ['se', 'butik'], 'nineteen', 21]);

    // Corrected by hand: it is read as any other profile again.
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...written, profiles: { ...written.profiles, se: { ...broken, layoutNumber: 19 } } }));
    expect(Object.keys(store.load().profiles)).toEqual(['se', 'butik']);
    expect(store.setAside()).toEqual([]);

    // Broken again, then deleted: gone from the file.
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...written, profiles: { ...written.profiles, se: broken } }));
    store.deleteProfile('se');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).profiles)).toEqual(['butik']);
  });

  it('reads a Shopify shop saved by an earlier LedgerBridge at the API version it then used, as the version this one is written for', () => {
    // Until 6821b6c a Shopify profile was stored with apiVersion "2026-07"; this LedgerBridge pins only "2026-01".
    const stored = { ...validProfile(), name: 'shopify', shop: { platform: 'shopify', url: 'https://butik.myshopify.com', apiVersion: '2026-07' } };
    const config = { version: 1, activeProfile: 'shopify', profiles: { shopify: stored }, app: { language: 'da' } };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    expect(store.load().profiles.shopify.shop).toMatchObject({ platform: 'shopify', apiVersion: '2026-01' });
    // Given now, the same version is refused: the consultant is told which one to use.
    expect(() => store.saveProfile({ ...stored, name: 'ny' } as unknown as ProfileInput)).toThrow(ProfileInvalidError);
  });

  it('switches and deletes profiles, refusing unknown names with the ones that exist', () => {
    store.saveProfile(validProfile());
    store.saveProfile(validProfile({ name: 'outlet' }));
    store.setActiveProfile('outlet');
    expect(store.getProfile()?.name).toBe('outlet');
    expect(() => store.setActiveProfile('nope')).toThrow(UnknownProfileError);
    expect(() => store.requireProfile('nope')).toThrow(/known profiles: butik, outlet/);
    store.deleteProfile('outlet');
    expect(store.load().activeProfile).toBe('butik');
  });

  it('updates app settings and validates them', () => {
    expect(store.updateApp({ language: 'en', startAtLogin: true }).startAtLogin).toBe(true);
    expect(new ConfigStore(dir).load().app).toMatchObject({ language: 'en', startAtLogin: true, syncIntervalMinutes: 5 });
    expect(() => store.updateApp({ syncIntervalMinutes: 0 })).toThrow(/app.syncIntervalMinutes: must be at least 1/);
  });
});

describe('no secrets in config.json', () => {
  it('refuses a profile carrying a field named like a token, even one the schema would drop', () => {
    const withToken = { ...validProfile(), economicAppSecretToken: 'app-token-123456' };
    expect(() => store.saveProfile(withToken)).toThrow(SecretInConfigError);
    expect(() => store.saveProfile(withToken)).toThrow(/economicAppSecretToken/);
  });

  it('refuses any value that is a registered secret, wherever it is', () => {
    registerSecret('smtp-pass-4455');
    const profile = validProfile({ mail: { fromName: 'smtp-pass-4455', fromAddress: 'shop@butik.dk' } });
    expect(() => store.saveProfile(profile)).toThrow(SecretInConfigError);
    expect(() => store.saveProfile(profile)).not.toThrow(/smtp-pass-4455/);
    store.saveProfile(validProfile());
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).not.toContain('smtp-pass-4455');
  });

  it("saves a rule on the order's metadata, whose condition names the meta key in `key`, and still refuses a secret as its value", () => {
    const wholesale = { id: 'r1', name: 'Engros til godkendelse', enabled: true, when: [{ field: 'meta' as const, op: 'eq' as const, key: '_wholesale', value: 'yes' }], then: [{ type: 'holdForReview' as const }] };
    const saved = store.saveProfile(validProfile({ rules: [wholesale] }));
    expect(saved.rules[0].when[0]).toMatchObject({ field: 'meta', key: '_wholesale', value: 'yes' });
    expect(new ConfigStore(dir).getProfile()?.rules[0].when[0].key).toBe('_wholesale');
    registerSecret('cs_live_0a1b2c3d');
    expect(() => store.saveProfile(validProfile({ rules: [{ ...wholesale, when: [{ ...wholesale.when[0], key: 'cs_live_0a1b2c3d' }] }] }))).toThrow(SecretInConfigError);
    // Elsewhere a field named `key` is still taken for a secret.
    expect(() => store.saveProfile({ ...validProfile(), shop: { ...validProfile().shop, key: 'ck_live_998877' } } as unknown as ProfileInput)).toThrow(SecretInConfigError);
  });

  it('allows naming the environment variables that hold the secrets', () => {
    const saved = store.saveProfile(validProfile({ secretsFromEnv: { economicAppSecretToken: 'ECONOMIC_APP_TOKEN', wooConsumerSecret: 'WOO_SECRET' } }));
    expect(saved.secretsFromEnv).toEqual({ economicAppSecretToken: 'ECONOMIC_APP_TOKEN', wooConsumerSecret: 'WOO_SECRET' });
    expect(() => store.saveProfile(validProfile({ secretsFromEnv: { wooConsumerSecret: 'cs_live 9f8e7d6c' } }))).toThrow(SecretInConfigError);
  });
});
