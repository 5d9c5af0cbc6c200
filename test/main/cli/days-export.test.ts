import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { daysCommand } from '../../../main/cli/commands/days';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { calendarDaysAgo } from '../../helpers/local-days';
import { exportSoldOn, soldOn, ZONE } from '../../helpers/day-summary-shop';

/**
 * `ledgerbridge days` for a day with domestic and export sales in one currency: two summaries
 * of kroner, the domestic one (9601, the Krus order: 299.00 incl. 59.80 VAT, to Aarhus) and the
 * export (9602, the same to Oslo: 239.20 without VAT). The table tells them apart, and each
 * one's order list can be written.
 */

const DAY_MS = 86_400_000;

describe('ledgerbridge days with an export day beside the domestic one', () => {
  let h: SandboxHarness;
  let tmp: string;
  const now = new Date();
  const day = calendarDaysAgo(3, now, ZONE);

  async function run(argv: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      return { code: await daysCommand(['--data-dir', h.dataDir, '--lang', 'da', ...argv]), out };
    } finally {
      spy.mockRestore();
    }
  }

  beforeAll(async () => {
    h = await startSandboxHarness({
      start: now,
      orders: [soldOn(9601, day), exportSoldOn(9602, day)],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * DAY_MS).toISOString() } },
    });
    const runtime = await h.open();
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
    runtime.close();
    tmp = mkdtempSync(join(tmpdir(), 'lb-cli-days-export-'));
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the export day as "DKK (eksport)" beside "DKK"', async () => {
    const { code, out } = await run(['--day', day]);
    expect(code).toBe(0);
    const lines = out.split('\n').filter((l) => l.startsWith(day));
    expect(lines.map((l) => l.split(/\s{2,}/)[1]).sort()).toEqual(['DKK', 'DKK (eksport)']);
  });

  it("writes the domestic day's list without --export, and the export day's with it", async () => {
    const domestic = join(tmp, 'dk.csv');
    const exported = join(tmp, 'export.csv');
    expect((await run(['--day', day, '--currency', 'DKK', '--csv', domestic])).code).toBe(0);
    expect((await run(['--day', day, '--currency', 'DKK', '--export', '--csv', exported])).code).toBe(0);
    expect(readFileSync(domestic, 'utf8').split('\r\n')[1]).toBe(`ordre;9601;${day};Mette Jensen;299,00;59,80;MobilePay`);
    expect(readFileSync(exported, 'utf8').split('\r\n')[1]).toBe(`ordre;9602;${day};Ola Nordmann;239,20;0,00;MobilePay`);
  });
});
