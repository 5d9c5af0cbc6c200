import type { Platform } from '../../../shared/domain/order';
import type { ProfileInput } from '../../../shared/profile/schema';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness, type SandboxHarnessOptions } from '../../../main/demo/sandbox-harness';
import type { Runtime } from '../../../main/runtime/runtime';
import type { EconomicSandbox } from '../../../main/sandbox/economic';
import type { ShopifySandbox } from '../../../main/sandbox/shops/shopify';
import type { WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { moneyFlowProfile } from './reference';

/**
 * The sandbox harness with one runtime kept open, for money-flow tests: the money-flow
 * profile (invoices from the shop), optionally past the automatic-posting gates.
 */
export interface ShopHarness<Shop = WooSandbox | ShopifySandbox> extends SandboxHarness<Shop> {
  runtime: Runtime;
  /** Closes the runtime and opens a fresh one on the same data dir, like a restart. */
  reopen(): Promise<Runtime>;
}

/** The WooCommerce harness (most money-flow tests). */
export type Harness = ShopHarness<WooSandbox>;

export interface HarnessOptions {
  orders?: unknown[];
  profile?: Partial<ProfileInput>;
  /** Pass the posting gates (supervised period over, checked, activated). */
  automatic?: boolean;
  economic?: SandboxHarnessOptions['economic'];
  /** Where the engine's clock, and e-conomic's, start (default: now), for a test on fixed dates. */
  start?: Date;
}

export function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  return startShopHarness('woocommerce', options) as Promise<Harness>;
}

/** The same harness for either platform (a Shopify shop runs the Shopify sandbox). */
export async function startShopHarness(platform: Platform, options: HarnessOptions = {}): Promise<ShopHarness> {
  const sandboxes = await startSandboxHarness({ platform, orders: options.orders, economic: options.economic, start: options.start, profile: (demo) => moneyFlowProfile(demo, options.profile) });
  // The PC's clock and e-conomic's agree, as on a real machine (else the runtime logs LB-2042, the PC clock off).
  if (options.start) sandboxes.economic.settings({ now: options.start.toISOString() });
  const closeSandboxes = sandboxes.close;
  const harness: ShopHarness = Object.assign(sandboxes, {
    runtime: await sandboxes.open(),
    async reopen() {
      harness.runtime.close();
      harness.runtime = await sandboxes.open();
      return harness.runtime;
    },
    async close() {
      harness.runtime.close();
      await closeSandboxes();
    },
  });
  if (options.automatic) walkSupervisedPeriod(harness.runtime);
  return harness;
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
