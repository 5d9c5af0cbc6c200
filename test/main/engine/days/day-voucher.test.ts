import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../../shared/domain/money';
import { localDate } from '../../../../shared/domain/local-day';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { orderListPdf } from '../../../../shared/days/order-list-pdf';
import { orderListDocument } from '../../../../main/engine/days/order-list-document';
import { krusOrder, krusPaidWith, unitRefund } from '../../../helpers/refund-cases';
import { journalDayProfile } from '../../../helpers/day-summary-shop';
import { admin, bookedDocs, draftDocs, startHarness, type Harness } from '../../moneyflows/harness';

/**
 * A day as one finance voucher in a journal (postingUnit "day", dayBooking "journal"), against
 * the real sandboxes: per payment method and VAT code one entry — the method's clearing account
 * debited, the sales account of the product group credited, its VAT named — with the day's
 * order list PDF attached, left in the journal for the accountant.
 *
 * The day (worked out by hand from the orders, not from the code):
 * - 9301 Krus order, MobilePay: 2 × Krus 200.00 net + 50.00 VAT, GLS 39.20 + 9.80 → 299.00
 * - 9302 Krus order, Dankort: the same → 299.00
 * - 9303 MobilePay: a newspaper subscription at 0 % VAT 150.00, GLS 39.20 + 9.80 → 199.00
 * Group 1 (Krus, 25 %) and group 3 (GLS) both sell on account 1010 with VAT code U25 (25 %);
 * group 2 (0 %) on 1040 without a VAT code. So the voucher is
 *   Dankort   5821 / 1010 U25:   250.00 + 49.00          = 299.00, VAT 50.00 + 9.80        = 59.80
 *   MobilePay 5820 / 1010 U25:   250.00 + 49.00 + 49.00  = 348.00, VAT 50.00 + 9.80 + 9.80 = 69.60
 *   MobilePay 5820 / 1040:       150.00, no VAT
 * in all 797.00 = 299 + 299 + 199, VAT 129.40 = 59.80 + 59.80 + 9.80 (the order list's VAT).
 */

const ZONE = 'Europe/Copenhagen';
const VOUCHERS = 'POST /journals/:journalNumber/vouchers';
const ATTACH = 'POST /journals/:journalNumber/vouchers/:voucherId/attachment/file';

type Json = Record<string, unknown>;

/** A newspaper subscription at 0 % VAT (150.00) with GLS shipping at 25 % (39.20 + 9.80): 199.00. */
function newspaper(n: number, date: string, method: { id: string; title: string }): Json {
  const krus = krusOrder('woocommerce', n) as { line_items: Json[]; tax_lines: Json[] };
  const line = { ...krus.line_items[0], name: 'Avisabonnement', sku: 'AVIS-01', product_id: 12, quantity: 1, tax_class: 'zero-rate', subtotal: '150.00', subtotal_tax: '0.00', total: '150.00', total_tax: '0.00', taxes: [], price: 150 };
  return krusPaidWith(n, date, method, { line_items: [line], cart_tax: '0.00', total_tax: '9.80', total: '199.00', tax_lines: [{ ...krus.tax_lines[0], tax_total: '0.00', shipping_tax_total: '9.80' }] });
}

const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const DANKORT = { id: 'dankort', title: 'Dankort' };

interface Entry { entryType: string; accountNumber: number; contraAccountNumber: number; amount: string; contraVatAmount?: string; date: string; fields: { text: string; contraVatAccount?: { vatCode: string } } }
interface Voucher { journalNumber: number; voucherNumber: number; accountingYear: string; entries: Entry[]; attachment?: { bytes: number; sha256: string; pages: number } }

