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
import { importCommand } from '../../../main/cli/commands/import';
import { reconcileCommand } from '../../../main/cli/commands/reconcile';
import { daysCommand } from '../../../main/cli/commands/days';
import { activateCommand } from '../../../main/cli/commands/activate';
import { supportBundleCommand } from '../../../main/cli/commands/support-bundle';
import { UnknownProfileError } from '../../../main/settings';
import { existsSync, readFileSync } from 'node:fs';

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

    // In words, each shop's count says whose calls it counts too, also for the one shop named.
    const text = await cli(statusCommand, ['--data-dir', harness.dataDir, '--lang', 'da']);
    expect(text.stdout).toContain(`Kald til e-conomic seneste døgn: ${state.calls.total} / 50.000 · tæller også kaldene fra se (samme e-conomic-aftale)`);
    expect(text.stdout).toContain(`Kald til e-conomic seneste døgn: ${state.calls.total} / 50.000 · tæller også kaldene fra demo (samme e-conomic-aftale)`);
    const named = await cli(statusCommand, ['--data-dir', harness.dataDir, '--profile', 'se', '--lang', 'en']);
    expect(named.stdout).toContain(`e-conomic calls last 24 h: ${state.calls.total} / 50,000 · counting the calls of demo too (the same e-conomic agreement)`);
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

/**
 * The commands beside sync, status, orders, log, retry, backup and restore follow the same rule
 * (docs/contracts.md): without --profile they cover every shop of the data dir, each under its
 * name, and --profile NAME limits them to one. Runs on the two shops left by the cases above:
 * every order booked, and the Swedish order 9001 (total 0.00) waiting for the owner.
 */
