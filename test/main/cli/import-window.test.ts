import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SecretName } from '../../../shared/profile/schema';
import { nextDate } from '../../../shared/domain/local-day';
import { importCommand } from '../../../main/cli/commands/import';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import type { ShopifySandbox } from '../../../main/sandbox/shops/shopify';
import { generateShopifyOrders } from '../../../main/sandbox/shops/shopify/demo-orders';
import { envVariableNames } from '../../../main/secrets';

/**
 * `ledgerbridge import` on a Shopify shop whose app lacks `read_all_orders` (issue 14 §4):
 * Shopify then shows only the orders of the last 60 days and says nothing, so both the
 * preview and the import itself warn first (LB-2047), in the owner's language.
 */

const DAY = 86_400_000;
const now = Date.now();
const copenhagenDay = (ms: number) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
// Orders created 100 and 10 days ago.
const orders = generateShopifyOrders({ count: 2, seed: 21 }).map((o, i) => {
  const created = new Date(now - [100, 10][i] * DAY).toISOString();
  return { ...o, financial_status: 'paid', cancelled_at: null, created_at: created, processed_at: created, updated_at: created };
});
const from = copenhagenDay(now - 90 * DAY);
// 60 × 24 hours back lies inside a day: the first day Shopify shows whole is the day after (not the
// day of 59 × 24 hours back: across a change of the clocks that can be the same day).
const oldest = nextDate(copenhagenDay(now - 60 * DAY));
const SECRETS: Array<[SecretName, string]> = [
  ['economicAppSecretToken', DEMO_CREDENTIALS.economicAppSecretToken],
  ['economicAgreementGrantToken', DEMO_CREDENTIALS.economicAgreementGrantToken],
  ['shopifyAccessToken', DEMO_CREDENTIALS.shopifyAccessToken],
];

let harness: SandboxHarness<ShopifySandbox>;
beforeAll(async () => {
  harness = await startSandboxHarness({ platform: 'shopify', orders });
  for (const [name, value] of SECRETS) vi.stubEnv(envVariableNames('demo', name)[0], value);
  harness.shop.setSettings({ scopes: ['read_orders'] });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await harness.close();
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  try {
    const code = await importCommand(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('ledgerbridge import without read_all_orders, reaching back 90 days', () => {
  it('warns atop the preview in Danish: the title with its code, what Shopify leaves out, and what to grant', async () => {
    const { code, stdout } = await run(['--data-dir', harness.dataDir, '--from', from, '--preview', '--lang', 'da']);
    expect(code).toBe(0);
    const [title, message, fix] = stdout.split('\n');
    expect(title).toBe('Shopify viser kun ordrer fra de seneste 60 dage (LB-2047)');
    expect(message).toBe(
      `  Importen skal gå tilbage til ${from}, men LedgerBridges app i Shopify har ikke adgangen "read_all_orders". Så viser Shopify kun ordrer oprettet fra ${oldest}; ældre ordrer kommer ikke med i importen, og Shopify siger ikke selv fra.`,
    );
    expect(fix).toContain('Giv appen adgangen "read_all_orders" i Shopify under Indstillinger → Apps og salgskanaler');
    expect(fix).toContain(`Eller vælg en dato fra ${oldest}.`);
    expect(fix).toContain('Kontrollér ordrerne');
    // Only the order of 10 days ago is shown by Shopify, and so counted.
    expect(stdout).toContain('1 ordre');
  });

  it('warns atop the preview in English', async () => {
    const { code, stdout } = await run(['--data-dir', harness.dataDir, '--from', from, '--preview', '--lang', 'en']);
    expect(code).toBe(0);
    const [title, message, fix] = stdout.split('\n');
    expect(title).toBe('Shopify shows only the orders of the last 60 days (LB-2047)');
    expect(message).toBe(
      `  The import is to reach back to ${from}, but LedgerBridge's app in Shopify lacks the "read_all_orders" access. Shopify then shows only orders created from ${oldest}; older orders are left out of the import, and Shopify does not say so itself.`,
    );
    expect(fix).toContain('Give the app the "read_all_orders" access in Shopify under Settings → Apps and sales channels');
    expect(fix).toContain(`Or choose a date from ${oldest}.`);
    expect(fix).toContain('Check the orders');
  });

  it('says nothing when the import stays within the 60 days Shopify shows', async () => {
    const { stdout } = await run(['--data-dir', harness.dataDir, '--from', copenhagenDay(now - 30 * DAY), '--preview', '--lang', 'en']);
    expect(stdout).not.toContain('LB-2047');
  });

  it('warns on stderr before the import itself runs, and the import goes on with what Shopify shows', async () => {
    const { code, stdout, stderr } = await run(['--data-dir', harness.dataDir, '--from', from, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stderr.indexOf('Shopify shows only the orders of the last 60 days (LB-2047)')).toBe(0);
    expect(stderr).toContain(`Shopify then shows only orders created from ${oldest}`);
    expect(stdout).toBe('The import is done: 1 order.\n');
  });
});
