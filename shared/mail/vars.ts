import type { Order } from '../domain/order';
import type { MailPlaceholder } from './placeholders';

/**
 * The raw facts behind one invoice mail, independent of language: `total` is a
 * decimal string, dates are "YYYY-MM-DD". `renderTemplate` formats them for the
 * customer's language, so the same vars can be previewed in Danish and English.
 */
export type InvoiceMailVars = Record<MailPlaceholder, string>;

export interface BookedInvoiceFacts {
  number: number;
  date: string;
  dueDate: string;
  /** Gross amount of the booked invoice, a decimal string. */
  grossAmount: string;
  currency: string;
  paymentTermsName: string;
}

export function buildInvoiceMailVars(
  order: Order,
  invoice: BookedInvoiceFacts,
  shop: { name: string; url: string },
  company: { name: string },
): InvoiceMailVars {
  const billing = order.billing;
  return {
    customerName: (billing.name || '').trim() || (billing.company ?? '').trim(),
    invoiceNumber: String(invoice.number),
    orderNumber: order.number,
    total: invoice.grossAmount,
    currency: invoice.currency.toUpperCase(),
    dueDate: invoice.dueDate,
    invoiceDate: invoice.date,
    shopName: shop.name.trim(),
    paymentTerms: invoice.paymentTermsName.trim(),
    companyName: company.name.trim(),
    shopUrl: shop.url.trim(),
  };
}
