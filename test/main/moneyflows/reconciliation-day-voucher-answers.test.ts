import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysAgo } from '../../helpers/local-days';
import type { Order } from '../../../shared/domain/order';
import { reconcile } from '../../../main/moneyflows/reconciliation';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { startEconomicSandbox } from '../../../main/sandbox/economic';
import { krusPaidWith } from '../../helpers/refund-cases';
import { journalDayProfile } from '../../helpers/day-summary-shop';
import { startHarness, type Harness } from './harness';

/**
 * The reconciliation of days booked as vouchers in a journal (dayBooking "journal") looks for a
 * day where e-conomic's answer put it, not under the number LedgerBridge sent: e-conomic may keep
 * a voucher under another number, or split it over several (the sandbox's mode voucherNumbers,
 * see test/main/sandbox/economic/voucher-numbers.test.ts), and the accountant may renumber and
 * rewrite it in the journal, and book it.
 *
 * Every order is the Krus order of test/helpers/refund-cases.ts, 299.00 incl. 59.80 VAT, on the
 * method's clearing account (Dankort 5821, MobilePay 5820); a day of a Dankort and a MobilePay
 * order is 598.00 in two entries, Dankort first. Journal 1 is empty before the first sync.
 */

const ZONE = 'Europe/Copenhagen';
/**
 * The engine's and e-conomic's clock in these tests, a fixed moment: they are about where
 * e-conomic put the days, not about today. Counted back from the real clock, days 5, 4 and 3 back
 * lie in two accounting years from 4 to 7 January, each numbered from 1, where these tests count
 * on one year and one numbering. Mid-June is far from New Year and from a change of the clocks.
 */
const NOW = new Date('2026-06-15T10:00:00Z');
const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const DANKORT = { id: 'dankort', title: 'Dankort' };

interface EntryRecord { journalNumber: number; voucherNumber: number; accountingYear: string; date: string; booked?: boolean; fields: { text?: string } }
interface LedgerRecord { voucherNumber: number; accountingYear: string; accountNumber: number; date: string; text?: string }
interface State { entries: EntryRecord[]; vouchers: Array<{ journalNumber: number; voucherNumber: number; accountingYear: string; booked?: boolean }>; ledger: LedgerRecord[] }

/** A harness whose e-conomic answers in `mode`, with e-conomic's state in a file the accountant's edits go through. */
function voucherDays(mode: 'renumbered' | 'split', orders: (days: string[]) => unknown[]) {
  const now = NOW;
  // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
  const days = [5, 4, 3].map((d) => calendarDaysAgo(d, now, ZONE));
  const t = {
    h: undefined as unknown as Harness,
    days,
    year: days[0].slice(0, 4),
    stateDir: '',
    shopOrders: [] as Order[],
    run: async () => reconcile({ ledger: t.h.runtime.ledger, client: await t.h.runtime.economic(), profile: t.h.runtime.profile, clock: t.h.runtime.clock }, { from: days[0], to: days[2], groupBy: 'day', shopOrders: t.shopOrders }),
    period: async (date: string) => (await t.run()).periods.find((p) => p.period === date),
    /** Edits e-conomic's own saved state (stop, edit, start again): what an accountant's change there amounts to. */
    async editEconomic(edit: (state: State) => void): Promise<void> {
      const file = join(t.stateDir, 'economic.json');
      const port = Number(new URL(t.h.economic.url).port);
      await t.h.economic.close();
      const state = JSON.parse(readFileSync(file, 'utf8')) as State;
      edit(state);
      writeFileSync(file, JSON.stringify(state));
      t.h.economic = await startEconomicSandbox({ port, persistFile: file, appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken, agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken });
    },
  };
  beforeAll(async () => {
    t.stateDir = mkdtempSync(join(tmpdir(), 'lb-reconcile-answers-'));
    t.h = await startHarness({
      automatic: true,
      orders: orders(days),
      economic: { persistFile: join(t.stateDir, 'economic.json') },
      start: now,
      profile: journalDayProfile(now, 7),
    });
    t.h.economic.settings({ voucherNumbers: mode });
    await t.h.runtime.syncOnce();
    for await (const page of (await t.h.runtime.shop()).pollChanged(null)) t.shopOrders.push(...page.orders.map((n) => n.order));
  }, 60_000);
  afterAll(async () => {
    await t.h.close();
    rmSync(t.stateDir, { recursive: true, force: true });
  });
  return t;
}

