import type { WireDecimal } from './amounts';

/**
 * Wire types of e-conomic's REST API (restapi.e-conomic.com), as documented in restdocs and
 * seen in live responses (the payloads in test/fixtures/reference/economic/, with their sources in
 * its SOURCES.md). Amounts are JSON numbers on the
 * wire; read them with readAmount() from ./amounts. Input types accept decimal strings for
 * amounts — the client turns them into two-decimal numbers without float drift.
 * Booleans that are false are omitted by e-conomic, hence optional.
 */

export interface Link {
  self?: string;
}

export interface Pagination {
  skipPages?: number;
  pageSize?: number;
  maxPageSizeAllowed?: number;
  results?: number;
  resultsWithoutFilter?: number;
  firstPage?: string;
  nextPage?: string;
  previousPage?: string;
  lastPage?: string;
}

export interface Collection<T> {
  collection: T[];
  pagination?: Pagination;
  metaData?: Record<string, unknown>;
  self?: string;
}

// ---- references (id and/or self link; either is accepted on write) ----
export interface CustomerRef extends Link { customerNumber: number }
export interface CustomerGroupRef extends Link { customerGroupNumber: number }
export interface PaymentTermsRef extends Link { paymentTermsNumber: number }
export interface VatZoneRef extends Link { vatZoneNumber: number }
export interface LayoutRef extends Link { layoutNumber: number }
export interface ProductRef extends Link { productNumber: string }
export interface ProductGroupRef extends Link { productGroupNumber: number }
export interface UnitRef extends Link { unitNumber: number }
export interface AccountRef extends Link { accountNumber: number }
export interface EmployeeRef extends Link { employeeNumber: number }
export interface CustomerContactRef extends Link { customerContactNumber: number }
export interface DraftInvoiceRef extends Link { draftInvoiceNumber: number }
export interface DepartmentalDistributionRef extends Link { departmentalDistributionNumber: number }

// ---- /self ----
export interface EconomicSelf extends Link {
  agreementNumber: number;
  agreementType?: { agreementTypeNumber: number; name: string };
  application?: { appNumber?: number; appPublicToken?: string; created?: string; name?: string; requiredRoles?: Array<{ name: string; roleNumber: number } & Link> } & Link;
  bankInformation?: Record<string, unknown>;
  canSendElectronicInvoice?: boolean;
  company?: {
    addressLine1?: string; addressLine2?: string; attention?: string; city?: string;
    companyIdentificationNumber?: string; country?: string; email?: string; name?: string;
    phoneNumber?: string; vatNumber?: string; website?: string; zip?: string;
  };
  companyAffiliation?: string;
  modules?: Array<{ moduleNumber: number; name: string } & Link>;
  settings?: { baseCurrency: string; internationalLedger?: boolean };
  signupDate?: string;
  user?: { agreementNumber?: number; email?: string; loginId?: string; name?: string; language?: { culture?: string; languageNumber?: number; name?: string } & Link };
  userName?: string;
}

// ---- reference data ----
export interface VatZone extends Link {
  vatZoneNumber: number;
  name: string;
  enabledForCustomer?: boolean;
  enabledForSupplier?: boolean;
}

/** A VAT code of the agreement (`/vat-accounts`; the code is its id). */
export interface VatAccount extends Link {
  vatCode: string;
  name?: string;
  ratePercentage?: number;
  barred?: boolean;
  account?: { accountNumber: number } & Link;
  vatType?: { vatTypeNumber: number; name: string } & Link;
}

/** A product group's sales account in one VAT zone (`/product-groups/{n}/sales-accounts`). */
export interface ProductGroupSalesAccount {
  salesAccount?: Pick<Account, 'accountNumber' | 'name' | 'vatAccount'>;
  vatZone?: VatZoneRef;
}

export type PaymentTermsType =
  | 'net' | 'invoiceMonth' | 'paidInCash' | 'prepaid' | 'dueDate' | 'factoring'
  | 'invoiceWeekStartingSunday' | 'invoiceWeekStartingMonday' | 'creditcard' | 'avtaleGiro';

