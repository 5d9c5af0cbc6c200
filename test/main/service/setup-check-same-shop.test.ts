/**
 * A further shop on the webshop of a shop set up, on the same e-conomic agreement (issue 17 §3):
 * "a test shop beside the live one" typed with the live shop's address. Each order would be
 * invoiced twice, under either shop's reference, so the setup check fails its Webshop line and
 * the shop cannot be finished; another webshop on the same agreement is a shop of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../main/settings';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { completeWizard, ECONOMIC_TOKENS, SHOP_KEYS, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

let h: ServiceHarness;
let stagingShop: WooSandbox;

/** The test shop's steps as the consultant goes through them, with the webshop at `url`. */
async function setUpTestShop(url: string): Promise<void> {
  const s = h.service;
  const answers = standardAnswers(url);
  await s['wizard.saveStep']({ step: 'plan', answers: { plan: { ...answers.plan, profileName: 'test' } }, next: 'shop' });
  await s['wizard.saveStep']({ step: 'shop', answers: { shop: answers.shop }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SHOP_KEYS } });
  await s['wizard.saveStep']({ step: 'economic', answers: { economic: answers.economic }, next: 'stages', economicCredentials: ECONOMIC_TOKENS });
  for (const [step, next] of [['stages', 'mapping'], ['mapping', 'currencies'], ['currencies', 'paymentMethods'], ['paymentMethods', 'rules'], ['rules', 'mail'], ['mail', 'check']] as const) {
    await s['wizard.saveStep']({ step, answers: { [step]: answers[step] }, next });
  }
}

beforeAll(async () => {
  h = await startServiceHarness();
  // A staging copy of the webshop under its own address, with the same keys.
  stagingShop = await startWooSandbox({ ...SHOP_KEYS, orders: generateWooOrders({ count: 4, seed: 2921 }) });
  await completeWizard(h);
  // The live shop's first sync names its agreement (GET /self).
  await h.service['sync.now']({});
  await h.service['shops.add']({});
}, 60_000);
afterAll(async () => {
  await stagingShop?.close();
  await h?.close();
});

describe("the setup check of a further shop on the live shop's webshop and agreement", () => {
  it('fails the Webshop line, naming the live shop and where to change the webshop or the agreement', async () => {
    // The live shop's address as typed again: another case and a trailing slash.
    const typed = `${h.shop.url.replace('http://', 'HTTP://')}/`;
    await setUpTestShop(typed);
    const check = await h.service['setup.check']({});
    expect(check.ready).toBe(false);
    expect(check.lines.find((l) => l.id === 'shop')).toEqual({
      id: 'shop',
      status: 'fail',
      params: {},
      steps: ['shop', 'economic'],
      problem: {
        code: 'LB-2014',
        message: `Indstillingerne kan ikke gemmes, fordi profilen så ikke ville være gyldig: webshoppen ${typed} er allerede sat op som butikken "nordlys" på den samme e-conomic-aftale, så hver ordre ville blive faktureret to gange; vælg en anden webshop under Opsætning → "Webshop", eller forbind en anden e-conomic-aftale under Opsætning → "e-conomic".`,
        fix: 'Ret de nævnte felter, og gem igen.',
      },
    });
    await expect(h.service['wizard.finish']({})).rejects.toMatchObject({ code: 'LB-2022' });
    expect(Object.keys(new ConfigStore(h.dataDir).load().profiles)).toEqual(['nordlys']);
  });

  it('passes with the staging webshop on the same agreement, and the test shop is set up beside the live one', async () => {
    await setUpTestShop(stagingShop.url);
    const check = await h.service['setup.check']({});
    expect(check.lines.find((l) => l.id === 'shop')).toMatchObject({ status: 'ok' });
    expect(check.ready).toBe(true);
    expect(await h.service['wizard.finish']({})).toEqual({ finished: true, profileName: 'test' });
    expect(Object.keys(new ConfigStore(h.dataDir).load().profiles)).toEqual(['nordlys', 'test']);
  });
});
