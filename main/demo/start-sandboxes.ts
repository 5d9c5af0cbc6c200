import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Platform } from '../../shared/domain/order';
import { startEconomicSandbox, type EconomicSandbox, type EconomicSandboxOptions } from '../sandbox/economic';
import { startSmtpCatcher, type SmtpCatcher } from '../sandbox/smtp';
import { startWooSandbox, type WooSandbox, type WooSandboxOptions } from '../sandbox/shops/woocommerce';
import { startShopifySandbox, type ShopifySandbox } from '../sandbox/shops/shopify';
import { generateWooDemoOrders } from '../sandbox/shops/woocommerce/demo-orders';
import { generateShopifyDemoOrders } from '../sandbox/shops/shopify/demo-orders';
import { DEMO_CREDENTIALS } from '../runtime/sandbox-only';

export interface SandboxesOptions {
  /** First port: e-conomic on N, the shop on N+1, SMTP on N+2, the mail viewer on N+3. 0 = any free ports. */
  port?: number;
  platform?: Platform;
  /** Keeps the sandboxes' data in this folder across restarts. */
  dataDir?: string;
  /** Seeds the shop with this many generated Danish demo orders … */
  demoOrders?: number;
  seed?: number;
  /** … or with these orders in the platform's own JSON. */
  orders?: unknown[];
  /** e-conomic's behaviour (VAT rounding) or a file of its own to keep its state in. */
  economic?: Pick<EconomicSandboxOptions, 'vatRounding' | 'persistFile' | 'baseCurrency'>;
  /** Other credentials than the public demo ones (the setup wizard's tests type their own). */
  credentials?: {
    economic?: { appSecretToken: string; agreementGrantToken: string };
    woocommerce?: { consumerKey: string; consumerSecret: string };
  };
  /** The shop's name, as its API reports it. */
  shopName?: string;
  /** WooCommerce only: called before every REST request is answered (tests hold a sync mid-way with it). */
  onShopRequest?: WooSandboxOptions['onRequest'];
}

export type ShopSandbox = { platform: 'woocommerce'; server: WooSandbox } | { platform: 'shopify'; server: ShopifySandbox };

export interface Sandboxes {
  economic: EconomicSandbox;
  shop: ShopSandbox;
  smtp: SmtpCatcher;
  /** The JSON line of the `sandbox` command (docs/contracts.md). */
  line: {
    /** `appPublicToken` and `grantUrl`: e-conomic's "add app" page of the sandbox, for connecting by logging in. */
    economic: { url: string; appSecretToken: string; agreementGrantToken: string; appPublicToken: string; grantUrl: string };
    shop: { platform: Platform; url: string } & Record<string, string>;
    smtp: { host: string; port: number };
    mails: string;
  };
  close(): Promise<void>;
}

/**
 * Starts the local e-conomic, the chosen shop and the SMTP catcher on 127.0.0.1 — the one
 * way the demo, the tests, the benchmarks and the screenshots start them. Unless told
 * otherwise they accept the public demo credentials, which a sandbox-only licence uses.
 */
export async function startSandboxes(options: SandboxesOptions = {}): Promise<Sandboxes> {
  const base = options.port ?? 0;
  const at = (offset: number): number => (base === 0 ? 0 : base + offset);
  const platform = options.platform ?? 'woocommerce';
  const persist = (name: string): string | undefined => {
    if (!options.dataDir) return undefined;
    mkdirSync(options.dataDir, { recursive: true });
    return join(options.dataDir, name);
  };
  const count = options.demoOrders ?? 0;
  const seed = options.seed ?? 2026;
  const seedOrders = (generate: () => unknown[]): unknown[] => options.orders ?? (count > 0 ? generate() : []);

  const economic = await startEconomicSandbox({
    port: at(0),
    ...(options.credentials?.economic ?? {
      appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken,
      agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken,
    }),
    persistFile: persist('economic-sandbox.json'),
    ...options.economic,
  });
  let shop: ShopSandbox;
  let credentials: Record<string, string>;
  if (platform === 'woocommerce') {
    const server = await startWooSandbox({
      port: at(1),
      ...(options.credentials?.woocommerce ?? { consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret }),
      orders: seedOrders(() => generateWooDemoOrders({ count, seed })),
      persistFile: persist('woocommerce-sandbox.json'),
      name: options.shopName,
      onRequest: options.onShopRequest,
    });
    shop = { platform, server };
    credentials = { consumerKey: server.consumerKey, consumerSecret: server.consumerSecret };
  } else {
    const server = await startShopifySandbox({
      port: at(1),
      accessToken: DEMO_CREDENTIALS.shopifyAccessToken,
      clientId: DEMO_CREDENTIALS.shopifyClientId,
      clientSecret: DEMO_CREDENTIALS.shopifyClientSecret,
      orders: seedOrders(() => generateShopifyDemoOrders({ count, seed })),
      persistFile: persist('shopify-sandbox.json'),
      shopName: options.shopName,
      // Shopify Plus's restore rate: the default (50 points/s) makes a demo wait ~20 s on throttling.
      restoreRate: 1000,
    });
    shop = { platform, server };
    credentials = { accessToken: server.accessToken, clientId: server.clientId, clientSecret: server.clientSecret, apiVersion: server.apiVersion };
  }
  const smtp = await startSmtpCatcher({ smtpPort: at(2), httpPort: at(3) });

  return {
    economic,
    shop,
    smtp,
    line: {
      economic: { url: economic.url, appSecretToken: economic.appSecretToken, agreementGrantToken: economic.agreementGrantToken, appPublicToken: economic.appPublicToken, grantUrl: economic.grantUrl },
      shop: { platform, url: shop.server.url, ...credentials },
      smtp: { host: smtp.host, port: smtp.port },
      mails: smtp.mailsUrl,
    },
    async close() {
      await Promise.allSettled([economic.close(), shop.server.close(), smtp.close()]);
    },
  };
}
