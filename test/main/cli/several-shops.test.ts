/**
 * Several shops at once (issue 17 §3, docs/contracts.md): a Danish and a Swedish WooCommerce shop,
 * two profiles in one data dir, on ONE e-conomic agreement. `ledgerbridge sync` books both
 * side by side — every order of each shop exactly once, under a reference that cannot be
 * mistaken for the other shop's order with the same id — and `status --json` lists both
 * profiles, counting their calls against the agreement's one fair-use budget.
 */
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { profileSchema } from '../../../shared/profile/schema';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { ProfileRuntimes } from '../../../main/runtime/profiles';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { syncCommand } from '../../../main/cli/commands/sync';
import { statusCommand } from '../../../main/cli/commands/status';
import { ordersCommand } from '../../../main/cli/commands/orders';
import { logCommand } from '../../../main/cli/commands/log';
import { retryCommand } from '../../../main/cli/commands/retry';
import { backupCommand } from '../../../main/cli/commands/backup';
import { restoreCommand } from '../../../main/cli/commands/restore';
import { UsageError } from '../../../main/cli/exit-codes';

const danishOrders = generateWooOrders({ count: 10, seed: 1701 });
const swedishOrders = generateWooOrders({ count: 10, seed: 1702 });
/** What the demo profile transfers (its order stages for WooCommerce). */
const transferred = (orders: Record<string, unknown>[]) => orders.filter((o) => o.status === 'processing' || o.status === 'completed').map((o) => String(o.id));

let harness: SandboxHarness;
let swedishShop: WooSandbox;

/** Runs a CLI command in this process and returns what it printed on stdout. */
async function cli(command: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  try {
    return { code: await command(argv), stdout };
  } finally {
    write.mockRestore();
  }
}

beforeAll(async () => {
  harness = await startSandboxHarness({ orders: danishOrders, profile: { rules: [] } });
  swedishShop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: swedishOrders });
  const swedish = demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
  new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...swedish, name: 'se', rules: [] }));
  // Both shops have been through their supervised period and book automatically.
  const profiles = await ProfileRuntimes.open({ dataDir: harness.dataDir, secrets: new MemorySecretStore() });
  try {
    for (const runtime of profiles.all) walkSupervisedPeriod(runtime);
  } finally {
    profiles.close();
  }
}, 120_000);

afterAll(async () => {
  await swedishShop?.close();
  await harness?.close();
});

