// The engine against the real sandboxes over HTTP with a real SQLite ledger in a temp dir.
// Scripts must not import from test/, so this is a small copy of what the engine tests use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileSchema, type ProfileInput } from '../../shared/profile/schema';
import { demoProfile } from '../../main/demo/demo-profile';
import { Runtime, type RuntimeOptions } from '../../main/runtime/runtime';
import { startEconomicSandbox, type EconomicSandbox } from '../../main/sandbox/economic';
import { startWooSandbox, type WooSandbox } from '../../main/sandbox/shops/woocommerce';
import { startSmtpCatcher, type SmtpCatcher } from '../../main/sandbox/smtp';
import { DEMO_CREDENTIALS } from '../../main/runtime/sandbox-only';
import { ConfigStore } from '../../main/settings';
import { MemorySecretStore } from '../../main/secrets';

export interface BenchHarness {
  economic: EconomicSandbox;
  shop: WooSandbox;
  smtp: SmtpCatcher;
  dataDir: string;
  open(options?: Partial<RuntimeOptions>): Promise<Runtime>;
  close(): Promise<void>;
}

/**
 * The benchmark profile: the demo profile (Standard plan, collective customers, missing
 * products created) without its "bank transfers stay drafts" rule, because the figures
 * are about automatic posting: every transferred order should be booked.
 */
export function benchProfile(urls: { shopUrl: string; economicUrl: string; smtp: { host: string; port: number } }, overrides: Partial<ProfileInput> = {}): ProfileInput {
  const base = demoProfile({ platform: 'woocommerce', ...urls });
  return { ...base, rules: [], ...overrides };
}

export async function startBenchHarness(opts: {
  orders: unknown[];
  /** Changes to the bench profile, or a function of it (to change nested settings). */
  profile?: Partial<ProfileInput> | ((base: ProfileInput) => Partial<ProfileInput>);
  vatRounding?: 'line' | 'invoice';
}): Promise<BenchHarness> {
  const economic = await startEconomicSandbox({
    appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken,
    agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken,
    vatRounding: opts.vatRounding ?? 'line',
  });
  const shop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: opts.orders });
  const smtp = await startSmtpCatcher();
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-bench-'));
  const urls = { shopUrl: shop.url, economicUrl: economic.url, smtp: { host: smtp.host, port: smtp.port } };
  const profile = benchProfile(urls, typeof opts.profile === 'function' ? opts.profile(benchProfile(urls)) : opts.profile);
  new ConfigStore(dataDir).saveProfile(profileSchema.parse(profile));
  return {
    economic,
    shop,
    smtp,
    dataDir,
    open: (options = {}) => Runtime.open({ dataDir, secrets: new MemorySecretStore(), ...options }),
    async close() {
      await Promise.allSettled([economic.close(), shop.close(), smtp.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Walks the supervised period the way an owner would have over 14 days (a first
 * automatic draft 15 days ago, a manual booking seen, checked, activated with the risk
 * accepted), so a run starts with automatic posting in effect.
 */
export function enableAutomaticPosting(runtime: Runtime, now = new Date()): void {
  const supervised = runtime.ledger.supervised.forProfile(runtime.profile.name);
  const start = new Date(now.getTime() - 15 * 86_400_000);
  if (!supervised.get().firstAutomaticDraftAt) supervised.recordAutomaticDraft(start);
  if (supervised.get().manualBookingCount === 0) supervised.recordManualBooking('bench-order', 1, 1, start);
  supervised.confirmChecked('Bench Ejer', now);
  supervised.activate({ by: 'Bench Ejer', at: now, acceptedRisk: true });
  runtime.saveProfile({ ...runtime.profile, bookingMode: 'automatic' });
  const status = runtime.postingStatus();
  if (status.effectiveMode !== 'automatic') {
    throw new Error(`automatic posting is not in effect: ${JSON.stringify(status.gates.filter((g) => !g.met))}`);
  }
}
