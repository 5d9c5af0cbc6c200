import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { daysCommand } from '../../../main/cli/commands/days';
import { UsageError } from '../../../main/cli/exit-codes';
import { EconomicClient } from '../../../main/connectors/economic/client';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { calendarDaysAgo } from '../../helpers/local-days';
import { soldOn, ZONE } from '../../helpers/day-summary-shop';

/**
 * `ledgerbridge days --day D --retry`: the day whose draft the owner deleted in e-conomic
 * (orders 8301, 8302: 2 × 299.00 = 598.00, left as a draft in the supervised period) is written
 * again as one new draft; a second --retry does nothing and says so. Without --day it is bad usage.
 */

let h: SandboxHarness;
const now = new Date();
const day = calendarDaysAgo(3, now, ZONE);
const reference = `lb-day:demo:${day}:DKK:domestic`;
const ours = () => (h.economic.state().drafts as unknown as Array<{ draftInvoiceNumber: number; grossAmount: number; references?: { other?: string } }>).filter((d) => d.references?.other === reference);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await daysCommand(argv), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

beforeAll(async () => {
  h = await startSandboxHarness({
    start: now,
    orders: [soldOn(8301, day), soldOn(8302, day)],
    profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * 86_400_000).toISOString() } },
  });
  const runtime = await h.open();
  try {
    await runtime.syncOnce();
    await new EconomicClient({ baseUrl: h.economic.url, appSecretToken: h.economic.appSecretToken, agreementGrantToken: h.economic.agreementGrantToken }).deleteDraftInvoice(ours()[0].draftInvoiceNumber, 'owner-deletes');
    await runtime.syncOnce();
  } finally {
    runtime.close();
  }
}, 60_000);
afterAll(() => h?.close());

describe('ledgerbridge days --retry', () => {
  it('lists the day as stopped by its deleted draft, with LB-7025 as the reason', async () => {
    const { out } = await run(['--data-dir', h.dataDir, '--day', day, '--json', '--lang', 'en']);
    const [row] = (JSON.parse(out) as { days: Array<Record<string, unknown>> }).days;
    expect(row).toMatchObject({ day, currency: 'DKK', state: 'needs-attention', reasonCode: 'LB-7025', orders: 2, gross: '598.00' });
    expect(String(row.reason)).toContain('was deleted in e-conomic outside LedgerBridge');
  });

  it('writes the day again as one new draft of 598.00 and shows it waiting for the owner', async () => {
    const { code, out } = await run(['--data-dir', h.dataDir, '--day', day, '--retry', '--json', '--lang', 'en']);
    expect(code).toBe(0);
    const drafts = ours();
    expect(drafts.map((d) => d.grossAmount)).toEqual([598]);
    const [row] = (JSON.parse(out) as { days: Array<Record<string, unknown>> }).days;
    expect(row).toMatchObject({ day, state: 'held', reasonCode: 'LB-7001', draftNumber: drafts[0].draftInvoiceNumber });
  });

  it('does nothing the second time, and says why', async () => {
    const { code, err } = await run(['--data-dir', h.dataDir, '--day', day, '--retry', '--lang', 'en']);
    expect(code).toBe(0);
    expect(err).toBe(`The day ${day} (DKK) is not waiting to be written again (its draft or voucher was not deleted in e-conomic), so nothing was done.\n`);
    expect(ours()).toHaveLength(1);
  });

  it('needs --day', async () => {
    await expect(run(['--data-dir', h.dataDir, '--retry', '--lang', 'en'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--data-dir', h.dataDir, '--retry', '--lang', 'da'])).rejects.toThrow('--retry kræver --day: det er én dag, der laves igen.');
  });
});
