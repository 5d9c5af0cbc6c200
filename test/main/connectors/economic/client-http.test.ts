import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EconomicClient, EconomicError, type EconomicClientOptions } from '../../../../main/connectors/economic';
import { dropConnection, sendJson, startLocalServer } from './local-server';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../../fixtures/reference/economic', name), 'utf8'));

const DRAFT = {
  date: '2026-11-27',
  currency: 'DKK',
  customer: { customerNumber: 1 },
  layout: { layoutNumber: 14 },
  paymentTerms: { paymentTermsNumber: 1 },
  recipient: { name: 'Jens Hansen', vatZone: { vatZoneNumber: 1 } },
  lines: [{ description: 'T-shirt', product: { productNumber: '1' }, quantity: '1', unitNetPrice: '500.00' }],
};

let server: Awaited<ReturnType<typeof startLocalServer>>;
let sleeps: number[];

function client(extra: Partial<EconomicClientOptions> = {}) {
  return new EconomicClient({
    baseUrl: server.url,
    appSecretToken: 'app-secret-123',
    agreementGrantToken: 'grant-456',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...extra,
  });
}

async function rejection(p: Promise<unknown>): Promise<EconomicError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EconomicError);
  return err as EconomicError;
}

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  sleeps = [];
});

describe('requests', () => {
  it('sends both tokens, JSON content type and accept on every request, and the idempotency key on writes', async () => {
    server.state.handler = (req, res) => sendJson(res, req.method === 'POST' ? 201 : 200, { draftInvoiceNumber: 7 });
    const c = client();
    await c.getDraftInvoice(7);
    await c.createDraftInvoice(DRAFT, 'order-wc-1-draft');
    for (const r of server.requests) {
      expect(r.headers['x-appsecrettoken']).toBe('app-secret-123');
      expect(r.headers['x-agreementgranttoken']).toBe('grant-456');
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(r.headers.accept).toBe('application/json');
    }
    expect(server.requests[0].headers['idempotency-key']).toBeUndefined();
    expect(server.requests[1].headers['idempotency-key']).toBe('order-wc-1-draft');
    expect(JSON.parse(server.requests[1].body).lines[0]).toEqual({ description: 'T-shirt', product: { productNumber: '1' }, quantity: 1, unitNetPrice: 500 });
  });

  it('refuses a write without an idempotency key before sending anything', async () => {
    const err = await rejection(client().createDraftInvoice(DRAFT, ''));
    expect(err.message).toMatch(/Idempotency-Key/);
    expect(server.requests).toHaveLength(0);
  });

  it('looks products up by their self-link encoded number and returns null when missing', async () => {
    server.state.handler = (_req, res) => sendJson(res, 404, { message: 'Not found', httpStatusCode: 404 });
    expect(await client().getProduct('Kaffe 1/2 kg')).toBeNull();
    expect(server.requests[0].url).toBe('/products/Kaffe_9_1_6_2_9_kg');
  });

  it('books a draft with the documented body', async () => {
    server.state.handler = (_req, res) => sendJson(res, 201, fixture('booked-invoice-book-response.json'));
    const booked = await client().bookDraftInvoice(424, 'book-424', { bookWithNumber: 300 });
    expect(booked.bookedInvoiceNumber).toBe(300);
    expect(server.requests[0].url).toBe('/invoices/booked');
    expect(JSON.parse(server.requests[0].body)).toEqual({ draftInvoice: { draftInvoiceNumber: 424 }, bookWithNumber: 300 });
  });

  it('treats deleting a draft that is already gone as done', async () => {
    server.state.handler = (_req, res) => sendJson(res, 404, { message: 'Draft invoice not found.' });
    await expect(client().deleteDraftInvoice(403, 'delete-403')).resolves.toBeUndefined();
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', url: '/invoices/drafts/403' });
    expect(server.requests[0].headers['idempotency-key']).toBe('delete-403');
  });

  it('downloads a PDF as bytes and refuses something that is not a PDF', async () => {
    server.state.handler = (req, res) => {
      if (req.url.endsWith('/300/pdf')) {
        res.writeHead(200, { 'Content-Type': 'application/pdf' });
        res.end(Buffer.from('%PDF-1.7\n...binary...'));
      } else sendJson(res, 200, { not: 'a pdf' });
    };
    const pdf = await client().downloadBookedInvoicePdf(300);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const err = await rejection(client().downloadDraftInvoicePdf(5));
    expect(err.message).toMatch(/did not return a PDF/);
  });

  it('does not send the tokens along when a file link redirects to another host', async () => {
    const other = await startLocalServer();
    try {
      other.state.handler = (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/pdf' });
        res.end('%PDF-1.4 elsewhere');
      };
      // 127.0.0.1 vs localhost: a different origin for the client.
      const otherUrl = other.url.replace('127.0.0.1', 'localhost');
      server.state.handler = (_req, res) => {
        res.writeHead(302, { Location: `${otherUrl}/files/abc.pdf` });
        res.end();
      };
      const pdf = await client().downloadBookedInvoicePdf(1);
      expect(pdf.toString()).toBe('%PDF-1.4 elsewhere');
      expect(other.requests[0].headers['x-appsecrettoken']).toBeUndefined();
      expect(other.requests[0].headers['x-agreementgranttoken']).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});

describe('retries', () => {
  it('retries 500 and 503 with the same idempotency key and succeeds', async () => {
    server.state.handler = (_req, res, i) => {
      if (i === 0) sendJson(res, 500, { message: 'oops' });
      else if (i === 1) sendJson(res, 503, { message: 'busy' });
      else sendJson(res, 201, { draftInvoiceNumber: 9 });
    };
    const c = client();
    const draft = await c.createDraftInvoice(DRAFT, 'key-9');
    expect(draft.draftInvoiceNumber).toBe(9);
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['key-9', 'key-9', 'key-9']);
    expect(c.stats).toEqual({ calls: 3, retries: 2 });
  });

  it('waits with exponential backoff and full jitter between attempts', async () => {
    server.state.handler = (_req, res) => sendJson(res, 503, {});
    const err = await rejection(client({ maxAttempts: 4, random: () => 0.5 }).self());
    // random 0.5 × ceilings 500, 1000, 2000 ms
    expect(sleeps).toEqual([250, 500, 1000]);
    expect(err.kind).toBe('server');
    expect(err.detail.attempts).toBe(4);
    expect(server.requests).toHaveLength(4);
  });

  it('honours Retry-After given in seconds on 429', async () => {
    server.state.handler = (_req, res, i) => (i === 0 ? sendJson(res, 429, { message: 'Too many' }, { 'Retry-After': '3' }) : sendJson(res, 200, { agreementNumber: 1 }));
    await client().self();
    expect(sleeps).toEqual([3000]);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    server.state.handler = (_req, res, i) =>
      i === 0 ? sendJson(res, 429, {}, { 'Retry-After': new Date(Date.now() + 120_000).toUTCString() }) : sendJson(res, 200, { agreementNumber: 1 });
    await client().self();
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(110_000);
    expect(sleeps[0]).toBeLessThanOrEqual(120_000);
  });

  it('gives up on 429 after the last attempt with a rate-limited error', async () => {
    server.state.handler = (_req, res) => sendJson(res, 429, {}, { 'Retry-After': '1' });
    const err = await rejection(client({ maxAttempts: 3 }).self());
    expect(err.kind).toBe('rate-limited');
    expect(err.transient).toBe(true);
    expect(server.requests).toHaveLength(3);
  });

  it('retries a dropped connection and reuses the idempotency key', async () => {
    server.state.handler = (_req, res, i) => (i < 2 ? dropConnection(res) : sendJson(res, 201, { customerNumber: 5 }));
    const c = client();
    const customer = await c.createCustomer(
      { name: 'Jens', currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 } },
      'customer-jens',
    );
    expect(customer.customerNumber).toBe(5);
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['customer-jens', 'customer-jens', 'customer-jens']);
  });

  it('treats a request that gets no answer in time as a network failure and retries it', async () => {
    server.state.handler = (_req, res, i) => {
      if (i === 0) return; // never answers
      sendJson(res, 200, { agreementNumber: 1 });
    };
    const calls: Array<number | null> = [];
    const self = await client({ timeoutMs: 200, onCall: (info) => calls.push(info.status) }).self();
    expect(self.agreementNumber).toBe(1);
    expect(calls).toEqual([null, 200]);
  });

  it('reports a network failure after the last attempt', async () => {
    server.state.handler = (_req, res) => dropConnection(res);
    const err = await rejection(client({ maxAttempts: 2 }).self());
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/Could not reach e-conomic for GET \/self after 2 attempt/);
  });

  it('does not retry client errors: a validation error comes after exactly one attempt, with fields', async () => {
    server.state.handler = (_req, res) => sendJson(res, 400, fixture('error-validation-400.restdocs-example.json'));
    const c = client();
    const err = await rejection(c.createDraftInvoice(DRAFT, 'bad-draft'));
    expect(server.requests).toHaveLength(1);
    expect(c.stats).toEqual({ calls: 1, retries: 0 });
    expect(err.kind).toBe('validation');
    expect(err.transient).toBe(false);
    expect(err.detail.logId).toBe('c7ca5bc2-ad2d-4639-93f9-b22ba88c97d7');
    expect(err.fields.find((f) => f.path === 'lines[0].unitNetPrice')).toMatchObject({ errorCode: 'E04740', value: 10.12345 });
    expect(err.message).toContain('lines[0].unitNetPrice: unitNetPrice scale cannot be greater then two decimal places. (E04740)');
  });

  it('parses the 2024 envelope into fields and the top-level error code', async () => {
    server.state.handler = (_req, res) => sendJson(res, 400, fixture('error-validation-400.2024.json'));
    const err = await rejection(client().createDraftInvoice(DRAFT, 'k'));
    expect(err.detail.errorCode).toBe('E04300');
    expect(err.detail.logId).toBe('86d2a1f150c392bb-CPH');
    expect(err.fields.map((f) => f.path)).toEqual(['paymentTerms', 'paymentTermsType']);
    expect(err.message).toContain('(e-conomic log id 86d2a1f150c392bb-CPH)');
  });

  it.each([
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [405, 'unsupported'],
    [415, 'unsupported'],
    [501, 'unsupported'],
  ] as const)('maps status %i to a %s error without retrying', async (status, kind) => {
    server.state.handler = (_req, res) => sendJson(res, status, { message: 'no', logId: 'L1' });
    const err = await rejection(client().get('/customers/1'));
    expect(err.kind).toBe(kind);
    expect(err.detail.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });
});

