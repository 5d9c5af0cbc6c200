import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient } from '../../../../main/connectors/economic';
import { generateWooDemoOrders } from '../../../../main/sandbox/shops/woocommerce';
import { collectionFields, type CollectionSchemaName } from '../../../../main/sandbox/economic/collection-fields';
import { parseFilter } from '../../../../main/sandbox/economic/filter';
import { checkAgainstSchema } from '../../../../main/sandbox/economic/request-schema';
import { apiRouter } from '../../../../main/sandbox/economic/routes';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import { client } from '../../sandbox/economic/helpers';
import { wooOrder, wooOrderArb } from '../../../helpers/woo-order';
import { wooAmountRefund, wooLineRefund } from '../../moneyflows/refund-fixtures';

/**
 * Every request the e-conomic client sends — each write, with every body shape the engine's
 * planner produces for the property-test orders and the demo orders (collective and per-buyer
 * customers, new products, drafts, their updates, booking, credit notes, payments), and every
 * client method called directly — is caught on its way to the sandbox and checked against
 * e-conomic's published schema of its endpoint and verb (as corrected), and every filter against
 * the fields the collection allows.
 */

interface Caught {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** A pass-through proxy in front of the sandbox that keeps a copy of each request. */
async function startRecorder(target: string): Promise<{ url: string; caught: Caught[]; close(): Promise<void> }> {
  const caught: Caught[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', target);
      caught.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body: raw.length ? JSON.parse(raw.toString('utf8')) : undefined });
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
      const answer = await fetch(url, { method: req.method, headers, body: raw.length ? raw : undefined });
      const out = Buffer.from(await answer.arrayBuffer());
      const keep = Object.fromEntries([...answer.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)));
      res.writeHead(answer.status, keep).end(out);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    caught,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The published GET schema that names the filterable fields of each collection the client reads. */
const COLLECTIONS: Record<string, CollectionSchemaName> = {
  '/customers': 'customers.get',
  '/products': 'products.get',
  '/invoices/drafts': 'invoices.drafts.get',
  '/invoices/booked': 'invoices.booked.get',
  '/journals/:journalNumber/entries': 'journals.journalNumber.entries.get',
  '/accounting-years': 'accounting-years.get',
  '/accounting-years/:accountingYear/entries': 'accounting-years.accountingYear.entries.get',
};

const router = apiRouter();

function conformance(caught: Caught[]): { routes: Set<string>; problems: string[] } {
  const routes = new Set<string>();
  const problems: string[] = [];
  for (const c of caught) {
    const m = router.match(c.method, c.path);
    if (m.kind !== 'found') {
      problems.push(`${c.method} ${c.path}: no such endpoint`);
      continue;
    }
    routes.add(`${c.method} ${m.pattern}`);
    if (m.schema) {
      const v = checkAgainstSchema(m.schema, c.body);
      if (!v.ok) problems.push(`${c.method} ${c.path} breaks ${m.schema}: ${JSON.stringify(v.errors)}`);
    } else if (c.body !== undefined) problems.push(`${c.method} ${c.path} sends a body the endpoint has no schema for`);
    const filter = [...c.query].find(([k]) => k.toLowerCase() === 'filter')?.[1];
    if (filter) {
      const collection = COLLECTIONS[m.pattern];
      if (!collection) problems.push(`${c.method} ${c.path} filters a collection this test does not know`);
      else {
        try {
          parseFilter(filter, collectionFields(collection));
        } catch (error) {
          problems.push(`${c.path}?filter=${filter}: ${JSON.stringify((error as { extra?: unknown }).extra ?? error)}`);
        }
      }
    }
  }
  return { routes, problems };
}

const paymentMethods = {
  mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } },
  dankort: { title: 'Dankort', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5821 } },
  stripe: { title: 'Kreditkort', paymentTermsNumber: 3 },
  bacs: { title: 'Bankoverførsel', paymentTermsNumber: 1 },
  cod: { title: 'Efterkrav', paymentTermsNumber: 1 },
};

