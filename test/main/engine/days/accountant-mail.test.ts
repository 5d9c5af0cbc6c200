import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { daysCommand } from '../../../../main/cli/commands/days';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import type { Runtime } from '../../../../main/runtime/runtime';
import type { CaughtMail } from '../../../../main/sandbox/smtp';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { dayDate } from '../../../../shared/i18n/order-list-words';
import { soldOn, ZONE } from '../../../helpers/day-summary-shop';
import { runCrashChild } from '../../../helpers/crash-child';

/**
 * Issue 17 §2: a booked day's order list is mailed to the owner's accountant (profile field
 * `accountantEmail`) through the mail outbox and the real SMTP catcher — once per day, with the
 * list as PDF and CSV, the very bytes `ledgerbridge days --pdf` and `--csv` write; never twice
 * after a re-sync or a kill; never for a day booked while no accountant was named.
 *
 * Every order is the Krus order of test/helpers/day-summary-shop.ts: 299.00 incl. 59.80 VAT, so
 * a day of two orders is 598.00 and one of one order 299.00.
 */

const DAY_MS = 86_400_000;
const ACCOUNTANT = 'revisor@example.dk';
const now = new Date();
// By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
const daysAgo = (n: number) => calendarDaysAgo(n, now, ZONE);

let h: SandboxHarness;
let runtime: Runtime;
let tmp: string;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function accountantMails(): CaughtMail[] {
  return h.smtp.mails().filter((m) => m.envelope.to.includes(ACCOUNTANT));
}

function mailsOf(date: string, lang: 'da' | 'en'): CaughtMail[] {
  return accountantMails().filter((m) => m.subject?.includes(dayDate(date, lang)));
}

function bookedNumberOf(date: string): number {
  const docs = h.economic.state().booked as unknown as Array<{ bookedInvoiceNumber: number; references?: { other?: string } }>;
  const [doc, ...more] = docs.filter((d) => d.references?.other === `lb-day:demo:${date}:DKK:domestic`);
  expect(more, `one day invoice for ${date}`).toEqual([]);
  return doc.bookedInvoiceNumber;
}

/** What `ledgerbridge days --day D --csv F --pdf F --lang L` writes for the day. */
async function cliFiles(date: string, lang: 'da' | 'en'): Promise<{ csv: Buffer; pdf: Buffer }> {
  const csv = join(tmp, `${date}-${lang}.csv`);
  const pdf = join(tmp, `${date}-${lang}.pdf`);
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    expect(await daysCommand(['--data-dir', h.dataDir, '--day', date, '--csv', csv, '--pdf', pdf, '--lang', lang])).toBe(0);
  } finally {
    quiet.mockRestore();
  }
  return { csv: readFileSync(csv), pdf: readFileSync(pdf) };
}

