import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookedInvoice } from '../../../main/connectors/economic/types';
import { describe as describeProblem } from '../../../shared/errors';
import { startHarness, type Harness } from '../moneyflows/harness';
import { wooOrder } from '../../helpers/woo-order';

/**
 * One-Stop-Shop end to end: WooCommerce orders from consumers in Germany (19 % and 7 %), the
 * Netherlands (21 %), Spain (21 %) and Sweden (25 %), a German business with a VAT number, a
 * Danish consumer and a Norwegian one, synced into the e-conomic sandbox set up for OSS (a VAT
 * code per country and rate, DE19, DE7, NL21, ES21, SE25, on the sales account of a product
 * group per code). Prices include VAT; every expected figure below is worked out by hand.
 */

const eur = { currency: 'EUR' as const, pricesIncludeTax: true };
const ORDERS = [
  // DE consumer: coffee 1 × 119.00 (19 %: 100.00 + 19.00), a book 2 × 10.70 = 21.40 (7 %: 20.00 + 1.40),
  // shipping 5.95 (19 %: 5.00 + 0.95) → total 146.35, VAT 21.35
  wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 11900, rate: 19 }, { sku: 'BOG', quantity: 2, unitOre: 1070, rate: 7 }], shippingOre: 595, shippingRate: 19, buyer: { country: 'DE', postcode: '10115', city: 'Berlin' } }, 3001),
  // NL consumer: 1 × 60.50 (21 %: 50.00 + 10.50)
  wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 6050, rate: 21 }], buyer: { country: 'NL', postcode: '1012 AB', city: 'Amsterdam' } }, 3002),
  // ES consumer: 2 × 24.20 = 48.40 (21 %: 40.00 + 8.40)
  wooOrder({ ...eur, lines: [{ sku: 'TE', quantity: 2, unitOre: 2420, rate: 21 }], buyer: { country: 'ES', postcode: '28001', city: 'Madrid' } }, 3003),
  // SE consumer: 1 × 125.00 (25 %: 100.00 + 25.00)
  wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 12500, rate: 25 }], buyer: { country: 'SE', postcode: '111 22', city: 'Stockholm' } }, 3004),
  // DE business with a VAT number: no VAT charged (reverse charge), 1 × 100.00
  wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 10000, rate: 0 }], buyer: { country: 'DE', postcode: '20095', city: 'Hamburg', company: 'Kaffee Handel GmbH', vatNumber: 'DE123456789' } }, 3005),
  // DK consumer: 1 × 250.00 DKK (25 %: 200.00 + 50.00)
  wooOrder({ currency: 'DKK', pricesIncludeTax: true, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 25000, rate: 25 }] }, 3006),
  // NO consumer: export, no VAT, 1 × 80.00
  wooOrder({ ...eur, lines: [{ sku: 'TE', quantity: 1, unitOre: 8000, rate: 0 }], buyer: { country: 'NO', postcode: '0150', city: 'Oslo' } }, 3007),
  // DE consumer charged Danish 25 % by a shop whose German tax is not set up
  wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 12500, rate: 25 }], buyer: { country: 'DE', postcode: '80331', city: 'München' } }, 3008),
  // PL consumer at Poland's 23 %: the sandbox agreement has no Polish VAT code
  wooOrder({ ...eur, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 12300, rate: 23 }], buyer: { country: 'PL', postcode: '00-001', city: 'Warszawa' } }, 3009),
];

/** What a booked invoice is in e-conomic: gross, VAT, its recipient's zone and the VAT code of every line. */
async function bookedAs(h: Harness, orderId: string): Promise<{ gross: number; vat: number; zone: number; codes: string[] }> {
  const row = h.runtime.ledger.orders.get(orderId)!;
  expect(['booked', 'done'], `order ${orderId}: ${row.state} ${row.reasonCode}`).toContain(row.state);
  const client = await h.runtime.economic();
  const invoice = (await client.getBookedInvoice(row.bookedNumber!)) as BookedInvoice & { recipient: { vatZone: { vatZoneNumber: number } } };
  const zone = invoice.recipient.vatZone.vatZoneNumber;
  const codes: string[] = [];
  for (const line of invoice.lines ?? []) {
    const product = await client.getProduct(line.product!.productNumber);
    const accounts = await client.productGroupSalesAccounts(product!.productGroup.productGroupNumber);
    codes.push(accounts.find((a) => a.vatZone?.vatZoneNumber === zone)?.salesAccount?.vatAccount?.vatCode ?? 'none');
  }
  return { gross: invoice.grossAmount, vat: invoice.vatAmount, zone, codes };
}

