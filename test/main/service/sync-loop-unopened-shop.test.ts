/**
 * The desktop app with two shops when one of them cannot be opened (issue 17 §3): the Swedish
 * shop's ledger was overwritten by a backup tool while the app was closed. The app starts
 * anyway, the Danish shop syncs in the background, and the overview, the tray and the support
 * bundle show the Swedish shop with LB-2055, its file and the fix. Once the owner has moved the
 * damaged file aside, the Swedish shop comes back at its next turn (here the tray's "Sync now"),
 * without a restart.
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppEvent, EventPayload } from '../../../shared/ipc/contract';
import { profileSchema } from '../../../shared/profile/schema';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { createAppService, type DesktopService } from '../../../main/service/app-service';

const danishOrders = generateWooOrders({ count: 4, seed: 3301 });
const swedishOrders = generateWooOrders({ count: 4, seed: 3302 });
/** What the demo profile transfers (its order stages for WooCommerce). */
const transferred = (orders: Record<string, unknown>[]) => orders.filter((o) => o.status === 'processing' || o.status === 'completed').map((o) => String(o.id));

let harness: SandboxHarness;
let swedishShop: WooSandbox;
let service: DesktopService;
let swedishLedger: string;
const events: AppEvent[] = [];
const lastStatus = () => events.filter((e) => e.name === 'status.changed').at(-1)!.payload as EventPayload<'status.changed'>;
const references = () => (harness.economic.state() as unknown as { drafts: Array<{ references?: { other?: string } }> }).drafts.map((d) => d.references?.other ?? '(none)').sort();

beforeAll(async () => {
  harness = await startSandboxHarness({ orders: danishOrders, profile: { rules: [] } });
  swedishShop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: swedishOrders });
  const swedish = demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
  new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...swedish, name: 'se', rules: [] }));
  swedishLedger = join(harness.dataDir, 'profiles', 'se', 'ledger.sqlite');
  mkdirSync(join(harness.dataDir, 'profiles', 'se'), { recursive: true });
  writeFileSync(swedishLedger, 'overwritten by a backup tool '.repeat(200));
  service = await createAppService({ dataDir: harness.dataDir, onEvent: (e) => events.push(e), secrets: new MemorySecretStore(), autoSync: true, env: {}, economicClientOptions: { sleep: async () => undefined } });
  await vi.waitFor(
    async () => {
      const { shops = [] } = await service['dashboard.get']({});
      expect(shops.map((s) => [s.profile, s.lastSyncAt !== null && s.state !== 'working'])).toEqual([
        ['demo', true],
        ['se', false],
      ]);
    },
    { timeout: 60_000, interval: 100 },
  );
}, 120_000);

afterAll(async () => {
  await service?.dispose();
  await swedishShop?.close();
  await harness?.close();
});

describe('the app with a shop whose ledger is damaged', () => {
  it('starts and books the Danish shop as if nothing were wrong with the Swedish one', () => {
    expect(references()).toEqual(transferred(danishOrders).map((id) => `wc:${id}`).sort());
  });

  it('lists the Swedish shop on the overview as needing the owner, with LB-2055, when it was found, and the fix', async () => {
    const { shops = [] } = await service['dashboard.get']({});
    expect(shops.map((s) => [s.profile, s.shopUrl, s.state, s.active])).toEqual([
      ['demo', harness.shop.url, 'ok', true],
      ['se', swedishShop.url, 'attention', false],
    ]);
    expect(shops[0].syncFailure).toBeNull();
    const failure = shops[1].syncFailure!;
    expect([failure.code, failure.title]).toEqual(['LB-2055', 'Butikken kan ikke åbnes']);
    expect(Date.now() - Date.parse(failure.at!)).toBeLessThan(120_000);
    expect(failure.fix).toBe(
      'Luk det program, der har filen åben, og sørg for, at LedgerBridge må læse og skrive i mappen; LedgerBridge prøver selv igen ved hver synkronisering, og butikken kommer tilbage af sig selv. Er filen beskadiget, så lav en supportpakke under Fejllog → "Lav supportpakke", og send den til os.',
    );
  });

  it('puts the tray in "needs attention", naming the Swedish shop, and tells it once in a notice', () => {
    expect(lastStatus().trayState).toBe('attention');
    expect(lastStatus().shops!.map((s) => [s.profile, s.state])).toEqual([
      ['demo', 'ok'],
      ['se', 'attention'],
    ]);
    const notices = events.filter((e) => e.name === 'notification').map((e) => e.payload as EventPayload<'notification'>).filter((n) => n.code === 'LB-2055');
    expect(notices.map((n) => n.title)).toEqual(['se: Synkroniseringen mislykkedes']);
    expect(notices[0].body).toContain(`LedgerBridge kan ikke åbne bogføringsregistret for butikken "se", ${swedishLedger} (file is not a database)`);
  });

  it('gives support the Swedish shop in the bundle with its code, when and the cause', async () => {
    const { path } = await service['support.createBundle']({});
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as { syncFailures: Array<{ profile: string; code: string; at: string; detail: string }> };
    expect(bundle.syncFailures.map((f) => [f.profile, f.code])).toEqual([['se', 'LB-2055']]);
    expect(bundle.syncFailures[0].detail).toBe(`Profile "se" cannot be opened (${swedishLedger}): file is not a database`);
  });

  it('keeps the Danish shop on screen when the Swedish one is chosen, saying why it cannot be shown', async () => {
    await expect(service['shops.switch']({ name: 'se' })).rejects.toMatchObject({ code: 'LB-2055' });
    expect((await service['shops.list']({})).active).toBe('demo');
  });

  it('opens and syncs the Swedish shop at its next turn once the damaged file is moved aside, without a restart', async () => {
    rmSync(swedishLedger);
    expect((await service['sync.now']({ allShops: true })).failed).toBe(0);
    await vi.waitFor(
      async () => {
        const { shops = [] } = await service['dashboard.get']({});
        expect(shops.map((s) => [s.profile, s.state, s.syncFailure, s.lastSyncAt !== null])).toEqual([
          ['demo', 'ok', null, true],
          ['se', 'ok', null, true],
        ]);
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(references()).toEqual([...transferred(danishOrders).map((id) => `wc:${id}`), ...transferred(swedishOrders).map((id) => `wc:se:${id}`)].sort());
    expect(lastStatus().trayState).toBe('ok');
    // The Swedish shop can now be chosen and shows its own orders.
    await service['shops.switch']({ name: 'se' });
    expect((await service['dashboard.get']({})).shops!.find((s) => s.active)!.profile).toBe('se');
  });
});
