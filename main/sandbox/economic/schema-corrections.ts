/**
 * Where the live e-conomic server differs from its own published schemas (./schemas/), and how
 * the sandbox follows the server. This is the ONE place such differences are written down; each
 * has its reason and its source. Sources:
 *  - [live] GitHub Pogoe/EConomic.NET `docs/legacy-api-verification.md` @ fdd22ab2f2b091c22d261c14c12efe29bafe79f9 (verified on a
 *    trial agreement, August 2026);
 *  - [filters] the same repository, `tools/EConomic.SpecConverter/FilterSurfaceGenerator.cs`
 *    (`UnfilterableFields`, `UnsortableFields`), each entry read from a live agreement's
 *    `allowedFilteringFields` or found by sending every operator on every field.
 */

/** A change to one property of a request schema. `path` uses `[]` for array items. */
export interface BodyCorrection {
  schema: string;
  path: string[];
  set: { required?: boolean };
  reason: string;
  source: string;
}

const DRAFT_REQUIRED = 'A draft invoice cannot exist without date, currency, layout, payment terms, customer and recipient (name and VAT zone). The PUT schema marks none of them required, but PUT replaces the whole draft (omitted properties are cleared) and creates the draft when the number does not exist, so the server needs them on a PUT as on a POST.';
const LIVE_DRAFT = '[live] "draft invoice requirements", "PUT semantics: true replace", "PUT to a number that does not exist creates it"';

export const BODY_CORRECTIONS: BodyCorrection[] = [
  // (the PUT schema has no `layout` at all; the sandbox's own draft check still requires it)
  ...[['date'], ['currency'], ['paymentTerms'], ['customer'], ['recipient'], ['recipient', 'name'], ['recipient', 'vatZone']].map((path) => ({
    schema: 'invoices.drafts.draftInvoiceNumber.put',
    path,
    set: { required: true },
    reason: DRAFT_REQUIRED,
    source: LIVE_DRAFT,
  })),
  ...['invoices.booked.post', 'invoices.booked.bookWithNumber.put'].map((schema) => ({
    schema,
    path: ['draftInvoice'],
    set: { required: true },
    reason: 'Booking turns a named draft into an invoice; without `draftInvoice` there is nothing to book. The schema leaves it optional.',
    source: '[live] "booking: POST /invoices/booked {draftInvoice:{draftInvoiceNumber:n}}"',
  })),
  ...['account', 'contraAccount'].map((key) => ({
    schema: 'journals.journalNumber.vouchers.post',
    path: ['entries', 'financeVouchers', '[]', key],
    set: { required: true },
    reason: 'A finance voucher entry is rejected without both accounts; the schema requires only date and amount.',
    source: '[live] "voucher entries: a finance voucher entry needs date, amount, account and contraAccount"',
  })),
];

/**
 * A collection field whose published `filterable`/`sortable` flag the server does not honour.
 * `filterable: 'eqOnly'` is a field the server lists as filterable but answers with a 500 for
 * every operator except `$eq:`; `'crashes'` answers 500 for every operator.
 */
export interface FieldCorrection {
  collections: string[];
  field: string;
  filterable?: boolean | 'eqOnly' | 'crashes';
  sortable?: boolean;
  reason: string;
  source: string;
}

const INVOICE_VIEWS = ['invoices.drafts.get', 'invoices.booked.get', 'invoices.paid.get', 'invoices.unpaid.get', 'invoices.overdue.get', 'invoices.not-due.get'];

export const FIELD_CORRECTIONS: FieldCorrection[] = [
  {
    collections: ['customers.get'],
    field: 'pNumber',
    filterable: true,
    reason: 'The server accepts 21 customer filter fields; the schema marks 20 and misses pNumber (under-reported).',
    source: '[live] "20 customer properties are filterable: accepts 21 — pNumber is missing from the schema"',
  },
  ...['accountNumber', 'accountType', 'balance', 'blockDirectEntries', 'debitCredit', 'name'].map((key) => ({
    collections: ['customer-groups.get'],
    field: `account.${key}`,
    filterable: false,
    sortable: false,
    reason: "Over-reported: the server's allowedFilteringFields for customer groups is name and customerGroupNumber only; the nested account is filterable at /accounts, not here.",
    source: '[filters] CustomerGroup.account.*',
  })),
  {
    collections: INVOICE_VIEWS,
    field: 'references.customerContact.customer.customerNumber',
    filterable: false,
    sortable: false,
    reason: 'Over-reported on every invoice view: the server filters on customer.customerNumber, not on the same number reached through the customer contact.',
    source: '[filters] *Invoice.references.customerContact.customer.customerNumber',
  },
  ...['grossWeight', 'netWeight', 'packageVolume'].map((key) => ({
    collections: ['products.get'],
    field: `inventory.${key}`,
    filterable: false,
    sortable: false,
    reason: 'Over-reported: product filtering and sorting stop at the top level; the inventory block is not part of it.',
    source: '[filters] Product.inventory.*',
  })),
  {
    collections: ['products.get'],
    field: 'inventory.recommendedCostPrice',
    filterable: false,
    reason: 'Over-reported: product filtering stops at the top level; the inventory block is not part of it.',
    source: '[filters] Product.inventory.recommendedCostPrice',
  },
  {
    collections: ['products.get'],
    field: 'barred',
    filterable: 'eqOnly',
    sortable: false,
    reason: 'Listed as filterable, but only barred$eq: answers; barred$ne: and barred$eq:$null: are 500s (reproduced on the demo agreement). Not sortable.',
    source: '[filters] Product.barred',
  },
  {
    collections: ['products.get'],
    field: 'departmentalDistribution.departmentalDistributionNumber',
    filterable: 'crashes',
    reason: 'Listed as filterable, but every operator on it is a 500 on the server.',
    source: '[filters] Product.departmentalDistribution.departmentalDistributionNumber',
  },
];
