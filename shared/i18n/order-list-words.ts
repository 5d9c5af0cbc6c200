import type { Lang } from './lang';

/**
 * The words of a day's order list (postingUnit "day") wherever the owner or the accountant
 * reads it: the PDF, the days screen and the mail to the accountant.
 */
export interface OrderListWords {
  /** The document's title: "Ordreliste 03.12.2026". */
  title(day: string): string;
  shop: string;
  currency: string;
  /**
   * The day's currency as its list is named: "DKK", or "DKK (eksport)" for the day of sales
   * outside the EU (VAT zone abroad), which has its own invoice and list beside the day's
   * domestic one in the same currency.
   */
  currencyOf(currency: string, abroad: boolean): string;
  orderNumbers: string;
  counts(orders: number, refunds: number): string;
  invoice: string;
  /** The day's invoice as e-conomic numbers it, or that it is not booked yet. */
  invoiceNumber(n: number | null): string;
  kind: Record<'order' | 'refund', string>;
  columns: { kind: string; number: string; date: string; customer: string; paymentMethod: string; vat: string; total: string };
  total: string;
  /** Whether the list adds up to the day invoice's gross. */
  agrees(gross: string): string;
  differs(gross: string, difference: string): string;
  page(n: number, of: number): string;
  /** The file name (without extension) of the list's CSV and PDF; an export day's is its own. */
  fileName(day: string, currency: string, abroad: boolean): string;
}

/** A YYYY-MM-DD date day first: "03.12.2026" (da) or "03/12/2026" (en). */
export function dayDate(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-');
  return lang === 'da' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

export const ORDER_LIST_WORDS: Record<Lang, OrderListWords> = {
  da: {
    title: (day) => `Ordreliste ${dayDate(day, 'da')}`,
    shop: 'Butik',
    currency: 'Valuta',
    currencyOf: (currency, abroad) => (abroad ? `${currency} (eksport)` : currency),
    orderNumbers: 'Ordrenumre',
    counts: (orders, refunds) => `${orders} ${orders === 1 ? 'ordre' : 'ordrer'}, ${refunds} ${refunds === 1 ? 'refundering' : 'refunderinger'}`,
    invoice: 'Dagens faktura i e-conomic',
    invoiceNumber: (n) => (n === null ? 'ikke bogført endnu' : `nr. ${n}`),
    kind: { order: 'Ordre', refund: 'Refundering' },
    columns: { kind: 'Type', number: 'Nummer', date: 'Dato', customer: 'Kunde', paymentMethod: 'Betalingsmetode', vat: 'Moms', total: 'Total' },
    total: 'I alt',
    agrees: (gross) => `Listen stemmer med dagens faktura: ${gross} brutto.`,
    differs: (gross, difference) => `Listen afviger med ${difference} fra dagens faktura på ${gross} brutto.`,
    page: (n, of) => `Side ${n} af ${of}`,
    fileName: (day, currency, abroad) => `ordreliste-${day}-${currency}${abroad ? '-eksport' : ''}`,
  },
  en: {
    title: (day) => `Order list ${dayDate(day, 'en')}`,
    shop: 'Shop',
    currency: 'Currency',
    currencyOf: (currency, abroad) => (abroad ? `${currency} (export)` : currency),
    orderNumbers: 'Order numbers',
    counts: (orders, refunds) => `${orders} ${orders === 1 ? 'order' : 'orders'}, ${refunds} ${refunds === 1 ? 'refund' : 'refunds'}`,
    invoice: "The day's invoice in e-conomic",
    invoiceNumber: (n) => (n === null ? 'not booked yet' : `no. ${n}`),
    kind: { order: 'Order', refund: 'Refund' },
    columns: { kind: 'Type', number: 'Number', date: 'Date', customer: 'Customer', paymentMethod: 'Payment method', vat: 'VAT', total: 'Total' },
    total: 'Total',
    agrees: (gross) => `The list agrees with the day's invoice: ${gross} gross.`,
    differs: (gross, difference) => `The list differs by ${difference} from the day's invoice of ${gross} gross.`,
    page: (n, of) => `Page ${n} of ${of}`,
    fileName: (day, currency, abroad) => `order-list-${day}-${currency}${abroad ? '-export' : ''}`,
  },
};
