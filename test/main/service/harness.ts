/**
 * The desktop service against the real sandboxes over HTTP: a local e-conomic, a
 * WooCommerce shop seeded with recent Danish demo orders (one of them without a SKU on
 * purpose), an SMTP catcher, a real SQLite data dir and an in-memory secret store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppService, type DesktopService } from '../../../main/service/app-service';
import { startSandboxes } from '../../../main/demo/start-sandboxes';
import type { EconomicSandbox } from '../../../main/sandbox/economic';
import { generateWooDemoOrders, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { parseWooGmt, wooGmt, wooLocal } from '../../../main/sandbox/shops/woocommerce/clock';
import type { SmtpCatcher } from '../../../main/sandbox/smtp';
import { DEMO_LICENCE } from '../../../main/demo';
import { MemorySecretStore } from '../../../main/secrets';
import type { AppEvent } from '../../../shared/ipc/contract';
import type { WizardAnswers } from '../../../shared/ipc/schemas/setup';

export const SHOP_KEYS = { consumerKey: 'ck_0c1d2e3f4a5b6c7d8e9f00112233445566778899', consumerSecret: 'cs_99887766554433221100ffeeddccbbaa99887766' };
export const ECONOMIC_TOKENS = { appSecretToken: 'app-secret-7f3a9c2e5b1d4068', agreementGrantToken: 'grant-2b8e6d4a0c9f1e37' };
export const SHOP_NAME = 'Nordlys Keramik';
export const COMPANY_NAME = 'LedgerBridge Sandbox ApS';

export interface ServiceHarness {
  economic: EconomicSandbox;
  shop: WooSandbox;
  smtp: SmtpCatcher;
  dataDir: string;
  secrets: MemorySecretStore;
  events: AppEvent[];
  /** Also hands every event to `listener` (the dev bridge, in end-to-end tests). */
  forwardEvents(listener: (event: AppEvent) => void): void;
  service: DesktopService;
  /** The native demo orders the shop started with. */
  orders: Array<Record<string, unknown>>;
  /** Opens another service on the same data dir (after disposing the first), like an app restart. */
  reopen(): Promise<DesktopService>;
  close(): Promise<void>;
}

const HOUR_MS = 3_600_000;
const DATES = ['date_created', 'date_modified', 'date_paid', 'date_completed'] as const;

/**
 * The demo generator spreads an order's life (placed, paid, completed) over days. The
 * harness squeezes every date of the demo orders into the last day, keeping their order,
 * so the shop's orders are all recent (as a shop's newest orders are) and are processed
 * in the same sequence as the generator meant.
 */
function squeezedIntoLastDay(orders: Array<Record<string, unknown>>, nowMs: number): Array<Record<string, unknown>> {
  const times = orders.flatMap((o) => DATES.map((f) => parseWooGmt(o[`${f}_gmt`]))).filter((t) => Number.isFinite(t));
  const min = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - min);
  const from = nowMs - 23 * HOUR_MS;
  const width = 23 * HOUR_MS - 10 * 60_000;
  return orders.map((order) => {
    const out = { ...order };
    for (const field of DATES) {
      const t = parseWooGmt(out[`${field}_gmt`]);
      if (!Number.isFinite(t)) continue;
      const moved = from + Math.round(((t - min) / span) * width);
      out[field] = wooLocal(moved);
      out[`${field}_gmt`] = wooGmt(moved);
    }
    return out;
  });
}

