/**
 * `ledgerbridge sync` over two shops when one cannot sync (issue 17 §3, docs/contracts.md): a
 * Danish shop that works and a Swedish one whose WooCommerce refuses the keys LedgerBridge has.
 * Once and in `--watch` alike, the Danish shop is synced and the Swedish shop's failure is told
 * on stderr under its name, in the owner's words (code, title, what happened naming the
 * platform, and the fix), as the app tells it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { profileSchema } from '../../../shared/profile/schema';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { ConfigStore } from '../../../main/settings';
import { syncCommand } from '../../../main/cli/commands/sync';

/** `--watch` serves until the process is asked to stop; here, until the test says so. */
const stop = vi.hoisted(() => ({ now: () => undefined as void }));
vi.mock('../../../main/cli/signals', () => ({ untilStopped: () => new Promise<void>((resolve) => (stop.now = resolve)) }));

const danishOrders = generateWooOrders({ count: 4, seed: 2911 });
/** The Swedish shop's own keys: not those LedgerBridge has for it (the sandbox's public demo keys). */
const SWEDISH_KEYS = { consumerKey: 'ck_9b9b9b9b9b9b9b9b9b9b9b9b9b9b9b9b9b9b9b9b', consumerSecret: 'cs_8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c8c' };
/** What the catalogue says for LB-4011, with {platform} = WooCommerce, and its fix. */
const REFUSED = [
  'ledgerbridge: se: LB-4011 Shoppen afviser LedgerBridges nøgler. WooCommerce godkender ikke LedgerBridges API-nøgler. Nøglerne er måske slettet eller har for få rettigheder. Ingen nye ordrer hentes.',
  '  Lav nye nøgler: i WooCommerce under WooCommerce → Indstillinger → Avanceret → REST API (rettighed "Læs/skriv"), i Shopify under Indstillinger → Apps og salgskanaler → Udvikl apps.',
].join('\n');

let harness: SandboxHarness;
let swedishShop: WooSandbox;

/** Runs the command in this process, collecting stdout and stderr. */
function run(argv: string[]): { done: Promise<number>; out: () => string; err: () => string; restore: () => void } {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  return { done: syncCommand(argv), out: () => out, err: () => err, restore: () => (stdout.mockRestore(), stderr.mockRestore()) };
}

beforeAll(async () => {
  harness = await startSandboxHarness({ orders: danishOrders, profile: { rules: [] } });
  swedishShop = await startWooSandbox({ ...SWEDISH_KEYS, orders: generateWooOrders({ count: 4, seed: 2912 }) });
  const swedish = demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
  new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...swedish, name: 'se', rules: [] }));
}, 60_000);

afterAll(async () => {
  await swedishShop?.close();
  await harness?.close();
});

describe('sync over two shops, one refused by its WooCommerce', () => {
  it('syncs the Danish shop once and tells why the Swedish one failed, exiting 3 (cannot reach the shop)', async () => {
    const cli = run(['--data-dir', harness.dataDir, '--once', '--lang', 'da']);
    try {
      expect(await cli.done).toBe(3);
    } finally {
      cli.restore();
    }
    expect(cli.out()).toMatch(/^demo: /);
    expect(cli.out()).not.toContain('se: ');
    expect(cli.err()).toContain(REFUSED);
  });

  it('keeps watching: the Danish shop syncs, and the Swedish failure is told in the same words', async () => {
    const cli = run(['--data-dir', harness.dataDir, '--watch', '--lang', 'da']);
    try {
      await vi.waitFor(() => {
        expect(cli.out()).toMatch(/^demo: /);
        expect(cli.err()).toContain('ledgerbridge: se: ');
      }, { timeout: 30_000, interval: 50 });
      stop.now();
      expect(await cli.done).toBe(0);
    } finally {
      cli.restore();
    }
    expect(cli.err()).toContain(REFUSED);
  });
});
