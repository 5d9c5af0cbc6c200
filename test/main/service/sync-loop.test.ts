/**
 * The background sync of two shops when one of them cannot sync (issue 17 §3): a Danish
 * WooCommerce shop that works and a Swedish Shopify shop whose access token Shopify refuses
 * (the owner pasted an old one). The Danish shop goes on; the owner is told which shop failed,
 * why, and where to fix it, in plain Danish.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppEvent, EventPayload } from '../../../shared/ipc/contract';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { startShopifySandbox, type ShopifySandbox } from '../../../main/sandbox/shops/shopify';
import { generateShopifyOrders } from '../../../main/sandbox/shops/shopify/demo-orders';
import { MemorySecretStore } from '../../../main/secrets';
import type { DesktopService } from '../../../main/service/app-service';
import { appWithSecondShop } from './two-shops';
import { readFileSync } from 'node:fs';

const danishOrders = generateWooOrders({ count: 5, seed: 2901 });
/** What the demo profile transfers (its order stages for WooCommerce). */
const transferred = danishOrders.filter((o) => o.status === 'processing' || o.status === 'completed').length;

let harness: SandboxHarness;
let swedishShop: ShopifySandbox;
let service: DesktopService;
const events: AppEvent[] = [];
// The Swedish shop's token in the keychain is not the one the shop accepts.
const secrets = new MemorySecretStore([['se', 'shopifyAccessToken', 'shpat_revoked_0000000000000000']]);

beforeAll(async () => {
  harness = await startSandboxHarness({ orders: danishOrders, profile: { rules: [] } });
  swedishShop = await startShopifySandbox({ accessToken: DEMO_CREDENTIALS.shopifyAccessToken, orders: generateShopifyOrders({ count: 5, seed: 2902 }), shopCurrency: 'SEK' });
  // The app as the owner starts it: both shops sync in the background at once.
  service = await appWithSecondShop(harness, { platform: 'shopify', url: swedishShop.url }, { secrets, events, timeoutMs: 60_000 });
}, 120_000);

afterAll(async () => {
  await service?.dispose();
  await swedishShop?.close();
  await harness?.close();
});

