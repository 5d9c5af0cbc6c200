import { randomBytes } from 'node:crypto';
import type { AxiosAdapter } from 'axios';
import { agreementFromSelf, parseHttpDate, type AgreementIdentity } from './agreement';
import type { CallBudgetStore } from './call-budget';
import { encodeProductNumber, withQuery } from './encoding';
import { EconomicError } from './errors';
import { FairUseGuard, agreementKeyFor, agreementKeyForNumber } from './fair-use';
import { EconomicTransport, parseJson, type CallInfo, type HttpMethod, type RawResponse } from './transport';
import type {
  VoucherAddress,
  VoucherAttachment,
  Account, AccountingYear, BookedInvoice, BookInvoiceInput, Collection, Currency, Customer, CustomerGroup, CustomerInput, DraftInvoice,
  DraftInvoiceInput, EconomicSelf, Journal, JournalVoucherInput, Layout, PaymentTerms, Product, ProductGroup, ProductInput,
  ProductGroupSalesAccount, Unit, VatAccount, VatZone,
} from './types';
import { customerToWire, draftInvoiceToWire, journalVoucherToWire, productToWire } from './wire-body';

export { filterValue, encodeProductNumber } from './encoding';

export interface EconomicClientOptions {
  /** 'https://restapi.e-conomic.com' or a sandbox URL. */
  baseUrl: string;
  appSecretToken: string;
  agreementGrantToken: string;
  /** Max requests in flight (default 4); lowered for a while after a 429. */
  concurrency?: number;
  /** Attempts per call including the first (default 6). */
  maxAttempts?: number;
  /**
   * The fair-use budget. Calls count under `agreementKey` (default: a hash of the grant
   * token) until GET /self names the agreement; from then on under the agreement's own key,
   * shared by every profile on it.
   */
  budget?: { store: CallBudgetStore; dailyLimit?: number; agreementKey?: string };
  onCall?: (info: CallInfo) => void;
  /** e-conomic's clock, from the `Date` header of every answer (the supervised period counts on it). */
  onServerTime?: (time: Date) => void;
  logger?: { warn(msg: string): void; info?(msg: string): void };
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Clock for the fair-use window (default Date.now). */
  now?: () => number;
  /**
   * Awaited before every request goes out. The runtime makes the ledger's gathered writes
   * durable here (ledger/group-commit.ts), so none waits on the network uncommitted.
   */
  beforeCall?: () => Promise<void>;
  /** Answers requests in-process instead of over HTTP: the engine benchmark measures the engine without a network. */
  adapter?: AxiosAdapter;
}

export interface IterateOptions {
  /** e-conomic filter expression, e.g. `references.other$eq:wc-123` (escape values with filterValue). */
  filter?: string;
  sort?: string;
  /** Items per page, 1..1000 (default 1000, e-conomic's maximum). */
  pageSize?: number;
}

export const MAX_PAGE_SIZE = 1000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Typed client for e-conomic's REST API. Every write takes an idempotency key from the caller:
 * the same key on every attempt and every re-run of a step lets e-conomic replay instead of
 * creating a second invoice.
 */
export class EconomicClient {
  private readonly transport: EconomicTransport;
  private readonly guard: FairUseGuard | undefined;

  constructor(opts: EconomicClientOptions) {
    const sleep = opts.sleep ?? realSleep;
    const now = opts.now ?? Date.now;
    const logger = opts.logger;
    this.guard = opts.budget
      ? new FairUseGuard({
          store: opts.budget.store,
          dailyLimit: opts.budget.dailyLimit,
          agreementKey: opts.budget.agreementKey ?? agreementKeyFor(opts.agreementGrantToken),
          now,
          sleep,
          warn: (msg) => logger?.warn(msg),
        })
      : undefined;
    this.transport = new EconomicTransport({
      baseUrl: opts.baseUrl,
      appSecretToken: opts.appSecretToken,
      agreementGrantToken: opts.agreementGrantToken,
      concurrency: opts.concurrency ?? 4,
      maxAttempts: Math.max(1, opts.maxAttempts ?? 6),
      timeoutMs: opts.timeoutMs ?? 30_000,
      sleep,
      random: opts.random ?? Math.random,
      now,
      guard: this.guard,
      onCall: opts.onCall,
      onServerTime: opts.onServerTime,
      logger,
      beforeCall: opts.beforeCall,
      adapter: opts.adapter,
    });
  }