describe('every other command takes --profile', () => {
  const names = (json: { profiles: Array<{ profile: string }> }) => json.profiles.map((p) => p.profile);
  // One new paid order in each shop, not synced yet.
  const newDanish: Record<string, unknown> = { ...danishOrders.find((o) => o.status === 'processing')!, id: 9101, number: '9101' };
  const newSwedish: Record<string, unknown> = { ...swedishOrders.find((o) => o.status === 'processing')!, id: 9102, number: '9102' };

  it("previews each shop's next invoices with sync --dry-run, each under its shop's reference", async () => {
    harness.shop.upsertOrder(newDanish);
    swedishShop.upsertOrder(newSwedish);
    type DryRunJson = { entries: Array<{ profile: string; orderId: string; outcome: string; invoice: { referenceOther: string } | null }> };
    const both = JSON.parse((await cli(syncCommand, ['--data-dir', harness.dataDir, '--dry-run', '--json'])).stdout) as DryRunJson;
    // Only the new orders would become invoices (9001 cannot: its total is not the sum of its lines).
    expect(both.entries.filter((e) => e.outcome === 'invoice').map((e) => [e.profile, e.orderId, e.invoice!.referenceOther])).toEqual([
      ['demo', '9101', 'wc:9101'],
      ['se', '9102', 'wc:se:9102'],
    ]);
    const swedish = JSON.parse((await cli(syncCommand, ['--data-dir', harness.dataDir, '--dry-run', '--profile', 'se', '--json'])).stdout) as DryRunJson;
    expect(new Set(swedish.entries.map((e) => e.profile))).toEqual(new Set(['se']));
    expect(swedish.entries.map((e) => e.orderId)).toContain('9102');
    // The text names each shop before its invoices.
    const text = (await cli(syncCommand, ['--data-dir', harness.dataDir, '--dry-run', '--lang', 'en'])).stdout;
    expect(text.indexOf('demo:\n')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('se:\n')).toBeGreaterThan(text.indexOf('demo:\n'));
    expect(text.slice(text.indexOf('se:\n'))).toContain('wc:se:9102');
  }, 120_000);

  it('previews the import of every shop, and imports one shop only with --profile', async () => {
    type Preview = { total: number; alreadyHandled: number; wouldTransfer: number };
    const preview = JSON.parse((await cli(importCommand, ['--data-dir', harness.dataDir, '--from', '2026-01-01', '--preview', '--json'])).stdout) as Preview & { profiles: Array<Preview & { profile: string }> };
    const danishBooked = transferred(danishOrders).length;
    const swedishBooked = transferred(swedishOrders).length;
    // Each shop's paid orders: those booked already, the new one, and in the Swedish shop 9001.
    expect(preview.profiles.map((p) => [p.profile, p.total, p.alreadyHandled])).toEqual([
      ['demo', danishBooked + 1, danishBooked],
      ['se', swedishBooked + 2, swedishBooked],
    ]);
    // The top level stays what one shop's preview was: the first shop's.
    expect([preview.total, preview.alreadyHandled, preview.wouldTransfer]).toEqual([danishBooked + 1, danishBooked, 1]);

    const imported = JSON.parse((await cli(importCommand, ['--data-dir', harness.dataDir, '--from', '2026-01-01', '--profile', 'demo', '--json'])).stdout) as { state: string; profiles: Array<{ profile: string }> };
    expect(imported.state).toBe('done');
    expect(names(imported)).toEqual(['demo']);
    type OrdersJson = { orders: Array<{ profile: string; orderId: string; state: string }> };
    const orders = JSON.parse((await cli(ordersCommand, ['--data-dir', harness.dataDir, '--json', '--limit', '100'])).stdout) as OrdersJson;
    expect(orders.orders.find((o) => o.orderId === '9101')).toMatchObject({ profile: 'demo', state: 'done' });
    // The Swedish shop was left alone: its new order is still unseen.
    expect(orders.orders.filter((o) => o.orderId === '9102')).toEqual([]);
  }, 120_000);

  it('reconciles each shop against its own invoices, and writes a CSV only for the shop named', async () => {
    type Report = { matches: boolean; missing: Array<{ orderId: string }>; unexpected: unknown[]; duplicates: unknown[] };
    const argv = ['--data-dir', harness.dataDir, '--from', '2026-01-01', '--to', '2027-12-31', '--json'];
    const report = JSON.parse((await cli(reconcileCommand, argv)).stdout) as Report & { profiles: Array<Report & { profile: string }> };
    expect(names(report)).toEqual(['demo', 'se']);
    const [dk, se] = report.profiles;
    // The Danish shop is all in e-conomic, and the Swedish invoices on the same agreement are not taken for its own.
    expect([dk.matches, dk.missing, dk.unexpected, dk.duplicates]).toEqual([true, [], [], []]);
    // The Swedish shop misses the order not synced yet and the one waiting for the owner.
    expect(se.missing.map((m) => m.orderId).sort()).toEqual(['9001', '9102']);
    expect(se.unexpected).toEqual([]);

    const csv = join(harness.dataDir, 'reconcile-se.csv');
    await expect(cli(reconcileCommand, [...argv, '--csv', csv])).rejects.toThrow(/--profile \(demo, se\)/);
    expect(existsSync(csv)).toBe(false);
    const one = JSON.parse((await cli(reconcileCommand, [...argv, '--csv', csv, '--profile', 'se'])).stdout) as { profiles: Array<{ profile: string }> };
    expect(names(one)).toEqual(['se']);
    expect(readFileSync(csv, 'utf8')).toContain('9102');

    const oss = JSON.parse((await cli(reconcileCommand, ['--data-dir', harness.dataDir, '--oss', '--quarter', '2026Q4', '--json'])).stdout) as { quarter: string; profiles: Array<{ profile: string; quarter: string }> };
    expect(oss.profiles.map((p) => [p.profile, p.quarter])).toEqual([
      ['demo', '2026Q4'],
      ['se', '2026Q4'],
    ]);
  }, 120_000);

  it('lists the daily summaries of every shop, and wants one shop for a CSV', async () => {
    // Both shops book per order: no day of either.
    expect(JSON.parse((await cli(daysCommand, ['--data-dir', harness.dataDir, '--json'])).stdout)).toEqual({ days: [] });
    await expect(cli(daysCommand, ['--data-dir', harness.dataDir, '--day', '2026-10-01', '--csv', join(harness.dataDir, 'day.csv')])).rejects.toThrow(/--profile \(demo, se\)/);
    await expect(cli(daysCommand, ['--data-dir', harness.dataDir, '--profile', 'no'])).rejects.toThrow(UnknownProfileError);
  });

  it('writes one support bundle with every shop, or with the one named', async () => {
    type Bundle = { profiles: string[]; openProblems: Array<{ profile: string; code: string; orderId: string | null }>; orders: Array<{ profile: string; orderId: string }> };
    const read = async (argv: string[]) => JSON.parse(readFileSync((JSON.parse((await cli(supportBundleCommand, ['--data-dir', harness.dataDir, '--json', ...argv])).stdout) as { path: string }).path, 'utf8')) as Bundle;
    const all = await read([]);
    expect(all.profiles).toEqual(['demo', 'se']);
    expect(all.openProblems.map((p) => [p.profile, p.code, p.orderId])).toEqual([['se', 'LB-1008', '9001']]);
    expect(all.orders.map((o) => [o.profile, o.orderId])).toEqual([['se', '9001']]);
    // An order support asks about is looked up in every shop that has it.
    expect((await read(['--order', '9101'])).orders.map((o) => [o.profile, o.orderId])).toEqual([
      ['demo', '9101'],
      ['se', '9001'],
    ]);
    const danish = await read(['--profile', 'demo']);
    expect([danish.profiles, danish.openProblems, danish.orders]).toEqual([['demo'], [], []]);
  });

  it('switches automatic posting on for one named shop at a time, and off for every shop at once', async () => {
    const preview = JSON.parse((await cli(activateCommand, ['--data-dir', harness.dataDir, '--preview', '--json'])).stdout) as { profiles: Array<{ profile: string; drafts: number }> };
    // Both shops book automatically: no drafts wait in either.
    expect(preview.profiles.map((p) => [p.profile, p.drafts])).toEqual([
      ['demo', 0],
      ['se', 0],
    ]);
    const on = ['--checked', '--accept-risk', '--by', 'Mette Jensen', '--json', '--lang', 'en'];
    await expect(cli(activateCommand, ['--data-dir', harness.dataDir, ...on])).rejects.toThrow(/one shop at a time.*--profile \(demo, se\)/);

    const off = JSON.parse((await cli(activateCommand, ['--data-dir', harness.dataDir, '--off', '--by', 'Mette Jensen', '--json'])).stdout) as { profiles: Array<{ profile: string; deactivated: boolean }> };
    expect(off.profiles.map((p) => [p.profile, p.deactivated])).toEqual([
      ['demo', true],
      ['se', true],
    ]);
    const activated = JSON.parse((await cli(activateCommand, ['--data-dir', harness.dataDir, '--profile', 'se', ...on])).stdout) as { activated: boolean };
    expect(activated.activated).toBe(true);
    const status = JSON.parse((await cli(statusCommand, ['--data-dir', harness.dataDir, '--json'])).stdout) as { profiles: Array<{ profile: { name: string }; automaticPosting: { on: boolean } }> };
    expect(status.profiles.map((p) => [p.profile.name, p.automaticPosting.on])).toEqual([
      ['demo', false],
      ['se', true],
    ]);
  }, 120_000);
});
