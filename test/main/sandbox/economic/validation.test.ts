import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, draftBody } from './helpers';

describe('e-conomic sandbox: authentication, media type, routing and validation errors', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
    await call('POST', '/products', { productNumber: 'TSHIRT', name: 'T-shirt', productGroup: { productGroupNumber: 1 }, salesPrice: 200 });
  });
  afterAll(() => sb.close());

  const envelopeKeys = ['message', 'developerHint', 'logId', 'httpStatusCode', 'logTime'];

  it('answers wrong or missing tokens with 401, the envelope and a demo link, without echoing the token', async () => {
    const wrong = await call('GET', '/customers', undefined, { 'X-AgreementGrantToken': 'not-the-grant' });
    expect(wrong.status).toBe(401);
    for (const k of envelopeKeys) expect(wrong.json).toHaveProperty(k);
    expect(wrong.json.developerHint).toContain(`${sb.url}/customers?demo=true`);
    expect(wrong.text).not.toContain('not-the-grant');
    const missing = await fetch(`${sb.url}/self`);
    expect(missing.status).toBe(401);
  });

  it('lets the demo tokens read but not write', async () => {
    const demo = { 'X-AppSecretToken': 'demo', 'X-AgreementGrantToken': 'demo' };
    expect((await call('GET', '/vat-zones', undefined, demo)).status).toBe(200);
    const write = await call('POST', '/customers', { name: 'x' }, demo);
    expect(write.status).toBe(403);
    expect(write.json.httpStatusCode).toBe(403);
    expect((await fetch(`${sb.url}/layouts?demo=true`)).status).toBe(200);
  });

  it('rejects POST and PUT without a JSON content type with 415, and accepts a charset', async () => {
    const r = await call('POST', '/customers', '{}', { 'Content-Type': 'text/plain' });
    expect(r.status).toBe(415);
    const withCharset = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 100]]), { 'Content-Type': 'application/json; charset=utf-8' });
    expect(withCharset.status).toBe(201);
  });

  it('tells an unknown path (404) from a wrong verb on a known path (405)', async () => {
    const nf = await call('GET', '/invoices/booked/overdue-nope/x');
    expect(nf.status).toBe(404);
    expect(nf.json.httpStatusCode).toBe(404);
    const na = await call('PUT', '/customers', {});
    expect(na.status).toBe(405);
    expect(na.headers.get('allow')).toContain('GET');
    expect((await call('GET', '/invoices/drafts/999999')).status).toBe(404);
  });

  it('describes GET /self as the sandbox agreement', async () => {
    const r = await call('GET', '/self');
    expect(r.json).toMatchObject({ company: { name: 'LedgerBridge Sandbox ApS' }, companyAffiliation: 'Sandbox', settings: { baseCurrency: 'DKK' } });
    expect(r.json.agreementNumber).toEqual(expect.any(Number));
    expect(r.json.user.name).toEqual(expect.any(String));
    expect(r.json.modules.length).toBeGreaterThan(0);
  });

  it('refuses pagesize above 1000', async () => {
    const r = await call('GET', '/customers?pagesize=1001');
    expect(r.status).toBe(400);
    // live: "must be a positive whole number between 1 and 1000", E04810
    expect(r.json).toMatchObject({ errorCode: 'E04810', message: expect.stringContaining('between 1 and 1000') });
    // past the end is an empty page, not an error
    const past = await call('GET', '/customers?skippages=99999');
    expect(past.status).toBe(200);
    expect(past.json.collection).toEqual([]);
    expect((await call('GET', '/customers?pagesize=1000')).status).toBe(200);
  });

  describe('customers', () => {
    const valid = { name: 'Hansen ApS', currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 } };

    it('requires currency, customerGroup, name, paymentTerms and vatZone', async () => {
      const r = await call('POST', '/customers', {});
      expect(r.status).toBe(400);
      expect(Object.keys(r.json.errors).sort()).toEqual(['currency', 'customerGroup', 'name', 'paymentTerms', 'vatZone']);
      expect(r.json.errorCount).toBe(5);
    });

    it('enforces the documented field lengths', async () => {
      const r = await call('POST', '/customers', { ...valid, name: 'x'.repeat(256), email: 'e'.repeat(256), address: 'a'.repeat(511), zip: 'z'.repeat(31), city: 'c'.repeat(51), country: 'c'.repeat(51), corporateIdentificationNumber: '1'.repeat(41), ean: '5'.repeat(41), vatNumber: 'v'.repeat(51) });
      expect(Object.keys(r.json.errors).sort()).toEqual(['address', 'city', 'corporateIdentificationNumber', 'country', 'ean', 'email', 'name', 'vatNumber', 'zip']);
      const atLimit = await call('POST', '/customers', { ...valid, name: 'x'.repeat(255), city: 'c'.repeat(50) });
      expect(atLimit.status).toBe(201);
    });

    it('reports references to things that do not exist with E06000', async () => {
      const r = await call('POST', '/customers', { ...valid, customerGroup: { customerGroupNumber: 9 }, vatZone: { self: 'https://restapi.e-conomic.com/vat-zones/99' } });
      expect(r.json.errors.customerGroup.errors[0]).toMatchObject({ errorCode: 'E06000', inputValue: 9 });
      expect(r.json.errors.vatZone.errors[0]).toMatchObject({ errorCode: 'E06000', inputValue: 99 });
    });

    it('numbers customers automatically, finds them by CVR and deletes with 204', async () => {
      const a = await call('POST', '/customers', { ...valid, corporateIdentificationNumber: '29876543', email: 'shop@hansen.dk' });
      expect(a.status).toBe(201);
      const b = await call('POST', '/customers', valid);
      expect(b.json.customerNumber).toBe(a.json.customerNumber + 1);
      const found = await call('GET', '/customers?filter=corporateIdentificationNumber$eq:29876543');
      expect(found.json.collection.map((c: { customerNumber: number }) => c.customerNumber)).toEqual([a.json.customerNumber]);
      expect((await call('GET', '/customers?filter=email$eq:SHOP@hansen.dk')).json.collection).toHaveLength(1);
      const del = await call('DELETE', `/customers/${b.json.customerNumber}`);
      expect(del.status).toBe(204);
      expect(del.text).toBe('');
      expect((await call('GET', `/customers/${b.json.customerNumber}`)).status).toBe(404);
    });
  });

  describe('products', () => {
    it('encodes and decodes product numbers in self links', async () => {
      // the restdocs example "My Awesome Product_Discount5%" is longer than the 25 characters allowed
      const productNumber = 'Awesome Product_5%';
      const r = await call('POST', '/products', { productNumber, name: 'Rabat', productGroup: { productGroupNumber: 1 } });
      expect(r.status).toBe(201);
      expect(r.json.self).toBe(`${sb.url}/products/Awesome_9_Product_8_5_3_`);
      const got = await call('GET', '/products/Awesome_9_Product_8_5_3_');
      expect(got.json.productNumber).toBe(productNumber);
    });

    it('validates number, name, group, price decimals and uniqueness', async () => {
      const r = await call('POST', '/products', { productNumber: 'x'.repeat(26), name: '', productGroup: { productGroupNumber: 42 }, salesPrice: 1.234 });
      expect(Object.keys(r.json.errors).sort()).toEqual(['name', 'productGroup', 'productNumber', 'salesPrice']);
      expect(r.json.errors.productGroup.errors[0].errorCode).toBe('E06000');
      expect(r.json.errors.salesPrice.errors[0].errorCode).toBe('E04740');
      const dup = await call('POST', '/products', { productNumber: 'TSHIRT', name: 'again', productGroup: { productGroupNumber: 1 } });
      expect(dup.status).toBe(400);
      expect(dup.json.errors.productNumber).toBeDefined();
    });
  });

  describe('draft invoices', () => {
    it('requires currency, customer, date, layout, paymentTerms and recipient with name and vatZone', async () => {
      const r = await call('POST', '/invoices/drafts', {});
      expect(Object.keys(r.json.errors).sort()).toEqual(['currency', 'customer', 'date', 'layout', 'paymentTerms', 'recipient']);
      const r2 = await call('POST', '/invoices/drafts', draftBody([], { recipient: {} }));
      expect(Object.keys(r2.json.errors.recipient).sort()).toEqual(['name', 'vatZone']);
    });

    it('limits recipient name, references.other, notes and line texts', async () => {
      const body = draftBody([['TSHIRT', 1, 10]], {
        references: { other: 'o'.repeat(251) },
        notes: { heading: 'h'.repeat(251), textLine1: 't'.repeat(1001), textLine2: 't'.repeat(1001) },
      });
      (body.recipient as Record<string, unknown>).name = 'n'.repeat(251);
      (body.lines[0] as Record<string, unknown>).description = 'd'.repeat(2501);
      const r = await call('POST', '/invoices/drafts', body);
      expect(r.json.errorCount).toBe(6);
      expect(r.json.errors.recipient.name).toBeDefined();
      expect(r.json.errors.references.other).toBeDefined();
      expect(Object.keys(r.json.errors.notes).sort()).toEqual(['heading', 'textLine1', 'textLine2']);
      expect(r.json.errors.lines[0].description).toBeDefined();
      const long = await call('POST', '/invoices/drafts', draftBody([['x'.repeat(26), 1, 10]]));
      expect(long.json.errors.lines[0].product.productNumber.errors[0].errorCode).toBe('E04300');
    });

    it('reports E04740 for more than two decimals in unitNetPrice and discountPercentage', async () => {
      const r = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 10.005, 2.125]]));
      expect(r.json.errors.lines[0].unitNetPrice.errors[0]).toMatchObject({ errorCode: 'E04740', inputValue: 10.005 });
      expect(r.json.errors.lines[0].discountPercentage.errors[0].errorCode).toBe('E04740');
    });

    it('reports E04730 when a product line has no quantity, and E06000 with arrayIndex for unknown products', async () => {
      const body = draftBody([['TSHIRT', 1, 10], ['NOPE', 1, 10]]);
      delete (body.lines[0] as Record<string, unknown>).quantity;
      const r = await call('POST', '/invoices/drafts', body);
      expect(r.json.errors.lines).toEqual([
        { arrayIndex: 0, quantity: { errors: [expect.objectContaining({ errorCode: 'E04730', errorMessage: 'Property quantity must have a value when product is set.' })] } },
        { arrayIndex: 1, product: { errors: [expect.objectContaining({ errorCode: 'E06000', inputValue: 'NOPE' })] } },
      ]);
    });

    it('reports E07180 when the sent paymentTermsType does not match the terms', async () => {
      const r = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 10]], { paymentTerms: { paymentTermsNumber: 1, paymentTermsType: 'invoiceMonth' } }));
      expect(r.json.errors.paymentTermsType.errors[0].errorCode).toBe('E07180');
      const matching = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 10]], { paymentTerms: { paymentTermsNumber: 1, paymentTermsType: 'net' } }));
      expect(matching.status).toBe(201);
    });

    it('checks that layout, currency, vat zone and unit exist', async () => {
      const body = draftBody([['TSHIRT', 1, 10]], { layout: { layoutNumber: 3 }, currency: 'XXX' });
      (body.recipient as Record<string, unknown>).vatZone = { vatZoneNumber: 77 };
      (body.lines[0] as Record<string, unknown>).unit = { unitNumber: 9 };
      const r = await call('POST', '/invoices/drafts', body);
      expect(r.json.errors.layout.errors[0].errorCode).toBe('E06000');
      expect(r.json.errors.currency.errors[0].errorCode).toBe('E06000');
      expect(r.json.errors.recipient.vatZone.errors[0].errorCode).toBe('E06000');
      expect(r.json.errors.lines[0].unit.errors[0].errorCode).toBe('E06000');
    });

    it('rejects the whole invoice when one line is bad', async () => {
      const before = (await call('GET', '/invoices/drafts')).json.pagination.results;
      await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 10], ['TSHIRT', 1, 0.001]]));
      expect((await call('GET', '/invoices/drafts')).json.pagination.results).toBe(before);
    });

    it('rejects null values and malformed JSON with 400', async () => {
      const r = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 10]], { notes: null }));
      expect(r.status).toBe(400);
      const bad = await call('POST', '/invoices/drafts', '{"currency":');
      expect(bad.status).toBe(400);
      expect(bad.json.httpStatusCode).toBe(400);
    });

    it('reports a booking of a draft that does not exist as a validation error', async () => {
      const r = await call('POST', '/invoices/booked', { draftInvoice: { draftInvoiceNumber: 424242 } });
      expect(r.status).toBe(400);
      expect(r.json.errors.draftInvoice.errors[0].errorCode).toBe('E06000');
    });
  });
});
