import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SecretName } from '../../../shared/profile/schema';
import { reconcileCommand } from '../../../main/cli/commands/reconcile';
import { UsageError } from '../../../main/cli/exit-codes';
import { processRefunds } from '../../../main/moneyflows/credit-notes';
import { createAppService } from '../../../main/service/app-service';
import type { OssReport } from '../../../main/moneyflows/oss-report';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { envVariableNames } from '../../../main/secrets';
import { wooOrder } from '../../helpers/woo-order';
import type { Response } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { admin, startHarness, type Harness } from '../moneyflows/harness';
import { wooAmountRefund } from '../moneyflows/refund-fixtures';
import { csvFile } from '../../../shared/i18n/csv';

/**
 * `ledgerbridge reconcile --oss --quarter 2026Q4` against the sandboxes: what the owner types
 * into Skattestyrelsen's OSS return. The sandbox books EUR at its default rate 746.00 per 100;
 * every figure below is worked out by hand, line by line, rounded to øre.
 */

const paidOn = (day: string) => ({ date_created_gmt: `${day}T10:00:00`, date_paid_gmt: `${day}T10:00:00` });
const eur = { currency: 'EUR' as const, pricesIncludeTax: true };
const ORDERS = [
  // DE: coffee 119.00 (19 %: 100.00 + 19.00), books 2 × 10.70 (7 %: 20.00 + 1.40), shipping 5.95 (19 %: 5.00 + 0.95)
  { ...wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 11900, rate: 19 }, { sku: 'BOG', quantity: 2, unitOre: 1070, rate: 7 }], shippingOre: 595, shippingRate: 19, buyer: { country: 'DE', postcode: '10115', city: 'Berlin' } }, 4001), ...paidOn('2026-10-15') },
  // NL: 60.50 (21 %: 50.00 + 10.50)
  { ...wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 6050, rate: 21 }], buyer: { country: 'NL', postcode: '1012 AB', city: 'Amsterdam' } }, 4002), ...paidOn('2026-11-02') },
  // SE consumer paying in DKK: 125.00 (25 %: 100.00 + 25.00), booked at rate 100
  { ...wooOrder({ currency: 'DKK', pricesIncludeTax: true, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 12500, rate: 25 }], buyer: { country: 'SE', postcode: '111 22', city: 'Stockholm' } }, 4003), ...paidOn('2026-12-01') },
  // ES in the third quarter: not in 2026Q4
  { ...wooOrder({ ...eur, lines: [{ sku: 'TE', quantity: 2, unitOre: 2420, rate: 21 }], buyer: { country: 'ES', postcode: '28001', city: 'Madrid' } }, 4004), ...paidOn('2026-09-20') },
  // DE charged Danish 25 %: held, so listed apart
  { ...wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 12500, rate: 25 }], buyer: { country: 'DE', postcode: '80331', city: 'München' } }, 4005), ...paidOn('2026-11-20') },
  // a Danish consumer and a German business: no OSS
  { ...wooOrder({ currency: 'DKK', pricesIncludeTax: true, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 25000, rate: 25 }] }, 4006), ...paidOn('2026-10-16') },
  { ...wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 10000, rate: 0 }], buyer: { country: 'DE', postcode: '20095', city: 'Hamburg', company: 'Kaffee Handel GmbH', vatNumber: 'DE123456789' } }, 4007), ...paidOn('2026-10-17') },
];

const SECRETS: Array<[SecretName, string]> = [
  ['economicAppSecretToken', DEMO_CREDENTIALS.economicAppSecretToken],
  ['economicAgreementGrantToken', DEMO_CREDENTIALS.economicAgreementGrantToken],
  ['wooConsumerKey', DEMO_CREDENTIALS.wooConsumerKey],
  ['wooConsumerSecret', DEMO_CREDENTIALS.wooConsumerSecret],
];

