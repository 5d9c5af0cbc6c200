import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../shared/domain/money';
import { calendarDaysAgo } from '../../helpers/local-days';
import { previewOrders } from '../../../main/operations/dry-run';
import { importPreview, runImport } from '../../../main/operations/import';
import { formatDryRun } from '../../../main/cli/format';
import { krusOrder } from '../../helpers/refund-cases';
import { bookedDocs, draftDocs, startHarness, type Harness } from '../moneyflows/harness';

/**
 * The dry run and the import with postingUnit "day": the dry run shows the day invoices the
 * orders would make (per day and currency, its lines, gross = the sum of its orders) and writes
 * nothing; the import books earlier orders as days — each closed day one invoice — while a
 * business buyer keeps its own invoice.
 *
 * Every order is the Krus order of test/helpers/refund-cases.ts: 299.00 = 2 × Krus (net 200.00
 * + VAT 50.00) + shipping (net 39.20 + VAT 9.80).
 */

const ZONE = 'Europe/Copenhagen';
const DAY_MS = 86_400_000;
type Json = Record<string, unknown>;

const now = new Date();
// By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
const dateAgo = (days: number) => calendarDaysAgo(days, now, ZONE);
const [dayA, dayB, dayC] = [dateAgo(20), dateAgo(19), dateAgo(18)];

function soldOn(n: number, date: string, changes: Json = {}): Json {
  const at = `${date}T11:00:00`;
  return { ...krusOrder('woocommerce', n), date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at, date_modified_gmt: at, ...changes };
}

const business = (n: number) => ({ billing: { ...(krusOrder('woocommerce', n).billing as Json), company: 'Café Nord ApS' }, meta_data: [{ id: 1, key: '_vat_number', value: 'DK12345678' }] });

describe('dry run and import with daily summaries', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      automatic: true,
      orders: [soldOn(7101, dayA), soldOn(7102, dayA), soldOn(7103, dayB), soldOn(7104, dayB), soldOn(7105, dayB), soldOn(7106, dayC), soldOn(7107, dayC, business(7107))],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 30 * DAY_MS).toISOString() } },
    });
  }, 60_000);
  afterAll(() => h.close());

  it('dry run: shows one invoice per day whose gross is the sum of its orders (598.00, 897.00, 299.00), and the business buyer its own', async () => {
    const result = await previewOrders(h.runtime, 20);
    expect(result.entries.map((e) => [e.orderNumber, e.day])).toEqual([
      ['7101', dayA],
      ['7102', dayA],
      ['7103', dayB],
      ['7104', dayB],
      ['7105', dayB],
      ['7106', dayC],
      ['7107', null],
    ]);
    expect(result.entries.find((e) => e.orderNumber === '7107')?.invoice?.shopTotal).toBe('299.00');
    expect(result.days.map((d) => [d.date, d.currency, d.orders, d.gross, d.closed, d.invoice?.predicted.gross])).toEqual([
      [dayA, 'DKK', 2, '598.00', true, '598.00'],
      [dayB, 'DKK', 3, '897.00', true, '897.00'],
      [dayC, 'DKK', 1, '299.00', true, '299.00'],
    ]);
    // Day B: 3 × 200.00 on the day product of 25 %, 3 × 39.20 shipping.
    expect(result.days[1].invoice?.lines.map((l) => [l.productNumber, l.quantity, l.unitNetPrice])).toEqual([
      ['DAGSSALG-25', '1', '600.00'],
      ['FRAGT', '1', '117.60'],
    ]);
    const text = formatDryRun(result, 'en', ZONE);
    expect(text).toContain(`Order 7101 (completed) → goes into the daily summary of ${dayA}`);
    expect(text).toContain(`Daily summary ${dayB} (DKK): 3 orders, 0 refunds · the day has closed: the next sync invoices it`);
    expect(h.economic.state().drafts).toEqual([]);
    expect(h.economic.state().booked).toEqual([]);
  });

  it('import preview: 7 orders would transfer, 6 of them into 3 day invoices of 6 × 299.00 = 1794.00', async () => {
    const preview = await importPreview(h.runtime, { from: dateAgo(25) });
    expect(preview).toMatchObject({ total: 7, wouldTransfer: 7, wouldFail: [], days: { orders: 6, invoices: 3, totals: [{ currency: 'DKK', gross: '1794.00' }] } });
    expect(h.runtime.ledger.days.list(h.runtime.profile.name, 10).total).toBe(0);
  });

  it('import: books each closed day once as its own invoice and the business buyer on an invoice of its own', async () => {
    const summary = await runImport(h.runtime, { from: dateAgo(25) });
    expect(summary.state).toBe('done');
    const name = h.runtime.profile.name;
    const gross = (reference: string) => bookedDocs(h.economic).filter((d) => d.references?.other === reference).map((d) => money(dec(String(d.grossAmount))));
    expect(gross(`lb-day:${name}:${dayA}:DKK:domestic`)).toEqual(['598.00']);
    expect(gross(`lb-day:${name}:${dayB}:DKK:domestic`)).toEqual(['897.00']);
    expect(gross(`lb-day:${name}:${dayC}:DKK:domestic`)).toEqual(['299.00']);
    expect(gross('wc:7107')).toEqual(['299.00']);
    expect(bookedDocs(h.economic)).toHaveLength(4);
    expect(draftDocs(h.economic)).toEqual([]);
  });
});

describe('a paused import with daily summaries', () => {
  // Two orders on day D (2 × 299.00 = 598.00) and one on day E (299.00), both days closed.
  const [dayD, dayE] = [dateAgo(12), dateAgo(11)];
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      automatic: true,
      orders: [soldOn(7201, dayD), soldOn(7202, dayD), soldOn(7203, dayE)],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 30 * DAY_MS).toISOString() } },
    });
  }, 60_000);
  afterAll(() => h.close());

  const dayInvoices = () => [...bookedDocs(h.economic), ...draftDocs(h.economic)].filter((d) => d.references?.other?.startsWith('lb-day:'));

  it('books no day while paused, as the rest of a day may be unread; resumed, books each day once', async () => {
    const pause = new AbortController();
    const paused = await runImport(h.runtime, { from: dateAgo(15), signal: pause.signal, onProgress: () => pause.abort() });
    expect(paused.state).toBe('paused');
    // The orders read before the pause wait in their open days, and nothing went to e-conomic.
    const days = h.runtime.ledger.days.list(h.runtime.profile.name, 10).items;
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d.state === 'open')).toBe(true);
    expect(dayInvoices()).toEqual([]);

    const resumed = await runImport(h.runtime, { from: dateAgo(15) });
    expect(resumed.state).toBe('done');
    const name = h.runtime.profile.name;
    const gross = (reference: string) => bookedDocs(h.economic).filter((d) => d.references?.other === reference).map((d) => money(dec(String(d.grossAmount))));
    expect(gross(`lb-day:${name}:${dayD}:DKK:domestic`)).toEqual(['598.00']);
    expect(gross(`lb-day:${name}:${dayE}:DKK:domestic`)).toEqual(['299.00']);
    expect(dayInvoices()).toHaveLength(2);
  });
});