describe('every request of the e-conomic client against the published schemas', () => {
  let h: SandboxHarness;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let orders: Array<Record<string, unknown>>;

  beforeAll(async () => {
    const generated = fc.sample(fc.array(wooOrderArb, { minLength: 8, maxLength: 8 }), { seed: 20261206, numRuns: 1 })[0].map((spec, i) => wooOrder(spec, 7000 + i));
    // A 0.10 kr line of a product kept in e-conomic's VAT-free group while the shop charges 25 %:
    // e-conomic's gross misses the shop's by 0.03, within the tolerance, so the draft is updated
    // (PUT) with a rounding line before it is booked.
    const settledByRoundingLine = wooOrder({ lines: [{ sku: 'KOP-01', unitOre: 14_900, quantity: 1, rate: 25 }, { sku: 'FEJL-06', unitOre: 10, quantity: 1, rate: 25 }], pricesIncludeTax: false }, 7100);
    orders = [...generated, settledByRoundingLine, ...generateWooDemoOrders({ count: 30, seed: 14 })];
    h = await startSandboxHarness({ orders, profile: { invoiceSource: 'shop', rules: [], paymentMethods, enabledCurrencies: ['DKK', 'EUR'] } });
    await client(h.economic)('POST', '/products', { productNumber: 'FEJL-06', name: 'Forkert momsgruppe', productGroup: { productGroupNumber: 2 }, salesPrice: 0 });
  }, 30_000);
  afterAll(async () => {
    await recorder?.close();
    await h.close();
  });

  it('sends only schema-valid bodies and allowed filters, over generated and demo orders, per-buyer and collective', async () => {
    recorder = await startRecorder(h.economic.url);
    for (const mode of ['perBuyer', 'collective'] as const) {
      const runtime = await h.open();
      try {
        runtime.saveProfile({ ...runtime.profile, economic: { ...runtime.profile.economic, url: recorder.url }, customers: { ...runtime.profile.customers, mode } });
        walkSupervisedPeriod(runtime);
        await runtime.syncOnce();
        if (mode === 'perBuyer') {
          // refunds of booked orders become credit notes in the next cycle
          const done = runtime.ledger.orders.list({ states: ['done', 'booked'], limit: 4 }).items;
          expect(done.length).toBeGreaterThanOrEqual(2);
          const first = orders.find((o) => String(o.id) === done[0].orderId)!;
          h.shop.addRefund(done[0].orderId, wooLineRefund(first, [Number((first.line_items as Array<{ id: number }>)[0].id)]));
          h.shop.addRefund(done[1].orderId, wooAmountRefund('10.00'));
          await runtime.syncOnce();
        }
      } finally {
        runtime.close();
      }
    }
    const { routes, problems } = conformance(recorder.caught);
    expect(problems).toEqual([]);
    for (const route of ['POST /customers', 'POST /products', 'POST /invoices/drafts', 'PUT /invoices/drafts/:draftInvoiceNumber', 'POST /invoices/booked', 'POST /journals/:journalNumber/vouchers', 'GET /accounting-years']) {
      expect(routes, route).toContain(route);
    }
  }, 120_000);

  it('sends only schema-valid requests from every client method called directly', async () => {
    const direct = await startRecorder(h.economic.url);
    try {
      const client = new EconomicClient({ baseUrl: direct.url, appSecretToken: h.economic.appSecretToken, agreementGrantToken: h.economic.agreementGrantToken, sleep: async () => undefined });
      await Promise.all([client.self(), client.vatZones(), client.paymentTerms(), client.layouts(), client.productGroups(), client.currencies(), client.units(), client.accounts(), client.journals(), client.customerGroups(), client.accountingYears()]);
      const customer = await client.createCustomer({ name: 'Direkte ApS', currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 }, creditLimit: '1000.005', ean: '5790000000000' }, 'direct-customer');
      await client.findCustomers(`email$eq:direkte@example.dk`);
      await client.getCustomer(customer.customerNumber);
      await client.createProduct({ productNumber: 'DIREKTE-1', name: 'Direkte vare', productGroup: { productGroupNumber: 1 }, salesPrice: '99.999' }, 'direct-product');
      await client.getProduct('DIREKTE-1');
      const body = {
        date: '2026-11-02', currency: 'DKK', exchangeRate: '100', paymentTerms: { paymentTermsNumber: 1 }, customer: { customerNumber: customer.customerNumber },
        recipient: { name: 'Direkte ApS', vatZone: { vatZoneNumber: 1 } }, layout: { layoutNumber: 14 }, references: { other: 'direct:1' },
        lines: [{ lineNumber: 1, sortKey: 1, product: { productNumber: 'DIREKTE-1' }, description: 'Vare', quantity: '2', unitNetPrice: '99.995', discountPercentage: '0' }],
      };
      const draft = await client.createDraftInvoice(body, 'direct-draft');
      await client.updateDraftInvoice(draft.draftInvoiceNumber, { ...body, notes: { heading: 'Faktura' } }, 'direct-update');
      await client.getDraftInvoice(draft.draftInvoiceNumber);
      await client.findDraftInvoices('references.other$eq:direct:1');
      await client.downloadDraftInvoicePdf(draft.draftInvoiceNumber);
      const booked = await client.bookDraftInvoice(draft.draftInvoiceNumber, 'direct-book', { bookWithNumber: 9001 });
      await client.getBookedInvoice(booked.bookedInvoiceNumber);
      await client.findBookedInvoices(`references.other$eq:direct:1`);
      await client.downloadBookedInvoicePdf(booked.bookedInvoiceNumber);
      await client.postJournalVouchers(2, {
        accountingYear: { year: '2026' },
        journal: { journalNumber: 2 },
        entries: { customerPayments: [{ customer: { customerNumber: customer.customerNumber }, customerInvoice: booked.bookedInvoiceNumber, amount: '-248.74', contraAccount: { accountNumber: 5830 }, currency: { code: 'DKK' }, date: '2026-11-02', text: 'Betaling' }] },
      }, 'direct-payment');
      const second = await client.createDraftInvoice({ ...body, references: { other: 'direct:2' } }, 'direct-draft-2');
      await client.deleteDraftInvoice(second.draftInvoiceNumber, 'direct-delete');
      const { routes, problems } = conformance(direct.caught);
      expect(problems).toEqual([]);
      expect(routes).toContain('DELETE /invoices/drafts/:draftInvoiceNumber');
      expect(routes).not.toContain('DELETE /invoices/drafts');
      expect(direct.caught.length).toBeGreaterThanOrEqual(25);
    } finally {
      await direct.close();
    }
  });
});
