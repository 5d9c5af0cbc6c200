import { describe, expect, it } from 'vitest';
import { normalizeWooOrder } from '../../../main/connectors/shops/woocommerce/normalize';
import { ossCountryOf, planCreditNote } from '../../../main/moneyflows/credit-note-plan';
import { wooOrder } from '../../helpers/woo-order';
import { testProfile } from './reference';
import { wooLineRefund } from './refund-fixtures';

/**
 * A credit note for an OSS sale is booked like its invoice: on the OSS product of the same
 * country and rate (so it lowers that country's VAT), in the domestic zone (VAT charged).
 */

const urls = { shopUrl: 'http://127.0.0.1:9', economicUrl: 'http://127.0.0.1:9' };
// coffee 1 × 119.00 at 19 %, books 2 × 10.70 at 7 %, to a consumer in Berlin
const raw = wooOrder(
  { currency: 'EUR', pricesIncludeTax: true, lines: [{ sku: 'KAFFE', quantity: 1, unitOre: 11900, rate: 19 }, { sku: 'BOG', quantity: 2, unitOre: 1070, rate: 7 }], buyer: { country: 'DE', postcode: '10115', city: 'Berlin' } },
  5001,
);
const bookLine = (raw.line_items as Array<{ id: number }>)[1].id;
const refund = { id: 900, date_created_gmt: '2026-10-20T09:00:00', ...wooLineRefund(raw, [bookLine]) };
const order = normalizeWooOrder(raw, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean', refunds: [refund] }).order;
const base = { knownProducts: new Set(['OSS-DE-19', 'OSS-DE-7']), bookedInvoiceNumber: 77, customerNumber: 2 };

describe('credit notes of OSS sales', () => {
  it('credit the returned books on OSS-DE-7 at 7 %: 2 × 10.00 net, 21.40 gross', () => {
    const plan = planCreditNote(order, order.refunds[0], { ...base, profile: testProfile(urls, { oss: true }) });
    expect(plan.lines.map((l) => [l.productNumber, l.quantity, l.unitNetPrice, l.expectedVatRate])).toEqual([['OSS-DE-7', '-2', '10.00', '7']]);
    expect(plan.predicted.gross).toBe('-21.40');
    expect([plan.vatZone, plan.oss]).toEqual(['domestic', { country: 'DE' }]);
  });

  it('follow their invoice’s country even when the profile’s oss was switched off since', () => {
    const plan = planCreditNote(order, order.refunds[0], { ...base, profile: testProfile(urls, { oss: false }), invoiceOssCountry: 'DE' });
    expect(plan.lines.map((l) => l.productNumber)).toEqual(['OSS-DE-7']);
    expect(plan.oss).toEqual({ country: 'DE' });
  });

  it('read the invoice’s country from its OSS products, and none from an invoice without them', () => {
    expect(ossCountryOf({ lines: [{ product: { productNumber: 'FRAGT' } }, { product: { productNumber: 'OSS-NL-21' } }] })).toBe('NL');
    expect(ossCountryOf({ lines: [{ product: { productNumber: 'KAFFE' } }] })).toBeNull();
  });
});