export interface PaymentTerms extends Link {
  paymentTermsNumber: number;
  name: string;
  description?: string;
  daysOfCredit?: number;
  paymentTermsType?: PaymentTermsType;
  contraAccountForPrepaidAmount?: AccountRef;
  contraAccountForRemainderAmount?: AccountRef;
  percentageForPrepaidAmount?: number;
  percentageForRemainderAmount?: number;
  creditCardCompany?: CustomerRef;
}

export interface Layout extends Link {
  layoutNumber: number;
  name: string;
  deleted?: boolean;
}

export interface ProductGroup extends Link {
  productGroupNumber: number;
  name: string;
  accrual?: Record<string, unknown>;
  inventoryEnabled?: boolean;
  products?: string;
  salesAccounts?: string;
}

export interface Currency extends Link {
  code: string;
  isoNumber?: string;
  name?: string;
}

export interface Unit extends Link {
  unitNumber: number;
  name: string;
  products?: string;
}

export type AccountType = 'profitAndLoss' | 'status' | 'totalFrom' | 'heading' | 'headingStart' | 'sumInterval' | 'sumAlpha';

export interface Account extends Link {
  accountNumber: number;
  accountType: AccountType;
  name: string;
  balance?: number;
  draftBalance?: number;
  barred?: boolean;
  blockDirectEntries?: boolean;
  debitCredit?: 'debit' | 'credit';
  vatAccount?: { vatCode: string } & Link;
  contraAccount?: AccountRef;
  totalFromAccount?: AccountRef;
  accountsSummed?: Array<{ fromAccount: AccountRef; toAccount: AccountRef }>;
  accountingYears?: string;
}

export interface Journal extends Link {
  journalNumber: number;
  name: string;
  settings?: {
    contraAccounts?: { customerPayments?: AccountRef; financeVouchers?: AccountRef; supplierPayments?: AccountRef };
    entryTypeRestrictedTo?: 'financeVoucher' | 'supplierInvoice' | 'supplierPayment' | 'customerPayment' | 'manualCustomerInvoice';
    voucherNumbers?: { minimumVoucherNumber?: number; maximumVoucherNumber?: number };
  };
  entries?: string;
  vouchers?: string;
  templates?: Record<string, string>;
}

export interface CustomerGroup extends Link {
  customerGroupNumber: number;
  name: string;
  account?: Partial<Account> & AccountRef;
  layout?: LayoutRef;
  customers?: string;
}

// ---- customers ----
export interface CustomerInput {
  customerNumber?: number;
  name: string;
  currency: string;
  customerGroup: CustomerGroupRef;
  paymentTerms: PaymentTermsRef;
  vatZone: VatZoneRef;
  layout?: LayoutRef;
  address?: string;
  zip?: string;
  city?: string;
  country?: string;
  email?: string;
  corporateIdentificationNumber?: string;
  pNumber?: string;
  ean?: string;
  publicEntryNumber?: string;
  vatNumber?: string;
  telephoneAndFaxNumber?: string;
  mobilePhone?: string;
  website?: string;
  creditLimit?: WireDecimal;
  barred?: boolean;
  salesPerson?: EmployeeRef;
  attention?: CustomerContactRef;
  customerContact?: CustomerContactRef;
  defaultDeliveryLocation?: { deliveryLocationNumber: number } & Link;
}

export interface Customer extends Omit<CustomerInput, 'customerNumber' | 'creditLimit'>, Link {
  customerNumber: number;
  creditLimit?: number;
  balance?: number;
  dueAmount?: number;
  lastUpdated?: string;
  eInvoicingDisabledByDefault?: boolean;
  contacts?: string;
  deliveryLocations?: string;
  invoices?: { drafts?: string; booked?: string } & Link;
  templates?: { invoice?: string; invoiceLine?: string } & Link;
  totals?: { drafts?: string; booked?: string } & Link;
  metaData?: Record<string, unknown>;
}

