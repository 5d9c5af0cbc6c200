import type { Lang } from './lang';

/**
 * The words LedgerBridge writes into e-conomic documents in the profile's language: invoice
 * notes and line texts the customer reads, credit notes, the products it creates and the
 * payment entries the book-keeper reads. Kept apart from the catalogue (which explains
 * problems to the owner) because these become part of the books.
 */
export interface DocumentTexts {
  /** An invoice's notes heading, and the recipient's name when the order has none. */
  order(number: string): string;
  /** The payment line of an invoice's notes: "Betaling: MobilePay, transaktion 123". */
  payment(method: string, transactionId: string | null): string;
  /** The line that settles the last øre between e-conomic's gross and the shop's total. */
  rounding: string;
  giftCardPayment(code: string | null): string;
  /** The name of a product LedgerBridge creates for OSS sales to one country at one rate. */
  ossSales(country: { code: string; name: string }, rate: string): string;
  /** A refund line for shipping whose original line has no name. */
  shipping: string;
  /** The reason of the refund a cancellation after booking stands for. */
  orderCancelled: string;
  /** An amount refund's line: what it was for, else the shop's reason, else just what it is. */
  refundedAmount(items: string[], reason: string | null): string;
  creditNoteHeading(bookedInvoiceNumber: number | string, orderNumber: string): string;
  reason(reason: string): string;
  /**
   * A payment entry's text. The invoice number makes it unique on the agreement: recovery
   * after a crash finds the entry by this text, so it must not change for entries already made.
   */
  paymentEntry(orderNumber: string, bookedInvoiceNumber: number | string, method: string): string;
  /** A day summary's payment entry for one payment method; unique by the day invoice's number and the method, as above. */
  dayPaymentEntry(date: string, bookedInvoiceNumber: number | string, method: string): string;
  /**
   * An entry of a day's finance voucher (dayBooking "journal"): the day, its order number range,
   * the payment method and the VAT rate of the revenue. Unique per day, method and VAT code, so
   * recovery after a crash finds the entry by it; beside another shop on the same agreement
   * (whose orders may be numbered alike) also per shop: `shop` names every shop but the data
   * dir's first, as their invoices' references do (runtime/profile-dirs.ts).
   */
  dayVoucherEntry(date: string, range: string, method: string, vatRate: string, shop: string | null): string;
  /** The file name of the order list attached to a day's voucher. */
  dayVoucherAttachment(date: string, currency: string): string;
}

export const DOCUMENT_TEXTS: Record<Lang, DocumentTexts> = {
  da: {
    order: (number) => `Ordre ${number}`,
    payment: (method, transactionId) => [`Betaling: ${method}`, transactionId ? `transaktion ${transactionId}` : ''].filter(Boolean).join(', '),
    rounding: 'Øreafrunding',
    giftCardPayment: (code) => `Betalt med gavekort${code ? ` ${code}` : ''}`,
    ossSales: (country, rate) => `Salg ${country.name} ${rate.replace('.', ',')} % (OSS)`,
    shipping: 'Fragt',
    orderCancelled: 'Ordren er annulleret',
    refundedAmount: (items, reason) => (items.length > 0 ? `Refunderet beløb for: ${items.join(', ')}` : reason ? `Refundering: ${reason}` : 'Refunderet beløb'),
    creditNoteHeading: (invoice, order) => `Kreditnota for faktura ${invoice} / ordre ${order}`,
    reason: (reason) => `Årsag: ${reason}`,
    paymentEntry: (order, invoice, method) => `Betaling ordre ${order}, faktura ${invoice} (${method})`,
    dayPaymentEntry: (date, invoice, method) => `Betalinger ${date}, dagsopgørelse faktura ${invoice} (${method})`,
    dayVoucherEntry: (date, range, method, rate, shop) => `Dagsopgørelse ${date}${shop ? ` (${shop})` : ''}${range ? `, ordre ${range}` : ''}: ${method}, salg ${rate === '0' ? 'uden moms' : `${rate.replace('.', ',')} % moms`}`,
    dayVoucherAttachment: (date, currency) => `Ordreliste ${date} ${currency}.pdf`,
  },
  en: {
    order: (number) => `Order ${number}`,
    payment: (method, transactionId) => [`Payment: ${method}`, transactionId ? `transaction ${transactionId}` : ''].filter(Boolean).join(', '),
    rounding: 'Rounding',
    giftCardPayment: (code) => `Paid by gift card${code ? ` ${code}` : ''}`,
    ossSales: (country, rate) => `Sales ${country.code} ${rate} % (OSS)`,
    shipping: 'Shipping',
    orderCancelled: 'The order was cancelled',
    refundedAmount: (items, reason) => (items.length > 0 ? `Refunded amount for: ${items.join(', ')}` : reason ? `Refund: ${reason}` : 'Refunded amount'),
    creditNoteHeading: (invoice, order) => `Credit note for invoice ${invoice} / order ${order}`,
    reason: (reason) => `Reason: ${reason}`,
    paymentEntry: (order, invoice, method) => `Payment order ${order}, invoice ${invoice} (${method})`,
    dayPaymentEntry: (date, invoice, method) => `Payments ${date}, daily summary invoice ${invoice} (${method})`,
    dayVoucherEntry: (date, range, method, rate, shop) => `Daily summary ${date}${shop ? ` (${shop})` : ''}${range ? `, orders ${range}` : ''}: ${method}, sales ${rate === '0' ? 'without VAT' : `${rate} % VAT`}`,
    dayVoucherAttachment: (date, currency) => `Order list ${date} ${currency}.pdf`,
  },
};
