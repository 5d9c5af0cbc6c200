import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, draftBody } from './helpers';

/**
 * What the live server does where the docs are silent or the schemas wrong
 * (research: real-service-behaviour.md, verified on a trial agreement in August 2026).
 */
describe('e-conomic sandbox: live behaviour', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  let clock = Date.parse('2026-08-14T10:00:00Z');
  const customer = { name: 'Hansen ApS', currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 } };

  beforeAll(async () => {
    sb = await startEconomicSandbox({ now: () => clock });
    call = client(sb);
    await call('POST', '/products', { productNumber: 'TSHIRT', name: 'T-shirt', productGroup: { productGroupNumber: 1 } });
  });
  afterAll(() => sb.close());

  it('creates with PUT when the number does not exist (201), and replaces when it does (200)', async () => {
    const created = await call('PUT', '/customers/4711', { ...customer, city: 'Aarhus' });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${sb.url}/customers/4711`);
    const replaced = await call('PUT', '/customers/4711', customer);
    expect(replaced.status).toBe(200);
    expect(replaced.json.city).toBeUndefined(); // a true replace clears what was left out
    expect((await call('PUT', '/products/NEW-1', { productNumber: 'NEW-1', name: 'Ny', productGroup: { productGroupNumber: 1 } })).status).toBe(201);
    const draft = await call('PUT', '/invoices/drafts/900', draftBody([['TSHIRT', 1, 100]]));
    expect(draft.status).toBe(201);
    expect(draft.json.draftInvoiceNumber).toBe(900);
  });

  it('reuses numbers: the next record gets the highest number in use plus one', async () => {
    const a = await call('POST', '/customers', customer);
    expect((await call('DELETE', `/customers/${a.json.customerNumber}`)).status).toBe(204);
    const b = await call('POST', '/customers', customer);
    expect(b.json.customerNumber).toBe(a.json.customerNumber);
    const d1 = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 100]]));
    await call('DELETE', `/invoices/drafts/${d1.json.draftInvoiceNumber}`);
    const d2 = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 2, 100]]));
    expect(d2.json.draftInvoiceNumber).toBe(d1.json.draftInvoiceNumber);
  });

  it('replays an idempotent write for one hour, marked X-ResultFromCache, and forgets it after', async () => {
    const key = { 'Idempotency-Key': 'live-1' };
    const first = await call('POST', '/customers', customer, key);
    expect(first.headers.get('x-resultfromcache')).toBeNull();
    clock += 59 * 60_000;
    const replay = await call('POST', '/customers', customer, key);
    expect(replay.headers.get('x-resultfromcache')).toBe('true');
    expect(replay.json.customerNumber).toBe(first.json.customerNumber);
    clock += 2 * 60_000; // 61 minutes after the first answer
    const fresh = await call('POST', '/customers', customer, key);
    expect(fresh.headers.get('x-resultfromcache')).toBeNull();
    expect(fresh.json.customerNumber).toBe(first.json.customerNumber + 1);
  });

  it('deletes every draft on DELETE /invoices/drafts without a number', async () => {
    await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 100]]));
    const all = await call('DELETE', '/invoices/drafts');
    expect(all.status).toBe(200);
    expect(all.json.deletedCount).toBeGreaterThanOrEqual(2);
    expect((await call('GET', '/invoices/drafts')).json.collection).toEqual([]);
  });

  it('answers a 500 for product filters the server lists but cannot run', async () => {
    expect((await call('GET', '/products?filter=barred$eq:true')).status).toBe(200);
    expect((await call('GET', '/products?filter=barred$ne:true')).status).toBe(500);
    expect((await call('GET', '/products?filter=departmentalDistribution.departmentalDistributionNumber$eq:1')).status).toBe(500);
  });

  it('offers every ISO 4217 currency, not only a few', async () => {
    const currencies = (await call('GET', '/currencies?pagesize=1000')).json.collection as Array<{ code: string; isoNumber: string }>;
    expect(currencies.length).toBeGreaterThan(150);
    expect(currencies).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'DKK', isoNumber: '208' }),
      expect.objectContaining({ code: 'ISK', isoNumber: '352' }),
      expect.objectContaining({ code: 'THB', isoNumber: '764' }),
      expect.objectContaining({ code: 'CHF', isoNumber: '756' }),
    ]));
    expect(currencies.map((c) => c.code)).not.toContain('XAU'); // gold is not money a shop takes
    const thb = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 100]], { currency: 'THB', exchangeRate: 19.5 }));
    expect(thb.status).toBe(201);
  });
});

describe('e-conomic sandbox modes: accounting years that are not calendar years, agreement number', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`${sb.url}/_sandbox/${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }).then(async (r) => ({ status: r.status, json: await r.json() }));
  const payment = (year: string, date: string) => ({
    accountingYear: { year },
    entries: { financeVouchers: [{ amount: 10, date, account: { accountNumber: 7000 }, contraAccount: { accountNumber: 5830 }, text: 'Afrunding' }] },
  });

  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
    await call('POST', '/products', { productNumber: 'TSHIRT', name: 'T-shirt', productGroup: { productGroupNumber: 1 } });
  });
  afterAll(() => sb.close());

  it('sets fiscal years and the agreement number through POST /_sandbox/settings and shows them on GET', async () => {
    const set = await admin('POST', 'settings', { accountingYears: [{ year: '2026/2027', fromDate: '2026-07-01', toDate: '2027-06-30' }], agreementNumber: 1234567 });
    expect(set.status).toBe(200);
    const got = await admin('GET', 'settings');
    expect(got.json).toMatchObject({ accountingYears: [{ year: '2026/2027', fromDate: '2026-07-01', toDate: '2027-06-30' }], agreementNumber: 1234567 });
    expect((await call('GET', '/self')).json.agreementNumber).toBe(1234567);
    const years = await call('GET', '/accounting-years');
    expect(years.json.collection).toEqual([expect.objectContaining({ year: '2026/2027', fromDate: '2026-07-01', toDate: '2027-06-30', self: `${sb.url}/accounting-years/2026_6_2027` })]);
    expect((await call('GET', '/accounting-years/2026_6_2027')).json.year).toBe('2026/2027');
  });

  it("answers with its own clock in the Date header, as a server does, also after the clock was moved", async () => {
    await admin('POST', 'settings', { now: '2027-03-01T12:00:00Z' });
    const res = await fetch(`${sb.url}/self`, { headers: { 'X-AppSecretToken': sb.appSecretToken, 'X-AgreementGrantToken': sb.agreementGrantToken } });
    const at = Date.parse(res.headers.get('date')!);
    // The clock keeps running from the moment it was set; a Date header has whole seconds.
    expect(at).toBeGreaterThanOrEqual(Date.parse('2027-03-01T12:00:00Z'));
    expect(at).toBeLessThan(Date.parse('2027-03-01T12:01:00Z'));
    await admin('POST', 'settings', { now: null });
  });

  it('refuses settings it does not know or that make no sense', async () => {
    expect((await admin('POST', 'settings', { accountingYear: [] })).status).toBe(400);
    expect((await admin('POST', 'settings', { accountingYears: [{ year: '2026/2027', fromDate: '2027-06-30', toDate: '2026-07-01' }] })).status).toBe(400);
    expect((await admin('POST', 'settings', { accountingYears: [{ year: '2026', fromDate: '2026-01-01', toDate: '2026-12-31' }, { year: '2026/2027', fromDate: '2026-07-01', toDate: '2027-06-30' }] })).status).toBe(400);
    expect((await admin('POST', 'settings', { agreementNumber: 0 })).status).toBe(400);
  });

  it('takes a voucher only in an accounting year that exists and holds its date', async () => {
    expect((await call('POST', '/journals/1/vouchers', payment('2026/2027', '2026-08-01'))).status).toBe(201);
    // the calendar year is not a year of this agreement
    const calendar = await call('POST', '/journals/1/vouchers', payment('2026', '2026-08-01'));
    expect(calendar.status).toBe(400);
    expect(calendar.json.errors.accountingYear.errors[0].errorCode).toBe('E06000');
    const outside = await call('POST', '/journals/1/vouchers', payment('2026/2027', '2026-06-30'));
    expect(outside.json.errors.entries.financeVouchers[0].date.errors[0].errorMessage).toContain('outside accounting year 2026/2027');
  });

  it('books a draft only when an accounting year holds its date', async () => {
    const inYear = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 100]], { date: '2026-09-01' }));
    expect((await call('POST', '/invoices/booked', { draftInvoice: { draftInvoiceNumber: inYear.json.draftInvoiceNumber } })).status).toBe(201);
    const before = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 100]], { date: '2026-06-01' }));
    const refused = await call('POST', '/invoices/booked', { draftInvoice: { draftInvoiceNumber: before.json.draftInvoiceNumber } });
    expect(refused.status).toBe(400);
    expect(refused.json.errors.date.errors[0].errorMessage).toContain('no accounting year');
  });

  it('books no invoice and takes no voucher in a year the accountant closed ("closed for further transactions")', async () => {
    const draft = await call('POST', '/invoices/drafts', draftBody([['TSHIRT', 1, 100]], { date: '2026-12-31' }));
    await admin('POST', 'settings', { accountingYears: [{ year: '2026/2027', fromDate: '2026-07-01', toDate: '2027-06-30', closed: true }] });
    const refused = await call('POST', '/invoices/booked', { draftInvoice: { draftInvoiceNumber: draft.json.draftInvoiceNumber } });
    expect(refused.status).toBe(400);
    expect(refused.json.errors.date.errors[0].errorMessage).toContain('accounting year 2026/2027 of the invoice date 2026-12-31 is closed');
    const voucher = await call('POST', '/journals/1/vouchers', payment('2026/2027', '2026-12-31'));
    expect(voucher.status).toBe(400);
    expect(voucher.json.errors.accountingYear.errors[0].errorMessage).toContain("Accounting year '2026/2027' is closed");
    // Reopened, the same draft books.
    await admin('POST', 'settings', { accountingYears: [{ year: '2026/2027', fromDate: '2026-07-01', toDate: '2027-06-30' }] });
    expect((await call('POST', '/invoices/booked', { draftInvoice: { draftInvoiceNumber: draft.json.draftInvoiceNumber } })).status).toBe(201);
  });

  it('moves journal entries out of /journals/{n}/entries when the journal is booked', async () => {
    const waiting = await call('GET', '/journals/1/entries');
    expect(waiting.json.collection.length).toBe(1);
    const booked = await admin('POST', 'journals/1/book');
    expect(booked.json).toEqual({ journalNumber: 1, bookedEntries: 1 });
    expect((await call('GET', '/journals/1/entries')).json.collection).toEqual([]);
    const ledger = await call('GET', '/accounting-years/2026_6_2027/entries');
    expect(ledger.json.collection.map((e: { account: { accountNumber: number }; amount: number }) => [e.account.accountNumber, e.amount])).toEqual([[7000, 10], [5830, -10]]);
  });
});
