import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { orderListPdf } from '../../../../shared/days/order-list-pdf';
import { DayVoucherStore } from '../../../../main/engine/days/day-voucher-store';
import { dayBookedAs } from '../../../../main/engine/days/accountant-mail';
import { ACCOUNTANT_MAIL_WORDS } from '../../../../shared/i18n/accountant-mail-words';
import { orderListDocument } from '../../../../main/engine/days/order-list-document';
import { krusPaidWith } from '../../../helpers/refund-cases';
import { journalDayProfile } from '../../../helpers/day-summary-shop';
import { startHarness, type Harness } from '../../moneyflows/harness';

/**
 * A day booked as a finance voucher (dayBooking "journal") is known by what e-conomic answered,
 * not only by the number LedgerBridge sent: POST /journals/{n}/vouchers answers with an array
 * (entries may be split over several vouchers), each keyed `{accountingYear}-{voucherNumber}`.
 * The e-conomic sandbox answers so in its mode `voucherNumbers` (see
 * test/main/sandbox/economic/voucher-numbers.test.ts for its rules).
 *
 * Every order is the Krus order of test/helpers/refund-cases.ts: 299.00 incl. 59.80 VAT, booked
 * from the method's clearing account (MobilePay 5820, Dankort 5821) against sales account 1010
 * with VAT code U25. A day of one MobilePay and one Dankort order is two entries, Dankort first
 * (the voucher's entries go by method): 5821/1010 299.00 VAT 59.80 and 5820/1010 299.00 VAT
 * 59.80. Journal 1 is empty before the first sync.
 */

const ZONE = 'Europe/Copenhagen';
/**
 * The engine's and e-conomic's clock in these tests, a fixed moment: they are about e-conomic's
 * answers, not about today. Counted back from the real clock, days 5, 4 and 3 back lie in two
 * accounting years from 4 to 7 January, and e-conomic numbers each year's vouchers from 1, so the
 * numbers below (one numbering) held only in one year. Mid-June is far from New Year and from a
 * change of the clocks; the turn of the year has its own test at the end.
 */
const NOW = new Date('2026-06-15T10:00:00Z');
const VOUCHERS = 'POST /journals/:journalNumber/vouchers';
const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const DANKORT = { id: 'dankort', title: 'Dankort' };

interface Voucher { journalNumber: number; voucherNumber: number; accountingYear: string; entries: Array<{ accountNumber: number; amount: string; date: string }>; attachment?: { sha256: string } }


function helpers(get: () => Harness) {
  const dayRow = (date: string) => get().runtime.ledger.days.find(get().runtime.profile.name, date, 'DKK', 'domestic')!;
  return {
    dayRow,
    written: (date: string) => new DayVoucherStore(get().runtime.ledger.db).get(dayRow(date).id)!,
    inJournal: () => (get().economic.state().vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === 1),
    /** The sha256 of the day's order list PDF, as the Days screen gives it. */
    listSha: async (date: string) => createHash('sha256').update(await orderListPdf(orderListDocument(get().runtime.ledger, get().runtime.profile, dayRow(date))!, 'da')).digest('hex'),
    codes: () => get().runtime.log.list({}).entries.map((e) => e.code),
  };
}

const text = (date: string, range: string, method: string) => `Dagsopgørelse ${date}, ordre ${range}: ${method}, salg 25 % moms`;
const entry = (date: string, range: string, method: 'Dankort' | 'MobilePay') => ({
  journalEntryNumber: expect.any(Number),
  account: method === 'Dankort' ? 5821 : 5820,
  contraAccount: 1010,
  amount: '299.00',
  vatCode: 'U25',
  contraVatAmount: '59.80',
  text: text(date, range, method),
  date,
});

