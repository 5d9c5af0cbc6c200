import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProfileInput } from '../../../shared/profile/schema';
import { activateAutomaticPosting } from '../../../main/operations/activation';
import { Runtime } from '../../../main/runtime/runtime';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { startEconomicSandbox, type EconomicSandbox, type EconomicSandboxOptions } from '../../../main/sandbox/economic';
import { startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { testProfile } from './reference';

/**
 * The real sandboxes over HTTP (with the public demo credentials, which the demo licence
 * accepts on 127.0.0.1) and a data dir with the demo profile, for money-flow tests.
 */
export interface Harness {
  economic: EconomicSandbox;
  woo: WooSandbox;
  dataDir: string;
  runtime: Runtime;
  /** Closes the runtime and opens a fresh one on the same data dir, like a restart. */
  reopen(): Promise<Runtime>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  orders?: unknown[];
  profile?: Partial<ProfileInput>;
  /** Pass the posting gates (supervised period over, checked, activated). */
  automatic?: boolean;
  economic?: EconomicSandboxOptions;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const economic = await startEconomicSandbox({
    appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken,
    agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken,
    ...options.economic,
  });
  const woo = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: options.orders ?? [] });
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-moneyflows-'));
  new ConfigStore(dataDir).saveProfile(testProfile({ shopUrl: woo.url, economicUrl: economic.url }, options.profile ?? {}));
  const open = () => Runtime.open({ dataDir, secrets: new MemorySecretStore(), economicClientOptions: { sleep: async () => {} } });
  const harness: Harness = {
    economic,
    woo,
    dataDir,
    runtime: await open(),
    async reopen() {
      harness.runtime.close();
      harness.runtime = await open();
      return harness.runtime;
    },
    async close() {
      harness.runtime.close();
      await Promise.allSettled([economic.close(), woo.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  if (options.automatic) passPostingGates(harness.runtime);
  return harness;
}

/** What an owner does over the supervised period, compressed: 14 days of drafts, a manual booking, the check and the activation. */
export function passPostingGates(runtime: Runtime): void {
  const period = runtime.ledger.supervised.forProfile(runtime.profile.name);
  const start = new Date(runtime.clock().getTime() - 15 * 86_400_000);
  period.recordAutomaticDraft(start);
  period.recordManualBooking('supervised-check', 1, 1, start);
  const result = activateAutomaticPosting(runtime, { by: 'Test Owner', checked: true, acceptRisk: true });
  if (!result.activated) throw new Error(`automatic posting not activated: ${result.blockers.map((b) => b.id).join(', ')}`);
}

/** POSTs to a sandbox admin API. */
export async function admin(url: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${url}/_sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The fields of e-conomic invoice documents (sandbox state) the money-flow tests read. */
export interface InvoiceDoc {
  bookedInvoiceNumber?: number;
  draftInvoiceNumber?: number;
  date: string;
  grossAmount: number;
  netAmount: number;
  vatAmount: number;
  remainder?: number;
  references?: { other?: string };
  notes?: { heading?: string };
  lines?: Array<{ quantity: number; product?: { productNumber?: string } }>;
}

export function bookedDocs(economic: EconomicSandbox): InvoiceDoc[] {
  return economic.state().booked as unknown as InvoiceDoc[];
}

export function draftDocs(economic: EconomicSandbox): InvoiceDoc[] {
  return economic.state().drafts as unknown as InvoiceDoc[];
}
