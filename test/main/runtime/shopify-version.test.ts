import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProfile } from '../../../main/demo/demo-profile';
import { Runtime } from '../../../main/runtime/runtime';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { startEconomicSandbox, type EconomicSandbox } from '../../../main/sandbox/economic';
import { startShopifySandbox } from '../../../main/sandbox/shops/shopify';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { describe as describeProblem } from '../../../shared/errors';
import { profileSchema } from '../../../shared/profile/schema';

let economic: EconomicSandbox;
let shop: Awaited<ReturnType<typeof startShopifySandbox>>;
let dataDir: string;
beforeAll(async () => {
  economic = await startEconomicSandbox({ appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken, agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken });
  shop = await startShopifySandbox({ accessToken: DEMO_CREDENTIALS.shopifyAccessToken, orders: [] });
  dataDir = mkdtempSync(join(tmpdir(), 'lb-shopify-version-'));
  const profile = demoProfile({ platform: 'shopify', shopUrl: shop.url, economicUrl: economic.url, smtp: { host: '127.0.0.1', port: 9 } });
  new ConfigStore(dataDir).saveProfile(profileSchema.parse({ ...profile, shop: { ...profile.shop, apiVersion: '2026-01' } }));
});
afterAll(async () => {
  await Promise.allSettled([economic.close(), shop.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

const versionEntry = (runtime: Runtime) => runtime.log.openProblems('demo').find((e) => e.code === 'LB-2043');

describe('the Shopify API version LedgerBridge reads orders with', () => {
  it('is quiet while Shopify supports it for more than 60 days, and warns from 60 days before its end, naming the fix', async () => {
    const runtime = await Runtime.open({ dataDir, secrets: new MemorySecretStore(), economicClientOptions: { sleep: async () => undefined } });
    try {
      // 2026-01 is supported until 2027-01-01 (12 months): on 2026-10-01 that is 92 days away.
      economic.settings({ now: '2026-10-01T12:00:00Z' });
      await runtime.syncOnce();
      expect(versionEntry(runtime)).toBeUndefined();

      // On 2026-11-15 it is 47 days away.
      economic.settings({ now: '2026-11-15T12:00:00Z' });
      await runtime.syncOnce();
      const entry = versionEntry(runtime)!;
      expect(entry).toMatchObject({ level: 'warning', params: { version: '2026-01', date: '2027-01-01' } });
      expect(describeProblem(entry.code, entry.params, 'en').fix).toContain('Update LedgerBridge before 2027-01-01');
      expect(describeProblem(entry.code, entry.params, 'da').fix).toContain('Opdatér LedgerBridge');
    } finally {
      runtime.close();
    }
  });
});
