import { resolve } from 'node:path';
import type { Platform } from '../../../shared/domain/order';
import { loadDemo } from '../load-demo';
import { intOption, parse } from '../args';
import { UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import type { Lang } from '../../../shared/i18n/lang';
import { SANDBOX_WORDS } from '../../../shared/i18n/cli/sandbox';
import { untilStopped } from '../signals';
import { printJson } from '../output';

export function platformOption(value: string | undefined, lang: Lang = cliLanguage(undefined)): Platform {
  if (value === undefined) return 'woocommerce';
  if (value !== 'woocommerce' && value !== 'shopify') throw new UsageError(SANDBOX_WORDS[lang].badPlatform(value));
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