  /** HTTP attempts made (including retries) and retries alone. */
  get stats(): { calls: number; retries: number } {
    return { ...this.transport.stats };
  }

  /** Current cap on requests in flight (drops after a 429, grows back slowly). */
  get concurrencyLimit(): number {
    return this.transport.concurrencyLimit;
  }

  // ---------- generic ----------

  async get<T>(path: string, query?: Record<string, string | number>): Promise<T> {
    return this.json<T>('GET', withQuery(path, query));
  }

  /** Walks a collection page by page, following `pagination.nextPage` or counting `skippages`. */
  async *iterate<T>(path: string, opts: IterateOptions = {}): AsyncIterable<T> {
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(opts.pageSize ?? MAX_PAGE_SIZE)));
    const pageUrl = (skip: number) => withQuery(path, { skippages: skip, pagesize: pageSize, filter: opts.filter, sort: opts.sort });
    let next: string | null = pageUrl(0);
    let skip = 0;
    const seen = new Set<string>();
    while (next !== null) {
      seen.add(next);
      const page: Collection<T> = await this.json<Collection<T>>('GET', next);
      const items = Array.isArray(page.collection) ? page.collection : [];
      for (const item of items) yield item;
      const p = page.pagination ?? {};
      skip = (typeof p.skipPages === 'number' ? p.skipPages : skip) + 1;
      if (p.nextPage) next = p.nextPage;
      else if (items.length === 0) next = null;
      else {
        const size = p.pageSize ?? pageSize;
        const more = typeof p.results === 'number' ? skip * size < p.results : items.length >= size;
        next = more ? pageUrl(skip) : null;
      }
      // A server that links a page to itself must not make us loop forever.
      if (next !== null && seen.has(next)) next = null;
    }
  }

  async listAll<T>(path: string, opts?: IterateOptions): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this.iterate<T>(path, opts)) out.push(item);
    return out;
  }

  // ---------- agreement and reference data ----------

  self(): Promise<EconomicSelf> {
    return this.json<EconomicSelf>('GET', '/self');
  }

  /** The key the fair-use budget is counted under now (see `budget`); null without a budget. */
  get budgetKey(): string | null {
    return this.guard?.key ?? null;
  }

  /**
   * The agreement the tokens actually reach (GET /self), with e-conomic's time of the answer.
   * The one place that asks: the licence gate compares it with the licence on every sync, and
   * from the answer on the calls count against that agreement's fair-use budget, shared by
   * every profile on it (whatever their grant tokens).
   */
  async agreement(): Promise<AgreementIdentity> {
    const res = await this.transport.request({ method: 'GET', path: '/self' });
    const identity = agreementFromSelf(this.decode<EconomicSelf>('GET', '/self', res), parseHttpDate(res.headers.date));
    this.guard?.identify(agreementKeyForNumber(identity.agreementNumber));
    return identity;
  }
  vatZones(): Promise<VatZone[]> {
    return this.listAll<VatZone>('/vat-zones');
  }
  paymentTerms(): Promise<PaymentTerms[]> {
    return this.listAll<PaymentTerms>('/payment-terms');
  }
  layouts(): Promise<Layout[]> {
    return this.listAll<Layout>('/layouts');
  }
  productGroups(): Promise<ProductGroup[]> {
    return this.listAll<ProductGroup>('/product-groups');
  }
  /** The agreement's VAT codes with their rates. */
  vatAccounts(): Promise<VatAccount[]> {
    return this.listAll<VatAccount>('/vat-accounts');
  }
  /** A product group's sales account per VAT zone: where the VAT code of its invoice lines comes from. */
  productGroupSalesAccounts(productGroupNumber: number): Promise<ProductGroupSalesAccount[]> {
    return this.listAll<ProductGroupSalesAccount>(`/product-groups/${productGroupNumber}/sales-accounts`);
  }
  currencies(): Promise<Currency[]> {
    return this.listAll<Currency>('/currencies');
  }
  units(): Promise<Unit[]> {
    return this.listAll<Unit>('/units');
  }
  accounts(): Promise<Account[]> {
    return this.listAll<Account>('/accounts');
  }
  journals(): Promise<Journal[]> {
    return this.listAll<Journal>('/journals');
  }
  customerGroups(): Promise<CustomerGroup[]> {
    return this.listAll<CustomerGroup>('/customer-groups');
  }
  /** The agreement's accounting years; a year need not be the calendar year ("2026/2027"). */
  accountingYears(): Promise<AccountingYear[]> {
    return this.listAll<AccountingYear>('/accounting-years');
  }

  // ---------- customers ----------

  findCustomers(filter: string): Promise<Customer[]> {
    return this.listAll<Customer>('/customers', { filter });
  }
  /** null when e-conomic has no such customer. */
  getCustomer(n: number): Promise<Customer | null> {
    return this.jsonOrNull<Customer>(`/customers/${wholeNumber(n, 'customer number')}`);
  }
  createCustomer(body: CustomerInput, idempotencyKey: string): Promise<Customer> {
    return this.json<Customer>('POST', '/customers', customerToWire(body), idempotencyKey);
  }

  // ---------- products ----------

  /** null when e-conomic has no such product. */
  getProduct(productNumber: string): Promise<Product | null> {
    return this.jsonOrNull<Product>(`/products/${encodeProductNumber(productNumber)}`);
  }
  createProduct(body: ProductInput, idempotencyKey: string): Promise<Product> {
    return this.json<Product>('POST', '/products', productToWire(body), idempotencyKey);
  }

  // ---------- draft invoices ----------

  createDraftInvoice(body: DraftInvoiceInput, idempotencyKey: string): Promise<DraftInvoice> {
    return this.json<DraftInvoice>('POST', '/invoices/drafts', draftInvoiceToWire(body), idempotencyKey);
  }
  getDraftInvoice(n: number): Promise<DraftInvoice | null> {
    return this.jsonOrNull<DraftInvoice>(`/invoices/drafts/${wholeNumber(n, 'draft invoice number')}`);
  }
  /** PUT replaces the whole document (e-conomic has no PATCH). */
  updateDraftInvoice(n: number, body: DraftInvoiceInput, idempotencyKey: string): Promise<DraftInvoice> {
    return this.json<DraftInvoice>('PUT', `/invoices/drafts/${wholeNumber(n, 'draft invoice number')}`, draftInvoiceToWire(body), idempotencyKey);
  }
  /** Resolves also when the draft is already gone (404), so a repeated step is harmless. */
  async deleteDraftInvoice(n: number, idempotencyKey: string): Promise<void> {
    await this.transport.request({
      method: 'DELETE',
      path: `/invoices/drafts/${wholeNumber(n, 'draft invoice number')}`,
      idempotencyKey,
      passStatuses: [404],
    });
  }
  findDraftInvoices(filter: string): Promise<DraftInvoice[]> {
    return this.listAll<DraftInvoice>('/invoices/drafts', { filter });
  }

  // ---------- booked invoices ----------

  bookDraftInvoice(draftInvoiceNumber: number, idempotencyKey: string, opts: { bookWithNumber?: number } = {}): Promise<BookedInvoice> {
    const body: BookInvoiceInput = { draftInvoice: { draftInvoiceNumber: wholeNumber(draftInvoiceNumber, 'draft invoice number') } };
    if (opts.bookWithNumber !== undefined) body.bookWithNumber = wholeNumber(opts.bookWithNumber, 'invoice number');
    return this.json<BookedInvoice>('POST', '/invoices/booked', body, idempotencyKey);
  }
  getBookedInvoice(n: number): Promise<BookedInvoice | null> {
    return this.jsonOrNull<BookedInvoice>(`/invoices/booked/${wholeNumber(n, 'invoice number')}`);
  }
  findBookedInvoices(filter: string): Promise<BookedInvoice[]> {
    return this.listAll<BookedInvoice>('/invoices/booked', { filter });
  }
  downloadBookedInvoicePdf(n: number): Promise<Buffer> {
    return this.pdf(`/invoices/booked/${wholeNumber(n, 'invoice number')}/pdf`);
  }
  downloadDraftInvoicePdf(n: number): Promise<Buffer> {
    return this.pdf(`/invoices/drafts/${wholeNumber(n, 'draft invoice number')}/pdf`);
  }

  // ---------- journals ----------

  /** Creates vouchers (e.g. customer payments) in a journal; returns what e-conomic created. */
  async postJournalVouchers(journalNumber: number, body: JournalVoucherInput, idempotencyKey: string): Promise<unknown[]> {
    const result = await this.json<unknown>('POST', `/journals/${wholeNumber(journalNumber, 'journal number')}/vouchers`, journalVoucherToWire(body), idempotencyKey);
    return Array.isArray(result) ? result : [result];
  }

  /**
   * Attaches a PDF to a voucher still in the journal, as its documentation: multipart/form-data
   * (e-conomic refuses JSON here), the file under the empty field name as e-conomic's own
   * example sends it. Not for a voucher that has a file already (PATCH would add pages).
   */
  async attachVoucherPdf(voucher: VoucherAddress, pdf: Uint8Array, fileName: string, idempotencyKey: string): Promise<VoucherAttachment> {
    const boundary = `----LedgerBridge${randomBytes(12).toString('hex')}`;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name=""; filename="${fileName.replace(/["\r\n]/g, '_')}"\r\nContent-Type: application/pdf\r\n\r\n`;
    const data = Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(pdf), Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]);
    const path = `${voucherPath(voucher)}/attachment/file`;
    const res = await this.transport.request({ method: 'POST', path, raw: { data, contentType: `multipart/form-data; boundary=${boundary}` }, idempotencyKey });
    return this.decode<VoucherAttachment>('POST', path, res);
  }

  /** A voucher's attachment (its metadata), or null when it has none. */
  voucherAttachment(voucher: VoucherAddress): Promise<VoucherAttachment | null> {
    return this.jsonOrNull<VoucherAttachment>(`${voucherPath(voucher)}/attachment`);
  }

  /** The file attached to a voucher (e-conomic returns it as PDF). */
  downloadVoucherAttachment(voucher: VoucherAddress): Promise<Buffer> {
    return this.pdf(`${voucherPath(voucher)}/attachment/file`);
  }

  // ---------- plumbing ----------

  private async json<T>(method: HttpMethod, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    const res = await this.transport.request({ method, path, body, idempotencyKey });
    return this.decode<T>(method, path, res);
  }

  private async jsonOrNull<T>(path: string): Promise<T | null> {
    const res = await this.transport.request({ method: 'GET', path, passStatuses: [404] });
    if (res.status === 404) return null;
    return this.decode<T>('GET', path, res);
  }

  private decode<T>(method: string, path: string, res: RawResponse): T {
    const parsed = parseJson(res.body);
    if (parsed === undefined && res.body.length > 0) {
      throw new EconomicError('server', `e-conomic answered ${method} ${this.transport.relative(path)} with something that is not JSON (status ${res.status}); try again later.`, {
        status: res.status,
        method,
        path: this.transport.relative(path),
      });
    }
    return parsed as T;
  }

  private async pdf(path: string): Promise<Buffer> {
    const res = await this.transport.request({ method: 'GET', path, accept: 'application/pdf, */*' });
    if (res.body.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new EconomicError('server', `e-conomic did not return a PDF for ${path} (content type ${res.headers['content-type'] ?? 'unknown'}); try again later.`, {
        status: res.status,
        method: 'GET',
        path,
      });
    }
    return res.body;
  }
}

/** A voucher's address: `/journals/{n}/vouchers/{accountingYear}-{voucherNumber}`, the year self-link encoded ("2026_6_2027"). */
function voucherPath(v: VoucherAddress): string {
  return `/journals/${wholeNumber(v.journalNumber, 'journal number')}/vouchers/${encodeProductNumber(v.accountingYear)}-${wholeNumber(v.voucherNumber, 'voucher number')}`;
}

/** e-conomic numbers its records from 1; 0 is refused ("less than minimum value of 1"). */
function wholeNumber(n: number, what: string): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`${what} must be a whole number from 1, got ${String(n)}`);
  return n;
}
