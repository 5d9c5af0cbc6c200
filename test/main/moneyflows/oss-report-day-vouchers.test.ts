import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ossReport } from '../../../main/moneyflows/oss-report';
import { formatOssReport, ossCsv } from '../../../main/moneyflows/oss-report-format';
import { wooOrder } from '../../helpers/woo-order';
import { startHarness, type Harness } from './harness';

/**
 * The OSS figures of a shop that books its days as journal vouchers (postingUnit "day",
 * dayBooking "journal"): its OSS sales reach e-conomic on the OSS group's account in the day's
 * voucher, on no invoice. Each Berlin order is a coffee at 119.00 DKK with 19 % German VAT in
 * it: 100.00 + 19.00. Two were sold on 10 November (the day closed and sent to the journal);
 * one on 12 November, whose day is still open at the sync. An Aarhus order at 125.00 with
 * 25 % Danish VAT shares the first day and is no OSS sale.
 */

const coffee = (n: number, paid: string, buyer = { country: 'DE', postcode: '10115', city: 'Berlin' }, rate = 19, unitOre = 11900) => ({
  ...wooOrder({ currency: 'DKK', pricesIncludeTax: true, lines: [{ sku: 'KAFFE', quantity: 1, unitOre, rate }], buyer }, n),
  date_created_gmt: paid,
  date_paid_gmt: paid,
});
const ORDERS = [coffee(4201, '2026-11-10T10:00:00'), coffee(4202, '2026-11-10T11:00:00'), coffee(4203, '2026-11-10T12:00:00', { country: 'DK', postcode: '8000', city: 'Aarhus C' }, 25, 12500), coffee(4204, '2026-11-12T08:00:00')];

describe('OSS figures when the days are booked as journal vouchers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      orders: ORDERS,
      automatic: true,
      start: new Date('2026-11-12T09:00:00Z'),
      profile: {
        oss: true,
        rules: [],
        postingUnit: 'day',
        dayBooking: 'journal',
        dayJournalNumber: 1,
        paymentMethods: { mobilepay: { title: 'MobilePay', clearingAccountNumber: 5820 } },
        // The sandbox's OSS group for Germany at 19 % (its sales account carries the VAT code DE19).
        productGroups: { '25': 1, '0': 2, 'DE:19': 11 },
      },
    });
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  const report = async () => ossReport({ ledger: h.runtime.ledger, client: await h.runtime.economic(), profile: h.runtime.profile }, '2026Q4');

  it("shows the German sales of 10 November's voucher apart from the invoices' figures: base 200.00 and VAT 38.00 DKK in one day", async () => {
    const q4 = await report();
    expect(q4.rows).toEqual([]);
    expect(q4.dayVouchers).toEqual([{ country: 'DE', rate: '19', currency: 'DKK', base: '200.00', vat: '38.00', days: 1 }]);
  });

  it('lists the Berlin order whose day is still open as not booked, in its day', async () => {
    const q4 = await report();
    expect(q4.unbooked.map((u) => [u.orderNumber, u.country, u.date, u.total, u.state])).toEqual([['4204', 'DE', '2026-11-12', '119.00', 'in-day']]);
  });

  it('says so in the terminal and the CSV instead of "nothing booked under OSS"', async () => {
    const q4 = await report();
    const text = formatOssReport(q4, 'da');
    expect(text).not.toContain('Intet bogført med OSS');
    expect(text).toContain('DE 19 %: momsgrundlag 200,00 DKK, moms 38,00 DKK, 1 dag');
    expect(ossCsv(q4, { decimal: 'comma' }).split('\r\n').slice(-3)).toEqual(['day_voucher_country;vat_rate;taxable_base;vat;day_currency;days', 'DE;19;200,00;38,00;DKK;1', '']);
  });
});
