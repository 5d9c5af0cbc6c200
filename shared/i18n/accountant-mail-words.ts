import type { Lang } from './lang';
import { voucherNumbersText, type DayVoucherNumbers } from './day-voucher-words';
import { dayDate, ORDER_LIST_WORDS } from './order-list-words';

/**
 * How a day is in e-conomic: its day invoice, or (dayBooking "journal") its finance voucher in a
 * journal, left there for the accountant to book.
 */
export type DayBookedAs = { invoiceNumber: number } | ({ journalNumber: number; accountingYear: string } & DayVoucherNumbers);

/** What the accountant's mail of a booked day names (main/engine/days/accountant-mail.ts). */
export interface AccountantMailFacts {
  shop: string;
  /** YYYY-MM-DD */
  day: string;
  /** As the list names it: "DKK", or "DKK (eksport)" for the day's sales outside the EU. */
  currency: string;
  bookedAs: DayBookedAs;
  orders: number;
  refunds: number;
  /** The day invoice's gross with its currency, formatted for the reader: "1.234,50 kr." / "DKK 1,234.50". */
  gross: string;
  /** The decimal mark of the attached CSV, as the list was fixed. */
  csvDecimal: 'comma' | 'point';
  firstNumber: string | null;
  lastNumber: string | null;
}

/** The day's document as the subject names it: "faktura 412", or "bilag 17, kassekladde 1". */
const documentOf: Record<Lang, (b: DayBookedAs) => string> = {
  da: (b) => ('invoiceNumber' in b ? `faktura ${b.invoiceNumber}` : `bilag ${voucherNumbersText(b, 'da')}, kassekladde ${b.journalNumber}`),
  en: (b) => ('invoiceNumber' in b ? `invoice ${b.invoiceNumber}` : `voucher ${voucherNumbersText(b, 'en')}, journal ${b.journalNumber}`),
};

/** Where the day went in e-conomic, as the text's sentence ends. */
const whereBooked: Record<Lang, (b: DayBookedAs) => string> = {
  da: (b) => ('invoiceNumber' in b ? `bogført i e-conomic som faktura ${b.invoiceNumber}` : `lagt i e-conomic som bilag ${voucherNumbersText(b, 'da')} i kassekladde ${b.journalNumber} (regnskabsår ${b.accountingYear}), klar til at blive bogført`),
  en: (b) => ('invoiceNumber' in b ? `booked in e-conomic as invoice ${b.invoiceNumber}` : `entered in e-conomic as voucher ${voucherNumbersText(b, 'en')} in journal ${b.journalNumber} (accounting year ${b.accountingYear}), ready to be booked`),
};

/**
 * The mail that brings a booked day's order list (PDF and CSV) to the owner's accountant, in the
 * profile's language: the subject names the shop, the day, the currency and the invoice (or the
 * voucher and its journal), so the accountant can file it without opening it.
 */
export const ACCOUNTANT_MAIL_WORDS: Record<Lang, { subject(f: AccountantMailFacts): string; paragraphs(f: AccountantMailFacts): string[] }> = {
  da: {
    subject: (f) => `Ordreliste ${dayDate(f.day, 'da')} · ${f.shop} · ${f.currency} · ${documentOf.da(f.bookedAs)}`,
    paragraphs: (f) => [
      'Hej',
      `Her er ordrelisten for ${f.shop} den ${dayDate(f.day, 'da')} i ${f.currency}: ${ORDER_LIST_WORDS.da.counts(f.orders, f.refunds)}, i alt ${f.gross} inkl. moms, ${whereBooked.da(f.bookedAs)}.`,
      ...(f.firstNumber === null ? [] : [`Ordrenumre: ${f.firstNumber === f.lastNumber ? f.firstNumber : `${f.firstNumber}–${f.lastNumber}`}.`]),
      `Listen er vedhæftet som PDF og som CSV (semikolonsepareret, ${f.csvDecimal === 'comma' ? 'decimalkomma' : 'decimalpunktum'}).`,
      `Venlig hilsen\n${f.shop} (sendt af LedgerBridge)`,
    ],
  },
  en: {
    subject: (f) => `Order list ${dayDate(f.day, 'en')} · ${f.shop} · ${f.currency} · ${documentOf.en(f.bookedAs)}`,
    paragraphs: (f) => [
      'Hello',
      `Here is the order list of ${f.shop} for ${dayDate(f.day, 'en')} in ${f.currency}: ${ORDER_LIST_WORDS.en.counts(f.orders, f.refunds)}, ${f.gross} in total incl. VAT, ${whereBooked.en(f.bookedAs)}.`,
      ...(f.firstNumber === null ? [] : [`Order numbers: ${f.firstNumber === f.lastNumber ? f.firstNumber : `${f.firstNumber}–${f.lastNumber}`}.`]),
      `The list is attached as PDF and as CSV (semicolon-separated, ${f.csvDecimal === 'comma' ? 'decimal comma' : 'decimal point'}).`,
      `Kind regards\n${f.shop} (sent by LedgerBridge)`,
    ],
  },
};