// ---- products ----
export interface ProductInput {
  productNumber: string;
  name: string;
  productGroup: ProductGroupRef;
  salesPrice?: WireDecimal;
  costPrice?: WireDecimal;
  recommendedPrice?: WireDecimal;
  description?: string;
  barCode?: string;
  barred?: boolean;
  unit?: UnitRef;
  departmentalDistribution?: DepartmentalDistributionRef;
}

export interface Product extends Omit<ProductInput, 'salesPrice' | 'costPrice' | 'recommendedPrice' | 'productGroup' | 'unit'>, Link {
  salesPrice?: number;
  costPrice?: number;
  recommendedPrice?: number;
  productGroup: ProductGroupRef & Partial<ProductGroup>;
  unit?: UnitRef & Partial<Unit>;
  lastUpdated?: string;
  inventory?: Record<string, number>;
  invoices?: { drafts?: string; booked?: string } & Link;
  pricing?: { currencySpecificSalesPrices?: string };
  metaData?: Record<string, unknown>;
}

// ---- invoices ----
export interface Recipient {
  name: string;
  address?: string;
  zip?: string;
  city?: string;
  country?: string;
  ean?: string;
  publicEntryNumber?: string;
  attention?: CustomerContactRef;
  vatZone: VatZoneRef & Partial<VatZone>;
  nemHandelType?: 'ean' | 'corporateIdentificationNumber' | 'pNumber';
  mobilePhone?: string;
  /** Seen in live responses. */
  cvr?: string;
}

export interface Delivery {
  address?: string;
  zip?: string;
  city?: string;
  country?: string;
  deliveryDate?: string;
  deliveryTerms?: string;
}

export interface References {
  /** Free text (≤250), filterable — LedgerBridge stores its order reference here. */
  other?: string;
  customerContact?: CustomerContactRef;
  salesPerson?: EmployeeRef;
  vendorReference?: EmployeeRef;
}

export interface Notes {
  heading?: string;
  textLine1?: string;
  textLine2?: string;
}

export interface DraftInvoiceLineInput {
  lineNumber?: number;
  sortKey?: number;
  description?: string;
  product?: ProductRef;
  quantity?: WireDecimal;
  /** Net price per unit, at most two decimals (e-conomic error E04740 otherwise). */
  unitNetPrice?: WireDecimal;
  discountPercentage?: WireDecimal;
  unitCostPrice?: WireDecimal;
  unit?: UnitRef;
  departmentalDistribution?: DepartmentalDistributionRef;
  accrual?: { startDate: string; endDate: string };
}

export interface DraftInvoiceInput {
  date: string;
  dueDate?: string;
  currency: string;
  exchangeRate?: WireDecimal;
  paymentTerms: PaymentTermsRef & { paymentTermsType?: PaymentTermsType };
  customer: CustomerRef;
  recipient: Recipient;
  delivery?: Delivery;
  deliveryLocation?: { deliveryLocationNumber: number } & Link;
  references?: References;
  notes?: Notes;
  layout: LayoutRef;
  project?: { projectNumber: number } & Link;
  lines?: DraftInvoiceLineInput[];
}

export interface InvoiceLine {
  lineNumber: number;
  sortKey?: number;
  description?: string;
  product?: ProductRef;
  quantity?: number;
  unitNetPrice?: number;
  discountPercentage?: number;
  unitCostPrice?: number;
  totalNetAmount?: number;
  marginInBaseCurrency?: number;
  marginPercentage?: number;
  unit?: UnitRef & Partial<Unit>;
  departmentalDistribution?: DepartmentalDistributionRef;
  accrual?: { startDate: string; endDate: string };
  /** Booked lines only. */
  vatRate?: number;
  vatAmount?: number;
  deliveryDate?: string;
}

