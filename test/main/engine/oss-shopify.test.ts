import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookedInvoice } from '../../../main/connectors/economic/types';
import { krusOrder, krusOrderId } from '../../helpers/refund-cases';
import { startShopHarness, type ShopHarness } from '../moneyflows/harness';

/**
 * One-Stop-Shop from a Shopify shop (oss.test.ts runs the same on WooCommerce): the hand-written
 * Krus order of refund-cases.ts, sent to a consumer in Berlin and taxed at Germany's 19 %, as a
 * Shopify store with German tax set up charges it (prices incl. VAT, tax per line):
 *
 *   2 × Krus at 125.00      250.00  (19/119: VAT 39.92, net 210.08)
 *   shipping GLS             49.00  (19/119: VAT  7.82, net  41.18)
 *   total                   299.00  (VAT 47.74)
 */
const N = 8801;
const berlin = { first_name: 'Lena', last_name: 'Schmidt', company: null, address1: 'Invalidenstraße 1', address2: null, zip: '10115', city: 'Berlin', province: null, province_code: null, country: 'Germany', country_code: 'DE', phone: null };
const taxLine = (price: string) => [{ title: 'MwSt', rate: 0.19, price, price_set: { shop_money: { amount: price, currency_code: 'DKK' }, presentment_money: { amount: price, currency_code: 'DKK' } } }];

function germanKrusOrder(): Record<string, unknown> {
  const order = krusOrder('shopify', N) as Record<string, unknown> & { line_items: Array<Record<string, unknown>>; shipping_lines: Array<Record<string, unknown>> };
  return {
    ...order,
    billing_address: berlin,
    shipping_address: berlin,
    line_items: [{ ...order.line_items[0], tax_lines: taxLine('39.92') }],
    shipping_lines: [{ ...order.shipping_lines[0], tax_lines: taxLine('7.82') }],
    total_tax: '47.74',
    tax_lines: taxLine('47.74'),
  };
}

describe('One-Stop-Shop booking from Shopify on the sandboxes', () => {
  let h: ShopHarness;
  beforeAll(async () => {
    h = await startShopHarness('shopify', { orders: [germanKrusOrder()], automatic: true, profile: { oss: true } });
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h?.close());

  it('books the German consumer at 19 % on the DE19 code, with the shop’s gross and VAT', async () => {
    const row = h.runtime.ledger.orders.get(krusOrderId('shopify', N))!;
    expect(['booked', 'done'], `${row.state} ${row.reasonCode}`).toContain(row.state);
    const client = await h.runtime.economic();
    const invoice = (await client.getBookedInvoice(row.bookedNumber!)) as BookedInvoice & { recipient: { vatZone: { vatZoneNumber: number } } };
    expect([invoice.grossAmount, invoice.vatAmount, invoice.recipient.vatZone.vatZoneNumber]).toEqual([299, 47.74, 1]);
    const codes: string[] = [];
    for (const line of invoice.lines ?? []) {
      const product = await client.getProduct(line.product!.productNumber);
      const accounts = await client.productGroupSalesAccounts(product!.productGroup.productGroupNumber);
      codes.push(accounts.find((a) => a.vatZone?.vatZoneNumber === 1)?.salesAccount?.vatAccount?.vatCode ?? 'none');
    }
    // The Krus and the shipping, both on Germany's 19 %.
    expect(codes).toEqual(['DE19', 'DE19']);
  });
});
