/**
 * The desktop app when a hand edit of config.json broke one shop's profile (issue 17 §3): the
 * consultant typed "nineteen" for the Swedish shop's invoice layout while the app was closed.
 * The app starts, the Danish shop syncs, the overview shows the Swedish shop with LB-2056 naming
 * the field; a change of the app's settings (the sync interval, which restarts every shop's
 * timer) neither loses the Swedish profile as written nor stops the Danish shop; once the file is
 * corrected the Swedish shop comes back at its next turn, without a restart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../shared/ipc/contract';
import { profileSchema } from '../../../shared/profile/schema';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { createAppService, type DesktopService } from '../../../main/service/app-service';

let harness: SandboxHarness;
let swedishShop: WooSandbox;
let service: DesktopService;
let configFile: string;
/** config.json as the app wrote it, before the hand edit. */
let written: string;
const events: AppEvent[] = [];
const shopsNow = async () => (await service['dashboard.get']({})).shops ?? [];

beforeAll(async () => {
  harness = await startSandboxHarness({ orders: generateWooOrders({ count: 3, seed: 3601 }), profile: { rules: [] } });
  swedishShop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: generateWooOrders({ count: 3, seed: 3602 }) });
  const swedish = demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
  new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...swedish, name: 'se', rules: [] }));
  configFile = join(harness.dataDir, 'config.json');
  written = readFileSync(configFile, 'utf8');
  const config = JSON.parse(written) as { profiles: Record<string, Record<string, unknown>> };
  writeFileSync(configFile, JSON.stringify({ ...config, profiles: { ...config.profiles, se: { ...config.profiles.se, layoutNumber: 'nineteen' } } }, null, 2));
  service = await createAppService({ dataDir: harness.dataDir, onEvent: (e) => events.push(e), secrets: new MemorySecretStore(), autoSync: true, env: {}, economicClientOptions: { sleep: async () => undefined } });
  await vi.waitFor(async () => expect((await shopsNow()).map((s) => [s.profile, s.lastSyncAt !== null && s.state !== 'working'])).toEqual([['demo', true], ['se', false]]), { timeout: 60_000, interval: 100 });
}, 120_000);

afterAll(async () => {
  await service?.dispose();
  await swedishShop?.close();
  await harness?.close();
});

describe('the app with a shop whose profile a hand edit broke', () => {
  it('starts, syncs the Danish shop, and shows the Swedish one with LB-2056 naming the field and the file', async () => {
    const shops = await shopsNow();
    expect(shops.map((s) => [s.profile, s.shopUrl, s.state])).toEqual([
      ['demo', harness.shop.url, 'ok'],
      ['se', swedishShop.url, 'attention'],
    ]);
    expect([shops[1].syncFailure!.code, shops[1].syncFailure!.title]).toEqual(['LB-2056', 'Butikkens indstillinger i config.json er ugyldige']);
    const notice = events.find((e) => e.name === 'notification' && (e.payload as { code?: string }).code === 'LB-2056');
    expect((notice!.payload as { body: string }).body).toContain(`Butikken "se" i ${configFile} kan ikke bruges, som den står (layoutNumber: angiv nummeret på e-conomic-fakturalayoutet, et helt tal som fx 19)`);
  });

  it("keeps the Swedish profile as written when the app's settings change, and the Danish shop syncs on", async () => {
    await service['settings.update']({ syncIntervalMinutes: 7 });
    const stored = JSON.parse(readFileSync(configFile, 'utf8')) as { app: { syncIntervalMinutes: number }; profiles: Record<string, { layoutNumber: unknown }> };
    expect([stored.app.syncIntervalMinutes, Object.keys(stored.profiles), stored.profiles.se.layoutNumber]).toEqual([7, ['demo', 'se'], 'nineteen']);
    expect((await service['sync.now']({})).failed).toBe(0);
    expect((await shopsNow()).map((s) => [s.profile, s.syncFailure?.code ?? null])).toEqual([
      ['demo', null],
      ['se', 'LB-2056'],
    ]);
  });

  it('syncs the Swedish shop at its next turn once the file is corrected, without a restart', async () => {
    const stored = JSON.parse(readFileSync(configFile, 'utf8')) as { profiles: Record<string, Record<string, unknown>> };
    writeFileSync(configFile, JSON.stringify({ ...stored, profiles: { ...stored.profiles, se: { ...stored.profiles.se, layoutNumber: JSON.parse(written).profiles.se.layoutNumber } } }, null, 2));
    await service['sync.now']({ allShops: true });
    await vi.waitFor(async () => expect((await shopsNow()).map((s) => [s.profile, s.state, s.syncFailure, s.lastSyncAt !== null])).toEqual([['demo', 'ok', null, true], ['se', 'ok', null, true]]), { timeout: 30_000, interval: 100 });
    const references = (harness.economic.state() as unknown as { drafts: Array<{ references?: { other?: string } }> }).drafts.map((d) => d.references?.other ?? '');
    expect(references.some((r) => r.startsWith('wc:se:'))).toBe(true);
  });
});