interface InvoiceCommon extends Link {
  date: string;
  dueDate?: string;
  currency: string;
  exchangeRate?: number;
  netAmount: number;
  netAmountInBaseCurrency?: number;
  grossAmount: number;
  grossAmountInBaseCurrency?: number;
  vatAmount: number;
  roundingAmount?: number;
  paymentTerms: PaymentTermsRef & Partial<PaymentTerms>;
  customer: CustomerRef;
  recipient: Recipient;
  delivery?: Delivery;
  deliveryLocation?: { deliveryLocationNumber: number } & Link;
  references?: References;
  notes?: Notes;
  layout?: LayoutRef;
  project?: { projectNumber: number } & Link;
  lines?: InvoiceLine[];
  pdf?: { download: string };
}

export interface DraftInvoice extends InvoiceCommon {
  /** Not the final invoice number. */
  draftInvoiceNumber: number;
  marginInBaseCurrency?: number;
  marginPercentage?: number;
  costPriceInBaseCurrency?: number;
  externalId?: string;
  soap?: { currentInvoiceHandle?: { id: number } };
  templates?: { bookingInstructions?: string } & Link;
  attachment?: string;
  lastUpdated?: string;
}

export interface BookedInvoice extends InvoiceCommon {
  bookedInvoiceNumber: number;
  /** The draft number this invoice was booked from (live data). */
  orderNumber?: number;
  remainder?: number;
  remainderInBaseCurrency?: number;
  sent?: string;
}

export interface BookInvoiceInput {
  draftInvoice: DraftInvoiceRef;
  bookWithNumber?: number;
  /** Case-strict, exactly as e-conomic spells them. */
  sendBy?: 'none' | 'EAN' | 'Email';
}

export interface DraftInvoiceDeleted {
  message?: string;
  deletedCount?: number;
  deletedItems?: DraftInvoiceRef[];
}

// ---- accounting years ----
export interface AccountingYear extends Link {
  /** "2026", or "2026/2027" for a year that is not the calendar year */
  year: string;
  fromDate: string;
  toDate: string;
  closed?: boolean;
}

// ---- journals: vouchers ----
interface JournalEntryInputCommon {
  amount: WireDecimal;
  amountBaseCurrency?: WireDecimal;
  date: string;
  text?: string;
  currency?: { code: string } & Link;
  exchangeRate?: WireDecimal;
  voucher?: { voucherNumber: number } & Link;
  contraAccount?: AccountRef;
  contraVatAccount?: { vatCode: string } & Link;
  contraVatAmount?: WireDecimal;
  departmentalDistribution?: DepartmentalDistributionRef;
  employee?: EmployeeRef;
}

export interface CustomerPaymentInput extends JournalEntryInputCommon {
  customer?: CustomerRef;
  /** The booked invoice number being paid. */
  customerInvoice?: number;
}

export interface FinanceVoucherInput extends JournalEntryInputCommon {
  account: AccountRef;
  vatAccount?: { vatCode: string } & Link;
}

/** Where a voucher lives: its journal, accounting year ("2026" or "2026/2027") and number. */
export interface VoucherAddress {
  journalNumber: number;
  accountingYear: string;
  voucherNumber: number;
}

/** GET /journals/{n}/vouchers/{year}-{number}/attachment (published schema). */
export interface VoucherAttachment extends Link {
  createdAt?: string;
  description?: string;
  /** Link to the file itself (always a PDF). */
  file?: string;
  pages?: number;
}

export interface ManualCustomerInvoiceInput extends JournalEntryInputCommon {
  customer: CustomerRef;
  customerInvoice?: number;
  dueDate?: string;
}

export interface JournalVoucherInput {
  accountingYear: { year: string } & Link;
  journal?: { journalNumber: number } & Link;
  entries: {
    customerPayments?: CustomerPaymentInput[];
    financeVouchers?: FinanceVoucherInput[];
    manualCustomerInvoices?: ManualCustomerInvoiceInput[];
  };
}
