import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../shared/domain/order';
import { profileSchema, type ProfileInput } from '../../shared/profile/schema';
import { Runtime, type RuntimeOptions } from '../runtime/runtime';
import type { EconomicSandbox } from '../sandbox/economic';
import type { ShopifySandbox } from '../sandbox/shops/shopify';
import type { WooSandbox } from '../sandbox/shops/woocommerce';
import type { SmtpCatcher } from '../sandbox/smtp';
import { activateAutomaticPosting } from '../operations/activation';
import { MemorySecretStore } from '../secrets';
import { ConfigStore } from '../settings';
import { demoProfileFor } from './demo-profile';
import { startSandboxes, type SandboxesOptions } from './start-sandboxes';

export interface SandboxHarnessOptions {
  /** The shop's platform (default WooCommerce). */
  platform?: Platform;
  /** Orders in the platform's own JSON the shop starts with. */
  orders?: unknown[];
  /** Changes to the demo profile, or a function of it (to change nested settings). */
  profile?: Partial<ProfileInput> | ((demo: ProfileInput) => Partial<ProfileInput>);
  /** e-conomic's behaviour (VAT rounding) or a file of its own to keep its state in. */
  economic?: SandboxesOptions['economic'];
  /** Where the engine's clock starts (default: now); it runs on from there. */
  start?: Date;
  /** Wait between retries as the e-conomic client really does (benchmarks); tests retry at once. */
  realWaits?: boolean;
}

export interface SandboxHarness<Shop = WooSandbox> {
  economic: EconomicSandbox;
  shop: Shop;
  smtp: SmtpCatcher;
  dataDir: string;
  /** The engine's clock: real time, moved by `start` and `advanceDays`. */
  clock: { now(): Date; advanceDays(days: number): void };
  /** A Runtime on the data dir (the caller closes it), at the harness's clock, with secrets in memory. */
  open(options?: Partial<RuntimeOptions>): Promise<Runtime>;
  close(): Promise<void>;
}

/**
 * The engine against the real sandboxes over HTTP, with a real SQLite ledger in a temporary
 * data dir: e-conomic, a shop seeded with the given orders, the SMTP catcher, and the demo
 * profile against them. The one harness of the tests, the benchmarks and the reliability runs.
 */
export function startSandboxHarness(options?: SandboxHarnessOptions & { platform?: 'woocommerce' }): Promise<SandboxHarness<WooSandbox>>;
export function startSandboxHarness(options: SandboxHarnessOptions & { platform: 'shopify' }): Promise<SandboxHarness<ShopifySandbox>>;
export function startSandboxHarness(options: SandboxHarnessOptions): Promise<SandboxHarness<WooSandbox | ShopifySandbox>>;
export async function startSandboxHarness(options: SandboxHarnessOptions = {}): Promise<SandboxHarness<WooSandbox | ShopifySandbox>> {
  const sandboxes = await startSandboxes({ platform: options.platform ?? 'woocommerce', orders: options.orders ?? [], economic: options.economic });
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-harness-'));
  const demo = demoProfileFor(sandboxes);
  const changes = typeof options.profile === 'function' ? options.profile(demo) : (options.profile ?? {});
  new ConfigStore(dataDir).saveProfile(profileSchema.parse({ ...demo, ...changes }));
  let offsetMs = options.start ? options.start.getTime() - Date.now() : 0;
  const clock = {
    now: () => new Date(Date.now() + offsetMs),
    advanceDays(days: number) {
      offsetMs += days * 86_400_000;
    },
  };
  const harness: SandboxHarness<WooSandbox | ShopifySandbox> = {
    economic: sandboxes.economic,
    shop: sandboxes.shop.server,
    smtp: sandboxes.smtp,
    dataDir,
    clock,
    open: (runtimeOptions = {}) =>
      Runtime.open({
        dataDir,
        clock: clock.now,
        secrets: new MemorySecretStore(),
        economicClientOptions: options.realWaits ? {} : { sleep: async () => undefined },
        ...runtimeOptions,
      }),
    async close() {
      // The servers the harness holds now: a test may have restarted one.
      await Promise.allSettled([harness.economic.close(), harness.shop.close(), harness.smtp.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * Walks the supervised period the way an owner would have over 14 days, at the runtime's
 * clock: a first automatic draft 15 days ago and a manual booking seen, then the owner's
 * check and activation with the risk accepted. It fails unless automatic posting is then
 * in effect, so a run that means to book automatically cannot silently stay in drafts.
 */
export function walkSupervisedPeriod(runtime: Runtime): void {
  const supervised = runtime.ledger.supervised.forProfile(runtime.profile.name);
  const start = new Date(runtime.clock().getTime() - 15 * 86_400_000);
  if (!supervised.get().firstAutomaticDraftAt) supervised.recordAutomaticDraft(start);
  if (supervised.get().manualBookingCount === 0) supervised.recordManualBooking('supervised-check', 1, 1, start);
  const result = activateAutomaticPosting(runtime, { by: 'Mette Ejer', checked: true, acceptRisk: true });
  if (!result.activated || runtime.postingStatus().effectiveMode !== 'automatic') {
    throw new Error(`automatic posting is not in effect: ${JSON.stringify(result.blockers)}`);
  }
}
