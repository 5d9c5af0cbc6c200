/**
 * `ledgerbridge sync --watch` over two shops when one cannot be opened (issue 17 §3): the
 * Swedish shop's ledger is damaged. The watch starts anyway, syncs the Danish shop, and tells
 * under the Swedish shop's name why it cannot be opened (LB-2055, the file, the fix); each of the
 * Swedish shop's turns tries to open it again (ProfileRuntimes.reopen), so it comes back once fixed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { profileSchema } from '../../../shared/profile/schema';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { ConfigStore } from '../../../main/settings';
import { syncCommand } from '../../../main/cli/commands/sync';

/** `--watch` serves until the process is asked to stop; here, until the test says so. */
const stop = vi.hoisted(() => ({ now: () => undefined as void }));
vi.mock('../../../main/cli/signals', () => ({ untilStopped: () => new Promise<void>((resolve) => (stop.now = resolve)) }));

let harness: SandboxHarness;
let swedishShop: WooSandbox;
let swedishLedger: string;

/** Runs the command in this process, collecting stdout and stderr. */
function run(argv: string[]): { done: Promise<number>; out: () => string; err: () => string; restore: () => void } {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  return { done: syncCommand(argv), out: () => out, err: () => err, restore: () => (stdout.mockRestore(), stderr.mockRestore()) };
}

beforeAll(async () => {
  harness = await startSandboxHarness({ orders: generateWooOrders({ count: 3, seed: 3401 }), profile: { rules: [] } });
  swedishShop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: generateWooOrders({ count: 3, seed: 3402 }) });
  const swedish = demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
  new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...swedish, name: 'se', rules: [] }));
  swedishLedger = join(harness.dataDir, 'profiles', 'se', 'ledger.sqlite');
  mkdirSync(join(harness.dataDir, 'profiles', 'se'), { recursive: true });
  writeFileSync(swedishLedger, 'overwritten by a sync tool '.repeat(200));
}, 60_000);

afterAll(async () => {
  await swedishShop?.close();
  await harness?.close();
});

describe('sync --watch over two shops, one with a damaged ledger', () => {
  it('watches the Danish shop and tells in English under the Swedish shop why it cannot be opened and what to do', async () => {
    const cli = run(['--data-dir', harness.dataDir, '--watch', '--lang', 'en']);
    try {
      await vi.waitFor(
        () => {
          expect(cli.out()).toMatch(/^demo: /);
          expect(cli.err()).toContain('ledgerbridge: se: ');
        },
        { timeout: 30_000, interval: 50 },
      );
      stop.now();
      expect(await cli.done).toBe(0);
    } finally {
      cli.restore();
    }
    expect(cli.out()).not.toMatch(/^se: /m);
    expect(cli.err()).toContain(
      [
        `ledgerbridge: se: LB-2055 The shop cannot be opened. LedgerBridge cannot open the ledger of the shop "se", ${swedishLedger} (file is not a database), so "se" is not synced. The other shops run on.`,
        '  Close the program that has the file open, and make sure LedgerBridge may read and write the folder; LedgerBridge tries again at every sync, and the shop comes back by itself. If the file is damaged, create a support bundle under Error log → "Create support bundle" and send it to us.',
      ].join('\n'),
    );
  }, 60_000);

  it('watches the Danish shop also when the Swedish profile was broken by a hand edit of config.json, and names the field (LB-2056)', async () => {
    const file = join(harness.dataDir, 'config.json');
    const config = JSON.parse(readFileSync(file, 'utf8')) as { profiles: Record<string, Record<string, unknown>> };
    config.profiles.se.layoutNumber = 'nineteen';
    writeFileSync(file, JSON.stringify(config, null, 2));
    const cli = run(['--data-dir', harness.dataDir, '--watch', '--lang', 'en']);
    try {
      await vi.waitFor(
        () => {
          expect(cli.out()).toMatch(/^demo: /);
          expect(cli.err()).toContain('ledgerbridge: se: LB-2056');
        },
        { timeout: 30_000, interval: 50 },
      );
      stop.now();
      expect(await cli.done).toBe(0);
    } finally {
      cli.restore();
    }
    expect(cli.err()).toContain('layoutNumber');
  }, 60_000);
});
