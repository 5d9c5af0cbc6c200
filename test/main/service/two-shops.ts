import { expect, vi } from 'vitest';
import type { Platform } from '../../../shared/domain/order';
import type { AppEvent } from '../../../shared/ipc/contract';
import { profileSchema } from '../../../shared/profile/schema';
import type { SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import type { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { createAppService, type DesktopService } from '../../../main/service/app-service';

/**
 * The app as the owner starts it with a second shop, `se` on `shop`, beside the harness's `demo`
 * shop on the same e-conomic agreement: both profiles saved, the service opened with every
 * shop syncing in the background, and returned once both shops' first sync is over.
 */
export async function appWithSecondShop(
  harness: SandboxHarness,
  shop: { platform: Platform; url: string },
  options: { secrets: MemorySecretStore; events: AppEvent[]; timeoutMs: number },
): Promise<DesktopService> {
  const second = demoProfile({ platform: shop.platform, shopUrl: shop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
  new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...second, name: 'se', rules: [] }));
  const service = await createAppService({ dataDir: harness.dataDir, onEvent: (e) => options.events.push(e), secrets: options.secrets, autoSync: true, env: {}, economicClientOptions: { sleep: async () => undefined } });
  await vi.waitFor(
    async () => {
      const { shops = [] } = await service['dashboard.get']({});
      expect(shops.map((s) => [s.profile, s.lastSyncAt !== null && s.state !== 'working'])).toEqual([
        ['demo', true],
        ['se', true],
      ]);
    },
    { timeout: options.timeoutMs, interval: 100 },
  );
  return service;
}
