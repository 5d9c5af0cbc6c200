/**
 * The setup wizard with two shops set up (issue 17 §3): a consultant sets up the live shop
 * "nordlys" and then, with "Add shop", a test shop beside it that transfers only completed orders.
 * wizard.json keeps one wizard, the one set up last; opened for the shop on screen, the wizard
 * shows and changes that shop, never the other one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../main/settings';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { completeWizard, SHOP_KEYS, SHOP_NAME, startServiceHarness, type ServiceHarness } from './harness';

let h: ServiceHarness;
/** The test shop's webshop: a staging copy of the live one under its own address. */
let stagingShop: WooSandbox;
const profileOf = (name: string) => new ConfigStore(h.dataDir).getProfile(name)!;
const LIVE_STAGES = ['processing', 'completed'];
const TEST_STAGES = ['completed'];

beforeAll(async () => {
  h = await startServiceHarness();
  stagingShop = await startWooSandbox({ ...SHOP_KEYS, orders: generateWooOrders({ count: 4, seed: 2941 }) });
  await completeWizard(h);
  await h.service['shops.add']({});
  await completeWizard(h, (a) => ({ ...a, plan: { ...a.plan, profileName: 'test' }, shop: { ...a.shop, url: stagingShop.url }, stages: { orderStages: TEST_STAGES } }));
}, 60_000);
afterAll(async () => {
  await stagingShop?.close();
  await h?.close();
});

describe('the setup wizard of the shop on screen', () => {
  it("shows the live shop's answers once the live shop is chosen, not those of the test shop set up last", async () => {
    const s = h.service;
    expect((await s['wizard.get']({})).answers).toMatchObject({ plan: { profileName: 'test' }, stages: { orderStages: TEST_STAGES } });
    await s['shops.switch']({ name: 'nordlys' });
    const wizard = await s['wizard.get']({});
    expect(wizard).toMatchObject({ finished: true, answers: { plan: { profileName: 'nordlys' }, stages: { orderStages: LIVE_STAGES } } });
  });

  it('changes the live shop when its steps are saved, checked and finished, and leaves the test shop and the shop on screen as they were', async () => {
    const s = h.service;
    const stages = ['processing', 'completed', 'on-hold'];
    await s['wizard.saveStep']({ step: 'stages', answers: { stages: { orderStages: stages } }, next: 'check' });
    const check = await s['setup.check']({});
    expect(check.lines.filter((l) => l.status === 'fail')).toEqual([]);
    expect(await s['wizard.finish']({})).toEqual({ finished: true, profileName: 'nordlys' });
    expect(profileOf('nordlys').orderStages).toEqual(stages);
    expect(profileOf('test').orderStages).toEqual(TEST_STAGES);
    expect(Object.keys(new ConfigStore(h.dataDir).load().profiles)).toEqual(['nordlys', 'test']);
    expect((await s['shops.list']({})).active).toBe('nordlys');
    // The invoice mails go on naming the shop by its own name (its connection test's), not by its profile's.
    const { template } = await s['mail.getTemplate']({ language: 'da' });
    expect((await s['mail.preview']({ language: 'da', template: { ...template, subject: '{{shopName}}' } })).subject).toBe(SHOP_NAME);
  });

  it('shows the test shop its own answers when it is chosen, and the live shop its own once the test shop is removed', async () => {
    const s = h.service;
    await s['shops.switch']({ name: 'test' });
    expect((await s['wizard.get']({})).answers).toMatchObject({ plan: { profileName: 'test' }, stages: { orderStages: TEST_STAGES } });
    // The test shop's rules saved in its wizard make wizard.json the test shop's again.
    await s['wizard.saveStep']({ step: 'rules', answers: { rules: [] }, next: 'mail' });
    await s['shops.switch']({ name: 'nordlys' });
    await s['shops.remove']({ name: 'test', confirm: true });
    expect((await s['wizard.get']({})).answers).toMatchObject({ plan: { profileName: 'nordlys' }, stages: { orderStages: ['processing', 'completed', 'on-hold'] } });
  });
});