describe('a day as one voucher in the journal', () => {
  let h: Harness;
  const now = new Date();
  const day1 = calendarDaysAgo(3, now, ZONE);
  const today = localDate(now, ZONE);

  const vouchers = () => (h.economic.state().vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === 1);
  const entriesOf = (v: Voucher) => v.entries.map((e) => ({ account: e.accountNumber, contra: e.contraAccountNumber, amount: money(dec(e.amount)), vatCode: e.fields.contraVatAccount?.vatCode ?? null, vat: e.contraVatAmount === undefined ? null : money(dec(e.contraVatAmount)), date: e.date, text: e.fields.text }));
  const calls = (route: string) => h.economic.state().calls.byRoute[route] ?? 0;

  beforeAll(async () => {
    h = await startHarness({
      automatic: true,
      orders: [krusPaidWith(9301, day1, MOBILEPAY), krusPaidWith(9302, day1, DANKORT), newspaper(9303, day1, MOBILEPAY)],
      profile: journalDayProfile(now, 5),
    });
  }, 60_000);
  afterAll(() => h.close());

  it('books the day as one voucher: per method and VAT code one entry, clearing account against sales account, VAT named to the øre', async () => {
    await h.runtime.syncOnce();
    expect(calls(VOUCHERS)).toBe(1);
    const [voucher, ...more] = vouchers();
    expect(more).toEqual([]);
    const text = (method: string, vat: string) => `Dagsopgørelse ${day1}, ordre 9301–9303: ${method}, salg ${vat}`;
    expect(entriesOf(voucher)).toEqual([
      { account: 5821, contra: 1010, amount: '299.00', vatCode: 'U25', vat: '59.80', date: day1, text: text('Dankort', '25 % moms') },
      { account: 5820, contra: 1010, amount: '348.00', vatCode: 'U25', vat: '69.60', date: day1, text: text('MobilePay', '25 % moms') },
      { account: 5820, contra: 1040, amount: '150.00', vatCode: null, vat: null, date: day1, text: text('MobilePay', 'uden moms') },
    ]);
    expect(voucher.entries.every((e) => e.entryType === 'financeVoucher')).toBe(true);
    // No invoice, no draft: the day is in the journal, left for the accountant to book.
    expect(bookedDocs(h.economic).filter((d) => d.references?.other?.includes(day1))).toEqual([]);
    expect(draftDocs(h.economic)).toEqual([]);
    const day = h.runtime.ledger.days.find(h.runtime.profile.name, day1, 'DKK', 'domestic')!;
    expect(day.state).toBe('done');
    expect(day.gross).toBe('797.00');
    for (const id of ['9301', '9302', '9303']) expect(h.runtime.ledger.orders.get(id)?.state).toBe('done');
  });

  it("has the VAT of the day's order list: 59.80 + 59.80 + 9.80 = 129.40", () => {
    const [voucher] = vouchers();
    expect(money(voucher.entries.reduce((vat, e) => vat.plus(dec(e.contraVatAmount ?? '0')), dec(0)))).toBe('129.40');
    const day = h.runtime.ledger.days.find(h.runtime.profile.name, day1, 'DKK', 'domestic')!;
    const list = orderListDocument(h.runtime.ledger, h.runtime.profile, day)!;
    expect(money(list.rows.reduce((vat, r) => vat.plus(dec(r.vat)), dec(0)))).toBe('129.40');
  });

  it('attaches the order list PDF to the voucher, byte for byte', async () => {
    const [voucher] = vouchers();
    const day = h.runtime.ledger.days.find(h.runtime.profile.name, day1, 'DKK', 'domestic')!;
    const expected = await orderListPdf(orderListDocument(h.runtime.ledger, h.runtime.profile, day)!, 'da');
    const res = await fetch(`${h.economic.url}/journals/1/vouchers/${voucher.accountingYear}-${voucher.voucherNumber}/attachment/file`, { headers: { 'X-AppSecretToken': h.economic.appSecretToken, 'X-AgreementGrantToken': h.economic.agreementGrantToken } });
    expect(res.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), Buffer.from(expected))).toBe(0);
    expect(calls(ATTACH)).toBe(1);
  });

  it('never books a day twice: the next sync sends nothing', async () => {
    await h.runtime.syncOnce();
    expect(calls(VOUCHERS)).toBe(1);
    expect(calls(ATTACH)).toBe(1);
  });

  it('puts a refund after the day was booked into the day it happens, as negative revenue on its method: MobilePay −125.00 (VAT −25.00)', async () => {
    h.economic.bookJournal(1);
    await admin(h.shop.url, 'orders/9301/refunds', unitRefund('woocommerce', 9301));
    await admin(h.shop.url, 'orders', krusPaidWith(9304, today, DANKORT));
    await h.runtime.syncOnce();
    h.clock.advanceDays(2);
    await h.runtime.syncOnce();
    const [, second] = vouchers();
    const text = (method: string) => `Dagsopgørelse ${today}, ordre 9304: ${method}, salg 25 % moms`;
    expect(entriesOf(second)).toEqual([
      { account: 5821, contra: 1010, amount: '299.00', vatCode: 'U25', vat: '59.80', date: today, text: text('Dankort') },
      { account: 5820, contra: 1010, amount: '-125.00', vatCode: 'U25', vat: '-25.00', date: today, text: text('MobilePay') },
    ]);
    // The journal's next free number, also after the accountant booked the first voucher; e-conomic
    // numbers vouchers per accounting year, so in the first days of January today's is the new year's first, 1.
    const [first] = vouchers();
    expect(second.voucherNumber).toBe(second.accountingYear === first.accountingYear ? first.voucherNumber + 1 : 1);
    expect(second.attachment?.pages).toBeGreaterThan(0);
  });
});