describe('two shops syncing in the background, one of them refused by its shop', () => {
  it('books the Danish shop as if nothing were wrong with the Swedish one', async () => {
    const state = harness.economic.state() as unknown as { drafts: unknown[] };
    expect(state.drafts).toHaveLength(transferred);
    const { shops = [] } = await service['dashboard.get']({});
    expect(shops.map((s) => [s.profile, s.state])).toEqual([
      ['demo', 'ok'],
      ['se', 'attention'],
    ]);
  });

  it('tells the owner in a notice which shop failed and that Shopify refused its keys', () => {
    const failures = events.filter((e) => e.name === 'notification').map((e) => e.payload as EventPayload<'notification'>).filter((n) => n.code === 'LB-4011');
    expect(failures).toHaveLength(1);
    expect(failures[0].title).toBe('se: Synkroniseringen mislykkedes');
    // The catalogue's message names the platform: "{platform} godkender ikke LedgerBridges API-nøgler."
    expect(failures[0].body).toMatch(/^Shopify godkender ikke LedgerBridges API-nøgler\. /);
  });

  it("shows on the Swedish shop's overview what stops its sync and where to fix it, and nothing of it on the Danish shop's", async () => {
    expect((await service['dashboard.get']({})).problemGroups.map((g) => g.code)).not.toContain('LB-4011');
    await service['shops.switch']({ name: 'se' });
    const { problemGroups, shops = [] } = await service['dashboard.get']({});
    // The list of shops says it too, for the shop that is not on screen as well, with when it happened and the fix.
    expect(shops.map((x) => [x.profile, x.syncFailure && [x.syncFailure.code, x.syncFailure.title, x.syncFailure.fix]])).toEqual([
      ['demo', null],
      ['se', ['LB-4011', 'Shoppen afviser LedgerBridges nøgler', problemGroups[0].fix]],
    ]);
    expect(Date.now() - Date.parse(shops[1].syncFailure!.at!)).toBeLessThan(120_000);
    expect(problemGroups[0]).toEqual({
      code: 'LB-4011',
      severity: 'critical',
      title: 'Shoppen afviser LedgerBridges nøgler',
      fix: 'Lav nye nøgler: i WooCommerce under WooCommerce → Indstillinger → Avanceret → REST API (rettighed "Læs/skriv"), i Shopify under Indstillinger → Apps og salgskanaler → Udvikl apps. Indsæt dem i LedgerBridge under Opsætning → "Webshop", og tryk "Test forbindelse".',
      places: ['setup.shop'],
      orderCount: 0,
      orderNumbers: [],
      retryable: false,
    });
  });

  it("gives support, in the support bundle, what stops the Swedish shop's sync, without its token", async () => {
    const { path } = await service['support.createBundle']({});
    const text = readFileSync(path, 'utf8');
    const bundle = JSON.parse(text) as { profiles: string[]; syncFailures: Array<{ profile: string; code: string | null; detail: string }> };
    expect(bundle.profiles).toEqual(['demo', 'se']);
    expect(bundle.syncFailures.map((f) => [f.profile, f.code])).toEqual([['se', 'LB-4011']]);
    expect(bundle.syncFailures[0].detail.length).toBeGreaterThan(0);
    expect(text).not.toContain('shpat_revoked_0000000000000000');
  });

  it('syncs the Swedish shop once the owner has pasted the right token under Opsætning → "Webshop", and the problem is gone', async () => {
    const s = service;
    const shop = { platform: 'shopify', url: swedishShop.url, shopName: 'Norrsken', currency: 'SEK' } as const;
    expect(await s['shop.testConnection']({ platform: 'shopify', url: swedishShop.url, credentials: { kind: 'shopifyToken', accessToken: DEMO_CREDENTIALS.shopifyAccessToken } })).toMatchObject({ currency: 'SEK' });
    await s['wizard.saveStep']({ step: 'shop', answers: { shop }, next: 'shop', shopCredentials: { kind: 'shopifyToken', accessToken: DEMO_CREDENTIALS.shopifyAccessToken } });
    expect((await s['sync.now']({})).fetched).toBeGreaterThan(0);
    const dashboard = await s['dashboard.get']({});
    expect(dashboard.problemGroups.map((g) => g.code)).not.toContain('LB-4011');
    expect(dashboard.lastSync).toMatchObject({ ok: true });
    expect(dashboard.shops!.map((x) => x.syncFailure)).toEqual([null, null]);
  });

  it("syncs the Swedish shop too when \"Sync now\" is chosen in the tray with the Danish shop on screen, so a shop whose keys were just fixed need not wait for its turn", async () => {
    const s = service;
    const shop = { platform: 'shopify', url: swedishShop.url, shopName: 'Norrsken', currency: 'SEK' } as const;
    // The Swedish shop fails again (a token revoked), and the owner pastes a good one; the Danish shop goes back on screen.
    await s['wizard.saveStep']({ step: 'shop', answers: { shop }, next: 'shop', shopCredentials: { kind: 'shopifyToken', accessToken: 'shpat_revoked_1111111111111111' } });
    await expect(s['sync.now']({})).rejects.toMatchObject({ code: 'LB-4011' });
    await s['wizard.saveStep']({ step: 'shop', answers: { shop }, next: 'shop', shopCredentials: { kind: 'shopifyToken', accessToken: DEMO_CREDENTIALS.shopifyAccessToken } });
    await s['shops.switch']({ name: 'demo' });
    const failureOfSe = async () => (await s['dashboard.get']({})).shops!.find((x) => x.profile === 'se')!.syncFailure;
    expect(await failureOfSe()).toMatchObject({ code: 'LB-4011' });

    expect((await s['sync.now']({ allShops: true })).failed).toBe(0);
    await vi.waitFor(async () => expect(await failureOfSe()).toBeNull(), { timeout: 30_000, interval: 50 });
  });
});
