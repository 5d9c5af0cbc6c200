import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, fixture, missingKeys, type ApiResponse, type Doc } from './helpers';

/**
 * Every request example in test/fixtures/reference/economic is sent to the sandbox; it must be
 * accepted (or rejected exactly as documented), and the field names of the paired response
 * example (SOURCES.md) must all appear in the sandbox's answer.
 */
describe('e-conomic sandbox against the reference payloads', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;

  // Numbers the examples reference that a fresh agreement lacks are created through the API.
  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
    for (const [productNumber, group, costPrice] of [['1', 1, 800], ['2', 1, 0], ['50', 1, 0], ['99999', 2, 11111]] as const) {
      const r = await call('POST', '/products', { productNumber, name: `Product ${productNumber}`, productGroup: { productGroupNumber: group }, costPrice, unit: { unitNumber: 1 } });
      expect(r.status).toBe(201);
    }
    for (const customerNumber of [500000011, 99999]) {
      const r = await call('POST', '/customers', { customerNumber, name: `Customer ${customerNumber}`, currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 } });
      expect(r.status).toBe(201);
    }
  });
  afterAll(() => sb.close());

  const expectKeys = (example: unknown, actual: ApiResponse) => expect(missingKeys(example, actual.json)).toEqual([]);

  it('creates a customer from customer-create-request.json with every field of the live response', async () => {
    const r = await call('POST', '/customers', fixture('customer-create-request.json'));
    expect(r.status).toBe(201);
    expect(r.headers.get('location')).toBe(r.json.self);
    expectKeys(fixture('customer-create-response.json'), r);
  });

  it('lists customers like the demo agreement does, readable with the demo tokens', async () => {
    const demo = fixture<{ collection: Array<Record<string, unknown>> }>('customers-collection.demo.json');
    const item = demo.collection[0];
    const readOnly = ['customerNumber', 'balance', 'dueAmount', 'lastUpdated', 'contacts', 'templates', 'totals', 'deliveryLocations', 'invoices', 'eInvoicingDisabledByDefault', 'self'];
    const body = Object.fromEntries(Object.entries(item).filter(([k]) => !readOnly.includes(k)));
    const created = await call('POST', '/customers', body);
    expect(created.status).toBe(201);
    const r = await call('GET', `/customers?filter=customerNumber$eq:${created.json.customerNumber}`, undefined, { 'X-AppSecretToken': 'demo', 'X-AgreementGrantToken': 'demo' });
    expect(r.status).toBe(200);
    expect(r.json.collection).toHaveLength(1);
    expect(missingKeys({ ...demo, collection: [item] }, r.json)).toEqual([]);
  });

  it('creates the products of both product examples and answers GET like a real agreement', async () => {
    const r = await call('POST', '/products', fixture('product-create-request.json'));
    expect(r.status).toBe(201);
    expectKeys(fixture('product-create-response.json'), r);
    const doc = await call('POST', '/products', fixture('product-create-request.restdocs-example.json'));
    expect(doc.status).toBe(201);
    expect(doc.json.productNumber).toBe('500');
    await call('PUT', '/products/1', { productNumber: '1', name: 'Skjorte', description: 'Skånsom vask', productGroup: { productGroupNumber: 1 }, costPrice: 800, unit: { unitNumber: 1 } });
    expectKeys(fixture('product-get.2019.json'), await call('GET', '/products/1'));
  });

  it('accepts draft-invoice-create-request.json (timestamp date) and computes 500 → 625 like the live response', async () => {
    const r = await call('POST', '/invoices/drafts', fixture('draft-invoice-create-request.json'));
    expect(r.status).toBe(201);
    expectKeys(fixture('draft-invoice-create-response.json'), r);
    expect(r.json).toMatchObject({ date: '2024-02-13', dueDate: '2024-02-21', netAmount: 500, vatAmount: 125, grossAmount: 625, roundingAmount: 0, exchangeRate: 100, marginInBaseCurrency: -300, marginPercentage: -60 });
    expect(r.text).toContain('"netAmount":500.000000');
    expect(r.text).toContain('"exchangeRate":100.000000');
  });

  it('rejects the restdocs draft example exactly where it conflicts with the docs and the agreement', async () => {
    // payment terms 1 here is "Netto 8 dage" (net), layout 5 and unit 4 do not exist in this agreement,
    // and its product lines lack the description restdocs requires "when setting existing products"
    const r = await call('POST', '/invoices/drafts', fixture('draft-invoice-request.restdocs-example.json'));
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ errorCode: 'E04300', httpStatusCode: 400, errorCount: 6, message: 'Validation failed. 6 errors found.' });
    expect(r.json.errors.paymentTermsType.errors[0]).toMatchObject({ errorCode: 'E07180', inputValue: 'invoiceMonth' });
    expect(r.json.errors.layout.errors[0]).toMatchObject({ errorCode: 'E06000', inputValue: 5 });
    const description = { errors: [expect.objectContaining({ propertyName: 'description', errorCode: 'E04300' })] };
    expect(r.json.errors.lines).toEqual([
      { arrayIndex: 0, description },
      { arrayIndex: 1, description },
      { arrayIndex: 2, description, unit: { errors: [expect.objectContaining({ errorCode: 'E06000', inputValue: 4, propertyName: 'unit' })] } },
    ]);
    expect(Object.keys(r.json.errors).sort()).toEqual(['layout', 'lines', 'paymentTermsType']);
  });

  it('reproduces draft-invoice-get-single.json: 2 × 850 with 10 % discount → 1530, net 2530, VAT 632.50, gross 3162.50', async () => {
    const ex = fixture<Doc>('draft-invoice-get-single.json');
    const { vatZone, ...recipient } = ex.recipient;
    const request = {
      externalId: ex.externalId,
      date: ex.date,
      currency: ex.currency,
      customer: { customerNumber: ex.customer.customerNumber },
      layout: { layoutNumber: ex.layout.layoutNumber },
      paymentTerms: { paymentTermsNumber: ex.paymentTerms.paymentTermsNumber, paymentTermsType: ex.paymentTerms.paymentTermsType },
      recipient: { ...recipient, vatZone: { vatZoneNumber: vatZone.vatZoneNumber } },
      notes: ex.notes,
      references: ex.references,
      lines: ex.lines.map((l: Doc) => ({
        lineNumber: l.lineNumber, sortKey: l.sortKey, description: l.description, unit: { unitNumber: l.unit.unitNumber },
        product: { productNumber: l.product.productNumber }, quantity: l.quantity, unitNetPrice: l.unitNetPrice,
        discountPercentage: l.discountPercentage, unitCostPrice: l.unitCostPrice,
      })),
    };
    const created = await call('POST', '/invoices/drafts', request);
    expect(created.status).toBe(201);
    const r = await call('GET', `/invoices/drafts/${created.json.draftInvoiceNumber}`);
    expectKeys(ex, r);
    expect(r.json.lines[1].totalNetAmount).toBe(1530);
    expect(r.json).toMatchObject({ netAmount: 2530, vatAmount: 632.5, grossAmount: 3162.5, grossAmountInBaseCurrency: 3162.5, marginInBaseCurrency: 1730, marginPercentage: 68.38, costPriceInBaseCurrency: 800, dueDate: ex.dueDate });
    expect(r.json.lines.map((l: Record<string, number>) => [l.marginInBaseCurrency, l.marginPercentage])).toEqual([[200, 20], [1530, 100]]);

    // externalId is not among the drafts' filterable fields (schema); the draft number is
    expect((await call('GET', '/invoices/drafts?filter=externalId$eq:123456')).status).toBe(400);
    const list = await call('GET', `/invoices/drafts?filter=draftInvoiceNumber$eq:${created.json.draftInvoiceNumber}`);
    expect(list.json.collection).toHaveLength(1);
    const exList = fixture<Doc>('draft-invoices-collection.json');
    expect(missingKeys({ ...exList, collection: [exList.collection[0]] }, list.json)).toEqual([]);
  });

  it('reproduces draft-invoice-create-response.2024.json: 1.23 × 1.12 = 1.38, no VAT, net 30 due date', async () => {
    // the live agreement's terms 3 ("30 dage", net 30) is terms 2 ("Netto 30 dage") in the sandbox
    const r = await call('POST', '/invoices/drafts', {
      date: '2024-04-06', currency: 'DKK', customer: { customerNumber: 99999 }, layout: { layoutNumber: 21 },
      paymentTerms: { paymentTermsNumber: 2 }, notes: { heading: '#99999 Customer 1 name', textLine1: 'TextLine1' },
      recipient: { name: 'Customer 1 name', address: 'Customer1 address', zip: '3390', city: 'Customer 1 city', vatZone: { vatZoneNumber: 1 } },
      lines: [{ lineNumber: 1, sortKey: 1, description: 'Desc', unit: { unitNumber: 1 }, product: { productNumber: '99999' }, quantity: 1.23, unitNetPrice: 1.12, discountPercentage: 0, unitCostPrice: 11111 }],
    });
    expect(r.status).toBe(201);
    expectKeys(fixture('draft-invoice-create-response.2024.json'), r);
    expect(r.json).toMatchObject({ netAmount: 1.38, vatAmount: 0, grossAmount: 1.38, costPriceInBaseCurrency: 13666.53, marginInBaseCurrency: -13665.15, marginPercentage: -990228.26, dueDate: '2024-05-06' });
    expect(r.json.lines[0]).toMatchObject({ totalNetAmount: 1.38, marginInBaseCurrency: -13665.15, marginPercentage: -990228.26 });
  });

  it('answers DELETE of one draft and of all drafts with the documented bodies', async () => {
    const one = await call('POST', '/invoices/drafts', fixture('draft-invoice-create-request.json'));
    const del = await call('DELETE', `/invoices/drafts/${one.json.draftInvoiceNumber}`);
    expect(del.status).toBe(200);
    expectKeys(fixture('draft-invoice-delete-response.json'), del);
    expectKeys(fixture('draft-invoice-delete-response.restdocs-example.json'), del);
    expect(del.json).toMatchObject({ message: 'Deleted invoice.', deletedCount: 1 });
    expect((await call('GET', `/invoices/drafts/${one.json.draftInvoiceNumber}`)).status).toBe(404);

    const drafts = await call('GET', '/invoices/drafts');
    const all = await call('DELETE', '/invoices/drafts');
    expectKeys(fixture('draft-invoices-bulk-delete-response.restdocs-example.json'), all);
    expect(all.json.message).toBe(`Deleted ${drafts.json.pagination.results} invoices.`);
    expect((await call('GET', '/invoices/drafts')).json.collection).toEqual([]);
  });

  describe('booking requests', () => {
    const newDraft = async (over: Record<string, unknown> = {}) => {
      const base = fixture<Doc>('draft-invoice-create-request.json');
      const r = await call('POST', '/invoices/drafts', { ...base, ...over });
      expect(r.status).toBe(201);
      return r.json.draftInvoiceNumber as number;
    };
    /** Points an example's draftInvoice (number and self) at a draft of this sandbox. */
    const retarget = (name: string, n: number) => {
      const body = fixture<Doc>(name);
      body.draftInvoice.draftInvoiceNumber = n;
      if (body.draftInvoice.self) body.draftInvoice.self = `${sb.url}/invoices/drafts/${n}`;
      return body;
    };

    it('books with book-invoice-request.json and returns the booked document of the live response', async () => {
      const n = await newDraft();
      const r = await call('POST', '/invoices/booked', retarget('book-invoice-request.json', n));
      expect(r.status).toBe(201);
      expectKeys(fixture('booked-invoice-book-response.json'), r);
      expect(r.json).toMatchObject({ orderNumber: n, grossAmount: 625, remainder: 625, remainderInBaseCurrency: 625 });
      expect(r.json.lines[0]).toMatchObject({ vatRate: 25, vatAmount: 125 });
      expect(r.text).toContain('"vatRate":25.00000000');
    });

    it('books with the restdocs example that references the draft by number and self', async () => {
      const n = await newDraft();
      const r = await call('POST', '/invoices/booked', retarget('book-invoice-request.restdocs-example.json', n));
      expect(r.status).toBe(201);
    });

    it('books with bookWithNumber 7, then refuses number 7 for the next draft', async () => {
      const n = await newDraft();
      const r = await call('POST', '/invoices/booked', retarget('book-invoice-request-bookWithNumber.restdocs-example.json', n));
      expect(r.status).toBe(201);
      expect(r.json.bookedInvoiceNumber).toBe(7);
      const again = await call('POST', '/invoices/booked', retarget('book-invoice-request-bookWithNumber-sendBy.restdocs-example.json', await newDraft()));
      expect(again.status).toBe(400);
      // number 7 is taken, and the example's "ean" is not the schema's (case-strict) "EAN"
      expect(Object.keys(again.json.errors).sort()).toEqual(['bookWithNumber', 'sendBy']);
      expect(again.json.errors.sendBy.errors[0].errorMessage).toBe('Value "ean" is not defined in enum.');
    });

    it('books with sendBy "EAN" on a fresh agreement when the recipient has an EAN, and refuses it without one', async () => {
      const fresh = await startEconomicSandbox();
      try {
        const api = client(fresh);
        await api('POST', '/products', { productNumber: '1', name: 'T-shirt', productGroup: { productGroupNumber: 1 } });
        const base = fixture<Doc>('draft-invoice-create-request.json');
        const d = await api('POST', '/invoices/drafts', { ...base, recipient: { ...base.recipient, ean: '5790000000000' } });
        const noEan = await api('POST', '/invoices/drafts', base);
        const body = { ...fixture<Doc>('book-invoice-request-bookWithNumber-sendBy.restdocs-example.json'), sendBy: 'EAN' };
        const refused = await api('POST', '/invoices/booked', { ...body, draftInvoice: { draftInvoiceNumber: noEan.json.draftInvoiceNumber } });
        expect(refused.json.errors.sendBy.errors[0].errorMessage).toContain('recipient.ean');
        const r = await api('POST', '/invoices/booked', { ...body, draftInvoice: { draftInvoiceNumber: d.json.draftInvoiceNumber } });
        expect(r.status).toBe(201);
        expect(r.json.bookedInvoiceNumber).toBe(7);
      } finally {
        await fresh.close();
      }
    });
  });

  it('accepts the restdocs journal voucher example with all entry types', async () => {
    const r = await call('POST', '/journals/1/vouchers', fixture('journal-voucher-post-request.restdocs-example.json'));
    expect(r.status).toBe(201);
    expect(r.json).toHaveLength(4);
    expect(r.json[0].entries.supplierInvoices[0]).toMatchObject({ amount: 100, date: '2017-05-03', entryType: 'supplierInvoice' });
    const entries = await call('GET', '/journals/1/entries?filter=entryType$eq:customerPayment');
    expect(entries.json.collection).toHaveLength(1);
  });

  it('matches the 2024 live validation envelope for unknown payment terms and a mismatching terms type', async () => {
    const ex = fixture<Doc>('error-validation-400.2024.json');
    const base = fixture<Doc>('draft-invoice-create-request.json');
    const r = await call('POST', '/invoices/drafts', { ...base, paymentTerms: { paymentTermsNumber: 4711, paymentTermsType: 'invoiceMonth' } });
    expect(r.status).toBe(400);
    expectKeys(ex, r);
    expect(Object.keys(r.json.errors).sort()).toEqual(Object.keys(ex.errors).sort());
    expect(r.json).toMatchObject({ message: ex.message, errorCode: ex.errorCode, errorCount: ex.errorCount, developerHint: ex.developerHint });
    expect(r.json.errors.paymentTerms.errors[0]).toMatchObject({ errorCode: 'E07080', errorMessage: "PaymentTerms '4711' not found.", inputValue: 4711 });
    expect(r.json.errors.paymentTermsType.errors[0]).toMatchObject({ errorCode: 'E07180', errorMessage: ex.errors.paymentTermsType.errors[0].errorMessage, inputValue: 'invoiceMonth' });
    expect(r.json.logId).toMatch(/^[0-9a-f]{16}-CPH$/);
    expect(r.json.logTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('reports the failures of the restdocs annotated-error example at the same places with the same codes', async () => {
    const ex = fixture<Doc>('error-validation-400.restdocs-example.json');
    const base = fixture<Doc>('draft-invoice-create-request.json');
    const r = await call('POST', '/invoices/drafts', {
      ...base,
      currency: 'ZUL',
      customer: { customerNumber: 987987987 },
      lines: [
        { description: 'a', product: { productNumber: '1' }, quantity: 1, unit: { unitNumber: 10 }, unitNetPrice: 10.12345 },
        { description: 'b', product: {}, quantity: 1, unitNetPrice: 1 },
      ],
    });
    expect(r.status).toBe(400);
    const codes = (node: { errors: Array<{ errorCode: string }> }) => node.errors.map((e) => e.errorCode);
    expect(codes(r.json.errors.currency)).toEqual(codes(ex.errors.currency));
    expect(codes(r.json.errors.customer)).toEqual(codes(ex.errors.customer));
    expect(codes(r.json.errors.lines[0].unit)).toEqual(codes(ex.errors.lines[0].unit));
    expect(codes(r.json.errors.lines[0].unitNetPrice)).toEqual(codes(ex.errors.lines[0].unitNetPrice));
    expect(codes(r.json.errors.lines[1].product)).toEqual(codes(ex.errors.lines[1].product));
    expect(r.json.errors.lines.map((l: { arrayIndex: number }) => l.arrayIndex)).toEqual([0, 1]);
  });

  it.each([
    ['vat-zones', 'vat-zones-collection.2015.json'],
    ['payment-terms', 'payment-terms-collection.2015.json'],
    ['customer-groups', 'customer-groups-collection.2015.json'],
  ])('serves /%s with the fields of %s', async (path, file) => {
    const r = await call('GET', `/${path}`);
    expect(r.status).toBe(200);
    expectKeys(fixture(file), r);
  });

  it('seeds the VAT zones with the numbers and names of the reference agreement', async () => {
    const r = await call('GET', '/vat-zones');
    const ex = fixture<{ collection: Array<{ vatZoneNumber: number; name: string }> }>('vat-zones-collection.2015.json');
    expect(r.json.collection.map((z: { vatZoneNumber: number; name: string }) => [z.vatZoneNumber, z.name])).toEqual(ex.collection.map((z) => [z.vatZoneNumber, z.name]));
  });
});
