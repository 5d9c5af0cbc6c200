/**
 * Every placeholder a catalogue text may contain. Texts write them as `{name}`.
 * Keeping the list closed means a typo in a text is a test failure, not a
 * "{ordrNumber}" in a shop owner's mail.
 */
export const PARAM_NAMES = [
  'orderNumber',
  'sku',
  'product',
  'line',
  'quantity',
  'paymentMethod',
  'shippingMethod',
  'vatRate',
  /** A country's VAT rates, e.g. "19, 7". */
  'vatRates',
  'field',
  'max',
  'length',
  'shopTotal',
  'economicTotal',
  'computedTotal',
  'difference',
  'tolerance',
  'country',
  /** An e-conomic product group: its number and name, e.g. "11 Salg DE 19 %". */
  'productGroup',
  /** An e-conomic VAT code, e.g. "DE19". */
  'vatCode',
  'currency',
  'vatNumber',
  'email',
  'recipients',
  'date',
  'plan',
  'missing',
  'rule',
  'draftNumber',
  'invoiceNumber',
  'refundId',
  'value',
  'detail',
  'platform',
  'count',
  'journalNumber',
  /** A journal voucher's number ("bilagsnummer"). */
  'voucherNumber',
  /** An e-conomic account: its number and name, e.g. "1010 Salg af varer, indland". */
  'account',
  'step',
  'connection',
  'orderId',
  'logId',
  'orders',
  'agreement',
  'licensedAgreement',
  'pcTime',
  'economicTime',
  'version',
  /** The shop address as set up, and the one its redirect names. */
  'address',
  'movedTo',
  /** A Shopify access scope, e.g. read_orders. */
  'scope',
  /** An import's first day, and the oldest day a shop shows orders from (Shopify without read_all_orders). */
  'from',
  'oldest',
  /** Why a shop's settings are not valid: a key of shared/i18n/shop-config-words, shown in the owner's language. */
  'cause',
  /** A daily summary's rounding line, and the most its orders and refunds can honestly need (LB-3022). */
  'rounding',
  'roundingBound',
  /** A shop (profile) named in a request, and the names of the shops set up, e.g. "nordlys, se". */
  'shop',
  'shops',
  /** The shop set up first on the webshop and agreement of `shop` (LB-2054). */
  'firstShop',
  /** e-conomic's keys of journal vouchers ({accountingYear}-{voucherNumber}), e.g. "2026-17, 2026-18". */
  'vouchers',
  /** Account numbers and VAT codes, e.g. "1010, 5820, U25". */
  'accounts',
  /** A file on the owner's computer, e.g. a shop's ledger. */
  'file',
] as const;

export type ParamName = (typeof PARAM_NAMES)[number];

/** Parameters holding amounts; rendered with the language's number format. */
export const MONEY_PARAMS: ReadonlySet<ParamName> = new Set<ParamName>([
  'shopTotal',
  'economicTotal',
  'computedTotal',
  'difference',
  'tolerance',
  'rounding',
  'roundingBound',
]);
