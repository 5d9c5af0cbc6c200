import type { Lang } from '../i18n/lang';

/**
 * Every placeholder an invoice-mail template may use, with the explanation the
 * template editor shows next to it. Anything else between double braces is an
 * error (see validate.ts), so a typo never reaches a customer as a blank.
 */
export const MAIL_PLACEHOLDERS = [
  'customerName',
  'invoiceNumber',
  'orderNumber',
  'total',
  'currency',
  'dueDate',
  'invoiceDate',
  'shopName',
  'paymentTerms',
  'companyName',
  'shopUrl',
] as const;
export type MailPlaceholder = (typeof MAIL_PLACEHOLDERS)[number];

/** The values for one mail, already formatted for its language. */
export type MailVars = Record<MailPlaceholder, string>;

/**
 * The names a Danish owner writes and the editor offers in Danish: `{{kundenavn}}` is
 * `{{customerName}}`. Both names work in every template, so a template stored with the
 * English names keeps working, and a mail in English may be written with Danish names.
 */
export const DANISH_PLACEHOLDER_NAMES: Record<MailPlaceholder, string> = {
  customerName: 'kundenavn',
  invoiceNumber: 'fakturanummer',
  orderNumber: 'ordrenummer',
  total: 'beløb',
  currency: 'valuta',
  dueDate: 'forfaldsdato',
  invoiceDate: 'fakturadato',
  shopName: 'butiksnavn',
  paymentTerms: 'betalingsbetingelser',
  companyName: 'firmanavn',
  shopUrl: 'butiksadresse',
};

const BY_DANISH_NAME = new Map(Object.entries(DANISH_PLACEHOLDER_NAMES).map(([name, danish]) => [danish, name as MailPlaceholder]));

/** The placeholder a name written in a template stands for (English or Danish name), or null. */
export function placeholderNamed(written: string): MailPlaceholder | null {
  return isMailPlaceholder(written) ? written : (BY_DANISH_NAME.get(written) ?? null);
}

/** The placeholder as the owner writes it in `lang`: `{{kundenavn}}` in Danish, `{{customerName}}` in English. */
export function placeholderToken(name: MailPlaceholder, lang: Lang): string {
  return `{{${lang === 'da' ? DANISH_PLACEHOLDER_NAMES[name] : name}}}`;
}

export interface PlaceholderDoc {
  name: MailPlaceholder;
  /** What the editor's picker shows. */
  label: Record<Lang, string>;
  description: Record<Lang, string>;
  example: Record<Lang, string>;
}

export const PLACEHOLDER_DOCS: readonly PlaceholderDoc[] = [
  {
    name: 'customerName',
    label: { da: 'Kundens navn', en: 'Customer name' },
    description: { da: 'Kundens navn fra ordrens faktureringsadresse (eller firmanavnet)', en: "The customer's name from the order's billing address (or the company)" },
    example: { da: 'Mette Hansen', en: 'Mette Hansen' },
  },
  {
    name: 'invoiceNumber',
    label: { da: 'Fakturanummer', en: 'Invoice number' },
    description: { da: 'Fakturanummeret i e-conomic', en: 'The invoice number in e-conomic' },
    example: { da: '10234', en: '10234' },
  },
  {
    name: 'orderNumber',
    label: { da: 'Ordrenummer', en: 'Order number' },
    description: { da: 'Ordrenummeret fra webshoppen', en: 'The order number from the web shop' },
    example: { da: '1042', en: '1042' },
  },
  {
    name: 'total',
    label: { da: 'Beløb', en: 'Amount' },
    description: { da: 'Fakturaens beløb inkl. moms, med valuta', en: "The invoice's amount incl. VAT, with currency" },
    example: { da: '1.234,50 kr.', en: 'DKK 1,234.50' },
  },
  {
    name: 'currency',
    label: { da: 'Valuta', en: 'Currency' },
    description: { da: 'Valutakoden, fx DKK eller EUR', en: 'The currency code, e.g. DKK or EUR' },
    example: { da: 'DKK', en: 'EUR' },
  },
  {
    name: 'dueDate',
    label: { da: 'Forfaldsdato', en: 'Due date' },
    description: { da: 'Sidste rettidige betalingsdag', en: 'The date payment is due' },
    example: { da: '27. november 2026', en: '27 November 2026' },
  },
  {
    name: 'invoiceDate',
    label: { da: 'Fakturadato', en: 'Invoice date' },
    description: { da: 'Fakturadatoen', en: 'The invoice date' },
    example: { da: '13. november 2026', en: '13 November 2026' },
  },
  {
    name: 'shopName',
    label: { da: 'Butikkens navn', en: 'Shop name' },
    description: { da: 'Webshoppens navn', en: "The web shop's name" },
    example: { da: 'Butik Nordlys', en: 'Butik Nordlys' },
  },
  {
    name: 'paymentTerms',
    label: { da: 'Betalingsbetingelser', en: 'Payment terms' },
    description: { da: 'Betalingsbetingelsen fra e-conomic, fx "Netto 14 dage"', en: 'The payment terms from e-conomic, e.g. "Net 14 days"' },
    example: { da: 'Netto 14 dage', en: 'Net 14 days' },
  },
  {
    name: 'companyName',
    label: { da: 'Firmanavn', en: 'Company name' },
    description: { da: 'Firmanavnet i e-conomic (afsender af fakturaen)', en: 'The company name in e-conomic (who issues the invoice)' },
    example: { da: 'Nordlys ApS', en: 'Nordlys ApS' },
  },
  {
    name: 'shopUrl',
    label: { da: 'Butikkens adresse', en: 'Shop address' },
    description: { da: 'Webshoppens adresse', en: "The web shop's address" },
    example: { da: 'https://nordlys.dk', en: 'https://nordlys.dk' },
  },
];

export function isMailPlaceholder(name: string): name is MailPlaceholder {
  return (MAIL_PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * Raw example values (amount as a decimal string, ISO dates) for the editor's
 * preview and the wizard's test mail; `renderTemplate` formats them like a real mail.
 */
export function exampleMailVars(lang: Lang): MailVars {
  return {
    customerName: 'Mette Hansen',
    invoiceNumber: '10234',
    orderNumber: '1042',
    total: '1234.50',
    currency: 'DKK',
    dueDate: '2026-11-27',
    invoiceDate: '2026-11-13',
    shopName: 'Butik Nordlys',
    paymentTerms: lang === 'da' ? 'Netto 14 dage' : 'Net 14 days',
    companyName: 'Nordlys ApS',
    shopUrl: 'https://nordlys.dk',
  };
}
