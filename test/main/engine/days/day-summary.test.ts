import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money, sum } from '../../../../shared/domain/money';
import { localDate } from '../../../../shared/domain/local-day';
import type { Runtime } from '../../../../main/runtime/runtime';
import { ConfigStore } from '../../../../main/settings';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import { krusOrder, krusSoldOn, unitRefund } from '../../../helpers/refund-cases';
import { calendarDaysAgo } from '../../../helpers/local-days';

/**
 * postingUnit "day" against the real sandboxes: the orders of a day that has closed in the
 * shop's time zone become one invoice to the collective customer, exactly once, whose gross is
 * the sum of the orders' totals; a business buyer keeps its own invoice; a day waits while one
 * of its orders is held and names it; a day that has not closed is not booked.
 *
 * Every order is the hand-worked Krus order of test/helpers/refund-cases.ts: 299.00 =
 * 2 × Krus (net 200.00 + VAT 50.00) + GLS shipping (net 39.20 + VAT 9.80).
 */

const ZONE = 'Europe/Copenhagen';
const DAY = 86_400_000;

type Json = Record<string, unknown>;

/** A Krus order sold at 11:00 UTC (noon or 13:00 in Copenhagen) on the given local date. */

async function admin(h: SandboxHarness, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${h.shop.url}/_sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
}

function dayInvoices(h: SandboxHarness, date: string): Array<{ gross: string; net: string; vat: string; heading: string; lines: Array<{ product: string; quantity: number; unitNetPrice: number }> }> {
  const docs = h.economic.state().booked as unknown as Array<Json & { references?: { other?: string }; notes?: { heading?: string }; lines?: Array<{ product?: { productNumber?: string }; quantity: number; unitNetPrice: number }> }>;
  return docs
    .filter((d) => d.references?.other === `lb-day:demo:${date}:DKK:domestic`)
    .map((d) => ({
      gross: money(dec(String(d.grossAmount))),
      net: money(dec(String(d.netAmount))),
      vat: money(dec(String(d.vatAmount))),
      heading: d.notes?.heading ?? '',
      lines: (d.lines ?? []).map((l) => ({ product: l.product?.productNumber ?? '', quantity: l.quantity, unitNetPrice: l.unitNetPrice })),
    }));
}

