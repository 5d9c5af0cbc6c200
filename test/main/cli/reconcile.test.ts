import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SecretName } from '../../../shared/profile/schema';
import { reconcileCommand } from '../../../main/cli/commands/reconcile';
import { RECONCILE_WORDS } from '../../../shared/i18n/cli/reconcile';
import { importCommand } from '../../../main/cli/commands/import';
import { UsageError } from '../../../main/cli/exit-codes';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { envVariableNames } from '../../../main/secrets';
import type { ReconciliationReport } from '../../../main/moneyflows/reconciliation';
import { admin, startHarness, type Harness } from '../moneyflows/harness';

/**
 * `ledgerbridge reconcile` and `ledgerbridge import` against the sandboxes: secrets come
 * from the environment (as on a server), output is JSON, text or CSV.
 */

const orders = generateWooOrders({ count: 30, seed: 21, start: new Date('2026-09-02T08:00:00Z') });
const late: Record<string, unknown> = { ...generateWooOrders({ count: 1, seed: 4, firstId: 8001, start: new Date('2026-09-20T08:00:00Z') })[0], status: 'completed' };
const SECRETS: Array<[SecretName, string]> = [
  ['economicAppSecretToken', DEMO_CREDENTIALS.economicAppSecretToken],
  ['economicAgreementGrantToken', DEMO_CREDENTIALS.economicAgreementGrantToken],
  ['wooConsumerKey', DEMO_CREDENTIALS.wooConsumerKey],
  ['wooConsumerSecret', DEMO_CREDENTIALS.wooConsumerSecret],
];

let h: Harness;
let out: string[];
let tmp: string;

async function run(command: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; stdout: string }> {
  out = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const code = await command(argv);
    return { code, stdout: out.join('') };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  h = await startHarness({ orders, automatic: true, profile: { rules: [] } });
  for (const [name, value] of SECRETS) vi.stubEnv(envVariableNames(h.runtime.profile.name, name)[0], value);
  await h.runtime.syncOnce();
  await admin(h.shop.url, 'orders', late); // reached "completed" after the last sync
  tmp = mkdtempSync(join(tmpdir(), 'lb-cli-reconcile-'));
}, 30_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await h.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('ledgerbridge reconcile', () => {
  it('prints the report as JSON with the order missing in e-conomic', async () => {
    const { code, stdout } = await run(reconcileCommand, ['--data-dir', h.dataDir, '--from', '2026-09-01', '--to', '2026-09-30', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ReconciliationReport;
    expect(report.missing.map((m) => m.orderId)).toEqual([String(late.id)]);
    expect(report.differing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.periods.map((p) => p.period)).toEqual(['2026-09']);
  });

  it('groups by day, writes CSV with a decimal comma, and prints Danish text', async () => {
    const csvFile = join(tmp, 'afstemning.csv');
    const { code, stdout } = await run(reconcileCommand, ['--data-dir', h.dataDir, '--from', '2026-09-01', '--to', '2026-09-30', '--by', 'day', '--csv', csvFile]);
    expect(code).toBe(0);
    expect(stdout).toContain('Afstemning 2026-09-01 – 2026-09-30 (pr. dag)');
    expect(stdout).toContain(`faktura – ordre ${String(late.number ?? late.id)}`);
    // UTF-8 with the byte-order mark Excel needs to read æ, ø, å, as the app's download.
    expect([...readFileSync(csvFile).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0].startsWith('period;currency;shop_orders;shop_total')).toBe(true);
    expect(csv[1]).toMatch(/^2026-09-\d{2};DKK;\d+;\d+,\d{2};/);
    expect(csv.some((l) => l.startsWith(`missing-invoice;${String(late.id)};`))).toBe(true);
  });

  it('refuses bad usage with a message that says what to write', async () => {
    await expect(reconcileCommand(['--data-dir', h.dataDir, '--from', '2026-09-01'])).rejects.toThrow(UsageError);
    // In the language of the command line: --lang, else the app's (Danish here).
    await expect(reconcileCommand(['--data-dir', h.dataDir, '--from', '2026-09-31x', '--to', '2026-09-30', '--lang', 'en'])).rejects.toThrow('--from must be a date like 2026-10-31, got "2026-09-31x".');
    await expect(reconcileCommand(['--data-dir', h.dataDir, '--from', '2026-09-31x', '--to', '2026-09-30'])).rejects.toThrow('--from skal være en dato som 2026-10-31, ikke "2026-09-31x".');
    await expect(reconcileCommand(['--data-dir', h.dataDir, '--from', '2026-09-01', '--to', '2026-09-30', '--by', 'week', '--lang', 'en'])).rejects.toThrow('--by must be "day" or "month", got "week".');
    await expect(reconcileCommand(['--data-dir', h.dataDir, '--from', '2026-09-01', '--to', '2026-09-30', '--by', 'week'])).rejects.toThrow('--by skal være "day" eller "month", ikke "week".');
    await expect(reconcileCommand(['--data-dir', h.dataDir, '--from', '2026-09-30', '--to', '2026-09-01'])).rejects.toThrow('--from (2026-09-30) må ikke ligge efter --to (2026-09-01).');
    expect(RECONCILE_WORDS.en.help).toContain('--csv FILE');
    expect(RECONCILE_WORDS.da.help).toContain('--csv FIL ');
  });
});

describe('ledgerbridge import --preview', () => {
  it('prints the validating dry run as JSON and writes nothing', async () => {
    const before = h.economic.state().drafts.length + h.economic.state().booked.length;
    const { code, stdout } = await run(importCommand, ['--data-dir', h.dataDir, '--from', '2026-09-01', '--preview', '--json']);
    expect(code).toBe(0);
    const preview = JSON.parse(stdout) as { total: number; wouldTransfer: number; alreadyHandled: number; wouldFail: unknown[] };
    expect(preview.wouldTransfer).toBe(1); // the late order; the others are already booked
    expect(preview.alreadyHandled).toBe(preview.total - 1);
    expect(preview.wouldFail).toEqual([]);
    expect(h.economic.state().drafts.length + h.economic.state().booked.length).toBe(before);
  });
});
