/**
 * What the sandbox stores. Amounts are decimal strings; JSON-valued extras (free-form objects
 * e-conomic echoes back, like references.salesPerson) are kept as received.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface CustomerRecord {
  customerNumber: number;
  /** The written document minus references, kept as sent (strings, booleans). */
  fields: Record<string, Json>;
  currency: string;
  customerGroupNumber: number;
  paymentTermsNumber: number;
  vatZoneNumber: number;
  layoutNumber?: number;
  creditLimit: string;
  lastUpdated: string;
}

export interface ProductRecord {
  productNumber: string;
  name: string;
  productGroupNumber: number;
  salesPrice: string;
  costPrice: string;
  recommendedPrice: string;
  description?: string;
  barCode?: string;
  barred: boolean;
  unitNumber?: number;
  lastUpdated: string;
}

export interface LineRecord {
  lineNumber: number;
  sortKey: number;
  description?: string;
  productNumber?: string;
  unitNumber?: number;
  quantity: string;
  unitNetPrice: string;
  discountPercentage: string;
  unitCostPrice: string;
  extras: Record<string, Json>;
  // computed
  totalNetAmount: string;
  vatRate: string;
  vatAmount: string;
  marginInBaseCurrency: string;
  marginPercentage: string;
}

export interface InvoiceTotals {
  netAmount: string;
  vatAmount: string;
  grossAmount: string;
  roundingAmount: string;
  netAmountInBaseCurrency: string;
  grossAmountInBaseCurrency: string;
  costPriceInBaseCurrency: string;
  marginInBaseCurrency: string;
  marginPercentage: string;
}

export interface DraftRecord {
  draftInvoiceNumber: number;
  soapId: number;
  date: string;
  dueDate: string;
  currency: string;
  exchangeRate: string;
  customerNumber: number;
  paymentTermsNumber: number;
  layoutNumber: number;
  recipient: Record<string, Json>;
  vatZoneNumber: number;
  /** notes, references, delivery, project, externalId… as sent */
  extras: Record<string, Json>;
  lines: LineRecord[];
  totals: InvoiceTotals;
  lastUpdated: string;
}

export interface BookedRecord extends Omit<DraftRecord, 'draftInvoiceNumber'> {
  bookedInvoiceNumber: number;
  orderNumber: number;
  remainder: string;
  remainderInBaseCurrency: string;
  sendBy?: string;
}

export interface EntryRecord {
  entryNumber: number;
  journalNumber: number;
  voucherNumber: number;
  accountingYear: string;
  entryType: string;
  amount: string;
  date: string;
  currency: string;
  /** the entry as sent, for echoing */
  fields: Record<string, Json>;
  customerNumber?: number;
  customerInvoice?: number;
  accountNumber?: number;
  contraAccountNumber?: number;
  /** The VAT in a finance voucher's amount on its contra account (given, or worked out of the amount by its VAT code). */
  contraVatAmount?: string;
  contraVatCode?: string;
  /** set when a person booked the journal: the entry has left the journal for the ledger */
  booked?: boolean;
}

export interface VoucherRecord {
  voucherNumber: number;
  journalNumber: number;
  accountingYear: string;
  entryNumbers: number[];
  booked?: boolean;
  /** The voucher's documentation (POST …/attachment/file): the PDF as sent. */
  attachment?: { pdfBase64: string; sha256: string; pages: number; createdAt: string };
}

/** One side of a booked entry on an account of the accounting year (GET /accounting-years/{y}/entries). */
export interface LedgerEntryRecord {
  entryNumber: number;
  accountingYear: string;
  accountNumber: number;
  entryType: string;
  amount: string;
  amountInBaseCurrency: string;
  currency: string;
  date: string;
  text?: string;
  voucherNumber: number;
  customerNumber?: number;
}

export interface IdempotencyRecord {
  status: number;
  headers: Record<string, string>;
  body: string;
  contentType: string;
  storedAt: number;
}

/** An accounting year: `year` is `"2026"` or `"2026/2027"` when it is not the calendar year. */
export interface AccountingYear {
  year: string;
  fromDate: string;
  toDate: string;
  closed?: boolean;
}

export interface StoredState {
  customers: CustomerRecord[];
  products: ProductRecord[];
  drafts: DraftRecord[];
  booked: BookedRecord[];
  entries: EntryRecord[];
  vouchers: VoucherRecord[];
  ledger?: LedgerEntryRecord[];
  seq: { soap: number; entry: number; ledger?: number };
  idempotency: Array<[string, IdempotencyRecord]>;
  settings?: { accountingYears: AccountingYear[]; agreementNumber: number; voucherNumbers?: 'as-sent' | 'renumbered' | 'split' };
  clockOffsetMs?: number;
}
