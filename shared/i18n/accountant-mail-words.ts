import type { Lang } from './lang';
import { dayDate, ORDER_LIST_WORDS } from './order-list-words';

/** What the accountant's mail of a booked day names (main/engine/days/accountant-mail.ts). */
export interface AccountantMailFacts {
  shop: string;
  /** YYYY-MM-DD */
  day: string;
  currency: string;
  invoiceNumber: number;
  orders: number;
  refunds: number;
  /** The day invoice's gross, formatted for the reader ("1.234,50"). */
  gross: string;
  firstNumber: string | null;
  lastNumber: string | null;
}

/**
 * The mail that brings a booked day's order list (PDF and CSV) to the owner's accountant, in the
 * profile's language: the subject names the shop, the day, the currency and the invoice, so the
 * accountant can file it without opening it.
 */
export const ACCOUNTANT_MAIL_WORDS: Record<Lang, { subject(f: AccountantMailFacts): string; paragraphs(f: AccountantMailFacts): string[] }> = {
  da: {
    subject: (f) => `Ordreliste ${dayDate(f.day, 'da')} · ${f.shop} · ${f.currency} · faktura ${f.invoiceNumber}`,
    paragraphs: (f) => [
      'Hej',
      `Her er ordrelisten for ${f.shop} den ${dayDate(f.day, 'da')} i ${f.currency}: ${ORDER_LIST_WORDS.da.counts(f.orders, f.refunds)}, i alt ${f.gross} ${f.currency} inkl. moms, bogført i e-conomic som faktura ${f.invoiceNumber}.`,
      ...(f.firstNumber === null ? [] : [`Ordrenumre: ${f.firstNumber === f.lastNumber ? f.firstNumber : `${f.firstNumber}–${f.lastNumber}`}.`]),
      'Listen er vedhæftet som PDF og som CSV (semikolonsepareret, decimalkomma).',
      `Venlig hilsen\n${f.shop} (sendt af LedgerBridge)`,
    ],
  },
  en: {
    subject: (f) => `Order list ${dayDate(f.day, 'en')} · ${f.shop} · ${f.currency} · invoice ${f.invoiceNumber}`,
    paragraphs: (f) => [
      'Hello',
      `Here is the order list of ${f.shop} for ${dayDate(f.day, 'en')} in ${f.currency}: ${ORDER_LIST_WORDS.en.counts(f.orders, f.refunds)}, ${f.gross} ${f.currency} in total incl. VAT, booked in e-conomic as invoice ${f.invoiceNumber}.`,
      ...(f.firstNumber === null ? [] : [`Order numbers: ${f.firstNumber === f.lastNumber ? f.firstNumber : `${f.firstNumber}–${f.lastNumber}`}.`]),
      'The list is attached as PDF and as CSV (semicolon-separated, decimal comma).',
      `Kind regards\n${f.shop} (sent by LedgerBridge)`,
    ],
  },
};
