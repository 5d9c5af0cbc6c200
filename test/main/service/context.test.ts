/**
 * A further shop set up while the first shop syncs (issue 17 §3): finishing the wizard opens the
 * engines of every shop again, with the new one among them. The first shop's sync running at that
 * moment finishes its work on its ledger first; it is neither cut off mid-way ("The database
 * connection is not open") nor made to fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { completeWizard, ECONOMIC_TOKENS, orderWithoutSku, SHOP_KEYS, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

let h: ServiceHarness;
/** The test shop's webshop: a staging copy under its own address (the live one's would be refused). */
let stagingShop: WooSandbox;
/** Holds the next request for the shop's orders until released: a sync that is under way. */
let holdNextOrders = false;
let releaseOrders: () => void = () => undefined;
let ordersHeld: () => void = () => undefined;
/** The shop's orders the first sync takes (those the setup check's dry run showed). */
let taken: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  h = await startServiceHarness({
    onShopRequest: async (request) => {
      if (!holdNextOrders || !request.path.endsWith('/orders')) return;
      holdNextOrders = false;
      ordersHeld();
      await new Promise<void>((resolve) => (releaseOrders = resolve));
    },
  });
  taken = await completeWizard(h);
  stagingShop = await startWooSandbox({ ...SHOP_KEYS, orders: generateWooOrders({ count: 4, seed: 2931 }) });
}, 60_000);
afterAll(async () => {
  await stagingShop?.close();
  await h?.close();
});

describe('finishing the setup of a further shop while the first shop syncs', () => {
  it("lets the first shop's sync finish, then runs both shops", async () => {
    const s = h.service;
    const held = new Promise<void>((resolve) => (ordersHeld = resolve));
    holdNextOrders = true;
    const sync = s['sync.now']({});
    await held;
    await s['shops.add']({});
    // The consultant goes through the test shop's steps and its setup check, as completeWizard does.
    const answers = standardAnswers(stagingShop.url);
    await s['wizard.saveStep']({ step: 'plan', answers: { plan: { ...answers.plan, profileName: 'test' } }, next: 'shop' });
    await s['wizard.saveStep']({ step: 'shop', answers: { shop: answers.shop }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SHOP_KEYS } });
    await s['wizard.saveStep']({ step: 'economic', answers: { economic: answers.economic }, next: 'stages', economicCredentials: ECONOMIC_TOKENS });
    for (const [step, next] of [['stages', 'mapping'], ['mapping', 'currencies'], ['currencies', 'paymentMethods'], ['paymentMethods', 'rules'], ['rules', 'mail'], ['mail', 'check']] as const) {
      await s['wizard.saveStep']({ step, answers: { [step]: answers[step] }, next });
    }
    expect((await s['setup.check']({})).ready).toBe(true);
    // "Afslut" is pressed while the first shop's sync still waits for its orders; then they come.
    const finished = s['wizard.finish']({});
    releaseOrders();
    expect(await finished).toEqual({ finished: true, profileName: 'test' });
    const summary = await sync;
    // The first shop's orders in its stages become drafts, but the one without a product number (LB-1001).
    const transferred = taken.filter((o) => o.status === 'processing' || o.status === 'completed');
    const withoutSku = transferred.filter((o) => o.id === orderWithoutSku(h).id).length;
    expect(withoutSku).toBe(1);
    expect(summary).toMatchObject({ fetched: taken.length, eligible: transferred.length, drafted: transferred.length - 1, failed: 1 });
    expect((await s['shops.list']({})).shops.map((x) => x.name)).toEqual(['nordlys', 'test']);
  });
});
