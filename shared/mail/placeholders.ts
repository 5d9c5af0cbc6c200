/**
 * Every placeholder an invoice-mail template may use, with the explanation the
 * template editor shows next to it. Anything else between double braces is an
 * error (see validate.ts), so a typo never reaches a customer as a blank.
 */
export type MailLanguage = 'da' | 'en';

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

export interface PlaceholderDoc {
  name: MailPlaceholder;
  description: Record<MailLanguage, string>;
  example: Record<MailLanguage, string>;
}

export const PLACEHOLDER_DOCS: readonly PlaceholderDoc[] = [
  {
    name: 'customerName',
    description: { da: 'Kundens navn fra ordrens faktureringsadresse (eller firmanavnet)', en: "The customer's name from the order's billing address (or the company)" },
    example: { da: 'Mette Hansen', en: 'Mette Hansen' },
  },
  {
    name: 'invoiceNumber',
    description: { da: 'Fakturanummeret i e-conomic', en: 'The invoice number in e-conomic' },
    example: { da: '10234', en: '10234' },
  },
  {
    name: 'orderNumber',
    description: { da: 'Ordrenummeret fra webshoppen', en: 'The order number from the web shop' },
    example: { da: '1042', en: '1042' },
  },
  {
    name: 'total',
    description: { da: 'Fakturaens beløb inkl. moms, med valuta', en: "The invoice's amount incl. VAT, with currency" },
    example: { da: '1.234,50 kr.', en: 'DKK 1,234.50' },
  },
  {
    name: 'currency',
    description: { da: 'Valutakoden, fx DKK eller EUR', en: 'The currency code, e.g. DKK or EUR' },
    example: { da: 'DKK', en: 'EUR' },
  },
  {
    name: 'dueDate',
    description: { da: 'Sidste rettidige betalingsdag', en: 'The date payment is due' },
    example: { da: '27. november 2026', en: '27 November 2026' },
  },
  {
    name: 'invoiceDate',
    description: { da: 'Fakturadatoen', en: 'The invoice date' },
    example: { da: '13. november 2026', en: '13 November 2026' },
  },
  {
    name: 'shopName',
    description: { da: 'Webshoppens navn', en: "The web shop's name" },
    example: { da: 'Butik Nordlys', en: 'Butik Nordlys' },
  },
  {
    name: 'paymentTerms',
    description: { da: 'Betalingsbetingelsen fra e-conomic, fx "Netto 14 dage"', en: 'The payment terms from e-conomic, e.g. "Net 14 days"' },
    example: { da: 'Netto 14 dage', en: 'Net 14 days' },
  },
  {
    name: 'companyName',
    description: { da: 'Firmanavnet i e-conomic (afsender af fakturaen)', en: 'The company name in e-conomic (who issues the invoice)' },
    example: { da: 'Nordlys ApS', en: 'Nordlys ApS' },
  },
  {
    name: 'shopUrl',
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
export function exampleMailVars(lang: MailLanguage): MailVars {
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
