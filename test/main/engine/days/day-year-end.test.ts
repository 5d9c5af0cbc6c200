import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krusPaidWith } from '../../../helpers/refund-cases';
import { CLEARING_ACCOUNTS } from '../../../helpers/day-summary-shop';
import { admin, bookedDocs, startHarness, type Harness } from '../../moneyflows/harness';

/**
 * Days across the turn of the year (postingUnit "day"), against the real sandboxes, the shop in
 * Copenhagen (UTC+1 in winter). Three MobilePay Krus orders (299.00 each):
 * - 7101 paid 30 Dec 12:00 UTC                      → day 2026-12-30
 * - 7102 paid 31 Dec 22:30 UTC = 23:30 Copenhagen   → day 2026-12-31
 * - 7103 paid 31 Dec 23:30 UTC = 00:30 Copenhagen   → day 2027-01-01
 * A day closes at the next local midnight plus the 60 minutes' grace: 31 December at 1 January
 * 01:00 local, 1 January at 2 January 01:00 local. The first sync runs 1 January 02:30 local.
 */

const Y2026 = { year: '2026', fromDate: '2026-01-01', toDate: '2026-12-31' };
const Y2027 = { year: '2027', fromDate: '2027-01-01', toDate: '2027-12-31' };
const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const paidAt = (n: number, iso: string) => krusPaidWith(n, iso.slice(0, 10), MOBILEPAY, { date_created_gmt: iso, date_paid_gmt: iso, date_completed_gmt: iso, date_modified_gmt: iso });
const ORDERS = [paidAt(7101, '2026-12-30T12:00:00'), paidAt(7102, '2026-12-31T22:30:00'), paidAt(7103, '2026-12-31T23:30:00')];
const FIRST_SYNC = new Date('2027-01-01T01:30:00Z');
/** Day invoices: MobilePay's payments registered per day in journal 2, against its clearing account 5820. */
const PAYMENTS_IN_JOURNAL_2 = { mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } } };

async function yearEndShop(dayBooking: 'invoice' | 'journal', years: Array<typeof Y2026 & { closed?: boolean }>): Promise<Harness> {
  const h = await startHarness({
    automatic: true,
    start: FIRST_SYNC,
    orders: ORDERS,
    profile: { postingUnit: 'day', dayBooking, dayJournalNumber: 1, sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: '2026-12-01T00:00:00Z' }, paymentMethods: dayBooking === 'journal' ? CLEARING_ACCOUNTS : PAYMENTS_IN_JOURNAL_2 },
  });
  h.economic.settings({ accountingYears: years });
  return h;
}

/** Moves the engine's clock and e-conomic's on together, as on a real machine. */
function advance(h: Harness, days: number): void {
  h.clock.advanceDays(days);
  h.economic.settings({ now: h.clock.now().toISOString() });
}

const dayRow = (h: Harness, day: string) => h.runtime.ledger.days.find(h.runtime.profile.name, day, 'DKK', 'domestic');
const openYearProblems = (h: Harness) => h.runtime.log.openProblems().filter((e) => e.code === 'LB-3002');

describe.each(['invoice', 'journal'] as const)('days as %s when 2027 is not created yet', (dayBooking) => {
  let h: Harness;
  beforeAll(async () => {
    h = await yearEndShop(dayBooking, [Y2026]);
  }, 60_000);
  afterAll(() => h.close());

  it('books 30 and 31 December into 2026, 7102 (23:30 Copenhagen) on 31 December, and keeps 1 January open', async () => {
    await h.runtime.syncOnce();
    expect(dayRow(h, '2026-12-30')?.state).toBe('done');
    expect(dayRow(h, '2026-12-31')?.state).toBe('done');
    expect(h.runtime.ledger.days.entries(dayRow(h, '2026-12-31')!.id).map((e) => e.number)).toEqual(['7102']);
    expect(h.runtime.ledger.days.entries(dayRow(h, '2027-01-01')!.id).map((e) => e.number)).toEqual(['7103']);
    expect(dayRow(h, '2027-01-01')?.state).toBe('open');
  });

  it('lets 1 January wait once it closes, telling the owner which orders and which date, in no journal words', async () => {
    advance(h, 1);
    await h.runtime.syncOnce();
    expect(dayRow(h, '2027-01-01')?.state).not.toBe('done');
    expect(dayRow(h, '2027-01-01')?.reasonCode).toBe('LB-3002');
    expect(openYearProblems(h).map((e) => e.params)).toEqual([{ orderNumber: '7103 (2027-01-01)', date: '2027-01-01' }]);
  });

  it('books 1 January by itself once the accountant creates 2027, and the problem is no longer open', async () => {
    h.economic.settings({ accountingYears: [Y2026, Y2027] });
    await h.runtime.syncOnce();
    expect(dayRow(h, '2027-01-01')?.state).toBe('done');
    expect(openYearProblems(h)).toEqual([]);
  });

  it("puts each day's voucher in its own date's year: the days' own vouchers (journal 1), or the day invoices' payments (journal 2)", async () => {
    await h.runtime.syncOnce();
    const vouchers = h.economic.state().vouchers as unknown as Array<{ journalNumber: number; accountingYear: string; entries: Array<{ date: string }> }>;
    const journal = dayBooking === 'journal' ? 1 : 2;
    expect(vouchers.filter((v) => v.journalNumber === journal).map((v) => `${v.accountingYear} ${[...new Set(v.entries.map((e) => e.date))].join(' ')}`)).toEqual(['2026 2026-12-30', '2026 2026-12-31', '2027 2027-01-01']);
  });
});