describe('reconciliation of voucher days e-conomic kept under other numbers ("renumbered")', () => {
  // Day 1 (Dankort + MobilePay, 598.00) sent as 1, kept as 2; day 2 (MobilePay 299.00) sent as 3, kept as 4; day 3 (Dankort 299.00) sent as 5, kept as 6.
  const t = voucherDays('renumbered', ([d1, d2, d3]) => [krusPaidWith(9601, d1, DANKORT), krusPaidWith(9602, d1, MOBILEPAY), krusPaidWith(9603, d2, MOBILEPAY), krusPaidWith(9604, d3, DANKORT)]);
  const [day1, day2, day3] = t.days;

  it('finds every day under the number e-conomic answered: nothing missing, each day once', async () => {
    const report = await t.run();
    expect(report.missing).toEqual([]);
    expect(report.differing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.periods.find((p) => p.period === day1)).toMatchObject({ shop: { count: 2, total: '598.00' }, invoiced: { count: 1, total: '598.00' }, difference: '0.00' });
    // 598.00 + 299.00 + 299.00 = 1196.00 in three vouchers.
    expect(report.totals).toMatchObject([{ invoiced: { count: 3, total: '1196.00' }, difference: '0.00' }]);
  });

  it('finds a voucher the accountant renumbered (4 → 40) and rewrote in the journal, by its journal entry numbers', async () => {
    await t.editEconomic((state) => {
      for (const e of state.entries) if (e.journalNumber === 1 && e.voucherNumber === 4) Object.assign(e, { voucherNumber: 40, fields: { ...e.fields, text: 'MobilePay, uge 49' } });
      for (const v of state.vouchers) if (v.journalNumber === 1 && v.voucherNumber === 4) v.voucherNumber = 40;
    });
    const report = await t.run();
    expect(report.missing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.periods.find((p) => p.period === day2)).toMatchObject({ invoiced: { count: 1, total: '299.00' }, difference: '0.00' });
  });

  it('finds vouchers renumbered, rewritten and booked by their date, clearing accounts and amounts', async () => {
    t.h.economic.bookJournal(1);
    await t.editEconomic((state) => {
      for (const l of state.ledger) if (l.voucherNumber === 6) Object.assign(l, { voucherNumber: 60, text: 'Dankort, uge 49' });
    });
    const report = await t.run();
    expect(report.missing).toEqual([]);
    expect(report.differing).toEqual([]);
    // Day 2 as 40, day 3 as 60: neither has the number e-conomic answered, nor a text LedgerBridge wrote, nor journal entry numbers now.
    expect(report.periods.find((p) => p.period === day2)).toMatchObject({ invoiced: { count: 1, total: '299.00' }, difference: '0.00' });
    expect(report.periods.find((p) => p.period === day3)).toMatchObject({ invoiced: { count: 1, total: '299.00' }, difference: '0.00' });
  });

  it('names a missing day by the voucher e-conomic answered (2), not the number sent (1)', async () => {
    await t.editEconomic((state) => {
      state.ledger = state.ledger.filter((l) => !(l.voucherNumber === 2 && l.date === day1));
    });
    const report = await t.run();
    expect(report.missing).toEqual([expect.objectContaining({ kind: 'voucher', date: day1, amount: '598.00', voucher: { journalNumber: 1, accountingYear: t.year, voucherNumber: 2 } })]);
  });
});

describe('reconciliation of voucher days e-conomic split over two vouchers ("split")', () => {
  // Day 1 (Dankort + MobilePay, 598.00) sent as 1: 1 (Dankort) and 2 (MobilePay); day 2 likewise sent as 3: 3 and 4.
  const t = voucherDays('split', ([d1, d2]) => [krusPaidWith(9611, d1, DANKORT), krusPaidWith(9612, d1, MOBILEPAY), krusPaidWith(9613, d2, DANKORT), krusPaidWith(9614, d2, MOBILEPAY)]);
  const [day1, day2] = t.days;

  it('finds a split day as the sum of its parts, counted once, not as written twice', async () => {
    const report = await t.run();
    expect(report.missing).toEqual([]);
    expect(report.differing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.periods.find((p) => p.period === day1)).toMatchObject({ shop: { count: 2, total: '598.00' }, invoiced: { count: 1, total: '598.00' }, difference: '0.00' });
    expect(report.periods.find((p) => p.period === day2)).toMatchObject({ invoiced: { count: 1, total: '598.00' }, difference: '0.00' });
  });

  it('compares the parts together with the day: MobilePay changed to 289.00 in part 2 is 588.00 against 598.00, named by part 1', async () => {
    await t.editEconomic((state) => {
      const entry = state.entries.find((e) => e.journalNumber === 1 && e.voucherNumber === 2 && e.date === day1)! as EntryRecord & { amount: string; contraVatAmount: string };
      // As the journal does it: 289.00 incl. 25 % carries 57.80 VAT.
      Object.assign(entry, { amount: '289.00', contraVatAmount: '57.80' });
    });
    const report = await t.run();
    expect(report.differing).toEqual([expect.objectContaining({ kind: 'voucher', date: day1, shop: '598.00', economic: '588.00', difference: '10.00', voucher: { journalNumber: 1, accountingYear: t.year, voucherNumber: 1 } })]);
    expect(report.duplicates).toEqual([]);
  });

  it('lists a split day entered again by hand as written twice, with both parts and the copy', async () => {
    const client = await t.h.runtime.economic();
    t.h.economic.settings({ voucherNumbers: 'as-sent' });
    const texts = ['Dankort', 'MobilePay'].map((m) => `Dagsopgørelse ${day2}, ordre 9613–9614: ${m}, salg 25 % moms`);
    const entries = [5821, 5820].map((account, i) => ({ account: { accountNumber: account }, contraAccount: { accountNumber: 1010 }, amount: 299, contraVatAccount: { vatCode: 'U25' }, contraVatAmount: 59.8, currency: { code: 'DKK' }, date: day2, text: texts[i], voucher: { voucherNumber: 5 } }));
    // Both entries under the next free number, 5, as one voucher.
    await client.postJournalVouchers(1, { accountingYear: { year: t.year }, journal: { journalNumber: 1 }, entries: { financeVouchers: entries } }, 'copied-by-hand');
    const report = await t.run();
    expect(report.duplicates).toEqual([expect.objectContaining({ vouchers: [3, 4, 5].map((voucherNumber) => ({ journalNumber: 1, accountingYear: t.year, voucherNumber })) })]);
    // 598.00 sold, 2 × 598.00 in e-conomic.
    expect(report.periods.find((p) => p.period === day2)).toMatchObject({ invoiced: { count: 2, total: '1196.00' }, difference: '-598.00' });
  });
});