describe('a day voucher e-conomic kept under another number ("renumbered")', () => {
  let h: Harness;
  const now = NOW;
  // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
  const [day1, day2, day3] = [5, 4, 3].map((d) => calendarDaysAgo(d, now, ZONE));
  const year = day1.slice(0, 4);
  const { dayRow, written, inJournal, listSha, codes } = helpers(() => h);

  beforeAll(async () => {
    h = await startHarness({ automatic: true, start: now, orders: [krusPaidWith(9501, day1, DANKORT), krusPaidWith(9502, day1, MOBILEPAY), krusPaidWith(9503, day2, MOBILEPAY), krusPaidWith(9504, day3, MOBILEPAY)], profile: journalDayProfile(now, 7) });
    h.economic.settings({ voucherNumbers: 'renumbered' });
    expect(inJournal()).toEqual([]);
    const client = await h.runtime.economic();
    const post = client.postJournalVouchers.bind(client);
    // Day 3's answer as if e-conomic had kept 289.00 of the 299.00 sent (VAT 59.80 as sent).
    client.postJournalVouchers = async (...args) => {
      const answer = (await post(...args)) as Array<{ entries: { financeVouchers: Array<{ amount: number; date: string }> } }>;
      if (answer[0].entries.financeVouchers[0].date === day3) answer[0].entries.financeVouchers[0].amount = 289;
      return answer;
    };
    await h.runtime.syncOnce();
    client.postJournalVouchers = post;
  }, 60_000);
  afterAll(() => h.close());

  it('records every voucher and entry e-conomic answered beside the number sent: day 1 sent as 1, kept as 2; day 2 sent as 3 (after 2), kept as 4', () => {
    expect(written(day1)).toMatchObject({ voucherNumber: 1, accountingYear: year, state: 'attached' });
    expect(written(day1).answered).toEqual([{ accountingYear: year, voucherNumber: 2, entries: [entry(day1, '9501–9502', 'Dankort'), entry(day1, '9501–9502', 'MobilePay')] }]);
    expect(written(day2)).toMatchObject({ voucherNumber: 3 });
    expect(written(day2).answered).toEqual([{ accountingYear: year, voucherNumber: 4, entries: [entry(day2, '9503', 'MobilePay')] }]);
    expect(inJournal().map((v) => v.voucherNumber)).toEqual([2, 4, 6]);
  });

  it('names the answered voucher where the day is shown as booked', () => {
    expect(dayRow(day1).state).toBe('done');
    expect(dayRow(day1).reasonDetail).toMatchObject({ journalNumber: 1, accountingYear: year, voucherNumber: 2 });
    expect(dayBookedAs(h.runtime.ledger, dayRow(day1))).toEqual({ journalNumber: 1, accountingYear: year, voucherNumber: 2 });
  });

  it("attaches each day's order list to the voucher e-conomic answered", async () => {
    const [v2, v4] = inJournal();
    expect(inJournal().every((v) => v.attachment !== undefined)).toBe(true);
    expect(v2.attachment?.sha256).toBe(await listSha(day1));
    expect(v4.attachment?.sha256).toBe(await listSha(day2));
    // Not "the voucher was booked before its list got there" (LB-7023): it was never looked for under 1 or 3.
    expect(codes()).not.toContain('LB-7023');
  });

  it('logs nothing about a number that differs when the answer adds up to the day, and sends nothing again', async () => {
    expect(h.runtime.log.list({}).entries.filter((e) => e.code === 'LB-7024').map((e) => e.params?.date)).toEqual([day3]);
    await h.runtime.syncOnce();
    expect(h.economic.state().calls.byRoute[VOUCHERS]).toBe(3);
  });

  it("says so (LB-7024) when e-conomic's answer does not add up to the day: day 3's MobilePay 299.00 answered as 289.00", () => {
    // Sent as 5 (after 4), kept as 6; the day is in e-conomic and is done, with a warning.
    expect(written(day3)).toMatchObject({ voucherNumber: 5, answered: [{ voucherNumber: 6 }] });
    expect(dayRow(day3).state).toBe('done');
    const warning = h.runtime.log.list({}).entries.find((e) => e.code === 'LB-7024');
    // 299.00 sent on 5820; 289.00 answered: 10.00 less on 5820 and on sales account 1010 (−239.20 → −229.20).
    expect(warning?.params).toEqual({ date: day3, currency: 'DKK', journalNumber: 1, vouchers: '6', shopTotal: '299.00', economicTotal: '289.00', accounts: '1010, 5820' });
  });
});

