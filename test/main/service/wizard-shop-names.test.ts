/**
 * The name of a shop in the wizard's Plan step, with a shop set up already (issue 17 §3). Its keys
 * are kept in the keychain under its name, so the Plan step is where a name is refused that would
 * put another shop's keys in their place: adding a shop under the name of one set up (the Plan
 * step suggests "butik" both times), and renaming a shop that is set up (its ledger, and the
 * references of its invoices in e-conomic, belong to its name: under a new name it would be a
 * second shop that sends every order again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../main/settings';
import { completeWizard, ECONOMIC_TOKENS, SHOP_KEYS, startServiceHarness, type ServiceHarness } from './harness';

/** The keys a consultant types for the Swedish shop being added. */
const SWEDISH_KEYS = { consumerKey: 'ck_5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e', consumerSecret: 'cs_7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a' };
const SWEDISH_SHOP = { platform: 'woocommerce', url: 'https://norrsken.example.se', shopName: 'Norrsken', currency: 'SEK' } as const;

let h: ServiceHarness;
const keysOf = async (profile: string) => ({
  consumerKey: await h.secrets.get(profile, 'wooConsumerKey'),
  consumerSecret: await h.secrets.get(profile, 'wooConsumerSecret'),
  appSecretToken: await h.secrets.get(profile, 'economicAppSecretToken'),
});
const butiksKeys = { ...SHOP_KEYS, appSecretToken: ECONOMIC_TOKENS.appSecretToken };

beforeAll(async () => {
  h = await startServiceHarness();
  // The first shop keeps the name the Plan step suggests.
  await completeWizard(h, (a) => ({ ...a, plan: { ...a.plan, profileName: 'butik' } }));
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('adding a shop under the name of the shop set up', () => {
  it("is refused at the Plan step with LB-2014, before the new shop's keys could take the place of the first shop's", async () => {
    const s = h.service;
    await s['shops.add']({});
    await expect(s['wizard.saveStep']({ step: 'plan', answers: { plan: { plan: 'basic', profileName: 'butik' } }, next: 'shop' })).rejects.toMatchObject({
      code: 'LB-2014',
      // The step that asks the name is the one its button calls "Licens" (there is no step "Plan" on screen).
      message: expect.stringContaining('der er allerede en butik, der hedder "butik"; skriv et andet profilnavn under Opsætning → "Licens". Ret de nævnte felter, og gem igen.'),
    });
    expect(await s['wizard.get']({})).toMatchObject({ step: 'plan', completed: [], answers: {} });
    // The consultant goes on with the Swedish shop's keys: they are kept aside, never as butik's.
    await s['wizard.saveStep']({ step: 'shop', answers: { shop: SWEDISH_SHOP }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SWEDISH_KEYS } });
    expect(await keysOf('butik')).toEqual(butiksKeys);
  });

  it('takes another name, and cancelling leaves the first shop with its own keys and nothing of the new shop', async () => {
    const s = h.service;
    await s['wizard.saveStep']({ step: 'plan', answers: { plan: { plan: 'basic', profileName: 'sverige' } }, next: 'shop' });
    expect(await keysOf('sverige')).toEqual({ ...SWEDISH_KEYS, appSecretToken: null });
    await s['shops.cancelAdd']({});
    expect(await keysOf('sverige')).toEqual({ consumerKey: null, consumerSecret: null, appSecretToken: null });
    expect(await keysOf('butik')).toEqual(butiksKeys);
    expect(Object.keys(new ConfigStore(h.dataDir).load().profiles)).toEqual(['butik']);
    // The first shop still syncs with its own keys.
    expect((await s['sync.now']({})).fetched).toBeGreaterThan(0);
  });
});

describe('renaming the shop set up in the Plan step', () => {
  it('is refused with LB-2014: the shop keeps its name, its keys and its one profile', async () => {
    const s = h.service;
    const before = await s['wizard.get']({});
    await expect(s['wizard.saveStep']({ step: 'plan', answers: { plan: { plan: 'basic', profileName: 'butik-dk' } }, next: 'shop' })).rejects.toMatchObject({
      code: 'LB-2014',
      message: expect.stringContaining('butikken "butik" er sat op og kan ikke omdøbes, for dens ordrer og referencerne på dens fakturaer i e-conomic hører til navnet; behold profilnavnet "butik" under Opsætning → "Licens". Ret'),
    });
    expect(await s['wizard.get']({})).toEqual(before);
    expect(await keysOf('butik')).toEqual(butiksKeys);
    expect(await keysOf('butik-dk')).toEqual({ consumerKey: null, consumerSecret: null, appSecretToken: null });
    expect(Object.keys(new ConfigStore(h.dataDir).load().profiles)).toEqual(['butik']);
  });

  it('takes the Plan step again under its own name', async () => {
    const state = await h.service['wizard.saveStep']({ step: 'plan', answers: { plan: { plan: 'basic', profileName: 'butik' } }, next: 'shop' });
    expect(state.answers.plan?.profileName).toBe('butik');
  });
});
