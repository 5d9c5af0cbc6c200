import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ossReport } from '../../../main/moneyflows/oss-report';
import { wooOrder } from '../../helpers/woo-order';
import { startHarness, type Harness } from './harness';

/**
 * The One-Stop-Shop figures on both sides of New Year. An OSS sale's rate and its quarter follow
 * its invoice date, the Danish date it was paid: 31 Dec 22:30 UTC is 23:30 in Copenhagen (2026,
 * fourth quarter), 31 Dec 23:30 UTC is 00:30 on 1 January (2027, first quarter) — though it is
 * still 31 December in UTC. Germany's standard rate is 19 % on both days (eu-vat-rates.json: no
 * change on 2027-01-01). Each order: coffee 119.00 EUR = 100.00 + 19.00 VAT, which the sandbox
 * books at 746.00 per 100: a base of 746.00 DKK and VAT of 141.74 DKK.
 */

const eur = { currency: 'EUR' as const, pricesIncludeTax: true };
const berlin = (n: number, paid: string) => ({ ...wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 11900, rate: 19 }], buyer: { country: 'DE', postcode: '10115', city: 'Berlin' } }, n), date_created_gmt: paid, date_paid_gmt: paid });
const ORDERS = [berlin(4101, '2026-12-31T22:30:00'), berlin(4102, '2026-12-31T23:30:00')];

describe('OSS figures of the fourth quarter of 2026 and the first of 2027', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ orders: ORDERS, automatic: true, start: new Date('2027-01-02T09:00:00Z'), profile: { oss: true, rules: [] } });
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  const report = async (quarter: string) => ossReport({ ledger: h.runtime.ledger, client: await h.runtime.economic(), profile: h.runtime.profile }, quarter);

  it('puts 4101 (23:30 on New Year’s Eve in Copenhagen) in 2026Q4, at 19 %', async () => {
    const q4 = await report('2026Q4');
    expect(q4.rows).toEqual([{ country: 'DE', rate: '19', base: '746.00', vat: '141.74', invoices: 1, creditNotes: 0 }]);
    expect(q4.unbooked).toEqual([]);
  });

  it('puts 4102 (00:30 on New Year’s Day in Copenhagen) in 2027Q1, at 19 %', async () => {
    const q1 = await report('2027Q1');
    expect(q1).toMatchObject({ from: '2027-01-01', to: '2027-03-31', totals: { base: '746.00', vat: '141.74' } });
    expect(q1.rows).toEqual([{ country: 'DE', rate: '19', base: '746.00', vat: '141.74', invoices: 1, creditNotes: 0 }]);
  });
});
