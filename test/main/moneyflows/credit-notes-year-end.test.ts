import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krusOrder, unitRefund } from '../../helpers/refund-cases';
import { admin, bookedDocs, draftDocs, startHarness, type Harness } from './harness';

/**
 * A refund in January of an order sold in December, booked automatically per order, against the
 * real sandboxes. By Danish bookkeeping a refund belongs to the date it happens: the credit note
 * is dated the Danish date of the refund and lies in that date's accounting year, whatever the
 * year of the invoice it credits.
 *
 * The Krus order 7001 (299.00) is paid 31 Dec 22:30 UTC = 23:30 Copenhagen: invoice 2026-12-31.
 * One Krus is refunded 2 Jan 08:00 UTC = 09:00 Copenhagen: a credit note of −125.00 dated 2027-01-02.
 */

type Json = Record<string, unknown>;
const Y2026 = { year: '2026', fromDate: '2026-01-01', toDate: '2026-12-31' };
const Y2027 = { year: '2027', fromDate: '2027-01-01', toDate: '2027-12-31' };
const BOOK = 'POST /invoices/booked';
const paidAt = (n: number, iso: string): Json => ({ ...krusOrder('woocommerce', n), date_created_gmt: iso, date_paid_gmt: iso, date_completed_gmt: iso, date_modified_gmt: iso });

const documents = (docs: Array<{ references?: { other?: string }; date: string; grossAmount: number }>) => docs.map((d) => `${d.references?.other?.replace(/refund:.*/, 'refund')} ${d.date} ${d.grossAmount.toFixed(2)}`).sort();
const calls = (h: Harness, route: string) => h.economic.state().calls.byRoute[route] ?? 0;
const openYearProblems = (h: Harness) => h.runtime.log.openProblems().filter((e) => e.code === 'LB-3002');

async function refundedOnJanuary2(h: Harness): Promise<void> {
  await admin(h.shop.url, 'orders/7001/refunds', { ...unitRefund('woocommerce', 7001), date_created_gmt: '2027-01-02T08:00:00' });
}

describe('a refund on 2 January, before the accountant has created 2027', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ automatic: true, start: new Date('2027-01-02T09:00:00Z'), orders: [paidAt(7001, '2026-12-31T22:30:00')] });
    h.economic.settings({ accountingYears: [Y2026] });
    await h.runtime.syncOnce();
    await refundedOnJanuary2(h);
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it('leaves the credit note as a draft dated 2 January, not booked into 2026, and tells the owner', () => {
    expect(documents(bookedDocs(h.economic))).toEqual(['wc:7001 2026-12-31 299.00']);
    expect(documents(draftDocs(h.economic))).toEqual(['wc:7001:refund 2027-01-02 -125.00']);
    expect(openYearProblems(h).map((e) => e.params)).toEqual([{ orderNumber: '7001', date: '2027-01-02' }]);
  });

  it('tries no booking again while 2027 does not exist', async () => {
    const before = calls(h, BOOK);
    await h.runtime.syncOnce();
    expect(calls(h, BOOK)).toBe(before);
  });

  it('books the credit note by itself, dated 2 January in 2027, once the accountant creates the year', async () => {
    h.economic.settings({ accountingYears: [Y2026, Y2027] });
    await h.runtime.syncOnce();
    expect(documents(bookedDocs(h.economic))).toEqual(['wc:7001 2026-12-31 299.00', 'wc:7001:refund 2027-01-02 -125.00']);
    expect(draftDocs(h.economic)).toEqual([]);
    expect(openYearProblems(h)).toEqual([]);
  });

  it('books it once: the next sync writes nothing', async () => {
    const before = calls(h, BOOK);
    await h.runtime.syncOnce();
    expect(calls(h, BOOK)).toBe(before);
    expect(bookedDocs(h.economic)).toHaveLength(2);
  });
});

describe('a refund on 2 January after the accountant closed 2026', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ automatic: true, start: new Date('2027-01-02T09:00:00Z'), orders: [paidAt(7001, '2026-12-31T22:30:00')] });
    h.economic.settings({ accountingYears: [Y2026, Y2027] });
    await h.runtime.syncOnce();
    h.economic.settings({ accountingYears: [{ ...Y2026, closed: true }, Y2027] });
    await refundedOnJanuary2(h);
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it('is credited in 2027 on the day it happened, though the invoice it credits lies in the closed 2026', () => {
    expect(documents(bookedDocs(h.economic))).toEqual(['wc:7001 2026-12-31 299.00', 'wc:7001:refund 2027-01-02 -125.00']);
    expect(openYearProblems(h)).toEqual([]);
  });
});
