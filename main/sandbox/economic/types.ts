export interface FaultConfig {
  failRate: number;
  statuses?: Array<429 | 500 | 503 | 'drop' | 'lost'>;
  resetRate?: number;
  latencyMs?: number;
  seed?: number;
}

export interface EconomicSandboxOptions {
  port?: number;
  appSecretToken?: string;
  appPublicToken?: string;
  agreementGrantToken?: string;
  vatRounding?: 'line' | 'invoice';
  persistFile?: string;
  baseCurrency?: string;
  /** The machine clock the sandbox clock runs on (default Date.now); settings {now} shift it. */
  now?: () => number;
}

/** A booked invoice as JSON (the document GET /invoices/booked/{n} returns). */
export interface BookedInvoice {
  bookedInvoiceNumber: number;
  orderNumber: number;
  date: string;
  dueDate: string;
  currency: string;
  netAmount: number;
  vatAmount: number;
  grossAmount: number;
  remainder: number;
  remainderInBaseCurrency: number;
  [key: string]: unknown;
}

export interface EconomicSandboxState {
  drafts: Array<Record<string, unknown>>;
  booked: BookedInvoice[];
  vouchers: Array<Record<string, unknown>>;
  /** entries booked journals put on the accounts */
  ledger: Array<Record<string, unknown>>;
  settings: { accountingYears: Array<{ year: string; fromDate: string; toDate: string; closed?: boolean }>; agreementNumber: number };
  customers: Array<Record<string, unknown>>;
  products: Array<Record<string, unknown>>;
  calls: { total: number; byRoute: Record<string, number> };
  idempotentReplays: number;
  faultsInjected: number;
}
