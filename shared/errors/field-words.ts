import type { Lang } from './types';

/**
 * e-conomic reports problems by path into the request document
 * ("lines[2].unitNetPrice"). Owners should read "unit price on line 3".
 * Keys use `[]` for an array index; `{n}` in a text is that index + 1.
 */
const WORDS: Record<string, { da: string; en: string }> = {
  currency: { da: 'valutaen', en: 'the currency' },
  customer: { da: 'kunden', en: 'the customer' },
  'customer.customerNumber': { da: 'kundenummeret', en: 'the customer number' },
  'customer.email': { da: 'kundens e-mailadresse', en: "the customer's e-mail address" },
  'customer.name': { da: 'kundens navn', en: "the customer's name" },
  date: { da: 'fakturadatoen', en: 'the invoice date' },
  dueDate: { da: 'forfaldsdatoen', en: 'the due date' },
  exchangeRate: { da: 'valutakursen', en: 'the exchange rate' },
  layout: { da: 'fakturalayoutet', en: 'the invoice layout' },
  paymentTerms: { da: 'betalingsbetingelsen', en: 'the payment terms' },
  paymentTermsType: { da: 'betalingsbetingelsens type', en: 'the type of payment terms' },
  recipient: { da: 'fakturamodtageren', en: 'the invoice recipient' },
  'recipient.name': { da: 'kundens navn på fakturaen', en: "the customer's name on the invoice" },
  'recipient.address': { da: 'adressen på fakturaen', en: 'the address on the invoice' },
  'recipient.zip': { da: 'postnummeret på fakturaen', en: 'the postcode on the invoice' },
  'recipient.city': { da: 'byen på fakturaen', en: 'the city on the invoice' },
  'recipient.country': { da: 'landet på fakturaen', en: 'the country on the invoice' },
  'recipient.ean': { da: 'EAN-nummeret', en: 'the EAN number' },
  'recipient.vatZone': { da: 'momszonen', en: 'the VAT zone' },
  'recipient.attention': { da: 'att.-personen', en: 'the attention person' },
  'delivery.address': { da: 'leveringsadressen', en: 'the delivery address' },
  'delivery.zip': { da: 'postnummeret i leveringsadressen', en: 'the delivery postcode' },
  'delivery.city': { da: 'byen i leveringsadressen', en: 'the delivery city' },
  'delivery.country': { da: 'landet i leveringsadressen', en: 'the delivery country' },
  'references.other': { da: 'ordrereferencen på fakturaen', en: 'the order reference on the invoice' },
  'notes.heading': { da: 'overskriften på fakturaen', en: 'the invoice heading' },
  'notes.textLine1': { da: 'teksten på fakturaen', en: 'the text on the invoice' },
  'notes.textLine2': { da: 'den anden tekstlinje på fakturaen', en: 'the second text line on the invoice' },
  lines: { da: 'fakturalinjerne', en: 'the invoice lines' },
  quantity: { da: 'en fakturalinje', en: 'an invoice line' },
  'lines[]': { da: 'linje {n}', en: 'line {n}' },
  'lines[].description': { da: 'varebeskrivelsen på linje {n}', en: 'the description on line {n}' },
  'lines[].product': { da: 'varen på linje {n}', en: 'the product on line {n}' },
  'lines[].product.productNumber': { da: 'varenummeret på linje {n}', en: 'the product number on line {n}' },
  'lines[].quantity': { da: 'antallet på linje {n}', en: 'the quantity on line {n}' },
  'lines[].unitNetPrice': { da: 'enhedsprisen på linje {n}', en: 'the unit price on line {n}' },
  'lines[].unit': { da: 'enheden på linje {n}', en: 'the unit on line {n}' },
  'lines[].discountPercentage': { da: 'rabatten på linje {n}', en: 'the discount on line {n}' },
  'product.name': { da: 'varenavnet', en: 'the product name' },
  'product.productNumber': { da: 'varenummeret', en: 'the product number' },
  'product.productGroup': { da: 'varegruppen', en: 'the product group' },
  'product.barred': { da: 'varen', en: 'the product' },
  'billing.name': { da: 'kundens navn', en: "the customer's name" },
  'billing.email': { da: 'kundens e-mailadresse', en: "the customer's e-mail address" },
  'billing.country': { da: 'landet i faktureringsadressen', en: 'the billing country' },
  'shipping.country': { da: 'landet i leveringsadressen', en: 'the shipping country' },
  'payment.id': { da: 'betalingsmetoden', en: 'the payment method' },
  total: { da: 'ordrens total', en: 'the order total' },
  total_tax: { da: 'momsen i alt', en: 'the total VAT' },
  discount_total: { da: 'rabatten i alt', en: 'the total discount' },
  shipping_total: { da: 'fragten i alt', en: 'the total shipping' },
  currency_code: { da: 'valutaen', en: 'the currency' },
  status: { da: 'ordrestatus', en: 'the order status' },
  id: { da: 'ordrens id', en: "the order's id" },
  date_created_gmt: { da: 'oprettelsestidspunktet (UTC)', en: 'the creation time (UTC)' },
  date_modified_gmt: { da: 'ændringstidspunktet (UTC)', en: 'the modification time (UTC)' },
  'tax_lines[].rate_percent': { da: 'momssatsen for momslinje {n}', en: 'the rate of tax line {n}' },
  'line_items[].total_tax': { da: 'momsen på varelinje {n}', en: 'the VAT on product line {n}' },
  'line_items[].total': { da: 'beløbet på varelinje {n}', en: 'the amount on product line {n}' },
  'line_items[].subtotal': { da: 'beløbet før rabat på varelinje {n}', en: 'the amount before discount on product line {n}' },
  'shipping_lines[].total_tax': { da: 'momsen på fragtlinje {n}', en: 'the VAT on shipping line {n}' },
  'shipping_lines[].total': { da: 'beløbet på fragtlinje {n}', en: 'the amount on shipping line {n}' },
  'fee_lines[].total_tax': { da: 'momsen på gebyrlinje {n}', en: 'the VAT on fee line {n}' },
  'fee_lines[].total': { da: 'beløbet på gebyrlinje {n}', en: 'the amount on fee line {n}' },
  'totals.total': { da: 'ordrens total', en: 'the order total' },
  'totals.tax': { da: 'ordrens moms', en: "the order's VAT" },
};

/** Plain words for a field path; an unknown path is returned as it is, so nothing is hidden. */
export function fieldWords(path: string, lang: Lang): string {
  const trimmed = path.trim();
  let index: number | null = null;
  const key = trimmed.replace(/\[(\d+)\]/g, (_m, n: string) => {
    if (index === null) index = Number(n);
    return '[]';
  });
  const words = WORDS[key];
  if (!words) return trimmed;
  const text = words[lang];
  return index === null ? text : text.replace('{n}', String((index as number) + 1));
}

export function hasFieldWords(path: string): boolean {
  return WORDS[path.trim().replace(/\[(\d+)\]/g, '[]')] !== undefined;
}
