import { pluralForm } from './format';
import type { Lang } from './lang';
import { SCREEN_NAMES } from './places';

/**
 * The words of a daily summary's invoice (postingUnit "day") in the profile's language: its line
 * texts per kind and VAT rate, its notes, its recipient and the day product of a rate. Like
 * ./document-texts.ts (whose rounding and gift-card words the day invoice shares), these become
 * part of the books. `rate` is a VAT percentage as a decimal string ("25", "12.5").
 */
export interface DayInvoiceTexts {
  /** "25 % moms", with the decimal comma in Danish. */
  vat(rate: string): string;
  /** A One-Stop-Shop country's VAT: "19 % moms, OSS DE". */
  ossVat(rate: string, country: string): string;
  sales(vat: string): string;
  shipping(vat: string): string;
  fees(vat: string): string;
  refundedSales(vat: string): string;
  refundedShipping(vat: string): string;
  /** The notes heading; `range` is the first and last order number ("1001–1042"), or empty. */
  heading(date: string, range: string): string;
  /** The notes' text line: how many orders and refunds, and where their list is. */
  counts(orders: number, refunds: number, currency: string): string;
  /** The collective customer's name on the invoice. */
  recipient(date: string): string;
  /** The name of the product a rate's day sales are booked on. */
  dayProduct(rate: string): string;
}

const danishRate = (rate: string) => rate.replace('.', ',');
/** "1 ordre", "2 ordrer": the count with its word in the right number. */
const counted = (n: number, one: string, other: string) => `${n} ${pluralForm(n, { one, other })}`;
/** A range of one number ("1001") is one order; "1001–1042" several (numberRange in engine/days/plan-day.ts makes them). */
const isOneNumber = (range: string) => !range.includes('–');

export const DAY_INVOICE_TEXTS: Record<Lang, DayInvoiceTexts> = {
  da: {
    vat: (rate) => `${danishRate(rate)} % moms`,
    ossVat: (rate, country) => `${danishRate(rate)} % moms, OSS ${country}`,
    sales: (vat) => `Salg, ${vat}`,
    shipping: (vat) => `Fragt, ${vat}`,
    fees: (vat) => `Gebyrer, ${vat}`,
    refundedSales: (vat) => `Refunderet salg, ${vat}`,
    refundedShipping: (vat) => `Refunderet fragt, ${vat}`,
    heading: (date, range) => `Dagsopgørelse ${date}${range ? `, ordre ${range}` : ''}`,
    counts: (orders, refunds, currency) => `${counted(orders, 'ordre', 'ordrer')} og ${counted(refunds, 'refundering', 'refunderinger')} (${currency}); ordrelisten er i LedgerBridge under ${SCREEN_NAMES.days.da}`,
    recipient: (date) => `Dagssalg ${date}`,
    dayProduct: (rate) => `Dagssalg ${danishRate(rate)} % moms`,
  },
  en: {
    vat: (rate) => `${rate} % VAT`,
    ossVat: (rate, country) => `${rate} % VAT, OSS ${country}`,
    sales: (vat) => `Sales, ${vat}`,
    shipping: (vat) => `Shipping, ${vat}`,
    fees: (vat) => `Fees, ${vat}`,
    refundedSales: (vat) => `Refunded sales, ${vat}`,
    refundedShipping: (vat) => `Refunded shipping, ${vat}`,
    heading: (date, range) => `Daily summary ${date}${range ? `, ${isOneNumber(range) ? 'order' : 'orders'} ${range}` : ''}`,
    counts: (orders, refunds, currency) => `${counted(orders, 'order', 'orders')} and ${counted(refunds, 'refund', 'refunds')} (${currency}); the order list is in LedgerBridge under ${SCREEN_NAMES.days.en}`,
    recipient: (date) => `Daily sales ${date}`,
    dayProduct: (rate) => `Daily sales ${rate} % VAT`,
  },
};
