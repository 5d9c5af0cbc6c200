import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../shared/domain/money';
import { localDate } from '../../../shared/domain/local-day';
import { calendarDaysAgo } from '../../helpers/local-days';
import { krusPaidWith, unitRefund } from '../../helpers/refund-cases';
import { admin, bookedDocs, startHarness, type Harness } from './harness';

/**
 * Payments per payment method registered per day in ONE voucher (postingUnit "day"): once a
 * day's invoice is booked, the payment journal gets one voucher whose entries are one customer
 * payment per registered payment method, on the day invoice, against the method's clearing
 * account — exactly once; a method that is not registered stays open on the invoice.
 *
 * Every order is the Krus order of test/helpers/refund-cases.ts, 299.00; its unit refund is
 * 125.00 (one Krus, 100.00 + 25.00 VAT), paid back with the order's method.
 */

const ZONE = 'Europe/Copenhagen';
const DAY_MS = 86_400_000;
const VOUCHERS = 'POST /journals/:journalNumber/vouchers';

const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const DANKORT = { id: 'dankort', title: 'Dankort' };
const STRIPE = { id: 'stripe', title: 'Kreditkort' };

interface Voucher {
  journalNumber: number;
  voucherNumber: number;
  accountingYear: string;
  entries: Array<{ entryType: string; customerNumber: number; customerInvoice: number; contraAccountNumber: number; amount: string; date: string; fields: { text: string } }>;
}

describe('the payments of a booked day', () => {
  let h: Harness;
  const now = new Date();
  const day1 = calendarDaysAgo(3, now, ZONE);
  const today = localDate(now, ZONE);

  const vouchers = () => h.economic.state().vouchers as unknown as Voucher[];
  const dayInvoice = (date: string) => bookedDocs(h.economic).find((d) => d.references?.other === `lb-day:${h.runtime.profile.name}:${date}:DKK:domestic`);
  const entriesOf = (v: Voucher) => v.entries.map((e) => ({ customer: e.customerNumber, invoice: e.customerInvoice, contra: e.contraAccountNumber, amount: money(dec(e.amount)), date: e.date, text: e.fields.text }));

  beforeAll(async () => {
    h = await startHarness({
      automatic: true,
      orders: [krusPaidWith(9201, day1, MOBILEPAY), krusPaidWith(9202, day1, MOBILEPAY), krusPaidWith(9203, day1, DANKORT), krusPaidWith(9204, day1, STRIPE)],
      profile: {
        postingUnit: 'day',
        sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * DAY_MS).toISOString() },
        paymentMethods: {
          mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } },
          dankort: { title: 'Dankort', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5821 } },
          stripe: { title: 'Kreditkort', paymentTermsNumber: 3 },
        },
      },
    });
  }, 60_000);
  afterAll(() => h.close());

  it('registers the day in one voucher call: MobilePay 2 × 299.00 = 598.00 on 5820 and Dankort 299.00 on 5821, on the day invoice of 1,196.00', async () => {
    await h.runtime.syncOnce();
    const invoice = dayInvoice(day1)!;
    expect(money(dec(String(invoice.grossAmount)))).toBe('1196.00');
    expect(h.economic.state().calls.byRoute[VOUCHERS]).toBe(1);
    const [voucher, ...more] = vouchers();
    expect(more).toEqual([]);
    expect(voucher.journalNumber).toBe(2);
    const n = invoice.bookedInvoiceNumber;
    // A payment received credits the collective customer (1): negative amounts.
    expect(entriesOf(voucher)).toEqual([
      { customer: 1, invoice: n, contra: 5821, amount: '-299.00', date: day1, text: `Betalinger ${day1}, dagsopgørelse faktura ${n} (Dankort)` },
      { customer: 1, invoice: n, contra: 5820, amount: '-598.00', date: day1, text: `Betalinger ${day1}, dagsopgørelse faktura ${n} (MobilePay)` },
    ]);
  });

  it('leaves the card payment (not registered) open on the invoice once the owner books the journal: 1,196.00 − 897.00 = 299.00', () => {
    h.economic.bookJournal(2);
    const invoice = dayInvoice(day1)!;
    expect(money(dec(String(invoice.remainder)))).toBe('299.00');
  });

  it('never registers a day twice: the next sync sends no voucher', async () => {
    await h.runtime.syncOnce();
    expect(h.economic.state().calls.byRoute[VOUCHERS]).toBe(1);
    expect(vouchers()).toHaveLength(1);
  });

  it('nets a refund against its method on the day it was made: Dankort 299.00 received, MobilePay 125.00 paid back; the invoice of 174.00 is settled', async () => {
    await admin(h.shop.url, 'orders/9201/refunds', unitRefund('woocommerce', 9201));
    await admin(h.shop.url, 'orders', krusPaidWith(9205, today, DANKORT));
    await h.runtime.syncOnce();
    h.clock.advanceDays(2);
    await h.runtime.syncOnce();

    const invoice = dayInvoice(today)!;
    expect(money(dec(String(invoice.grossAmount)))).toBe('174.00');
    expect(h.economic.state().calls.byRoute[VOUCHERS]).toBe(2);
    const [first, second] = vouchers();
    // The journal's next free number: the first voucher's, plus one; e-conomic numbers vouchers per
    // accounting year, so in the first days of January today's voucher is the new year's first, 1.
    expect(second.voucherNumber).toBe(second.accountingYear === first.accountingYear ? first.voucherNumber + 1 : 1);
    const n = invoice.bookedInvoiceNumber;
    expect(entriesOf(second)).toEqual([
      { customer: 1, invoice: n, contra: 5821, amount: '-299.00', date: today, text: `Betalinger ${today}, dagsopgørelse faktura ${n} (Dankort)` },
      { customer: 1, invoice: n, contra: 5820, amount: '125.00', date: today, text: `Betalinger ${today}, dagsopgørelse faktura ${n} (MobilePay)` },
    ]);
    h.economic.bookJournal(2);
    expect(money(dec(String(dayInvoice(today)!.remainder)))).toBe('0.00');
  });
});
