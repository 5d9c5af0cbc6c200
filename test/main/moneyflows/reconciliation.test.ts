import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money, sum } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { startEconomicSandbox } from '../../../main/sandbox/economic';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { processRefunds } from '../../../main/moneyflows/credit-notes';
import { reconcile, type ReconciliationReport } from '../../../main/moneyflows/reconciliation';
import { formatReport, toCsv } from '../../../main/moneyflows/reconciliation-format';
import { admin, startHarness, type Harness } from './harness';
import { wooAmountRefund } from './refund-fixtures';

/**
 * A month of sandbox orders synced by the engine, then deliberately broken in known ways;
 * the reconciliation must find exactly those and nothing else.
 */

type Json = Record<string, unknown>;
const MONTH = { from: '2026-10-01', to: '2026-10-31' };
const orders = generateWooOrders({ count: 200, seed: 11, start: new Date('2026-10-01T06:00:00Z') });
const transferred = orders.filter((o) => o.status === 'processing' || o.status === 'completed');
const [changed, duplicated, credited, uncredited] = transferred.slice(10, 14);
const lateOrder = generateWooOrders({ count: 1, seed: 99, firstId: 9001, start: new Date('2026-10-20T08:00:00Z') }).map((o): Json => ({ ...o, status: 'processing' }))[0];

let h: Harness;
let stateDir: string;
let report: ReconciliationReport;
let shopOrders: Order[];

async function pollShop(): Promise<Order[]> {
  const out: Order[] = [];
  for await (const page of (await h.runtime.shop()).pollChanged(null)) out.push(...page.orders.map((n) => n.order));
  return out;
}

/** Changes a booked invoice's amount in the e-conomic sandbox's own store (stop, edit the saved state, start again). */
async function changeBookedGross(bookedNumber: number, delta: string): Promise<void> {
  const file = join(stateDir, 'economic.json');
  const port = Number(new URL(h.economic.url).port);
  await h.economic.close();
  const state = JSON.parse(readFileSync(file, 'utf8')) as { booked: Array<{ bookedInvoiceNumber: number; totals: Record<string, string> }> };
  const record = state.booked.find((b) => b.bookedInvoiceNumber === bookedNumber)!;
  record.totals.grossAmount = money(dec(record.totals.grossAmount).plus(delta));
  writeFileSync(file, JSON.stringify(state));
  h.economic = await startEconomicSandbox({ port, persistFile: file, appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken, agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken });
}

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'lb-reconcile-'));
  h = await startHarness({ orders, automatic: true, profile: { rules: [] }, economic: { persistFile: join(stateDir, 'economic.json') } });
  const summary = await h.runtime.syncOnce();
  expect(summary.booked).toBe(transferred.length);
  const ctx = await h.runtime.context();
  const bookedNumber = (o: Json) => h.runtime.ledger.orders.get(String(o.id))!.bookedNumber!;

  // 1. an order that reached "processing" after the last sync: in the shop, not in e-conomic
  await admin(h.shop.url, 'orders', lateOrder);
  // 2. a booked invoice whose amount was changed in e-conomic
  await changeBookedGross(bookedNumber(changed), '10.00');
  // 3. the same order booked a second time (someone created it by hand with our reference)
  const original = (await ctx.client.getBookedInvoice(bookedNumber(duplicated)))!;
  const copy = await ctx.client.createDraftInvoice(
    {
      date: original.date,
      currency: original.currency,
      customer: { customerNumber: original.customer.customerNumber },
      paymentTerms: { paymentTermsNumber: original.paymentTerms.paymentTermsNumber },
      layout: { layoutNumber: original.layout!.layoutNumber },
      recipient: { name: original.recipient.name, vatZone: { vatZoneNumber: original.recipient.vatZone.vatZoneNumber } },
      references: { other: `wc:${String(duplicated.id)}` },
      lines: [{ lineNumber: 1, product: { productNumber: 'FRAGT' }, description: 'Fragt', quantity: 1, unitNetPrice: 31.2 }],
    } as never,
    'test-duplicate',
  );
  await ctx.client.bookDraftInvoice(copy.draftInvoiceNumber, 'test-duplicate-book');
  // 4. a refund credited by a credit note (matches), and one not credited yet (missing)
  await admin(h.shop.url, `orders/${String(credited.id)}/refunds`, wooAmountRefund('25.00', 'Kompensation', '2026-10-25T10:00:00'));
  await admin(h.shop.url, `orders/${String(uncredited.id)}/refunds`, wooAmountRefund('40.00', 'Kompensation', '2026-10-26T10:00:00'));
  await h.reopen(); // a fresh context against the restarted e-conomic
  shopOrders = await pollShop();
  const creditedOrder = shopOrders.find((o) => o.id === String(credited.id))!;
  expect(await processRefunds(await h.runtime.context(), creditedOrder)).toEqual({ created: 1, booked: 1, settled: true });

  report = await reconcile({ ledger: h.runtime.ledger, client: await h.runtime.economic(), profile: h.runtime.profile }, { ...MONTH, groupBy: 'month', shopOrders });
}, 60_000);