export async function startServiceHarness(
  opts: {
    orders?: number;
    now?: Date;
    /** The service's clock (default: the real time); a test of "today" fixes it. */
    clock?: () => Date;
    arrange?: (orders: Array<Record<string, unknown>>) => Array<Record<string, unknown>>;
    /** Called before the shop answers each REST request (a test holds a sync mid-way with it). */
    onShopRequest?: (request: { method: string; path: string; query: URLSearchParams }) => void | Promise<void>;
  } = {},
): Promise<ServiceHarness> {
  const now = opts.now ?? new Date();
  // Orders from the last day, as a shop's newest orders are; `arrange` may move some of them.
  const squeezed = squeezedIntoLastDay(generateWooDemoOrders({ count: opts.orders ?? 12, seed: 42, start: new Date(now.getTime() - 3 * 24 * HOUR_MS) }), now.getTime());
  const orders = opts.arrange ? opts.arrange(squeezed) : squeezed;
  // The consultant types these keys into the wizard, so they are not the demo's.
  const sandboxes = await startSandboxes({ orders, credentials: { economic: ECONOMIC_TOKENS, woocommerce: SHOP_KEYS }, shopName: SHOP_NAME, onShopRequest: opts.onShopRequest });
  if (sandboxes.shop.platform !== 'woocommerce') throw new Error('the service harness runs a WooCommerce shop');
  const { economic, smtp } = sandboxes;
  const shop = sandboxes.shop.server;
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-service-'));
  const secrets = new MemorySecretStore();
  const events: AppEvent[] = [];
  let forward: (event: AppEvent) => void = () => undefined;
  const open = () =>
    createAppService({
      dataDir,
      onEvent: (e) => {
        events.push(e);
        forward(e);
      },
      secrets,
      economicUrl: economic.url,
      autoSync: false,
      ...(opts.clock ? { clock: opts.clock } : {}),
      economicClientOptions: { sleep: async () => undefined },
      // LedgerBridge's app in the sandbox's e-conomic: the wizard can connect through its grant page.
      economicApp: { publicToken: economic.appPublicToken, secretToken: ECONOMIC_TOKENS.appSecretToken, grantUrl: economic.grantUrl },
      env: {},
    });
  const harness: ServiceHarness = {
    economic,
    shop,
    smtp,
    dataDir,
    secrets,
    events,
    forwardEvents(listener) {
      forward = listener;
    },
    orders,
    service: await open(),
    async reopen() {
      await harness.service.dispose();
      harness.service = await open();
      return harness.service;
    },
    async close() {
      await harness.service.dispose();
      await sandboxes.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** What a consultant answers in the wizard for the sandbox shop. */
export function standardAnswers(shopUrl: string): Required<WizardAnswers> {
  return {
    plan: { plan: 'standard', licence: DEMO_LICENCE, profileName: 'nordlys' },
    shop: { platform: 'woocommerce', url: shopUrl, shopName: SHOP_NAME, currency: 'DKK' },
    economic: { companyName: COMPANY_NAME, agreementNumber: 1 },
    stages: { orderStages: ['processing', 'completed'] },
    posting: { postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice' },
    mapping: {
      layoutNumber: 19,
      paymentTermsNumber: 1,
      customerMode: 'collective',
      collectiveCustomerNumber: 1,
      productGroups: { '25': 1, '0': 2 },
      products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', rounding: 'AFRUNDING' },
    },
    currencies: { enabled: ['DKK'], collectiveCustomers: {}, homeCountry: 'DK', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number', oss: false },
    paymentMethods: {
      mobilepay: { title: 'MobilePay', paymentTermsNumber: 3 },
      dankort: { title: 'Dankort', paymentTermsNumber: 3 },
      stripe: { title: 'Kreditkort', paymentTermsNumber: 3 },
      bacs: { title: 'Bankoverførsel', paymentTermsNumber: 1 },
    },
    rules: [],
    mail: { invoiceSource: 'shop' },
  };
}

/**
 * Walks the wizard through the service as the UI does (with the standard answers, or as
 * `change` makes them), ending with a checked and saved setup; returns the native orders the first sync takes (those changed since the oldest
 * order of the check's dry run).
 */
export async function completeWizard(h: ServiceHarness, change: (answers: ReturnType<typeof standardAnswers>) => ReturnType<typeof standardAnswers> = (a) => a): Promise<Array<Record<string, unknown>>> {
  const answers = change(standardAnswers(h.shop.url));
  const s = h.service;
  await s['wizard.saveStep']({ step: 'plan', answers: { plan: answers.plan }, next: 'shop' });
  await s['wizard.saveStep']({ step: 'shop', answers: { shop: answers.shop }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SHOP_KEYS } });
  await s['wizard.saveStep']({ step: 'economic', answers: { economic: answers.economic }, next: 'stages', economicCredentials: ECONOMIC_TOKENS });
  for (const [step, next] of [['stages', 'mapping'], ['mapping', 'currencies'], ['currencies', 'paymentMethods'], ['paymentMethods', 'rules'], ['rules', 'mail'], ['mail', 'check']] as const) {
    await s['wizard.saveStep']({ step, answers: { [step]: answers[step] }, next });
  }
  const check = await s['setup.check']({});
  if (!check.ready) throw new Error(`setup check not ready: ${JSON.stringify(check.lines.filter((l) => l.status === 'fail'))}`);
  await s['wizard.finish']({});
  const from = Date.parse(check.firstSyncFrom!);
  return h.orders.filter((o) => parseWooGmt(o.date_modified_gmt) >= from);
}

/** The order moved `hours` back in time, every date of it: placed, paid, completed and last changed. */
export function movedBack(order: Record<string, unknown>, hours: number): Record<string, unknown> {
  const out = { ...order };
  for (const field of DATES) {
    const t = parseWooGmt(out[`${field}_gmt`]);
    if (!Number.isFinite(t)) continue;
    out[field] = wooLocal(t - hours * HOUR_MS);
    out[`${field}_gmt`] = wooGmt(t - hours * HOUR_MS);
  }
  return out;
}

/** The demo order that has a product line without SKU. */
export function orderWithoutSku(h: ServiceHarness): Record<string, unknown> {
  const order = h.orders.find((o) => (o.line_items as Array<{ sku: string }>).some((l) => l.sku === ''));
  if (!order) throw new Error('the demo orders have no order without SKU');
  return order;
}
