import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileSchema, type ProfileInput } from '../../shared/profile/schema';
import { demoProfile } from '../../main/demo/demo-profile';
import { Runtime } from '../../main/runtime/runtime';
import { startEconomicSandbox, type EconomicSandbox } from '../../main/sandbox/economic';
import { startWooSandbox, type WooSandbox } from '../../main/sandbox/shops/woocommerce';
import { startSmtpCatcher, type SmtpCatcher } from '../../main/sandbox/smtp';
import { DEMO_CREDENTIALS } from '../../main/runtime/sandbox-only';
import { ConfigStore } from '../../main/settings';
import { MemorySecretStore } from '../../main/secrets';
import { enableAutomaticPosting as walkSupervisedPeriod } from '../../scripts/bench/harness';

export interface Harness {
  economic: EconomicSandbox;
  shop: WooSandbox;
  smtp: SmtpCatcher;
  dataDir: string;
  /** Moves the engine's clock; everything the runtime and ledger stamp uses it. */
  clock: { now: Date; advanceDays(days: number): void };
  open(): Promise<Runtime>;
  close(): Promise<void>;
}

/**
 * The engine against the real sandboxes over HTTP with a real SQLite ledger in a temp
 * dir: the e-conomic sandbox, a WooCommerce sandbox seeded with native orders, and the
 * SMTP catcher. The profile is the demo profile with the given overrides.
 */
export async function startHarness(opts: {
  orders: unknown[];
  profile?: Partial<ProfileInput>;
  vatRounding?: 'line' | 'invoice';
  start?: Date;
}): Promise<Harness> {
  const economic = await startEconomicSandbox({
    appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken,
    agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken,
    vatRounding: opts.vatRounding ?? 'line',
  });
  const shop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: opts.orders });
  const smtp = await startSmtpCatcher();
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-engine-'));
  const clock = {
    now: opts.start ?? new Date(),
    advanceDays(days: number) {
      this.now = new Date(this.now.getTime() + days * 86_400_000);
    },
  };
  const base = demoProfile({ platform: 'woocommerce', shopUrl: shop.url, economicUrl: economic.url, smtp: { host: smtp.host, port: smtp.port } });
  new ConfigStore(dataDir).saveProfile(profileSchema.parse({ ...base, ...opts.profile }));
  return {
    economic,
    shop,
    smtp,
    dataDir,
    clock,
    open: () =>
      Runtime.open({
        dataDir,
        clock: () => clock.now,
        secrets: new MemorySecretStore(),
        economicClientOptions: { sleep: async () => undefined },
      }),
    async close() {
      await Promise.allSettled([economic.close(), shop.close(), smtp.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Walks the supervised period for tests that are about something else (the benchmarks'
 * helper, at the harness's clock): 14 days of drafts, a manual booking seen, the owner's
 * check and activation — and it fails if automatic posting is not then in effect.
 */
export function enableAutomaticPosting(runtime: Runtime, harness: Pick<Harness, 'clock'>): void {
  walkSupervisedPeriod(runtime, harness.clock.now);
}
