import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { daysCommand } from '../../../main/cli/commands/days';
import { UsageError } from '../../../main/cli/exit-codes';
import { dayDate } from '../../../shared/i18n/order-list-words';
import { pdfLines } from '../../helpers/pdf-text';
import { startDaySummaryShop, type DaySummaryShop } from '../../helpers/day-summary-shop';

/**
 * `ledgerbridge days --day D --csv F --pdf F`: the order list of a booked day as the CSV and the
 * PDF, both from the list fixed when the day closed. The day is the three Krus orders
 * 8001–8003 of 299.00 each (VAT 59.80): 897.00 gross, 179.40 VAT.
 */
let shop: DaySummaryShop;
let tmp: string;

async function run(argv: string[]): Promise<number> {
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return await daysCommand(argv);
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  shop = await startDaySummaryShop();
  tmp = mkdtempSync(join(tmpdir(), 'lb-cli-days-'));
}, 60_000);

afterAll(async () => {
  shop.runtime.close();
  await shop.h.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('ledgerbridge days --pdf', () => {
  it('writes the booked day as CSV and as a PDF whose lines and totals are those of the CSV', async () => {
    const csv = join(tmp, 'day.csv');
    const pdf = join(tmp, 'day.pdf');
    expect(await run(['--data-dir', shop.h.dataDir, '--day', shop.bookedDay, '--csv', csv, '--pdf', pdf, '--lang', 'da'])).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n').slice(1, 4)).toEqual(['8001', '8002', '8003'].map((n) => `ordre;${n};${shop.bookedDay};Mette Jensen;299,00;59,80;MobilePay`));
    // UTF-8's byte-order mark EF BB BF first: Excel reads a CSV without it in the PC's ANSI code page (ø as "Ã¸").
    expect([...readFileSync(csv).subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 't'.charCodeAt(0)]);
    const invoice = shop.runtime.ledger.days.find('demo', shop.bookedDay, 'DKK', 'domestic')!.bookedNumber!;
    const [page] = await pdfLines(readFileSync(pdf));
    const date = dayDate(shop.bookedDay, 'da');
    expect(page).toEqual(
      expect.arrayContaining([
        `Ordreliste ${date} · DKK`,
        'Ordrenumre: 8001–8003',
        '3 ordrer, 0 refunderinger',
        `Dagens faktura i e-conomic: nr. ${invoice}`,
        ...['8001', '8002', '8003'].map((n) => `Ordre ${n} ${date} Mette Jensen MobilePay 59,80 299,00`),
        'I alt DKK 179,40 897,00',
        'Listen stemmer med dagens faktura: 897,00 kr. brutto.',
      ]),
    );
  });

  it('writes the PDF in English with English amounts, and the CSV as it was fixed (the owner booked the day in Danish)', async () => {
    const csv = join(tmp, 'day-en.csv');
    const pdf = join(tmp, 'day-en.pdf');
    expect(await run(['--data-dir', shop.h.dataDir, '--day', shop.bookedDay, '--csv', csv, '--pdf', pdf, '--lang', 'en'])).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[1]).toBe(`ordre;8001;${shop.bookedDay};Mette Jensen;299,00;59,80;MobilePay`);
    const [page] = await pdfLines(readFileSync(pdf));
    expect(page).toContain(`Order 8001 ${dayDate(shop.bookedDay, 'en')} Mette Jensen MobilePay 59.80 299.00`);
    // 3 × 299.00 = 897.00, 3 × 59.80 = 179.40.
    expect(page).toContain('Total DKK 179.40 897.00');
    expect(page).toContain("The list agrees with the day's invoice: DKK 897.00 gross.");
  });

  it('refuses a day whose list is not fixed yet, and a --pdf without --day', async () => {
    await expect(run(['--data-dir', shop.h.dataDir, '--day', shop.waitingDay, '--pdf', join(tmp, 'x.pdf'), '--lang', 'en'])).rejects.toThrow(/has not closed yet/);
    await expect(run(['--data-dir', shop.h.dataDir, '--pdf', join(tmp, 'x.pdf')])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--data-dir', shop.h.dataDir, '--pdf', join(tmp, 'x.pdf')])).rejects.toThrow('--pdf kræver --day: ordrelisten er pr. dag.');
    await expect(run(['--data-dir', shop.h.dataDir, '--csv', join(tmp, 'x.csv'), '--lang', 'en'])).rejects.toThrow('--csv needs --day: the order list is per day.');
    await expect(run(['--data-dir', shop.h.dataDir, '--day', '10-03-2026', '--lang', 'en'])).rejects.toThrow('--day must be a date such as 2026-03-10, not "10-03-2026".');
    await expect(run(['--data-dir', shop.h.dataDir, '--day', '2020-01-01', '--csv', join(tmp, 'x.csv')])).rejects.toThrow('der er ingen dagsopgørelse for 2020-01-01.');
  });
});
