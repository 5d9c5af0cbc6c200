import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysAgo } from '../../helpers/local-days';
import type { Order } from '../../../shared/domain/order';
import { DayVoucherStore } from '../../../main/engine/days/day-voucher-store';
import { reconcile } from '../../../main/moneyflows/reconciliation';
import { formatReport, toCsv } from '../../../main/moneyflows/reconciliation-format';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { startEconomicSandbox } from '../../../main/sandbox/economic';
import { krusPaidWith } from '../../helpers/refund-cases';
import { journalDayProfile } from '../../helpers/day-summary-shop';
import { startHarness, type Harness } from './harness';

/**
 * The reconciliation of days booked as one finance voucher in a journal (postingUnit "day",
 * dayBooking "journal") against the real sandboxes: a day's voucher is looked for in the journal
 * it was written to and, once the accountant has booked the journal, on the accounting year's
 * accounts, and compared with the sum of the day's orders — found, missing, another amount, or
 * there twice, as a day invoice is.
 *
 * Every order is the hand-worked Krus order of test/helpers/refund-cases.ts, 299.00 incl. 59.80
 * VAT (2 × Krus 200.00 net + 50.00 VAT, GLS 39.20 + 9.80):
 * day 1 = 9401 (MobilePay) + 9402 (Dankort): 598.00, one entry per method of 299.00 each;
 * day 2 = 9403 (MobilePay), day 3 = 9404 (Dankort), day 4 = 9405 (MobilePay): 299.00 each.
 * On the accounts a booked entry of 299.00 is three sides: the clearing account +299.00, the
 * sales account −239.20 (200.00 + 39.20 net) and the VAT account −59.80.
 */

const ZONE = 'Europe/Copenhagen';
const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const DANKORT = { id: 'dankort', title: 'Dankort' };

interface EntryRecord { journalNumber: number; voucherNumber: number; accountingYear: string; booked?: boolean }
interface LedgerRecord { voucherNumber: number; accountingYear: string; accountNumber: number; amount: string; amountInBaseCurrency: string }
interface State { entries: EntryRecord[]; vouchers: Array<{ journalNumber: number; voucherNumber: number; accountingYear: string }>; ledger: LedgerRecord[] }