describe('collections', () => {
  it('follows pagination.nextPage links until the last page', async () => {
    server.state.handler = (req, res) => {
      const page = Number(new URL(req.url, server.url).searchParams.get('skippages'));
      const body = {
        collection: [{ customerNumber: page * 2 + 1 }, { customerNumber: page * 2 + 2 }],
        pagination: { skipPages: page, pageSize: 2, results: 6, ...(page < 2 ? { nextPage: `https://restapi.e-conomic.com/customers?skippages=${page + 1}&pagesize=2` } : {}) },
      };
      sendJson(res, 200, body);
    };
    const all = await client().listAll<{ customerNumber: number }>('/customers', { pageSize: 2 });
    expect(all.map((c) => c.customerNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(server.requests.map((r) => r.url)).toEqual(['/customers?skippages=0&pagesize=2', '/customers?skippages=1&pagesize=2', '/customers?skippages=2&pagesize=2']);
  });

  it('counts skippages when the pagination object has no links (as on /invoices/drafts)', async () => {
    const real = fixture('draft-invoices-collection.json');
    server.state.handler = (req, res) => {
      const page = Number(new URL(req.url, server.url).searchParams.get('skippages'));
      const pagination = { skipPages: page, pageSize: 1, maxPageSizeAllowed: 1000, results: 2 };
      sendJson(res, 200, { collection: real.collection.slice(page, page + 1), pagination });
    };
    const drafts = await client().listAll<{ draftInvoiceNumber: number }>('/invoices/drafts', { pageSize: 1 });
    expect(drafts.map((d) => d.draftInvoiceNumber)).toEqual([422, 2]);
    expect(server.requests).toHaveLength(2);
  });

  it('reads a real collection response and asks for 1000 items per page', async () => {
    server.state.handler = (_req, res) => sendJson(res, 200, fixture('customers-collection.demo.json'));
    const customers = await client().listAll<{ name: string }>('/customers');
    expect(customers.map((c) => c.name)).toContain('Decathlon');
    expect(server.requests[0].url).toBe('/customers?skippages=0&pagesize=1000');
  });

  it('sends filters percent-encoded so that e-conomic receives them literally', async () => {
    server.state.handler = (_req, res) => sendJson(res, 200, { collection: [], pagination: { results: 0 } });
    await client().findDraftInvoices('references.other$eq:wc-123 $(x$)');
    const url = new URL(server.requests[0].url, server.url);
    expect(url.searchParams.get('filter')).toBe('references.other$eq:wc-123 $(x$)');
    expect(server.requests[0].url).not.toContain('+');
  });
});