describe('One-Stop-Shop booking on the sandboxes', () => {
  let on: Harness;
  let off: Harness;

  beforeAll(async () => {
    [on, off] = await Promise.all([
      startHarness({ orders: ORDERS, automatic: true, profile: { oss: true } }),
      startHarness({ orders: ORDERS, automatic: true }),
    ]);
    await Promise.all([on.runtime.syncOnce(), off.runtime.syncOnce()]);
  });
  afterAll(async () => {
    await Promise.all([on?.close(), off?.close()]);
  });

  describe('with oss on', () => {
    it('books a German consumer at 19 % and 7 % on DE19 and DE7, with the shop’s gross and VAT', async () => {
      // lines: coffee and shipping on OSS-DE-19, the book on OSS-DE-7; consumers pay VAT (domestic zone 1)
      expect(await bookedAs(on, '3001')).toEqual({ gross: 146.35, vat: 21.35, zone: 1, codes: ['DE19', 'DE7', 'DE19'] });
    });

    it('books Dutch, Spanish and Swedish consumers on their own countries’ codes, not one shared 21 %', async () => {
      expect(await bookedAs(on, '3002')).toEqual({ gross: 60.5, vat: 10.5, zone: 1, codes: ['NL21'] });
      expect(await bookedAs(on, '3003')).toEqual({ gross: 48.4, vat: 8.4, zone: 1, codes: ['ES21'] });
      expect(await bookedAs(on, '3004')).toEqual({ gross: 125, vat: 25, zone: 1, codes: ['SE25'] });
    });

    it('keeps a German business with a VAT number on reverse charge, the Danish consumer domestic and the Norwegian an export', async () => {
      expect(await bookedAs(on, '3005')).toEqual({ gross: 100, vat: 0, zone: 2, codes: ['UEUV'] });
      expect(await bookedAs(on, '3006')).toEqual({ gross: 250, vat: 50, zone: 1, codes: ['U25'] });
      expect(await bookedAs(on, '3007')).toEqual({ gross: 80, vat: 0, zone: 3, codes: ['UV'] });
    });

    it('holds a German consumer charged 25 %, a rate Germany does not have, naming Germany’s rates', () => {
      const row = on.runtime.ledger.orders.get('3008')!;
      expect([row.state, row.reasonCode]).toEqual(['needs-attention', 'LB-1030']);
      const params = (row.reasonDetail as { params: Record<string, string> }).params;
      expect(describeProblem('LB-1030', params, 'en').message).toContain('On ' + params.date + ' DE had the rates 19 / 7 %');
      expect(params).toMatchObject({ country: 'DE', vatRate: '25' });
    });

    it('asks to map Poland 23 % when e-conomic has no product group with a Polish 23 % code', () => {
      const row = on.runtime.ledger.orders.get('3009')!;
      expect([row.state, row.reasonCode]).toEqual(['needs-attention', 'LB-2030']);
      const text = describeProblem('LB-2030', (row.reasonDetail as { params: Record<string, string> }).params, 'da');
      expect(text.title).toBe('Ny OSS-sats: vælg varegruppe for PL 23 %');
      expect(text.mapThis).toBe(true);
    });

    it('creates one OSS product per country and rate, in the group e-conomic points to, named for the owner', async () => {
      const client = await on.runtime.economic();
      const product = await client.getProduct('OSS-DE-7');
      expect(product?.name).toBe('Salg Tyskland 7 % (OSS)');
      const group = (await client.productGroups()).find((g) => g.productGroupNumber === product!.productGroup.productGroupNumber);
      expect(group?.name).toBe('OSS Tyskland 7 %');
    });
  });

  describe("e-conomic's OSS set-up, read per runtime", () => {
    const SALES_ACCOUNTS = 'GET /product-groups/:productGroupNumber/sales-accounts';
    const VAT_CODES = 'GET /vat-accounts';
    const calls = (h: Harness) => {
      const byRoute = (h.economic.state() as unknown as { calls: { byRoute: Record<string, number> } }).calls.byRoute;
      return { salesAccounts: byRoute[SALES_ACCOUNTS] ?? 0, vatCodes: byRoute[VAT_CODES] ?? 0 };
    };

    it('is read once, not again on the next sync cycle, and again after the profile’s product groups change', async () => {
      const groups = (await (await on.runtime.economic()).productGroups()).length;
      const before = calls(on);
      await on.runtime.syncOnce();
      expect(calls(on)).toEqual(before);

      // The consultant chooses a group for Germany 19 % in Settings: the next cycle reads the set-up anew, one call per group.
      on.runtime.saveProfile({ ...on.runtime.profile, productGroups: { ...on.runtime.profile.productGroups, 'DE:19': 11 } });
      await on.runtime.syncOnce();
      expect(calls(on)).toEqual({ salesAccounts: before.salesAccounts + groups, vatCodes: before.vatCodes + 1 });
      await on.runtime.syncOnce();
      expect(calls(on)).toEqual({ salesAccounts: before.salesAccounts + groups, vatCodes: before.vatCodes + 1 });
    });
  });

  describe('with oss off (as before)', () => {
    it('asks to map 19 %, 7 % and 21 % as Danish rates for the German, Dutch and Spanish consumers', () => {
      for (const id of ['3001', '3002', '3003']) {
        const row = off.runtime.ledger.orders.get(id)!;
        expect([id, row.state, row.reasonCode]).toEqual([id, 'needs-attention', 'LB-2004']);
      }
    });

    it('books the Swedish 25 % consumer on the Danish code, and the business, Danish and Norwegian orders as with oss on', async () => {
      expect(await bookedAs(off, '3004')).toEqual({ gross: 125, vat: 25, zone: 1, codes: ['U25'] });
      expect(await bookedAs(off, '3005')).toEqual({ gross: 100, vat: 0, zone: 2, codes: ['UEUV'] });
      expect(await bookedAs(off, '3006')).toEqual({ gross: 250, vat: 50, zone: 1, codes: ['U25'] });
      expect(await bookedAs(off, '3007')).toEqual({ gross: 80, vat: 0, zone: 3, codes: ['UV'] });
    });
  });
});