let h: Harness;
let tmp: string;

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    return { code: await reconcileCommand(argv), stdout: out.join('') };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  h = await startHarness({ orders: ORDERS, automatic: true, profile: { oss: true, rules: [] } });
  for (const [name, value] of SECRETS) vi.stubEnv(envVariableNames(h.runtime.profile.name, name)[0], value);
  await h.runtime.syncOnce();
  // 11.90 refunded on the German order: a price reduction at its main rate, 19 % (10.00 + 1.90)
  await admin(h.shop.url, 'orders/4001/refunds', wooAmountRefund('11.90', 'Kompensation', '2026-10-20T09:00:00'));
  const refunded = (await (await h.runtime.shop()).getOrder('4001'))!.order;
  expect(await processRefunds(await h.runtime.context(), refunded)).toMatchObject({ created: 1 });
  tmp = mkdtempSync(join(tmpdir(), 'lb-cli-oss-'));
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await h.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('ledgerbridge reconcile --oss --quarter', () => {
  it('gives base and VAT per country and rate in DKK, invoices minus the credit note, and lists the held order apart', async () => {
    const { code, stdout } = await run(['--data-dir', h.dataDir, '--oss', '--quarter', '2026Q4', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as OssReport;
    expect([report.from, report.to, report.currency]).toEqual(['2026-10-01', '2026-12-31', 'DKK']);
    expect(report.rows).toEqual([
      // 100.00 × 7.46 = 746.00 + 5.00 × 7.46 = 37.30 − 10.00 × 7.46 = 74.60 → 708.70
      // 19.00 × 7.46 = 141.74 + 0.95 × 7.46 = 7.087 → 7.09 − 1.90 × 7.46 = 14.174 → 14.17 → 134.66
      { country: 'DE', rate: '19', base: '708.70', vat: '134.66', invoices: 1, creditNotes: 1 },
      // 20.00 × 7.46 = 149.20; 1.40 × 7.46 = 10.444 → 10.44
      { country: 'DE', rate: '7', base: '149.20', vat: '10.44', invoices: 1, creditNotes: 0 },
      // 50.00 × 7.46 = 373.00; 10.50 × 7.46 = 78.33
      { country: 'NL', rate: '21', base: '373.00', vat: '78.33', invoices: 1, creditNotes: 0 },
      { country: 'SE', rate: '25', base: '100.00', vat: '25.00', invoices: 1, creditNotes: 0 },
    ]);
    expect(report.totals).toEqual({ base: '1330.90', vat: '248.43' });
    expect(report.unbooked.map((u) => [u.orderNumber, u.country, u.state, u.reasonCode])).toEqual([['4005', 'DE', 'needs-attention', 'LB-1030']]);
  });

  it('writes the same figures as CSV with decimal commas, and prints them as text', async () => {
    const file = join(tmp, 'oss.csv');
    const { code, stdout } = await run(['--data-dir', h.dataDir, '--oss', '--quarter', '2026Q4', '--csv', file, '--lang', 'en']);
    expect(code).toBe(0);
    expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(csv.slice(0, 6)).toEqual([
      'country;vat_rate;taxable_base;vat;currency;invoices;credit_notes',
      'DE;19;708,70;134,66;DKK;1;1',
      'DE;7;149,20;10,44;DKK;1;0',
      'NL;21;373,00;78,33;DKK;1;0',
      'SE;25;100,00;25,00;DKK;1;0',
      'total;;1330,90;248,43;DKK;;',
    ]);
    expect(csv[8]).toMatch(/^4005;4005;DE;2026-11-20;EUR;125,00;needs-attention;LB-1030$/);
    expect(stdout).toContain('OSS VAT 2026Q4 (2026-10-01 – 2026-12-31), amounts in DKK');
    expect(stdout).toMatch(/DE\s+19 %\s+708\.70\s+134\.66/);
  });

  it('refuses a missing or malformed quarter, and dates beside --oss', async () => {
    await expect(run(['--data-dir', h.dataDir, '--oss'])).rejects.toThrow(UsageError);
    await expect(run(['--data-dir', h.dataDir, '--oss', '--quarter', '2026-Q4', '--lang', 'en'])).rejects.toThrow('--quarter is written like 2026Q4, got "2026-Q4".');
    await expect(run(['--data-dir', h.dataDir, '--oss', '--quarter', '2026-Q4'])).rejects.toThrow('--quarter skrives som 2026Q4, ikke "2026-Q4".');
    await expect(run(['--data-dir', h.dataDir, '--oss', '--quarter', '2026Q4', '--from', '2026-10-01', '--lang', 'en'])).rejects.toThrow(/whole quarter/);
    await expect(run(['--data-dir', h.dataDir, '--oss', '--quarter', '2026Q4', '--from', '2026-10-01'])).rejects.toThrow('--oss viser et helt kvartal: brug --quarter 2026Q4 i stedet for --from, --to og --by.');
  });
});

describe('the OSS VAT screen in the app', () => {
  it('gets the same figures through the validated contract, the held order with its reason in words, and the CLI\'s CSV', async () => {
    const cliCsv = join(tmp, 'cli.csv');
    await run(['--data-dir', h.dataDir, '--oss', '--quarter', '2026Q4', '--csv', cliCsv]);
    // The app and the harness's runtime would hold the same data dir: the app takes it over.
    h.runtime.close();
    const service = await createAppService({ dataDir: h.dataDir, onEvent: () => undefined, env: process.env, autoSync: false });
    try {
      const result = await dispatch(service, 'oss.report', { quarter: '2026Q4' }, { validateResponses: true });
      if (!result.ok) throw new Error(result.error.message);
      const report = result.value as Response<'oss.report'>;
      expect(report.rows.map((r) => [r.country, r.rate, r.base, r.vat])).toEqual([
        ['DE', '19', '708.70', '134.66'],
        ['DE', '7', '149.20', '10.44'],
        ['NL', '21', '373.00', '78.33'],
        ['SE', '25', '100.00', '25.00'],
      ]);
      expect(report.totals).toEqual({ base: '1330.90', vat: '248.43' });
      expect(report.unbooked).toEqual([
        { orderId: '4005', orderNumber: '4005', country: 'DE', date: '2026-11-20', currency: 'EUR', total: '125.00', status: 'action', reason: 'Momssatsen findes ikke i køberens land' },
      ]);
      // The app's screen saves its CSV as the CLI writes it (renderer/components/download.ts: csvFile).
      expect({ ...report.csv, csv: csvFile(report.csv.csv) }).toEqual({ fileName: 'oss-moms-2026Q4.csv', csv: readFileSync(cliCsv, 'utf8') });
      const refused = await dispatch(service, 'oss.report', { quarter: '2026-4' }, { validateResponses: true });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('2026Q4') } });
    } finally {
      await service.dispose();
      await h.reopen();
    }
  });
});
