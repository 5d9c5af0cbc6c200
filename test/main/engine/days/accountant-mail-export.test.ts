import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import type { Runtime } from '../../../../main/runtime/runtime';
import { dayDate } from '../../../../shared/i18n/order-list-words';
import { exportSoldOn, soldOn, ZONE } from '../../../helpers/day-summary-shop';
import { calendarDaysAgo } from '../../../helpers/local-days';

/**
 * A Danish shop that also sells to Norway (outside the EU: VAT zone abroad, no Danish VAT) books
 * a day's kroner twice: one day invoice for the domestic sales and one for the export. The
 * accountant gets a mail for each; they must tell which list is which by subject and file name,
 * or the second file saved over the first.
 *
 * 9501: the Krus order, 299.00 incl. 59.80 VAT, to Aarhus.
 * 9502: the same to Oslo without VAT (exportSoldOn): 2 × Krus 200.00 + GLS 39.20 = 239.20.
 */

const ACCOUNTANT = 'revisor@example.dk';
const DAY_MS = 86_400_000;

describe("the accountant's mails of a day with domestic and export sales in one currency", () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const day = calendarDaysAgo(3, now, ZONE);
  const date = dayDate(day, 'da');

  beforeAll(async () => {
    h = await startSandboxHarness({
      start: now,
      orders: [
        soldOn(9501, day),
        exportSoldOn(9502, day),
      ],
      profile: { postingUnit: 'day', accountantEmail: ACCOUNTANT, sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * DAY_MS).toISOString() } },
    });
    runtime = await h.open();
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
  }, 60_000);
  afterAll(async () => {
    runtime?.close();
    await h?.close();
  });

  const invoiceOf = (zone: 'domestic' | 'abroad') => runtime.ledger.days.find('demo', day, 'DKK', zone)!.bookedNumber!;
  const mailOf = (zone: 'domestic' | 'abroad') => h.smtp.mails().find((m) => m.envelope.to.includes(ACCOUNTANT) && m.subject?.endsWith(`faktura ${invoiceOf(zone)}`));

  it('names the export day in the subject and the text, and the domestic day as before', () => {
    const shop = new URL(h.shop.url).hostname;
    expect(mailOf('domestic')?.subject).toBe(`Ordreliste ${date} · ${shop} · DKK · faktura ${invoiceOf('domestic')}`);
    expect(mailOf('abroad')?.subject).toBe(`Ordreliste ${date} · ${shop} · DKK (eksport) · faktura ${invoiceOf('abroad')}`);
    expect(mailOf('abroad')?.text).toContain(`Her er ordrelisten for ${shop} den ${date} i DKK (eksport): 1 ordre, 0 refunderinger, i alt 239,20 kr. inkl. moms, bogført i e-conomic som faktura ${invoiceOf('abroad')}.`);
  });

  it('attaches each list under its own file names', () => {
    expect(mailOf('domestic')?.attachments.map((a) => a.filename)).toEqual([`ordreliste-${day}-DKK.pdf`, `ordreliste-${day}-DKK.csv`]);
    expect(mailOf('abroad')?.attachments.map((a) => a.filename)).toEqual([`ordreliste-${day}-DKK-eksport.pdf`, `ordreliste-${day}-DKK-eksport.csv`]);
  });
});
