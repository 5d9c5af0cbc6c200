import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppService, type DesktopService } from '../../../main/service/app-service';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';
import { dispatch } from '../../../shared/ipc/dispatch';
import { csvFile } from '../../../shared/i18n/csv';
import type { Channel, RequestInput, Response } from '../../../shared/ipc/contract';
import { startDaySummaryShop, type DaySummaryShop } from '../../helpers/day-summary-shop';

/**
 * The accountant's address in Settings and "Send to accountant" on the Days screen, through the
 * validated contract against the real ledger and the SMTP catcher: the shop booked its day
 * (8001–8003, 897.00) before any accountant was named, so the day is mailed only when the owner
 * asks, and again each time the owner asks.
 */
let shop: DaySummaryShop;
let service: DesktopService;
const ACCOUNTANT = 'revisor@example.dk';

async function call<K extends Channel>(channel: K, request: RequestInput<K>): Promise<Response<K>> {
  const result = await dispatch(service, channel, request, { validateResponses: true });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Response<K>;
}

const toAccountant = () => shop.h.smtp.mails().filter((m) => m.envelope.to.includes(ACCOUNTANT));

beforeAll(async () => {
  shop = await startDaySummaryShop();
  shop.runtime.close();
  service = await createAppService({ dataDir: shop.h.dataDir, onEvent: () => undefined, secrets: new MemorySecretStore(), economicUrl: shop.h.economic.url, autoSync: false });
}, 60_000);

afterAll(async () => {
  await service?.dispose();
  await shop.h.close();
});

describe("the accountant's address and the Days screen's \"Send to accountant\"", () => {
  const bookedDay = async () => (await call('days.list', {})).days.find((d) => d.day === shop.bookedDay)!;

  it('refuses to send while no accountant is named, saying where to enter the address', async () => {
    expect(await call('accountant.get', {})).toEqual({ postingUnit: 'day', accountantEmail: '' });
    const day = await bookedDay();
    expect(day.accountantMail).toBeNull();
    const result = await dispatch(service, 'days.sendToAccountant', { id: day.id }, { validateResponses: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'LB-6014' } });
    expect(!result.ok && result.error.message).toContain('Indstillinger → "Revisorens mailadresse"');
    expect(toAccountant()).toEqual([]);
  });

  it('refuses an address that is not one e-mail address and stores a good one in the profile', async () => {
    const refused = await dispatch(service, 'accountant.save', { accountantEmail: 'revisor@example.dk; bogholder@example.dk' }, { validateResponses: true });
    expect(refused.ok).toBe(false);
    expect(await call('accountant.save', { accountantEmail: ` ${ACCOUNTANT} ` })).toEqual({ postingUnit: 'day', accountantEmail: ACCOUNTANT });
    expect(new ConfigStore(shop.h.dataDir).getProfile()?.accountantEmail).toBe(ACCOUNTANT);
  });

  it('mails a day booked before the address was set only when the owner asks, with the order list the Days screen downloads', async () => {
    const day = await bookedDay();
    expect(day.accountantMail).toBeNull();
    const sent = await call('days.sendToAccountant', { id: day.id });
    expect(sent.accountantMail).toMatchObject({ status: 'sent', to: ACCOUNTANT, problem: null });
    const [mail, ...more] = toAccountant();
    expect(more).toEqual([]);
    expect(mail.subject).toContain(`faktura ${day.invoiceNumber}`);
    const pdf = Buffer.from((await call('days.pdf', { id: day.id })).base64, 'base64');
    // The Days screen saves the list as a file for a spreadsheet (renderer/components/download.ts).
    const csv = Buffer.from(csvFile((await call('days.orderList', { id: day.id })).csv.csv));
    expect(mail.attachments.map((a) => [a.filename, a.sha256])).toEqual([
      [`ordreliste-${shop.bookedDay}-DKK.pdf`, createHash('sha256').update(pdf).digest('hex')],
      [`ordreliste-${shop.bookedDay}-DKK.csv`, createHash('sha256').update(csv).digest('hex')],
    ]);
  });

  it('sends it again each time the owner asks, as a new message', async () => {
    const day = await bookedDay();
    expect(day.accountantMail?.status).toBe('sent');
    await call('days.sendToAccountant', { id: day.id });
    const mails = toAccountant();
    expect(mails).toHaveLength(2);
    expect(mails[1].messageId).not.toBe(mails[0].messageId);
  });
});

/**
 * "Send to accountant" for a day booked as a finance voucher in journal 1 (dayBooking "journal"):
 * the same button, the mail naming the voucher and journal. The booked day is 8001–8003 paid with
 * MobilePay (clearing account 5820): 897.00 in the journal.
 */
describe('"Send to accountant" for a day booked as a voucher in a journal', () => {
  let journalShop: DaySummaryShop;
  let journalService: DesktopService;
  const toJournalAccountant = () => journalShop.h.smtp.mails().filter((m) => m.envelope.to.includes(ACCOUNTANT));
  async function callJournal<K extends Channel>(channel: K, request: RequestInput<K>): Promise<Response<K>> {
    const result = await dispatch(journalService, channel, request, { validateResponses: true });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Response<K>;
  }

  beforeAll(async () => {
    journalShop = await startDaySummaryShop({ dayBooking: 'journal', dayJournalNumber: 1, paymentMethods: { mobilepay: { title: 'MobilePay', clearingAccountNumber: 5820 } } });
    journalShop.runtime.close();
    journalService = await createAppService({ dataDir: journalShop.h.dataDir, onEvent: () => undefined, secrets: new MemorySecretStore(), economicUrl: journalShop.h.economic.url, autoSync: false });
  }, 60_000);

  afterAll(async () => {
    await journalService?.dispose();
    await journalShop.h.close();
  });

  it('names the voucher on the Days screen and mails the day when the owner asks, once per press', async () => {
    const vouchers = journalShop.h.economic.state().vouchers as unknown as Array<{ journalNumber: number; voucherNumber: number; accountingYear: string; entries: Array<{ date: string }> }>;
    const voucher = vouchers.find((v) => v.journalNumber === 1 && v.entries.some((e) => e.date === journalShop.bookedDay))!;
    const day = (await callJournal('days.list', {})).days.find((d) => d.day === journalShop.bookedDay)!;
    expect(day).toMatchObject({ invoiceNumber: null, voucher: { journalNumber: 1, accountingYear: voucher.accountingYear, voucherNumber: voucher.voucherNumber }, gross: '897.00', accountantMail: null });

    await callJournal('accountant.save', { accountantEmail: ACCOUNTANT });
    const sent = await callJournal('days.sendToAccountant', { id: day.id });
    expect(sent.accountantMail).toMatchObject({ status: 'sent', to: ACCOUNTANT, problem: null });
    const [mail, ...more] = toJournalAccountant();
    expect(more).toEqual([]);
    expect(mail.subject).toContain(`bilag ${voucher.voucherNumber}, kassekladde 1`);
    expect(mail.text).toContain('3 ordrer, 0 refunderinger, i alt 897,00 kr. inkl. moms');

    await callJournal('days.sendToAccountant', { id: day.id });
    expect(toJournalAccountant()).toHaveLength(2);
  });
});