describe('reconciliation of days booked as vouchers in a journal (dayBooking "journal")', () => {
  let h: Harness;
  let stateDir: string;
  let shopOrders: Order[];
  const now = new Date();
  // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
  const [day1, day2, day3, day4] = [5, 4, 3, 2].map((d) => calendarDaysAgo(d, now, ZONE));
  const run = async () => reconcile({ ledger: h.runtime.ledger, client: await h.runtime.economic(), profile: h.runtime.profile, clock: h.runtime.clock }, { from: day1, to: day4, groupBy: 'day', shopOrders });
  const reference = (date: string) => `lb-day:${h.runtime.profile.name}:${date}:DKK:domestic`;
  const subject = (date: string, orders: number) => ({ zone: 'domestic', orders, reference: reference(date) });
  /** The voucher the ledger says it wrote for the day. */
  const written = (date: string) => new DayVoucherStore(h.runtime.ledger.db).get(h.runtime.ledger.days.find(h.runtime.profile.name, date, 'DKK', 'domestic')!.id)!;

  /** The entry numbers of a voucher still in journal 1, as e-conomic keeps them. */
  const journalEntries = (voucherNumber: number) => voucherOf(voucherNumber).entries.map((e) => e.entryNumber);
  const journalTexts = (voucherNumber: number) => voucherOf(voucherNumber).entries.map((e) => e.fields.text);
  const voucherOf = (voucherNumber: number) => (h.economic.state().vouchers as unknown as Array<{ journalNumber: number; voucherNumber: number; booked?: boolean; entries: Array<{ entryNumber: number; fields: { text?: string } }> }>).find((v) => v.journalNumber === 1 && v.voucherNumber === voucherNumber && !v.booked)!;

  /** Edits e-conomic's own saved state (stop, edit, start again): what an accountant's change there amounts to. */
  async function editEconomic(edit: (state: State) => void): Promise<void> {
    const file = join(stateDir, 'economic.json');
    const port = Number(new URL(h.economic.url).port);
    await h.economic.close();
    const state = JSON.parse(readFileSync(file, 'utf8')) as State;
    edit(state);
    writeFileSync(file, JSON.stringify(state));
    h.economic = await startEconomicSandbox({ port, persistFile: file, appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken, agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken });
  }

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'lb-reconcile-vouchers-'));
    h = await startHarness({
      automatic: true,
      orders: [krusPaidWith(9401, day1, MOBILEPAY), krusPaidWith(9402, day1, DANKORT), krusPaidWith(9403, day2, MOBILEPAY), krusPaidWith(9404, day3, DANKORT), krusPaidWith(9405, day4, MOBILEPAY)],
      economic: { persistFile: join(stateDir, 'economic.json') },
      profile: journalDayProfile(now, 7),
    });
    await h.runtime.syncOnce();
    shopOrders = [];
    for await (const page of (await h.runtime.shop()).pollChanged(null)) shopOrders.push(...page.orders.map((n) => n.order));
  }, 60_000);
  afterAll(async () => {
    await h.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it("found in the journal: each day's voucher equals the sum of its orders, and counts in the booked column", async () => {
    for (const date of [day1, day2, day3, day4]) expect(h.runtime.ledger.days.find(h.runtime.profile.name, date, 'DKK', 'domestic')?.state).toBe('done');
    const report = await run();
    expect(report.missing).toEqual([]);
    expect(report.differing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.matches).toBe(true);
    // Day 1: 2 × 299.00 sold; one voucher of 299.00 (Dankort) + 299.00 (MobilePay).
    expect(report.periods.find((p) => p.period === day1)).toMatchObject({ shop: { count: 2, total: '598.00' }, invoiced: { count: 1, total: '598.00' }, difference: '0.00' });
    expect(report.totals).toMatchObject([{ shop: { count: 5, total: '1495.00' }, invoiced: { count: 4, total: '1495.00' }, difference: '0.00' }]);
  });

  it('found after the accountant rewrote the entry texts in the journal: the voucher is known by its number, date and clearing accounts', async () => {
    const day = written(day1);
    // The accountant's own wording, as normal work in the journal before booking it.
    for (const [i, entryNumber] of journalEntries(day.voucherNumber).entries()) h.economic.editJournalEntry(1, entryNumber, { text: `Webshop ${day1} bilag ${i + 1}` });
    expect(journalTexts(day.voucherNumber).some((t) => day.entries.some((e) => e.text === t))).toBe(false);
    const report = await run();
    expect(report.missing).toEqual([]);
    expect(report.differing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.periods.find((p) => p.period === day1)).toMatchObject({ invoiced: { count: 1, total: '598.00' }, difference: '0.00' });
  });

  it('differs, not missing: a voucher whose entry the accountant rewrote and changed from 299.00 to 289.00 in the journal', async () => {
    const day = written(day3);
    const [entryNumber] = journalEntries(day.voucherNumber);
    h.economic.editJournalEntry(1, entryNumber, { text: 'Dankort, rettet', amount: '289.00' });
    const report = await run();
    expect(report.missing).toEqual([]);
    // 299.00 in the shop against 289.00 in the journal: 10.00 too little.
    expect(report.differing).toEqual([
      { kind: 'voucher', orderId: '', orderNumber: '', invoiceNumber: null, date: day3, currency: 'DKK', shop: '299.00', economic: '289.00', difference: '10.00', day: subject(day3, 1), voucher: { journalNumber: 1, accountingYear: day.accountingYear, voucherNumber: day.voucherNumber } },
    ]);
    // The accountant puts the amount back (the journal works the VAT out again: 59.80).
    h.economic.editJournalEntry(1, entryNumber, { amount: '299.00' });
    expect((await run()).differing).toEqual([]);
  });

  it('missing: a voucher the accountant deleted from the journal, named by the journal, year and number LedgerBridge wrote it under', async () => {
    const gone = written(day2);
    await editEconomic((state) => {
      const other = (e: { journalNumber: number; voucherNumber: number; accountingYear: string }) => !(e.journalNumber === 1 && e.voucherNumber === gone.voucherNumber && e.accountingYear === gone.accountingYear);
      state.entries = state.entries.filter(other);
      state.vouchers = state.vouchers.filter(other);
    });
    const report = await run();
    expect(report.matches).toBe(false);
    expect(report.missing).toEqual([
      { kind: 'voucher', orderId: '', orderNumber: '', date: day2, currency: 'DKK', amount: '299.00', ledgerState: 'done', reasonCode: null, day: subject(day2, 1), voucher: { journalNumber: 1, accountingYear: gone.accountingYear, voucherNumber: gone.voucherNumber } },
    ]);
    // 299.00 sold, nothing in e-conomic.
    expect(report.periods.find((p) => p.period === day2)).toMatchObject({ invoiced: { count: 0, total: '0.00' }, difference: '299.00' });

    expect(toCsv(report).split('\r\n')).toContain(`missing-voucher;;;;;;${day2};DKK;299,00;;299,00;done;${reference(day2)};${gone.accountingYear}-${gone.voucherNumber}`);
    expect(formatReport(report, 'da')).toContain(`dagsbilag ${day2} DKK (1 ordre), bilag ${gone.voucherNumber} (${gone.accountingYear}) i kassekladde 1, 299,00 DKK (status: done)`);
    expect(formatReport(report, 'en')).toContain(`day voucher ${day2} DKK (1 order), voucher ${gone.voucherNumber} (${gone.accountingYear}) in journal 1, 299.00 DKK (state: done)`);
  });

  it('found after the accountant booked the journal: the voucher is matched on the accounting year\'s accounts by its number and clearing side, under the rewritten texts', async () => {
    h.economic.bookJournal(1);
    const report = await run();
    expect(report.differing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    // Only the deleted day 2 is still missing; day 1's 598.00 is found on the accounts (5820 +299.00, 5821 +299.00).
    expect(report.missing.map((m) => m.date)).toEqual([day2]);
    expect(report.periods.find((p) => p.period === day1)).toMatchObject({ invoiced: { count: 1, total: '598.00' }, difference: '0.00' });
    expect(report.periods.find((p) => p.period === day3)).toMatchObject({ invoiced: { count: 1, total: '299.00' }, difference: '0.00' });
  });

  it('amount differs: a booked voucher whose clearing entry the accountant changed from 299.00 to 289.00', async () => {
    const changed = written(day3);
    await editEconomic((state) => {
      const clearing = state.ledger.find((l) => l.voucherNumber === changed.voucherNumber && l.accountingYear === changed.accountingYear && l.accountNumber === 5821)!;
      clearing.amount = '289.00';
      clearing.amountInBaseCurrency = '289.00';
    });
    const report = await run();
    // 299.00 in the shop against 289.00 in e-conomic: 10.00 too little booked.
    expect(report.differing).toEqual([
      { kind: 'voucher', orderId: '', orderNumber: '', invoiceNumber: null, date: day3, currency: 'DKK', shop: '299.00', economic: '289.00', difference: '10.00', day: subject(day3, 1), voucher: { journalNumber: null, accountingYear: changed.accountingYear, voucherNumber: changed.voucherNumber } },
    ]);
    expect(report.periods.find((p) => p.period === day3)).toMatchObject({ invoiced: { count: 1, total: '289.00' }, difference: '10.00' });
    expect(toCsv(report).split('\r\n')).toContain(`differing-voucher;;;;;;${day3};DKK;299,00;289,00;10,00;;${reference(day3)};${changed.accountingYear}-${changed.voucherNumber}`);
    expect(formatReport(report, 'da')).toContain(`bilag ${changed.voucherNumber} (${changed.accountingYear}) bogført – dagsbilag ${day3} DKK (1 ordre): shop 299,00, e-conomic 289,00 DKK (10,00)`);
  });

  it('duplicated: the day\'s voucher put into the journal a second time is listed with both vouchers, and both count in the books', async () => {
    const first = written(day4);
    const client = await h.runtime.economic();
    // Someone enters the day's entries again (the same texts and amounts) without a voucher number: e-conomic gives the next one.
    const entries = first.entries.map(({ voucher: _number, ...entry }) => entry);
    const [copy] = (await client.postJournalVouchers(1, { accountingYear: { year: first.accountingYear }, journal: { journalNumber: 1 }, entries: { financeVouchers: entries } }, 'copied-by-hand')) as Array<{ voucherNumber: number }>;
    const report = await run();
    expect(report.duplicates).toEqual([
      { reference: reference(day4), orderId: null, booked: [], drafts: [], vouchers: [{ journalNumber: null, accountingYear: first.accountingYear, voucherNumber: first.voucherNumber }, { journalNumber: 1, accountingYear: first.accountingYear, voucherNumber: copy.voucherNumber }] },
    ]);
    // 299.00 sold, 2 × 299.00 in e-conomic: 299.00 too much.
    expect(report.periods.find((p) => p.period === day4)).toMatchObject({ invoiced: { count: 2, total: '598.00' }, difference: '-299.00' });
    expect(report.differing.map((d) => d.date)).toEqual([day3]);
    expect(toCsv(report).split('\r\n')).toContain(`duplicate;;;;;;;;;;;;${reference(day4)};${first.accountingYear}-${first.voucherNumber} ${first.accountingYear}-${copy.voucherNumber}`);
    expect(formatReport(report, 'en')).toContain(`Duplicates in e-conomic (1):\n  ${reference(day4)}: voucher ${first.voucherNumber} (${first.accountingYear}) booked, voucher ${copy.voucherNumber} (${first.accountingYear}) in journal 1`);
  });
});