afterAll(async () => {
  await h.close();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('reconciliation over a sandbox month', () => {
  it('finds the order missing in e-conomic and the refund without a credit note', () => {
    expect(report.missing.map((m) => [m.kind, m.orderId, m.refundId ?? null])).toEqual(
      [
        ['credit-note', String(uncredited.id), shopOrders.find((o) => o.id === String(uncredited.id))!.refunds[0].id],
        ['invoice', String(lateOrder.id), null],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]), 'da', { numeric: true })),
    );
  });

  it('finds the booked invoice whose amount differs from the shop', () => {
    expect(report.differing).toHaveLength(1);
    expect(report.differing[0]).toMatchObject({ kind: 'invoice', orderId: String(changed.id), difference: '-10.00' });
  });

  it('finds the order booked twice', () => {
    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0]).toMatchObject({ reference: `wc:${String(duplicated.id)}`, drafts: [] });
    expect(report.duplicates[0].booked).toHaveLength(2);
    expect(report.unexpected).toEqual([]);
  });

  it('totals the month: everything else matches, the credit note offsets its refund', () => {
    expect(report.periods).toHaveLength(1);
    const [month] = report.periods;
    expect(month).toMatchObject({ period: '2026-10', currency: 'DKK' });
    expect(month.shop.count).toBe(transferred.length + 1);
    expect(month.invoiced.count).toBe(transferred.length);
    expect(month.credited).toEqual({ count: 1, total: '-25.00' });
    expect(month.refunded).toEqual({ count: 2, total: '65.00' });
    const lateTotal = dec(String(lateOrder.total));
    // missing order + (−10 changed) − the uncredited refund
    expect(month.difference).toBe(money(lateTotal.minus('10.00').minus('40.00')));
    const shopTotal = sum(shopOrders.filter((o) => transferred.some((t) => String(t.id) === o.id) || o.id === String(lateOrder.id)).map((o) => dec(o.totals.total)));
    expect(month.shop.total).toBe(money(shopTotal));
    expect(report.matches).toBe(false);
  });

  it('by day, the days add up to the month', async () => {
    const daily = await reconcile({ ledger: h.runtime.ledger, client: await h.runtime.economic(), profile: h.runtime.profile }, { ...MONTH, groupBy: 'day', shopOrders });
    expect(daily.periods.length).toBeGreaterThan(5);
    expect(daily.periods.every((p) => /^2026-10-\d{2}$/.test(p.period))).toBe(true);
    expect(money(sum(daily.periods.map((p) => dec(p.difference))))).toBe(report.periods[0].difference);
    expect(daily.totals).toEqual(report.totals);
  });

  it('flags a booked invoice that carries our reference for an order nobody knows', async () => {
    const ctx = await h.runtime.context();
    const stranger = await ctx.client.createDraftInvoice(
      {
        date: '2026-10-15',
        currency: 'DKK',
        customer: { customerNumber: 1 },
        paymentTerms: { paymentTermsNumber: 1 },
        layout: { layoutNumber: 19 },
        recipient: { name: 'Ukendt', vatZone: { vatZoneNumber: 1 } },
        references: { other: 'wc:777777' },
        lines: [{ lineNumber: 1, product: { productNumber: 'FRAGT' }, description: 'Fragt', quantity: 1, unitNetPrice: 10 }],
      } as never,
      'test-stranger',
    );
    const booked = await ctx.client.bookDraftInvoice(stranger.draftInvoiceNumber, 'test-stranger-book');
    const again = await reconcile({ ledger: h.runtime.ledger, client: ctx.client, profile: h.runtime.profile }, { ...MONTH, groupBy: 'month', shopOrders });
    expect(again.unexpected).toEqual([{ invoiceNumber: booked.bookedInvoiceNumber, reference: 'wc:777777', date: '2026-10-15', currency: 'DKK', gross: '12.50' }]);
  });

  it('exports CSV with semicolons and a decimal comma, and a readable Danish summary', () => {
    const csv = toCsv(report);
    const [header, month] = csv.split('\r\n');
    expect(header.split(';')).toContain('invoiced_total');
    expect(month.startsWith('2026-10;DKK;')).toBe(true);
    expect(month).toMatch(/;\d+,\d{2};/);
    expect(csv).toContain(`differing-invoice;${String(changed.id)};`);
    expect(toCsv(report, { decimal: 'point' })).toMatch(/;\d+\.\d{2};/);
    const text = formatReport(report, 'da');
    expect(text).toContain('Afstemning 2026-10-01 – 2026-10-31');
    expect(text).toContain('Mangler i e-conomic (2)');
    expect(text).toContain('Dubletter i e-conomic (1)');
    expect(formatReport(report, 'en')).toContain('Amounts that differ (1)');
  });
});
