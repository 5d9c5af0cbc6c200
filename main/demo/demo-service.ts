import { demoProfileFor } from './demo-profile';
import { Runtime } from '../runtime/runtime';
import { startSandboxes, type Sandboxes } from './start-sandboxes';
import { MemorySecretStore } from '../secrets';
import { ConfigStore } from '../settings';
import type { Platform } from '../../shared/domain/order';
import type { AppEvent } from '../../shared/ipc/contract';
import { profileSchema, type ProfileInput } from '../../shared/profile/schema';
import { createAppService, type DesktopService } from '../service/app-service';

export interface DemoService {
  service: DesktopService;
  sandboxes: Sandboxes;
  close(): Promise<void>;
}

/**
 * The desktop service on the demo: the sandboxes with realistic Danish orders and the
 * demo profile against them (kept when the data dir already has a profile). The demo
 * licence only opens the sandboxes, whose public credentials need no keychain.
 */
export async function startDemoService(opts: {
  dataDir: string;
  onEvent: (event: AppEvent) => void;
  platform?: Platform;
  orders?: number;
  autoSync?: boolean;
  /** Changes to the demo profile (e.g. `postingUnit: "day"` for a shop booking per day). */
  profile?: Partial<ProfileInput>;
}): Promise<DemoService> {
  const platform = opts.platform ?? 'woocommerce';
  const sandboxes = await startSandboxes({ platform, demoOrders: opts.orders ?? 40 });
  try {
    const config = new ConfigStore(opts.dataDir);
    if (!config.getProfile()) {
      config.saveProfile(profileSchema.parse({ ...demoProfileFor(sandboxes), ...opts.profile }), { activate: true });
      // The demo shop's own name, as "Test connection" in the wizard would have stored it.
      const runtime = await Runtime.open({ dataDir: opts.dataDir, secrets: new MemorySecretStore() });
      try {
        runtime.ledger.kv.set('shop:name', (await (await runtime.shop()).testConnection()).name);
      } finally {
        runtime.close();
      }
    }
    const service = await createAppService({
      dataDir: opts.dataDir,
      onEvent: opts.onEvent,
      secrets: new MemorySecretStore(),
      economicUrl: sandboxes.economic.url,
      autoSync: opts.autoSync ?? true,
    });
    return {
      service,
      sandboxes,
      async close() {
        await service.dispose();
        await sandboxes.close();
      },
    };
  } catch (error) {
    await sandboxes.close();
    throw error;
  }
}
