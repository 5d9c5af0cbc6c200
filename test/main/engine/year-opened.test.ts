import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeProblem } from '../../../shared/errors';
import { krusOrder } from '../../helpers/refund-cases';
import { bookedDocs, draftDocs, startHarness, type Harness } from '../moneyflows/harness';

/**
 * Invoices per order, booked automatically, across the turn of the year, against the real
 * sandboxes. The shop is in Copenhagen (UTC+1 in winter); an invoice's date is the Danish date
 * the order was paid, and that date decides its accounting year. Krus orders (299.00):
 * - 7001 paid 31 Dec 22:30 UTC = 23:30 Copenhagen → invoice date 2026-12-31, year 2026
 * - 7002 paid 31 Dec 23:30 UTC = 00:30 Copenhagen → invoice date 2027-01-01, year 2027
 * - 7003 paid  1 Jan 08:00 UTC                    → invoice date 2027-01-01, year 2027
 */

type Json = Record<string, unknown>;
const Y2026 = { year: '2026', fromDate: '2026-01-01', toDate: '2026-12-31' };
const Y2027 = { year: '2027', fromDate: '2027-01-01', toDate: '2027-12-31' };
const BOOK = 'POST /invoices/booked';
const paidAt = (n: number, iso: string): Json => ({ ...krusOrder('woocommerce', n), date_created_gmt: iso, date_paid_gmt: iso, date_completed_gmt: iso, date_modified_gmt: iso });
const ORDERS = [paidAt(7001, '2026-12-31T22:30:00'), paidAt(7002, '2026-12-31T23:30:00'), paidAt(7003, '2027-01-01T08:00:00')];

const state = (h: Harness, id: string) => h.runtime.ledger.orders.get(id)?.state;
const invoices = (h: Harness) => bookedDocs(h.economic).map((d) => `${d.references?.other} ${d.date}`).sort();
const calls = (h: Harness, route: string) => h.economic.state().calls.byRoute[route] ?? 0;
const openYearProblems = (h: Harness) => h.runtime.log.openProblems().filter((e) => e.code === 'LB-3002');

async function shopOnNewYearsDay(years: Array<typeof Y2026 & { closed?: boolean }>): Promise<Harness> {
  const h = await startHarness({ automatic: true, start: new Date('2027-01-01T09:00:00Z'), orders: ORDERS });
  h.economic.settings({ accountingYears: years });
  return h;
}

describe('January orders before the accountant has created 2027', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await shopOnNewYearsDay([Y2026]);
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it('books 7001 (23:30 on New Year’s Eve in Copenhagen) into 2026, dated 31 December', () => {
    expect(invoices(h)).toEqual(['wc:7001 2026-12-31']);
    expect(state(h, '7001')).toBe('done');
  });

  it('keeps the January orders as drafts dated 1 January (nothing lost) and tells the owner why, in Danish and English, with the fix', () => {
    expect(draftDocs(h.economic).map((d) => `${d.references?.other} ${d.date}`).sort()).toEqual(['wc:7002 2027-01-01', 'wc:7003 2027-01-01']);
    expect(state(h, '7002')).toBe('needs-attention');
    expect(state(h, '7003')).toBe('needs-attention');
    const problem = openYearProblems(h).find((e) => e.params.orderNumber === '7002')!;
    expect(problem.params).toEqual({ orderNumber: '7002', date: '2027-01-01' });
    const da = describeProblem('LB-3002', problem.params, 'da');
    const en = describeProblem('LB-3002', problem.params, 'en');
    // On 1 January the year is not closed but not there yet: the title says both.
    expect(da.title).toBe('Regnskabsåret er lukket eller ikke oprettet');
    expect(en.title).toBe('Accounting year closed or not created');
    expect(da.message).toBe('Ordre 7002 har fakturadato 2027-01-01, men regnskabsåret for den dato er lukket eller findes ikke i e-conomic.');
    expect(en.message).toBe('Order 7002 has the invoice date 2027-01-01, but the accounting year for that date is closed or does not exist in e-conomic.');
    expect(en.fix).toContain('Settings → All settings → Accounting years');
    expect(en.fix).toContain('LedgerBridge then books the order by itself at the next sync');
    expect(da.fix).toContain('Så bogfører LedgerBridge ordren selv ved næste synkronisering');
  });

  it('tries no booking again while 2027 does not exist', async () => {
    const before = calls(h, BOOK);
    await h.runtime.syncOnce();
    expect(calls(h, BOOK)).toBe(before);
    expect(state(h, '7002')).toBe('needs-attention');
  });

  it('books the January orders by themselves, dated 1 January, once the accountant creates 2027, without a Retry per order', async () => {
    h.economic.settings({ accountingYears: [Y2026, Y2027] });
    await h.runtime.syncOnce();
    expect(invoices(h)).toEqual(['wc:7001 2026-12-31', 'wc:7002 2027-01-01', 'wc:7003 2027-01-01']);
    expect(draftDocs(h.economic)).toEqual([]);
    expect(state(h, '7002')).toBe('done');
    expect(state(h, '7003')).toBe('done');
    expect(openYearProblems(h)).toEqual([]);
  });
});

describe('a late December order when the accountant has already closed 2026', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await shopOnNewYearsDay([{ ...Y2026, closed: true }, Y2027]);
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it('is not booked into the closed year, nor moved into 2027: it waits with LB-3002 naming 31 December', () => {
    expect(invoices(h)).toEqual(['wc:7002 2027-01-01', 'wc:7003 2027-01-01']);
    expect(state(h, '7001')).toBe('needs-attention');
    expect(openYearProblems(h).map((e) => e.params)).toEqual([{ orderNumber: '7001', date: '2026-12-31' }]);
  });

  it('is booked into 2026, dated 31 December, once the accountant reopens the year', async () => {
    h.economic.settings({ accountingYears: [Y2026, Y2027] });
    await h.runtime.syncOnce();
    expect(invoices(h)).toEqual(['wc:7001 2026-12-31', 'wc:7002 2027-01-01', 'wc:7003 2027-01-01']);
    expect(state(h, '7001')).toBe('done');
    expect(openYearProblems(h)).toEqual([]);
  });
});

describe('on 8 December, with 2027 not created in e-conomic', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ start: new Date('2026-12-08T09:00:00Z'), orders: [] });
    h.economic.settings({ accountingYears: [Y2026] });
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  const yearEndWarnings = () => h.runtime.log.openProblems().filter((e) => e.code === 'LB-3013');

  it('warns the owner before New Year, with what to do in e-conomic', () => {
    const [warning, ...more] = yearEndWarnings();
    expect(more).toEqual([]);
    expect(warning.params).toEqual({ date: '2026-12-31' });
    const da = describeProblem('LB-3013', warning.params, 'da');
    const en = describeProblem('LB-3013', warning.params, 'en');
    expect(da.title).toBe('Næste regnskabsår er ikke oprettet');
    expect(en.title).toBe('The next accounting year is not created');
    expect(en.fix).toContain('Settings → All settings → Accounting years');
    expect(da.fix).toContain('Indstillinger → Alle indstillinger → Regnskabsår');
  });

  it('reads the years once a day while all is well, and resolves the warning at the next sync once 2027 is created', async () => {
    h.economic.settings({ accountingYears: [Y2026, Y2027] });
    await h.runtime.syncOnce();
    expect(yearEndWarnings()).toEqual([]);
    const reads = calls(h, 'GET /accounting-years');
    expect(reads).toBeGreaterThan(0);
    await h.runtime.syncOnce();
    expect(calls(h, 'GET /accounting-years')).toBe(reads);
  });
});
