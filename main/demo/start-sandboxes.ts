import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Platform } from '../../shared/domain/order';
import { startEconomicSandbox, type EconomicSandbox } from '../sandbox/economic';
import { startSmtpCatcher, type SmtpCatcher } from '../sandbox/smtp';
import { startWooSandbox } from '../sandbox/shops/woocommerce';
import { startShopifySandbox } from '../sandbox/shops/shopify';
import { generateWooDemoOrders } from '../sandbox/shops/woocommerce/demo-orders';
import { generateShopifyDemoOrders } from '../sandbox/shops/shopify/demo-orders';
import { DEMO_CREDENTIALS } from '../runtime/sandbox-only';

export interface SandboxesOptions {
  /** First port: e-conomic on N, the shop on N+1, SMTP on N+2, the mail viewer on N+3. 0 = any free ports. */
  port?: number;
  platform?: Platform;
  /** Keeps the sandboxes' data in this folder across restarts. */
  dataDir?: string;
  demoOrders?: number;
  seed?: number;
}

export interface ShopSandboxHandle {
  url: string;
  close(): Promise<void>;
  setFaults(f: unknown): void;
}

export interface Sandboxes {
  economic: EconomicSandbox;
  shop: ShopSandboxHandle & { platform: Platform; credentials: Record<string, string> };
  smtp: SmtpCatcher;
  /** The JSON line of DESIGN.md §6. */
  line: {
    economic: { url: string; appSecretToken: string; agreementGrantToken: string };
    shop: { platform: Platform; url: string } & Record<string, string>;
    smtp: { host: string; port: number };
    mails: string;
  };
  close(): Promise<void>;
}

/** Starts the local e-conomic, the chosen shop and the SMTP catcher on 127.0.0.1. */
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

  const economic = await startEconomicSandbox({
    port: at(0),
    appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken,
    agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken,
    persistFile: persist('economic-sandbox.json'),
  });
  let shop: Sandboxes['shop'];
  if (platform === 'woocommerce') {
    const woo = await startWooSandbox({
      port: at(1),
      consumerKey: DEMO_CREDENTIALS.wooConsumerKey,
      consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret,
      orders: count > 0 ? generateWooDemoOrders({ count, seed }) : [],
      persistFile: persist('woocommerce-sandbox.json'),
    });
    shop = { platform, url: woo.url, close: () => woo.close(), setFaults: (f) => woo.setFaults(f as never), credentials: { consumerKey: woo.consumerKey, consumerSecret: woo.consumerSecret } };
  } else {
    const shopify = await startShopifySandbox({
      port: at(1),
      accessToken: DEMO_CREDENTIALS.shopifyAccessToken,
      clientId: DEMO_CREDENTIALS.shopifyClientId,
      clientSecret: DEMO_CREDENTIALS.shopifyClientSecret,
      orders: count > 0 ? generateShopifyDemoOrders({ count, seed }) : [],
      persistFile: persist('shopify-sandbox.json'),
      // Shopify Plus's restore rate: the default (50 points/s) makes a demo wait ~20 s on throttling.
      restoreRate: 1000,
    });
    shop = {
      platform,
      url: shopify.url,
      close: () => shopify.close(),
      setFaults: (f) => shopify.setFaults(f as never),
      credentials: { accessToken: shopify.accessToken, clientId: shopify.clientId, clientSecret: shopify.clientSecret, apiVersion: shopify.apiVersion },
    };
  }
  const smtp = await startSmtpCatcher({ smtpPort: at(2), httpPort: at(3) });

  return {
    economic,
    shop,
    smtp,
    line: {
      economic: { url: economic.url, appSecretToken: economic.appSecretToken, agreementGrantToken: economic.agreementGrantToken },
      shop: { platform, url: shop.url, ...shop.credentials },
      smtp: { host: smtp.host, port: smtp.port },
      mails: smtp.mailsUrl,
    },
    async close() {
      await Promise.allSettled([economic.close(), shop.close(), smtp.close()]);
    },
  };
}
