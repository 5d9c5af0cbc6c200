import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectionFields, type CollectionSchemaName } from '../../../../main/sandbox/economic/collection-fields';
import { draft03ToDraft07 } from '../../../../main/sandbox/economic/draft03';
import { parseSchemaText, publishedSchema, schemaAt } from '../../../../main/sandbox/economic/published-schemas';
import { checkAgainstSchema, requestSchema, type RequestSchemaName } from '../../../../main/sandbox/economic/request-schema';
import { BODY_CORRECTIONS, FIELD_CORRECTIONS } from '../../../../main/sandbox/economic/schema-corrections';
import { FIXTURES, fixture } from './helpers';

/** e-conomic's published schemas as the sandbox reads them, and the corrections it makes to them. */

const SCHEMAS = fileURLToPath(new URL('../../../../main/sandbox/economic/schemas', import.meta.url));
const REQUESTS: RequestSchemaName[] = [
  'customers.post', 'customers.customerNo.put', 'products.post', 'products.productNumber.put', 'invoices.drafts.post',
  'invoices.drafts.draftInvoiceNumber.put', 'invoices.booked.post', 'invoices.booked.bookWithNumber.put', 'journals.journalNumber.vouchers.post',
];

describe('the copies of the published schemas', () => {
  it('are byte for byte the files SOURCES.md lists, by sha256', () => {
    const sources = readFileSync(join(SCHEMAS, 'SOURCES.md'), 'utf8');
    const listed = [...sources.matchAll(/^\| `([^`]+\.json)` \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1], m[2]]);
    const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.json')).sort();
    expect(listed.map(([f]) => f).sort()).toEqual(files);
    for (const [file, hash] of listed) expect(createHash('sha256').update(readFileSync(join(SCHEMAS, file))).digest('hex'), file).toBe(hash);
  });

  it('reads a published file with a trailing comma, dropping only that comma', () => {
    const text = readFileSync(join(FIXTURES, 'schemas/invoices.totals.drafts.employees.get.schema.json'), 'utf8');
    expect(() => JSON.parse(text)).toThrow();
    const schema = parseSchemaText(text);
    expect(schema.$schema).toBe('http://json-schema.org/draft-03/schema#');
    // a comma inside a string is text, not a trailing comma
    expect(parseSchemaText('{"a": "x, }", "b": [1, 2,],}')).toEqual({ a: 'x, }', b: [1, 2] });
  });
});

describe('draft-03 to draft-07', () => {
  it('moves required: true to the parent, makes exclusive bounds numeric and keeps e-conomic\'s decimals keyword', () => {
    const converted = draft03ToDraft07({
      type: 'object',
      description: 'dropped',
      properties: {
        name: { type: 'string', required: true, maxLength: 3, filterable: true },
        n: { type: 'integer', minimum: 0, exclusiveMinimum: true },
        rate: { type: 'number', maxDecimals: 6 },
        self: { type: 'string', format: 'uri', required: false },
        lines: { type: 'array', items: { type: 'object', properties: { q: { type: 'number', maxDecimal: 2, required: true } } } },
      },
    });
    expect(converted).toEqual({
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', maxLength: 3 },
        n: { type: 'integer', exclusiveMinimum: 0 },
        rate: { type: 'number', maxDecimal: 6 },
        self: { type: 'string' },
        lines: { type: 'array', items: { type: 'object', required: ['q'], properties: { q: { type: 'number', maxDecimal: 2 } } } },
      },
    });
  });
});

describe('the corrections to the published schemas', () => {
  it('each name a property or field the published schema has, with a reason and a source', () => {
    for (const c of BODY_CORRECTIONS) {
      expect(schemaAt(publishedSchema(c.schema), c.path), `${c.schema} ${c.path.join('.')}`).toBeDefined();
      expect(c.reason.length).toBeGreaterThan(20);
      expect(c.source).toMatch(/^\[(live|filters)\]/);
    }
    for (const c of FIELD_CORRECTIONS) {
      for (const name of c.collections) {
        const item = publishedSchema(name).properties!.collection!.items!;
        // an under-reported field is in the schema but not marked; an over-reported one is marked
        expect(schemaAt(item, c.field.split('.')), `${name} ${c.field}`).toBeDefined();
      }
      expect(c.source).toMatch(/^\[(live|filters)\]/);
    }
  });

  it('make the PUT of a draft require what a draft cannot be without', () => {
    expect(publishedSchema('invoices.drafts.draftInvoiceNumber.put').properties!.date.required).toBeUndefined();
    expect(requestSchema('invoices.drafts.draftInvoiceNumber.put').properties!.date.required).toBe(true);
    const v = checkAgainstSchema('invoices.drafts.draftInvoiceNumber.put', { lines: [] });
    expect(Object.keys(v.errors).sort()).toEqual(['currency', 'customer', 'date', 'paymentTerms', 'recipient']);
  });

  it('take what the server refuses out of the filter fields and add what it accepts', () => {
    const fields = (n: CollectionSchemaName) => [...collectionFields(n).filterable.keys()];
    expect(fields('customers.get')).toContain('pNumber');
    expect(fields('customer-groups.get')).toEqual(['customerGroupNumber', 'name']);
    expect(fields('products.get')).not.toContain('inventory.netWeight');
    expect(collectionFields('products.get').filterable.get('barred')).toBe('eqOnly');
    expect(collectionFields('products.get').sortable.has('barred')).toBe(false);
    expect(fields('journals.journalNumber.entries.get')).not.toContain('customerInvoice');
    expect(fields('journals.journalNumber.entries.get')).toEqual(expect.arrayContaining(['customer.customerNumber', 'text', 'amount', 'date', 'entryType', 'voucher.voucherNumber', 'journalEntryNumber']));
    for (const view of ['invoices.drafts.get', 'invoices.booked.get', 'invoices.paid.get', 'invoices.unpaid.get', 'invoices.overdue.get', 'invoices.not-due.get'] as const) {
      expect(fields(view)).toContain('references.other');
      expect(fields(view)).not.toContain('references.customerContact.customer.customerNumber');
    }
  });
});

describe('request bodies against the (corrected) published schemas', () => {
  const customer = { name: 'Hansen ApS', currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 } };
  const errorsAt = (name: RequestSchemaName, body: unknown) => checkAgainstSchema(name, body).errors as Record<string, { errors: Array<{ errorCode: string; errorMessage: string }> }>;

  it('accepts the real requests of the reference payloads', () => {
    expect(checkAgainstSchema('customers.post', fixture('customer-create-request.json')).ok).toBe(true);
    expect(checkAgainstSchema('products.post', fixture('product-create-request.json')).ok).toBe(true);
    expect(checkAgainstSchema('invoices.drafts.post', fixture('draft-invoice-create-request.json')).ok).toBe(true);
    expect(checkAgainstSchema('invoices.booked.post', fixture('book-invoice-request.json')).ok).toBe(true);
    expect(checkAgainstSchema('journals.journalNumber.vouchers.post', fixture('journal-voucher-post-request.restdocs-example.json')).ok).toBe(true);
  });

  it('rejects an explicit null with "Expected String but got Null", as the live server does', () => {
    expect(errorsAt('customers.post', { ...customer, address: null }).address.errors[0]).toMatchObject({ errorCode: 'E04300', errorMessage: 'Invalid type. Expected String but got Null.' });
    // untyped properties too, unless their enum lists null (nemHandelType does)
    expect(errorsAt('customers.post', { ...customer, priceGroup: null }).priceGroup).toBeDefined();
    const draft = fixture<Record<string, Record<string, unknown>>>('draft-invoice-create-request.json');
    expect(checkAgainstSchema('invoices.drafts.post', { ...draft, recipient: { ...draft.recipient, nemHandelType: null } }).ok).toBe(true);
  });

  it('rejects 0 where the minimum is 1, with the live wording', () => {
    expect(errorsAt('customers.post', { ...customer, customerNumber: 0 }).customerNumber.errors[0].errorMessage).toBe('Integer 0 is less than minimum value of 1.');
    const draft = fixture<Record<string, unknown>>('draft-invoice-create-request.json');
    const lines = (checkAgainstSchema('invoices.drafts.post', { ...draft, lines: [{ lineNumber: 0, sortKey: 0, product: { productNumber: '1' }, quantity: 1 }] }).errors as { lines: Array<Record<string, unknown>> }).lines;
    expect(Object.keys(lines[0]).sort()).toEqual(['arrayIndex', 'lineNumber', 'sortKey']);
  });

  it('is case-strict on enums: sendBy EAN, not ean; paymentTermsType net, not Net', () => {
    expect(checkAgainstSchema('invoices.booked.post', { draftInvoice: { draftInvoiceNumber: 1 }, sendBy: 'EAN' }).ok).toBe(true);
    expect(errorsAt('invoices.booked.post', { draftInvoice: { draftInvoiceNumber: 1 }, sendBy: 'ean' }).sendBy.errors[0].errorMessage).toBe('Value "ean" is not defined in enum.');
    const draft = fixture<Record<string, Record<string, unknown>>>('draft-invoice-create-request.json');
    expect(errorsAt('invoices.drafts.post', { ...draft, paymentTerms: { ...draft.paymentTerms, paymentTermsType: 'Net' } }).paymentTerms).toBeDefined();
  });

  it('reports missing required properties as E04042 "… is missing a value", lengths, patterns and decimals', () => {
    expect(errorsAt('customers.post', { name: 'x' }).currency.errors[0]).toMatchObject({ errorCode: 'E04042', errorMessage: 'currency is missing a value.' });
    // the schema says 20 for a customer's VAT number, and exactly 10 for a P-number
    expect(errorsAt('customers.post', { ...customer, vatNumber: 'DK'.padEnd(21, '1') }).vatNumber).toBeDefined();
    expect(errorsAt('customers.post', { ...customer, pNumber: '123' }).pNumber).toBeDefined();
    const draft = fixture<Record<string, unknown>>('draft-invoice-create-request.json');
    expect(errorsAt('invoices.drafts.post', { ...draft, currency: 'kr' }).currency.errors[0].errorMessage).toContain('regex pattern');
    expect(errorsAt('invoices.drafts.post', { ...draft, exchangeRate: 7.4512345 }).exchangeRate.errors[0]).toMatchObject({ errorCode: 'E04740', errorMessage: 'exchangeRate scale cannot be greater then six decimal places.' });
  });

  it('compiles every request schema the sandbox serves', () => {
    for (const name of REQUESTS) expect(() => checkAgainstSchema(name, {})).not.toThrow();
    expect(REQUESTS.map((n) => draft03ToDraft07(publishedSchema(n)).type)).toEqual(REQUESTS.map(() => 'object'));
  });
});