async function sell(orders: Array<Record<string, unknown>>): Promise<void> {
  for (const order of orders) {
    const res = await fetch(`${h.shop.url}/_sandbox/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(order) });
    if (!res.ok) throw new Error(`order: ${res.status} ${await res.text()}`);
  }
}

/**
 * One order sold `ago` days back on an English profile, the run that books its day SIGKILLed at
 * `point`, then two syncs after the restart: the day's accountant mails (in English).
 */
async function killedWhileBookingADay(point: string, ago: number, orderNumber: number): Promise<{ date: string; mails: CaughtMail[] }> {
  runtime.saveProfile({ ...runtime.profile, language: 'en' });
  const date = daysAgo(ago);
  await sell([soldOn(orderNumber, date)]);
  runtime.close(); // the data dir is the child's now
  const { killed } = await runCrashChild(h.dataDir, { crashAt: point });
  expect(killed, 'the kill point was reached').toBe(true);
  runtime = await h.open();
  await runtime.syncOnce();
  await runtime.syncOnce();
  return { date, mails: mailsOf(date, 'en') };
}

/**
 * The mail carries the order list as PDF and CSV, byte for byte what `ledgerbridge days` writes;
 * the CSV, fixed on an English profile, has an English header and a decimal point, as the mail says.
 */
async function expectOrderListAttached(mail: CaughtMail, date: string, orderNumber: number): Promise<void> {
  const cli = await cliFiles(date, 'en');
  expect(mail.attachments.map((a) => [a.filename, a.sha256])).toEqual([
    [`order-list-${date}-DKK.pdf`, sha256(cli.pdf)],
    [`order-list-${date}-DKK.csv`, sha256(cli.csv)],
  ]);
  // Led by UTF-8's byte-order mark, so Excel opens it as UTF-8.
  expect(cli.csv.toString('utf8').split('\r\n')).toEqual(['\uFEFFtype;order_number;date;customer;total;vat;payment_method', `order;${orderNumber};${date};Mette Jensen;299.00;59.80;MobilePay`, '']);
  expect(mail.text).toContain('The list is attached as PDF and as CSV (semicolon-separated, decimal point).');
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lb-accountant-'));
  // On the machine's clock (no `start`): the crash children queue their mails by it, and the runtime must find them due.
  h = await startSandboxHarness({
    orders: [soldOn(8001, daysAgo(3)), soldOn(8002, daysAgo(3)), soldOn(8003, daysAgo(2))],
    profile: { postingUnit: 'day', language: 'da', accountantEmail: ACCOUNTANT, sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 9 * DAY_MS).toISOString() } },
  });
  runtime = await h.open();
  walkSupervisedPeriod(runtime);
  runtime.ledger.kv.set('shop:name', 'Butik Nordlys');
}, 60_000);

afterAll(async () => {
  runtime.close();
  await h.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe("the day's order list mailed to the accountant", () => {
  it('mails each booked day once, in Danish, naming the shop, the day, the currency and the invoice, with the list as PDF and CSV byte for byte as `days --pdf` and `--csv` write them', async () => {
    await runtime.syncOnce();
    expect(accountantMails()).toHaveLength(2);
    const [two] = mailsOf(daysAgo(3), 'da');
    const [one] = mailsOf(daysAgo(2), 'da');
    expect(two.subject).toBe(`Ordreliste ${dayDate(daysAgo(3), 'da')} · Butik Nordlys · DKK · faktura ${bookedNumberOf(daysAgo(3))}`);
    expect(one.subject).toBe(`Ordreliste ${dayDate(daysAgo(2), 'da')} · Butik Nordlys · DKK · faktura ${bookedNumberOf(daysAgo(2))}`);
    expect(two.text).toContain(`2 ordrer, 0 refunderinger, i alt 598,00 kr. inkl. moms, bogført i e-conomic som faktura ${bookedNumberOf(daysAgo(3))}.`);
    expect(two.text).toContain('Ordrenumre: 8001–8002.');
    expect(one.text).toContain('1 ordre, 0 refunderinger, i alt 299,00 kr. inkl. moms');
    expect(one.text).toContain('Ordrenumre: 8003.');
    expect(one.text).toContain('Listen er vedhæftet som PDF og som CSV (semikolonsepareret, decimalkomma).');
    expect(one.html).toContain('i alt 299,00 kr. inkl. moms');

    for (const [mail, date] of [[two, daysAgo(3)], [one, daysAgo(2)]] as const) {
      const cli = await cliFiles(date, 'da');
      expect(mail.attachments.map((a) => [a.filename, a.contentType, a.sha256])).toEqual([
        [`ordreliste-${date}-DKK.pdf`, 'application/pdf', sha256(cli.pdf)],
        [`ordreliste-${date}-DKK.csv`, 'text/csv', sha256(cli.csv)],
      ]);
    }
  });

  it('sends nothing again when the shop is synced again', async () => {
    await runtime.syncOnce();
    await runtime.syncOnce();
    expect(accountantMails()).toHaveLength(2);
  });

  it('leaves a mail the server refuses for the owner: LB-6011 in the log, with a fix naming the accountant address in Settings and "Send til revisor" on the day', async () => {
    await sell([soldOn(8004, daysAgo(4))]);
    h.smtp.setFault({ stage: 'rcpt', code: 550, message: '5.1.1 <revisor@example.dk>: mailbox unknown' });
    try {
      await runtime.syncOnce();
    } finally {
      h.smtp.setFault(null);
    }
    const day = runtime.ledger.days.find('demo', daysAgo(4), 'DKK', 'domestic')!;
    const row = runtime.outbox.getForDay(day.id)!;
    expect(row.status).toBe('failed');
    expect(row.lastError?.errorCode).toBe('LB-6011');
    expect(row.lastError?.fix.da).toContain('Indstillinger → "Revisorens mailadresse"');
    expect(row.lastError?.fix.da).toContain('Dagsopgørelser → dagen → "Send til revisor"');
    expect(row.lastError?.fix.en).toContain('Daily summaries → the day → "Send to accountant"');
    const logged = runtime.log.openProblems('demo').find((e) => e.code === 'LB-6011');
    expect(logged?.params).toMatchObject({ date: daysAgo(4), currency: 'DKK', email: ACCOUNTANT });
    // Not retried by itself: the next sync sends nothing.
    await runtime.syncOnce();
    expect(mailsOf(daysAgo(4), 'da')).toEqual([]);
  });

  it('does not mail a day booked while the profile names no accountant', async () => {
    const { accountantEmail: _named, ...without } = runtime.profile;
    runtime.saveProfile(without);
    await sell([soldOn(8005, daysAgo(5))]);
    await runtime.syncOnce();
    expect(runtime.ledger.days.find('demo', daysAgo(5), 'DKK', 'domestic')?.state).toBe('done');
    expect(mailsOf(daysAgo(5), 'da')).toEqual([]);
    // Naming one afterwards does not mail the day retroactively.
    runtime.saveProfile({ ...runtime.profile, accountantEmail: ACCOUNTANT });
    await runtime.syncOnce();
    expect(mailsOf(daysAgo(5), 'da')).toEqual([]);
  });

  it.each([
    ['before-mail-sent:1', 6],
    ['after-economic-write:2', 7],
  ])('mails a day exactly once, in English for an English profile, when the run that books it is killed at %s', async (point, ago) => {
    const { date, mails } = await killedWhileBookingADay(point, ago, 8100 + ago);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Order list ${dayDate(date, 'en')} · Butik Nordlys · DKK · invoice ${bookedNumberOf(date)}`);
    // Amounts as the English invoice mail writes them: the currency first, a decimal point.
    expect(mails[0].text).toContain(`1 order, 0 refunds, DKK 299.00 in total incl. VAT, booked in e-conomic as invoice ${bookedNumberOf(date)}.`);
    expect(mails[0].html).toContain('DKK 299.00 in total incl. VAT');
    await expectOrderListAttached(mails[0], date, 8100 + ago);
  }, 60_000);
});