describe('two shops on one e-conomic agreement', () => {
  it('syncs both together: each order booked once, each shop in its own ledger, both on one fair-use budget', async () => {
    const danish = transferred(danishOrders);
    const swedishIds = transferred(swedishOrders);
    // The two shops number their orders alike: only the profile tells their invoices apart.
    expect(danish.filter((id) => swedishIds.includes(id)).length).toBeGreaterThan(0);

    const sync = await cli(syncCommand, ['--data-dir', harness.dataDir, '--json']);
    expect(sync.code).toBe(0);
    const summaries = sync.stdout.trim().split('\n').map((line) => JSON.parse(line) as { profile: string; booked: number; failed: number });
    expect(summaries.map((s) => [s.profile, s.booked, s.failed]).sort()).toEqual([
      ['demo', danish.length, 0],
      ['se', swedishIds.length, 0],
    ]);

    // In e-conomic: one booked invoice per order, the first profile's under its plain reference, the other's qualified.
    const state = harness.economic.state() as unknown as { booked: Array<{ references?: { other?: string } }>; calls: { total: number } };
    const references = state.booked.map((i) => i.references?.other ?? '(none)').sort();
    expect(references).toEqual([...danish.map((id) => `wc:${id}`), ...swedishIds.map((id) => `wc:se:${id}`)].sort());

    const status = await cli(statusCommand, ['--data-dir', harness.dataDir, '--json']);
    expect(status.code).toBe(0);
    const report = JSON.parse(status.stdout) as {
      profile: { name: string };
      profiles: Array<{ profile: { name: string; shopUrl: string }; orders: { byState: Record<string, number> }; budget: { usedLast24h: number; key: string } }>;
    };
    expect(report.profile.name).toBe('demo');
    expect(report.profiles.map((p) => [p.profile.name, p.profile.shopUrl, p.orders.byState.done])).toEqual([
      ['demo', harness.shop.url, danish.length],
      ['se', swedishShop.url, swedishIds.length],
    ]);
    // One agreement (named by GET /self), one budget: both profiles see every call e-conomic received.
    const [dk, se] = report.profiles;
    expect(dk.budget.key).toMatch(/^agreement:\d+$/);
    expect(se.budget.key).toBe(dk.budget.key);
    expect(dk.budget.usedLast24h).toBe(state.calls.total);
    expect(se.budget.usedLast24h).toBe(state.calls.total);

    // `--profile` limits a command to one shop.
    const one = await cli(statusCommand, ['--data-dir', harness.dataDir, '--profile', 'se', '--json']);
    expect((JSON.parse(one.stdout) as { profiles: Array<{ profile: { name: string } }> }).profiles.map((p) => p.profile.name)).toEqual(['se']);
  }, 300_000);

  // A Swedish order whose total (0.00) is not the sum of its lines: it waits for the owner (LB-1008).
  const free: Record<string, unknown> = { ...swedishOrders.find((o) => o.status === 'processing')!, id: 9001, number: '9001', total: '0.00' };

  it('lists the orders and the problems of both shops, each under its shop, and --profile limits them to one', async () => {
    swedishShop.upsertOrder(free);
    const sync = await cli(syncCommand, ['--data-dir', harness.dataDir, '--profile', 'se', '--json']);
    expect(sync.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { profile: string }).profile)).toEqual(['se']);

    type OrdersJson = { total: number; orders: Array<{ profile: string; orderId: string; ownerStatus: string }> };
    const all = JSON.parse((await cli(ordersCommand, ['--data-dir', harness.dataDir, '--json', '--limit', '100'])).stdout) as OrdersJson;
    // Every order each shop has: ten each, and the Swedish shop's new one.
    expect(all.total).toBe(21);
    expect(all.orders.filter((o) => o.profile === 'demo')).toHaveLength(10);
    expect(all.orders.filter((o) => o.profile === 'se')).toHaveLength(11);
    expect(all.orders.find((o) => o.orderId === '9001')).toMatchObject({ profile: 'se', ownerStatus: 'action' });
    const danish = JSON.parse((await cli(ordersCommand, ['--data-dir', harness.dataDir, '--profile', 'demo', '--json'])).stdout) as OrdersJson;
    expect(danish.total).toBe(10);
    expect(new Set(danish.orders.map((o) => o.profile))).toEqual(new Set(['demo']));

    type LogJson = { entries: Array<{ profile: string; code: string; orderId: string | null }> };
    const log = JSON.parse((await cli(logCommand, ['--data-dir', harness.dataDir, '--json'])).stdout) as LogJson;
    expect(log.entries.map((e) => [e.profile, e.code, e.orderId])).toEqual([['se', 'LB-1008', '9001']]);
    const danishLog = JSON.parse((await cli(logCommand, ['--data-dir', harness.dataDir, '--profile', 'demo', '--json'])).stdout) as LogJson;
    expect(danishLog.entries).toEqual([]);

    // The shop that needs the owner is the Swedish one.
    const status = JSON.parse((await cli(statusCommand, ['--data-dir', harness.dataDir, '--json'])).stdout) as { profiles: Array<{ profile: { name: string }; needsAttention: boolean }> };
    expect(status.profiles.map((p) => [p.profile.name, p.needsAttention])).toEqual([
      ['demo', false],
      ['se', true],
    ]);
  }, 120_000);

  it('retries an order in every shop that has its id, and in one shop with --profile', async () => {
    const shared = transferred(danishOrders).find((id) => transferred(swedishOrders).includes(id))!;
    type RetryJson = { orders: Array<{ profile: string; orderId: string; before: string; after: string }>; unknown: string[] };
    const both = JSON.parse((await cli(retryCommand, ['--data-dir', harness.dataDir, shared, '424242', '--json'])).stdout) as RetryJson;
    // Booked orders are where they should be: retry says so and changes nothing.
    expect(both.orders.map((o) => [o.profile, o.orderId, o.before, o.after]).sort()).toEqual([
      ['demo', shared, 'done', 'done'],
      ['se', shared, 'done', 'done'],
    ]);
    expect(both.unknown).toEqual(['424242']);
    const danishOnly = JSON.parse((await cli(retryCommand, ['--data-dir', harness.dataDir, '9001', '--profile', 'demo', '--json'])).stdout) as RetryJson;
    expect(danishOnly).toEqual({ orders: [], unknown: ['9001'] });
  }, 120_000);

  it("backs up every shop's ledger beside it and restores a backup into the shop it was taken of, never into another", async () => {
    const backup = JSON.parse((await cli(backupCommand, ['--data-dir', harness.dataDir, '--json'])).stdout) as { path: string; backups: Array<{ profile: string; path: string }> };
    expect(backup.backups.map((b) => b.profile)).toEqual(['demo', 'se']);
    const [dk, se] = backup.backups;
    expect(dirname(dk.path)).toBe(join(harness.dataDir, 'backups'));
    expect(dirname(se.path)).toBe(join(harness.dataDir, 'profiles', 'se', 'backups'));
    expect(backup.path).toBe(dk.path);

    await expect(cli(restoreCommand, ['--data-dir', harness.dataDir, '--file', se.path, '--profile', 'demo'])).rejects.toThrow(UsageError);
    const restored = JSON.parse((await cli(restoreCommand, ['--data-dir', harness.dataDir, '--file', se.path, '--json'])).stdout) as { profile: string; restored: string; previous: string };
    expect(restored.profile).toBe('se');
    expect(dirname(restored.previous)).toBe(join(harness.dataDir, 'profiles', 'se', 'backups'));
  }, 120_000);
});