describe('a day voucher e-conomic split over two vouchers ("split")', () => {
  let h: Harness;
  const now = NOW;
  // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
  const [day1, day2] = [5, 4].map((d) => calendarDaysAgo(d, now, ZONE));
  const year = day1.slice(0, 4);
  const { dayRow, written, inJournal, listSha, codes } = helpers(() => h);

  beforeAll(async () => {
    h = await startHarness({ automatic: true, start: now, orders: [krusPaidWith(9511, day1, DANKORT), krusPaidWith(9512, day1, MOBILEPAY), krusPaidWith(9513, day2, DANKORT), krusPaidWith(9514, day2, MOBILEPAY)], profile: journalDayProfile(now, 7) });
    h.economic.settings({ voucherNumbers: 'split' });
    expect(inJournal()).toEqual([]);
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it('records both parts: day 1 sent as 1 is 1 (Dankort) and 2 (MobilePay); day 2 is sent as 3, after the 2 e-conomic used, and is 3 and 4', () => {
    expect(written(day1).answered).toEqual([
      { accountingYear: year, voucherNumber: 1, entries: [entry(day1, '9511–9512', 'Dankort')] },
      { accountingYear: year, voucherNumber: 2, entries: [entry(day1, '9511–9512', 'MobilePay')] },
    ]);
    expect(written(day2)).toMatchObject({ voucherNumber: 3 });
    expect(written(day2).answered?.map((v) => v.voucherNumber)).toEqual([3, 4]);
  });

  it("never puts one day's entries into another day's voucher", () => {
    // Each voucher in the journal holds one entry of one day.
    expect(inJournal().map((v) => [v.voucherNumber, v.entries.map((e) => [e.date, e.accountNumber])])).toEqual([
      [1, [[day1, 5821]]],
      [2, [[day1, 5820]]],
      [3, [[day2, 5821]]],
      [4, [[day2, 5820]]],
    ]);
    expect(dayRow(day1).state).toBe('done');
    expect(dayRow(day2).state).toBe('done');
  });

  it('names every part where the day is shown as booked, and in the accountant\'s mail', () => {
    const bookedAs = dayBookedAs(h.runtime.ledger, dayRow(day1))!;
    expect(bookedAs).toEqual({ journalNumber: 1, accountingYear: year, voucherNumber: 1, voucherNumbers: [1, 2] });
    const facts = { shop: 'Krusbutikken', day: day1, currency: 'DKK', bookedAs, orders: 2, refunds: 0, gross: '598,00 kr.', csvDecimal: 'comma' as const, firstNumber: '9511', lastNumber: '9512' };
    expect(ACCOUNTANT_MAIL_WORDS.da.subject(facts)).toContain('bilag 1 og 2, kassekladde 1');
    expect(ACCOUNTANT_MAIL_WORDS.en.paragraphs(facts).join('\n')).toContain(`voucher 1 and 2 in journal 1 (accounting year ${year})`);
  });

  it("attaches the day's order list to each of its parts", async () => {
    const sha = [await listSha(day1), await listSha(day1), await listSha(day2), await listSha(day2)];
    expect(inJournal().map((v) => v.attachment?.sha256)).toEqual(sha);
    expect(codes()).not.toContain('LB-7023');
    expect(codes()).not.toContain('LB-7024');
  });
});

describe('day vouchers on both sides of New Year', () => {
  // A voucher belongs to one accounting year, keyed `{accountingYear}-{voucherNumber}`, and its
  // entries' dates must lie in that year (else e-conomic rejects it, E04300). Synced on 3 January 2027
  // with journal 1 empty: 30 and 31 December are 2026's vouchers 1 and 2. New Year's Day goes to 2027
  // under the journal's next free number, one above the highest in the journal or on 2027's accounts:
  // 2026's 1 and 2 are still in the journal (nobody booked it), so 3, and no number is there twice.
  // (Once the journal is booked, 2027 starts at 1: test/main/engine/days/day-voucher.test.ts.)
  let h: Harness;
  const now = new Date('2027-01-03T12:00:00Z');
  const [dec30, dec31, jan1] = ['2026-12-30', '2026-12-31', '2027-01-01'];
  const { dayRow, written, inJournal } = helpers(() => h);

  beforeAll(async () => {
    h = await startHarness({ automatic: true, start: now, orders: [krusPaidWith(9521, dec30, DANKORT), krusPaidWith(9522, dec30, MOBILEPAY), krusPaidWith(9523, dec31, MOBILEPAY), krusPaidWith(9524, jan1, MOBILEPAY)], profile: journalDayProfile(now, 7) });
    expect(inJournal()).toEqual([]);
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it("books each day in its own date's accounting year: 2026's 1 and 2, then 2027's 3", () => {
    expect(written(dec30)).toMatchObject({ accountingYear: '2026', voucherNumber: 1 });
    expect(written(dec31)).toMatchObject({ accountingYear: '2026', voucherNumber: 2 });
    expect(written(jan1)).toMatchObject({ accountingYear: '2027', voucherNumber: 3 });
    expect(inJournal().map((v) => [v.accountingYear, v.voucherNumber, v.entries.map((e) => e.date)])).toEqual([
      ['2026', 1, [dec30, dec30]],
      ['2026', 2, [dec31]],
      ['2027', 3, [jan1]],
    ]);
    for (const day of [dec30, dec31, jan1]) expect(dayRow(day).state).toBe('done');
    expect(dayBookedAs(h.runtime.ledger, dayRow(jan1))).toEqual({ journalNumber: 1, accountingYear: '2027', voucherNumber: 3 });
  });

  it('sends nothing again at the next sync', async () => {
    await h.runtime.syncOnce();
    expect(h.economic.state().calls.byRoute[VOUCHERS]).toBe(3);
  });
});
