import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, draftBody } from './helpers';

const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
  }
  await doc.destroy();
  return text;
}

/** A raw request that reports a destroyed connection instead of throwing. */
function rawPost(sb: EconomicSandbox, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status?: number; headers?: Record<string, unknown>; error?: string }> {
  return new Promise((resolve) => {
    const data = JSON.stringify(body);
    const req = request(`${sb.url}${path}`, { method: 'POST', headers: { 'X-AppSecretToken': sb.appSecretToken, 'X-AgreementGrantToken': sb.agreementGrantToken, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    req.end(data);
  });
}

describe('e-conomic sandbox: writing, booking, paying', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
    await call('POST', '/products', { productNumber: 'KAFFE', name: 'Kaffe', productGroup: { productGroupNumber: 1 } });
  });
  afterAll(() => sb.close());

  it('replays a repeated Idempotency-Key instead of creating a second draft', async () => {
    const before = sb.state();
    const key = { 'Idempotency-Key': 'order-1001-draft' };
    const first = await call('POST', '/invoices/drafts', draftBody([['KAFFE', 1, 80]]), key);
    const again = await call('POST', '/invoices/drafts', draftBody([['KAFFE', 1, 80]]), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json.draftInvoiceNumber).toBe(first.json.draftInvoiceNumber);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    const after = sb.state();
    expect(after.drafts.length).toBe(before.drafts.length + 1);
    expect(after.idempotentReplays).toBe(before.idempotentReplays + 1);
    // a different key is a different operation; GET ignores keys
    expect((await call('POST', '/invoices/drafts', draftBody([['KAFFE', 1, 80]]), { 'Idempotency-Key': 'order-1002-draft' })).json.draftInvoiceNumber).not.toBe(first.json.draftInvoiceNumber);
    await call('GET', '/invoices/drafts', undefined, key);
    expect(sb.state().idempotentReplays).toBe(after.idempotentReplays);
  });

  it('books a draft: it disappears from drafts and becomes a booked invoice with a PDF', async () => {
    const draft = await call('POST', '/invoices/drafts', draftBody([['KAFFE', 2, 850, 10], ['KAFFE', 1, 1000]], { references: { other: 'woo-2001' } }));
    const n = draft.json.draftInvoiceNumber;
    const booked = await call('POST', '/invoices/booked', { draftInvoice: { draftInvoiceNumber: n } });
    expect(booked.status).toBe(201);
    expect(booked.headers.get('location')).toBe(booked.json.self);
    expect(booked.json).toMatchObject({ orderNumber: n, grossAmount: 3162.5, remainder: 3162.5, remainderInBaseCurrency: 3162.5 });
    expect(booked.json.pdf.download).toBe(`${sb.url}/invoices/booked/${booked.json.bookedInvoiceNumber}/pdf`);
    expect((await call('GET', `/invoices/drafts/${n}`)).status).toBe(404);
    const again = await call('POST', '/invoices/booked', { draftInvoice: { draftInvoiceNumber: n } });
    expect(again.status).toBe(400);

    const found = await call('GET', `/invoices/booked?filter=${encodeURIComponent('references.other$eq:woo-2001')}`);
    expect(found.json.collection.map((b: { bookedInvoiceNumber: number }) => b.bookedInvoiceNumber)).toEqual([booked.json.bookedInvoiceNumber]);

    const pdf = await fetch(booked.json.pdf.download, { headers: { 'X-AppSecretToken': sb.appSecretToken, 'X-AgreementGrantToken': sb.agreementGrantToken } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = await pdf.arrayBuffer();
    expect(Buffer.from(bytes).subarray(0, 4).toString()).toBe('%PDF');
    const text = await pdfText(bytes);
    expect(text).toContain(`Faktura nr. ${booked.json.bookedInvoiceNumber}`);
    expect(text).toContain('3.162,50');
    expect(text).toContain('LedgerBridge Sandbox ApS');
    expect(text).toContain('Jens Hansen');
  });

  it('books with PUT /invoices/booked/{n} and prints characters WinAnsi lacks as ?', async () => {
    const draft = await call('POST', '/invoices/drafts', draftBody([['KAFFE', 1, 10]], { recipient: { name: 'Łukasz Żółw 😀', vatZone: { vatZoneNumber: 1 } } }));
    const r = await call('PUT', '/invoices/booked/500', { draftInvoice: { draftInvoiceNumber: draft.json.draftInvoiceNumber } });
    expect(r.status).toBe(201);
    expect(r.json.bookedInvoiceNumber).toBe(500);
    const pdf = await fetch(`${sb.url}/invoices/booked/500/pdf`, { headers: { 'X-AppSecretToken': sb.appSecretToken, 'X-AgreementGrantToken': sb.agreementGrantToken } });
    expect(await pdfText(await pdf.arrayBuffer())).toContain('?ukasz ?');
    const draftPdf = await call('POST', '/invoices/drafts', draftBody([['KAFFE', 1, 10]]));
    const dp = await fetch(draftPdf.json.pdf.download, { headers: { 'X-AppSecretToken': sb.appSecretToken, 'X-AgreementGrantToken': sb.agreementGrantToken } });
    expect(await pdfText(await dp.arrayBuffer())).toContain(`Fakturakladde nr. ${draftPdf.json.draftInvoiceNumber}`);
  });

  it('settles a booked invoice with a customer payment once the journal is booked, moving it from unpaid to paid', async () => {
    const draft = await call('POST', '/invoices/drafts', draftBody([['KAFFE', 1, 500]], { date: '2024-01-10' }));
    const booked = sb.bookDraft(draft.json.draftInvoiceNumber);
    expect(booked.remainder).toBe(625);
    const ids = async (path: string) => (await call('GET', `${path}?pagesize=1000`)).json.collection.map((b: { bookedInvoiceNumber: number }) => b.bookedInvoiceNumber);
    expect(await ids('/invoices/unpaid')).toContain(booked.bookedInvoiceNumber);
    expect(await ids('/invoices/overdue')).toContain(booked.bookedInvoiceNumber);

    // a payment received credits the customer: a negative amount
    const pay = (amount: number) => call('POST', '/journals/2/vouchers', { accountingYear: { year: '2024' }, journal: { journalNumber: 2 }, entries: { customerPayments: [{ customer: { customerNumber: 1 }, customerInvoice: booked.bookedInvoiceNumber, amount, date: '2024-01-15', contraAccount: { accountNumber: 5830 }, text: `Betaling faktura ${booked.bookedInvoiceNumber}` }] } });
    const part = await pay(-125);
    expect(part.status).toBe(201);
    expect(part.json[0].entries.customerPayments[0]).toMatchObject({ amount: -125, customerInvoice: booked.bookedInvoiceNumber, entryType: 'customerPayment' });
    // a journal changes nothing until a person books it
    const remainder = async () => (await call('GET', `/invoices/booked/${booked.bookedInvoiceNumber}`)).json.remainder;
    expect(await remainder()).toBe(625);
    expect(sb.bookJournal(2)).toBe(1);
    expect(await remainder()).toBe(500);
    const owedBefore = (await call('GET', '/customers/1')).json;
    await pay(-500);
    // customerInvoice is not a filterable field of journal entries; the customer and the amount are
    expect((await call('GET', `/journals/2/entries?filter=${encodeURIComponent(`customerInvoice$eq:${booked.bookedInvoiceNumber}`)}`)).status).toBe(400);
    const waiting = await call('GET', `/journals/2/entries?filter=${encodeURIComponent('customer.customerNumber$eq:1$and:amount$eq:-500')}`);
    expect(waiting.json.collection).toHaveLength(1);
    expect(waiting.json.collection[0]).toMatchObject({ customerInvoice: booked.bookedInvoiceNumber, journalEntryNumber: expect.any(Number) });
    const book = await fetch(`${sb.url}/_sandbox/journals/2/book`, { method: 'POST' }).then((r) => r.json());
    expect(book).toEqual({ journalNumber: 2, bookedEntries: 1 });
    const owedAfter = (await call('GET', '/customers/1')).json;
    expect(owedBefore.balance - owedAfter.balance).toBe(500);
    expect(owedBefore.dueAmount - owedAfter.dueAmount).toBe(500);
    expect((await call('GET', `/invoices/booked/${booked.bookedInvoiceNumber}`)).json).toMatchObject({ remainder: 0, remainderInBaseCurrency: 0 });
    expect(await ids('/invoices/paid')).toContain(booked.bookedInvoiceNumber);
    expect(await ids('/invoices/unpaid')).not.toContain(booked.bookedInvoiceNumber);
    expect(sb.state().vouchers.length).toBeGreaterThanOrEqual(2);
    // booked entries leave the journal for the accounts of the year: debtor (customer) and bank
    expect((await call('GET', '/journals/2/entries')).json.collection).toEqual([]);
    const year = await call('GET', `/accounting-years/2024/entries?filter=${encodeURIComponent('entryType$eq:customerPayment$and:customer.customerNumber$eq:1')}`);
    expect(year.json.collection.map((e: { amount: number; account: { accountNumber: number } }) => [e.account.accountNumber, e.amount])).toEqual([[5600, -125], [5600, -500]]);
    const bank = await call('GET', `/accounting-years/2024/entries?filter=${encodeURIComponent('entryType$eq:customerPayment$and:amount$gt:0')}`);
    expect(bank.json.collection.map((e: { amount: number; account: { accountNumber: number }; text: string }) => [e.account.accountNumber, e.amount, e.text])).toEqual([
      [5830, 125, `Betaling faktura ${booked.bookedInvoiceNumber}`],
      [5830, 500, `Betaling faktura ${booked.bookedInvoiceNumber}`],
    ]);
  });

  it('validates vouchers: accounting year, amount, date, and that the invoice exists', async () => {
    const r = await call('POST', '/journals/1/vouchers', { entries: { customerPayments: [{ customer: { customerNumber: 1 }, customerInvoice: 987654 }] } });
    expect(r.status).toBe(400);
    expect(r.json.errors.accountingYear).toBeDefined();
    const entry = r.json.errors.entries.customerPayments[0];
    expect(Object.keys(entry).sort()).toEqual(['amount', 'arrayIndex', 'customerInvoice', 'date']);
    expect(entry.customerInvoice.errors[0].errorCode).toBe('E06000');
    const restricted = await call('POST', '/journals/2/vouchers', { accountingYear: { year: '2024' }, entries: { financeVouchers: [{ amount: 10, date: '2024-01-01', account: { accountNumber: 5830 } }] } });
    expect(restricted.status).toBe(400);
    const finance = await call('POST', '/journals/1/vouchers', { accountingYear: { year: '2024' }, entries: { financeVouchers: [{ amount: 10, date: '2024-01-01', account: { accountNumber: 7000 }, contraAccount: { accountNumber: 5830 }, text: 'Øreafrunding' }] } });
    expect(finance.status).toBe(201);
    expect((await call('GET', '/journals')).json.collection.map((j: { name: string }) => j.name)).toEqual(['Kassekladde', 'Indbetalinger']);
  });

  it('exposes the admin API: state, booking by hand and reset', async () => {
    const draft = await call('POST', '/invoices/drafts', draftBody([['KAFFE', 1, 40]]));
    const booked = await fetch(`${sb.url}/_sandbox/drafts/${draft.json.draftInvoiceNumber}/book`, { method: 'POST' }).then((r) => r.json() as Promise<{ orderNumber: number }>);
    expect(booked.orderNumber).toBe(draft.json.draftInvoiceNumber);
    const state = await fetch(`${sb.url}/_sandbox/state`).then((r) => r.json() as Promise<{ calls: { total: number; byRoute: Record<string, number> } }>);
    expect(Object.keys(state).sort()).toEqual(['booked', 'calls', 'customers', 'drafts', 'faultsInjected', 'idempotentReplays', 'ledger', 'products', 'settings', 'vouchers']);
    expect(state.calls.total).toBeGreaterThan(0);
    expect(state.calls.byRoute['POST /invoices/drafts']).toBeGreaterThan(0);
    expect(state).toEqual(sb.state());
  });
});

describe('e-conomic sandbox faults', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
  });
  afterAll(() => sb.close());

  const customer = { name: 'Fault ApS', currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 } };

  it('answers 429 with Retry-After and the envelope, and creates nothing', async () => {
    sb.setFaults({ failRate: 1, statuses: [429] });
    const before = sb.state().customers.length;
    const r = await call('POST', '/customers', customer);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('1');
    expect(r.json.httpStatusCode).toBe(429);
    sb.setFaults({ failRate: 0 });
    expect(sb.state().customers.length).toBe(before);
    expect(sb.state().faultsInjected).toBe(1);
  });

  it("'lost' performs the write and then hangs up; the Idempotency-Key replays the result", async () => {
    const before = sb.state().customers.length;
    sb.setFaults({ failRate: 1, statuses: ['lost'] });
    const lost = await rawPost(sb, '/customers', customer, { 'Idempotency-Key': 'cust-lost-1' });
    expect(lost.error).toBeDefined();
    sb.setFaults({ failRate: 0 });
    expect(sb.state().customers.length).toBe(before + 1);
    const retry = await call('POST', '/customers', customer, { 'Idempotency-Key': 'cust-lost-1' });
    expect(retry.status).toBe(201);
    expect(sb.state().customers.length).toBe(before + 1);
  });

  it("'drop' hangs up before doing anything", async () => {
    const before = sb.state().customers.length;
    await fetch(`${sb.url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify({ failRate: 1, statuses: ['drop'] }) });
    const r = await rawPost(sb, '/customers', customer);
    expect(r.error).toBeDefined();
    sb.setFaults({ failRate: 0 });
    expect(sb.state().customers.length).toBe(before);
  });

  it('resetRate resets connections independently of failRate', async () => {
    const before = sb.state().customers.length;
    sb.setFaults({ failRate: 0, resetRate: 1 });
    expect((await rawPost(sb, '/customers', customer)).error).toBeDefined();
    sb.setFaults({ failRate: 0 });
    expect(sb.state().customers.length).toBe(before);
    expect((await call('GET', '/vat-zones')).status).toBe(200);
  });

  it('injects the same faults for the same seed', async () => {
    const run = async () => {
      sb.setFaults({ failRate: 0.5, statuses: [500, 503], seed: 42 });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await call('GET', '/vat-zones')).status);
      sb.setFaults({ failRate: 0 });
      return out;
    };
    const a = await run();
    expect(a.some((s) => s === 200)).toBe(true);
    expect(a.some((s) => s === 500 || s === 503)).toBe(true);
    expect(await run()).toEqual(a);
  });
});

describe('e-conomic sandbox persistence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'economic-sandbox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps drafts, booked invoices, numbering and idempotency records across a restart', async () => {
    const persistFile = join(dir, 'economic.json');
    const tokens = { appSecretToken: 'sbx-app-test', agreementGrantToken: 'sbx-grant-test', persistFile };
    const first = await startEconomicSandbox(tokens);
    const c1 = client(first);
    await c1('POST', '/products', { productNumber: 'TE', name: 'Te', productGroup: { productGroupNumber: 1 } });
    const d1 = await c1('POST', '/invoices/drafts', draftBody([['TE', 1, 100]]), { 'Idempotency-Key': 'k-1' });
    const d2 = await c1('POST', '/invoices/drafts', draftBody([['TE', 1, 200]]));
    const booked = first.bookDraft(d2.json.draftInvoiceNumber);
    await first.close();
    expect(readFileSync(persistFile, 'utf8')).not.toContain('sbx-grant-test');

    const second = await startEconomicSandbox(tokens);
    try {
      const c2 = client(second);
      expect((await c2('GET', `/invoices/drafts/${d1.json.draftInvoiceNumber}`)).json.grossAmount).toBe(125);
      expect((await c2('GET', `/invoices/booked/${booked.bookedInvoiceNumber}`)).json.remainder).toBe(250);
      const replay = await c2('POST', '/invoices/drafts', draftBody([['TE', 1, 100]]), { 'Idempotency-Key': 'k-1' });
      expect(replay.json.draftInvoiceNumber).toBe(d1.json.draftInvoiceNumber);
      // d2 was booked, so its number is free again: numbers continue from the highest draft
      const d3 = await c2('POST', '/invoices/drafts', draftBody([['TE', 1, 100]]));
      expect(d3.json.draftInvoiceNumber).toBe(d2.json.draftInvoiceNumber);
      second.reset();
      expect(second.state().drafts).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