/**
 * The same for days booked as one finance voucher in journal 1 (dayBooking "journal"): the mail
 * names the voucher and its journal where a day invoice's mail names the invoice. Every order is
 * again the Krus order, paid with MobilePay (clearing account 5820): a day of one order puts
 * 299.00 in the journal. The helpers above work on `h` and `runtime`, so this block points them at
 * its own shop while it runs and gives the first shop back afterwards.
 */
describe("the order list of a day booked as a voucher in a journal, mailed to the accountant", () => {
  let invoiceShop: { h: SandboxHarness; runtime: Runtime };

  /** The day's voucher as e-conomic has it: journal 1, the entries dated on the day. */
  function voucherOf(date: string): { voucherNumber: number; accountingYear: string } {
    const vouchers = h.economic.state().vouchers as unknown as Array<{ journalNumber: number; voucherNumber: number; accountingYear: string; entries: Array<{ date: string }> }>;
    const [voucher, ...more] = vouchers.filter((v) => v.journalNumber === 1 && v.entries.some((e) => e.date === date));
    expect(more, `one voucher for ${date}`).toEqual([]);
    return voucher;
  }

  beforeAll(async () => {
    invoiceShop = { h, runtime };
    // On the machine's clock, as the first shop.
    h = await startSandboxHarness({
      orders: [soldOn(8201, daysAgo(3))],
      profile: (demo) => ({
        postingUnit: 'day',
        dayBooking: 'journal',
        dayJournalNumber: 1,
        language: 'da',
        accountantEmail: ACCOUNTANT,
        paymentMethods: { ...demo.paymentMethods, mobilepay: { title: 'MobilePay', clearingAccountNumber: 5820 } },
        sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 9 * DAY_MS).toISOString() },
      }),
    });
    runtime = await h.open();
    walkSupervisedPeriod(runtime);
    runtime.ledger.kv.set('shop:name', 'Butik Nordlys');
  }, 60_000);

  afterAll(async () => {
    runtime.close();
    await h.close();
    ({ h, runtime } = invoiceShop);
  });

  it('mails the voucher day once, naming the voucher and journal instead of an invoice, with the list as PDF and CSV byte for byte as `days` writes them', async () => {
    await runtime.syncOnce();
    const date = daysAgo(3);
    expect(runtime.ledger.days.find('demo', date, 'DKK', 'domestic')?.state).toBe('done');
    const { voucherNumber, accountingYear } = voucherOf(date);
    const [mail, ...more] = mailsOf(date, 'da');
    expect(more).toEqual([]);
    expect(mail.subject).toBe(`Ordreliste ${dayDate(date, 'da')} · Butik Nordlys · DKK · bilag ${voucherNumber}, kassekladde 1`);
    expect(mail.text).toContain(`1 ordre, 0 refunderinger, i alt 299,00 kr. inkl. moms, lagt i e-conomic som bilag ${voucherNumber} i kassekladde 1 (regnskabsår ${accountingYear}), klar til at blive bogført.`);
    expect(mail.text).toContain('Ordrenumre: 8201.');
    expect(mail.text).not.toContain('faktura');
    const cli = await cliFiles(date, 'da');
    expect(mail.attachments.map((a) => [a.filename, a.sha256])).toEqual([
      [`ordreliste-${date}-DKK.pdf`, sha256(cli.pdf)],
      [`ordreliste-${date}-DKK.csv`, sha256(cli.csv)],
    ]);
    // The outbox knows the mail by its day: a voucher day has no invoice number.
    const row = runtime.outbox.getForDay(runtime.ledger.days.find('demo', date, 'DKK', 'domestic')!.id)!;
    expect(row).toMatchObject({ status: 'sent', invoiceNumber: null });
  });

  it('sends nothing again when the shop is synced again', async () => {
    await runtime.syncOnce();
    await runtime.syncOnce();
    expect(mailsOf(daysAgo(3), 'da')).toHaveLength(1);
  });

  it('does not mail a voucher day booked while the profile names no accountant', async () => {
    const { accountantEmail: _named, ...without } = runtime.profile;
    runtime.saveProfile(without);
    await sell([soldOn(8202, daysAgo(4))]);
    await runtime.syncOnce();
    expect(runtime.ledger.days.find('demo', daysAgo(4), 'DKK', 'domestic')?.state).toBe('done');
    runtime.saveProfile({ ...runtime.profile, accountantEmail: ACCOUNTANT });
    await runtime.syncOnce();
    expect(mailsOf(daysAgo(4), 'da')).toEqual([]);
  });

  it.each([
    ['before-mail-sent:1', 6],
    ['after-economic-write:1', 7],
    ['after-economic-write:2', 8],
  ])('mails a voucher day exactly once, in English for an English profile, when the run that books it is killed at %s', async (point, ago) => {
    const { date, mails } = await killedWhileBookingADay(point, ago, 8200 + ago);
    expect(mails).toHaveLength(1);
    const { voucherNumber, accountingYear } = voucherOf(date);
    expect(mails[0].subject).toBe(`Order list ${dayDate(date, 'en')} · Butik Nordlys · DKK · voucher ${voucherNumber}, journal 1`);
    expect(mails[0].text).toContain(`1 order, 0 refunds, DKK 299.00 in total incl. VAT, entered in e-conomic as voucher ${voucherNumber} in journal 1 (accounting year ${accountingYear}), ready to be booked.`);
    await expectOrderListAttached(mails[0], date, 8200 + ago);
  }, 60_000);
});
