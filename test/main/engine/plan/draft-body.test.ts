import { describe, expect, it } from 'vitest';
import { draftInvoiceBody } from '../../../../main/engine/plan/draft-body';
import type { PlannedInvoice } from '../../../../main/engine/plan/types';

const plan = (over: Partial<PlannedInvoice> = {}): PlannedInvoice => ({
  kind: 'invoice',
  orderId: '1007',
  orderNumber: '1007',
  date: '2026-10-01',
  currency: 'DKK',
  customer: { mode: 'fixed', customerNumber: 100 },
  recipient: { name: 'Peter Jørgensen', address: 'Vestergade 49', zip: '5000', city: 'Odense C', country: 'Danmark', ean: '5790000123456', vatZoneNumber: 1 },
  delivery: { address: 'Vestergade 49', zip: '5000', city: 'Odense C', country: 'Danmark' },
  vatZone: 'domestic',
  layoutNumber: 19,
  paymentTermsNumber: 1,
  referenceOther: 'LB:woocommerce:1007',
  notes: { heading: 'Ordre 1007', textLine1: 'Betalt med MobilePay' },
  lines: [
    { source: 'product', lineId: '18', productNumber: 'SKAAL-EG-03', description: 'Serveringsskål i egetræ', quantity: '2', unitNetPrice: '279.20', expectedVatRate: '25' },
    { source: 'shipping', lineId: '20', productNumber: 'FRAGT', description: 'GLS Pakkeshop', quantity: '1', unitNetPrice: '31.20', expectedVatRate: '25' },
  ],
  productsToCreate: [],
  shopTotal: '737.00',
  predicted: { net: '589.60', vat: '147.40', gross: '737.00', rounding: '0.00' },
  ...over,
});

/** The document POST /invoices/drafts gets, written out member by member in the order e-conomic has always been sent it. */
describe('the draft invoice body', () => {
  it('carries every part of a planned invoice, amounts as JSON numbers, lines numbered from 1', () => {
    expect(JSON.stringify(draftInvoiceBody(plan(), 100))).toBe(
      '{"date":"2026-10-01","currency":"DKK","customer":{"customerNumber":100},"paymentTerms":{"paymentTermsNumber":1},"layout":{"layoutNumber":19},' +
        '"recipient":{"name":"Peter Jørgensen","address":"Vestergade 49","zip":"5000","city":"Odense C","country":"Danmark","ean":"5790000123456","vatZone":{"vatZoneNumber":1}},' +
        '"references":{"other":"LB:woocommerce:1007"},"notes":{"heading":"Ordre 1007","textLine1":"Betalt med MobilePay"},' +
        '"lines":[{"lineNumber":1,"sortKey":1,"product":{"productNumber":"SKAAL-EG-03"},"description":"Serveringsskål i egetræ","quantity":2,"unitNetPrice":279.2},' +
        '{"lineNumber":2,"sortKey":2,"product":{"productNumber":"FRAGT"},"description":"GLS Pakkeshop","quantity":1,"unitNetPrice":31.2}],' +
        '"delivery":{"address":"Vestergade 49","zip":"5000","city":"Odense C","country":"Danmark"}}',
    );
  });

  it('leaves out the empty parts of the recipient and the delivery address, a missing second note line and a missing delivery', () => {
    const sparse = plan({ recipient: { name: 'Ordre 1007', address: '', zip: '', city: 'Odense C', country: '', vatZoneNumber: 1 }, notes: { heading: 'Ordre 1007' }, delivery: { address: '', zip: '5000', city: '', country: '' } });
    const body = draftInvoiceBody(sparse, 7);
    expect(JSON.stringify(body.recipient)).toBe('{"name":"Ordre 1007","city":"Odense C","vatZone":{"vatZoneNumber":1}}');
    expect(JSON.stringify(body.notes)).toBe('{"heading":"Ordre 1007"}');
    expect(JSON.stringify(body.delivery)).toBe('{"zip":"5000"}');
    expect(body).not.toHaveProperty('delivery.address');
    expect(draftInvoiceBody(plan({ delivery: undefined }), 7)).not.toHaveProperty('delivery');
  });
});
