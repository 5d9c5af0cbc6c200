import type { Words } from '../../../shared/i18n/lang';
import { resolve } from 'node:path';
import type { Platform } from '../../../shared/domain/order';
import { loadDemo } from '../load-demo';
import { intOption, parse } from '../args';
import { UsageError } from '../exit-codes';
import { untilStopped } from '../signals';
import { printJson } from '../output';

export const sandboxHelp: Words = {
  en: `ledgerbridge sandbox [--port N] [--platform woocommerce|shopify] [--data-dir DIR] [--demo-orders N]
  Starts the local e-conomic, the shop and an SMTP catcher on 127.0.0.1, prints one JSON line
  with their addresses and credentials, and serves until stopped (Ctrl+C).
  --port N          e-conomic on N, the shop on N+1, SMTP on N+2, the caught mails on N+3 (default: free ports)
  --platform P      woocommerce (default) or shopify
  --data-dir DIR    keep the sandboxes' data in DIR across restarts
  --demo-orders N   seed the shop with N realistic Danish orders`,
  da: `ledgerbridge sandbox [--port N] [--platform woocommerce|shopify] [--data-dir DIR] [--demo-orders N]
  Starter den lokale e-conomic, shoppen og en SMTP-fanger på 127.0.0.1, skriver én JSON-linje
  med deres adresser og nøgler og kører, til den stoppes (Ctrl+C).
  --port N          e-conomic på N, shoppen på N+1, SMTP på N+2, de fangede mails på N+3 (standard: ledige porte)
  --platform P      woocommerce (standard) eller shopify
  --data-dir DIR    gem sandkassernes data i DIR, så de overlever en genstart
  --demo-orders N   fyld shoppen med N realistiske danske ordrer`,
};

export function platformOption(value: string | undefined): Platform {
  if (value === undefined) return 'woocommerce';
  if (value !== 'woocommerce' && value !== 'shopify') throw new UsageError(`--platform must be "woocommerce" or "shopify", got "${value}".`);
  return value;
}

export async function sandboxCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    port: { type: 'string' },
    platform: { type: 'string' },
    'data-dir': { type: 'string' },
    'demo-orders': { type: 'string' },
  });
  const { startSandboxes } = await loadDemo();
  const sandboxes = await startSandboxes({
    port: intOption('port', values.port, 0),
    platform: platformOption(values.platform),
    dataDir: values['data-dir'] ? resolve(values['data-dir']) : undefined,
    demoOrders: intOption('demo-orders', values['demo-orders'], 0),
  });
  printJson(sandboxes.line);
  await untilStopped();
  await sandboxes.close();
  return 0;
}