describe('days as journal vouchers when the accountant closed 2026 before 31 December was booked', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await yearEndShop('journal', [{ ...Y2026, closed: true }, Y2027]);
  }, 60_000);
  afterAll(() => h.close());

  it('sends no voucher into the closed year and names the day: 7102 (2026-12-31)', async () => {
    await h.runtime.syncOnce();
    expect(h.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers'] ?? 0).toBe(0);
    expect(dayRow(h, '2026-12-31')?.reasonCode).toBe('LB-3002');
    expect(openYearProblems(h).map((e) => e.params).sort((a, b) => String(a.date).localeCompare(String(b.date)))).toEqual([
      { orderNumber: '7101 (2026-12-30)', date: '2026-12-30' },
      { orderNumber: '7102 (2026-12-31)', date: '2026-12-31' },
    ]);
  });
});

describe('a day invoice whose year the accountant closed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await yearEndShop('invoice', [{ ...Y2026, closed: true }, Y2027]);
  }, 60_000);
  afterAll(() => h.close());

  it('is not booked into 2026, and the owner is told the orders and the date, not "day:2026-12-31:DKK:domestic"', async () => {
    await h.runtime.syncOnce();
    expect(bookedDocs(h.economic)).toEqual([]);
    expect(dayRow(h, '2026-12-31')?.reasonCode).toBe('LB-3002');
    const named = openYearProblems(h).map((e) => e.params.orderNumber).sort();
    expect(named).toEqual(['7101 (2026-12-30)', '7102 (2026-12-31)']);
  });

  it('books the December days into 2026 once the accountant reopens it, each on its own date', async () => {
    h.economic.settings({ accountingYears: [Y2026, Y2027] });
    advance(h, 0);
    await h.runtime.syncOnce();
    expect(bookedDocs(h.economic).map((d) => d.date).sort()).toEqual(['2026-12-30', '2026-12-31']);
    expect(openYearProblems(h)).toEqual([]);
  });
});


describe('a sale of 31 December that reaches its transfer stage (completed) only on 2 January', () => {
  // orderStages "completed": 7201 is paid 31 Dec 12:00 UTC but completed on 2 January, after 31
  // December's day was booked. A late order goes into the first open day — here 2 January, in
  // 2027 — which would book a sale of 2026 as revenue of 2027. It gets an invoice of its own,
  // dated its sale day (as every order invoiced on its own is), in 2026. 7203, paid 30 Dec and
  // completed 31 Dec after 30 December was booked, stays in the year: it joins 31 December's day.
  let h: Harness;
  const processing = (n: number, paid: string) => ({ ...paidAt(n, paid), status: 'processing', date_completed_gmt: null });
  const completed = (n: number, paid: string, at: string) => ({ ...paidAt(n, paid), status: 'completed', date_completed_gmt: at, date_modified_gmt: at });
  beforeAll(async () => {
    h = await startHarness({
      automatic: true,
      start: new Date('2026-12-31T14:00:00Z'),
      orders: [processing(7201, '2026-12-31T12:00:00'), processing(7203, '2026-12-30T12:00:00'), completed(7202, '2026-12-31T12:30:00', '2026-12-31T12:30:00'), completed(7204, '2026-12-30T09:00:00', '2026-12-30T09:00:00')],
      profile: { orderStages: ['completed'], postingUnit: 'day', dayBooking: 'journal', dayJournalNumber: 1, sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: '2026-12-01T00:00:00Z' }, paymentMethods: CLEARING_ACCOUNTS },
    });
    h.economic.settings({ accountingYears: [Y2026, Y2027], now: '2026-12-31T14:00:00Z' });
    // 31 Dec 15:00 local: 30 December is booked; 7203 is completed now and joins 31 December.
    await h.runtime.syncOnce();
    await admin(h.shop.url, 'orders', completed(7203, '2026-12-30T12:00:00', '2026-12-31T14:00:00'));
    await h.runtime.syncOnce();
    // 2 January: 31 December is booked; 7201 is completed now.
    advance(h, 2);
    await h.runtime.syncOnce();
    await admin(h.shop.url, 'orders', completed(7201, '2026-12-31T12:00:00', '2027-01-02T13:00:00'));
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it('invoices 7201 on its own, dated 31 December, in 2026 — not in 2 January’s day', () => {
    expect(bookedDocs(h.economic).map((d) => `${d.references?.other} ${d.date} ${d.grossAmount.toFixed(2)}`)).toEqual(['wc:7201 2026-12-31 299.00']);
    expect(h.runtime.ledger.orders.get('7201')?.state).toBe('done');
    expect(h.runtime.ledger.days.entryOf(h.runtime.profile.name, 'order', '7201')).toBeNull();
  });

  it('keeps a late order within the year in the summaries: 7203 (paid 30 Dec) in 31 December’s day', () => {
    expect(h.runtime.ledger.days.entries(dayRow(h, '2026-12-31')!.id).map((e) => e.number).sort()).toEqual(['7202', '7203']);
    expect(h.runtime.ledger.days.entries(dayRow(h, '2026-12-30')!.id).map((e) => e.number)).toEqual(['7204']);
  });
});