describe('daily summary booking (postingUnit "day")', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
  const day1 = calendarDaysAgo(3, now, ZONE);
  const day2 = calendarDaysAgo(2, now, ZONE);
  const today = localDate(now, ZONE);

  beforeAll(async () => {
    h = await startSandboxHarness({
      start: now,
      orders: [
        krusSoldOn(8001, day1),
        krusSoldOn(8002, day1),
        krusSoldOn(8003, day1),
        // A business buyer with a VAT number: its own invoice, not in the day.
        krusSoldOn(8004, day1, { billing: { ...(krusOrder('woocommerce', 8004).billing as Json), company: 'Café Nord ApS' }, meta_data: [{ id: 1, key: '_vat_number', value: 'DK12345678' }] }),
        krusSoldOn(8005, day2),
        // Paid with a method the profile has not mapped: held, so day 2 waits for it.
        krusSoldOn(8006, day2, { payment_method: 'vipps', payment_method_title: 'Vipps' }),
        krusSoldOn(8007, today, { date_created_gmt: now.toISOString().slice(0, 19), date_paid_gmt: now.toISOString().slice(0, 19), date_modified_gmt: now.toISOString().slice(0, 19) }),
      ],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * DAY).toISOString() } },
    });
    runtime = await h.open();
    walkSupervisedPeriod(runtime);
  }, 60_000);
  afterAll(async () => {
    runtime.close();
    await h.close();
  });

  it('books a closed day as one invoice to the collective customer whose gross is the sum of its orders: 3 × 299.00 = 897.00', async () => {
    await runtime.syncOnce();
    const [invoice, ...more] = dayInvoices(h, day1);
    expect(more).toHaveLength(0);
    // Sales 3 × 200.00 = 600.00 + 150.00 VAT; shipping 3 × 39.20 = 117.60 + 29.40 VAT.
    expect(invoice).toMatchObject({ gross: '897.00', net: '717.60', vat: '179.40' });
    expect(invoice.lines).toEqual([
      { product: 'DAGSSALG-25', quantity: 1, unitNetPrice: 600 },
      { product: 'FRAGT', quantity: 1, unitNetPrice: 117.6 },
    ]);
    expect(invoice.heading).toBe(`Dagsopgørelse ${day1}, ordre 8001–8003`);
    const booked = (h.economic.state().booked as unknown as Array<{ customer?: { customerNumber?: number }; references?: { other?: string } }>).find((d) => d.references?.other === `lb-day:demo:${day1}:DKK:domestic`);
    expect(booked?.customer?.customerNumber).toBe(1);
    for (const id of ['8001', '8002', '8003']) expect(runtime.ledger.orders.get(id)?.state).toBe('done');
  });

  it('gives the business buyer its own invoice of 299.00 and leaves it out of the day', () => {
    const own = (h.economic.state().booked as unknown as Array<{ grossAmount: number; references?: { other?: string } }>).filter((d) => d.references?.other === 'wc:8004');
    expect(own.map((d) => money(dec(String(d.grossAmount))))).toEqual(['299.00']);
    const day = runtime.ledger.days.find('demo', day1, 'DKK', 'domestic')!;
    expect(runtime.ledger.days.entries(day.id).map((e) => e.number)).toEqual(['8001', '8002', '8003']);
  });

  it('keeps the order list of the booked day, whose totals add up to the invoice', () => {
    const day = runtime.ledger.days.find('demo', day1, 'DKK', 'domestic')!;
    const rows = day.orderList!.trim().split('\r\n').map((r) => r.split(';'));
    expect(rows[0]).toEqual(['type', 'ordrenummer', 'dato', 'kunde', 'total', 'moms', 'betalingsmetode']);
    expect(rows.slice(1)).toEqual(['8001', '8002', '8003'].map((n) => ['ordre', n, day1, 'Mette Jensen', '299,00', '59,80', 'MobilePay']));
    expect(money(sum(rows.slice(1).map((r) => dec(r[4].replace(',', '.')))))).toBe('897.00');
  });

  it('does not book a day while one of its orders is held, and names the order', () => {
    expect(dayInvoices(h, day2)).toEqual([]);
    const day = runtime.ledger.days.find('demo', day2, 'DKK', 'domestic')!;
    expect(day.state).toBe('open');
    expect(day.reasonCode).toBe('LB-7020');
    const waiting = runtime.log.openProblems('demo').find((e) => e.code === 'LB-7020');
    expect(waiting?.params).toMatchObject({ date: day2, count: 1, orders: '8006' });
  });

  it('does not book the day that has not closed yet', () => {
    expect(dayInvoices(h, today)).toEqual([]);
    expect(runtime.ledger.orders.get('8007')?.state).toBe('in-day');
  });

  it('never books a day twice: a second sync writes nothing for it', async () => {
    const booked = h.economic.state().booked.length;
    await runtime.syncOnce();
    expect(dayInvoices(h, day1)).toHaveLength(1);
    expect(h.economic.state().booked).toHaveLength(booked);
    expect(h.economic.state().drafts).toEqual([]);
  });

  it('books the waiting day once its held order is fixed: 2 × 299.00 = 598.00', async () => {
    runtime.close();
    const store = new ConfigStore(h.dataDir);
    const profile = store.requireProfile('demo');
    store.saveProfile({ ...profile, paymentMethods: { ...profile.paymentMethods, vipps: { title: 'Vipps', paymentTermsNumber: 3 } } });
    runtime = await h.open();
    await runtime.syncOnce();
    expect(dayInvoices(h, day2).map((i) => i.gross)).toEqual(['598.00']);
    expect(runtime.log.openProblems('demo').filter((e) => e.code === 'LB-7020')).toEqual([]);
  });

  it('puts a refund of a booked day and an order that arrived after its day was booked into the first open day: 299.00 + 299.00 − 125.00 = 473.00', async () => {
    await admin(h, 'orders/8001/refunds', unitRefund('woocommerce', 8001));
    await admin(h, 'orders', krusSoldOn(8008, day1));
    await runtime.syncOnce();
    // Nothing more in day 1, no credit note: both wait in today's day.
    expect(dayInvoices(h, day1).map((i) => i.gross)).toEqual(['897.00']);
    expect(h.economic.state().booked.filter((d) => String((d.references as { other?: string } | undefined)?.other ?? '').includes(':refund:'))).toEqual([]);
    const open = runtime.ledger.days.find('demo', today, 'DKK', 'domestic')!;
    expect(runtime.ledger.days.entries(open.id).map((e) => [e.kind, e.number, e.gross])).toEqual([
      ['order', '8007', '299.00'],
      ['order', '8008', '299.00'],
      ['refund', '8001', '-125.00'],
    ]);

    h.clock.advanceDays(2);
    await runtime.syncOnce();
    const [invoice, ...more] = dayInvoices(h, today);
    expect(more).toHaveLength(0);
    // Sales 2 × 200.00, shipping 2 × 39.20, one Krus back: −100.00 net, −25.00 VAT.
    expect(invoice).toMatchObject({ gross: '473.00', net: '378.40', vat: '94.60' });
    expect(invoice.lines).toEqual([
      { product: 'DAGSSALG-25', quantity: 1, unitNetPrice: 400 },
      { product: 'FRAGT', quantity: 1, unitNetPrice: 78.4 },
      { product: 'DAGSSALG-25', quantity: -1, unitNetPrice: 100 },
    ]);
    expect(runtime.ledger.orders.get('8001')?.refundsPending).toBe(false);
  });

  it("lists the refund of an earlier day's order in the order list of the day it went into, so the list adds up to that day's invoice: 299,00 + 299,00 − 125,00 = 473,00", () => {
    const day = runtime.ledger.days.find('demo', today, 'DKK', 'domestic')!;
    const rows = day.orderList!.trim().split('\r\n').map((r) => r.split(';'));
    // 8008 was sold on day 1 (its own date), came after day 1 was booked; the refund of 8001 (one Krus: net 100.00 + VAT 25.00) was made today.
    expect(rows.slice(1)).toEqual([
      ['ordre', '8007', today, 'Mette Jensen', '299,00', '59,80', 'MobilePay'],
      ['ordre', '8008', day1, 'Mette Jensen', '299,00', '59,80', 'MobilePay'],
      ['refundering', '8001', today, 'Mette Jensen', '-125,00', '-25,00', 'MobilePay'],
    ]);
    expect(money(sum(rows.slice(1).map((r) => dec(r[4].replace(',', '.')))))).toBe('473.00');
  });
});
