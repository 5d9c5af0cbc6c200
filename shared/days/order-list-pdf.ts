import { dec, money } from '../domain/money';
import { formatMoney, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { ORDER_LIST_WORDS, dayDate } from '../i18n/order-list-words';
import { A4Writer } from '../pdf/a4-writer';
import { summariseOrderList, type OrderListRow } from './order-list';

export interface OrderListDocument {
  /** The shop as the owner and the accountant know it. */
  shop: string;
  day: string;
  currency: string;
  /** The day of sales outside the EU (VAT zone abroad): named as such beside the domestic day. */
  abroad: boolean;
  /** The rows of the list as it was fixed (readOrderList of the day's CSV). */
  rows: readonly OrderListRow[];
  /** The day invoice's gross, which the list must add up to. */
  gross: string;
  /** The booked invoice's number, null while it is not booked. */
  invoiceNumber: number | null;
  /** When the list was fixed: the document's date, so the same day always gives the same bytes. */
  fixedAt: string;
}

/**
 * A PDF is read by eye, so its amounts are written as the app writes them for a reader of its
 * language (shared/i18n/format.ts): "1.234,50" in Danish, "1,234.50" in English — in the
 * columns without the currency (the title and the totals line name it), in the sentence
 * about the invoice's gross with it ("1.234,50 kr.", "DKK 1,234.50").
 */
const amountIn = (lang: Lang) => (value: string) => formatNumber(money(dec(value)), lang);
const moneyIn = (lang: Lang, currency: string) => (value: string) => formatMoney(money(dec(value)), currency, lang);

// Columns on A4 (points): text left-aligned at x, amounts right-aligned at their right edge.
const COL = { kind: 50, number: 115, date: 170, customer: 228, customerWidth: 142, payment: 375, paymentWidth: 80, vat: 490, total: 545 };

/**
 * A day's order list as a PDF in the owner's language, made from the same rows as its CSV: the
 * day, the shop, the currency and the order number range at the top; a line per order and
 * refund (number, date, customer, payment method, VAT, total); the totals, and whether they add
 * up to the day invoice's gross.
 */
export async function orderListPdf(input: OrderListDocument, lang: Lang): Promise<Uint8Array> {
  const w = ORDER_LIST_WORDS[lang];
  const amount = amountIn(lang);
  const withCurrency = moneyIn(lang, input.currency);
  const summary = summariseOrderList(input.rows);
  const currency = w.currencyOf(input.currency, input.abroad);
  const pdf = await A4Writer.create({ title: `${w.title(input.day)} ${currency}`, author: input.shop, producer: 'LedgerBridge', stamp: new Date(input.fixedAt) });
  const { bold } = pdf;

  pdf.draw(`${w.title(input.day)} · ${currency}`, 50, 16, bold);
  pdf.y -= 24;
  const facts: Array<[string, string]> = [
    [w.shop, input.shop],
    [w.currency, currency],
    [w.orderNumbers, summary.firstNumber === null ? '–' : summary.firstNumber === summary.lastNumber ? summary.firstNumber : `${summary.firstNumber}–${summary.lastNumber}`],
    ['', w.counts(summary.orders, summary.refunds)],
    [w.invoice, w.invoiceNumber(input.invoiceNumber)],
  ];
  for (const [label, value] of facts) {
    if (label) pdf.draw(`${label}:`, 50, 10, bold);
    pdf.draw(value, 210, 10);
    pdf.y -= 14;
  }

  const header = () => {
    pdf.draw(w.columns.kind, COL.kind, 9, bold);
    pdf.draw(w.columns.number, COL.number, 9, bold);
    pdf.draw(w.columns.date, COL.date, 9, bold);
    pdf.draw(w.columns.customer, COL.customer, 9, bold);
    pdf.draw(w.columns.paymentMethod, COL.payment, 9, bold);
    pdf.drawRight(w.columns.vat, COL.vat, 9, bold);
    pdf.drawRight(w.columns.total, COL.total, 9, bold);
    pdf.y -= 14;
  };
  pdf.y -= 12;
  header();
  for (const row of input.rows) {
    pdf.ensureRoom(13, header);
    pdf.draw(w.kind[row.kind], COL.kind, 9);
    pdf.draw(pdf.fit(row.number, COL.date - COL.number - 6, 9), COL.number, 9);
    pdf.draw(dayDate(row.date, lang), COL.date, 9);
    pdf.draw(pdf.fit(row.customer, COL.customerWidth, 9), COL.customer, 9);
    pdf.draw(pdf.fit(row.paymentMethod, COL.paymentWidth, 9), COL.payment, 9);
    pdf.drawRight(amount(row.vat), COL.vat, 9);
    pdf.drawRight(amount(row.total), COL.total, 9);
    pdf.y -= 13;
  }

  pdf.ensureRoom(60);
  pdf.y -= 4;
  pdf.draw(`${w.total} ${input.currency}`, COL.kind, 10, bold);
  pdf.drawRight(amount(summary.vat), COL.vat, 10, bold);
  pdf.drawRight(amount(summary.total), COL.total, 10, bold);
  pdf.y -= 22;
  const difference = dec(summary.total).minus(dec(input.gross));
  const gross = withCurrency(input.gross);
  pdf.draw(difference.isZero() ? w.agrees(gross) : w.differs(gross, withCurrency(difference.abs().toString())), COL.kind, 10);

  const pages = pdf.doc.getPages();
  pages.forEach((page, i) => {
    pdf.page = page;
    pdf.y = 30;
    pdf.drawRight(w.page(i + 1, pages.length), COL.total, 8);
  });
  return pdf.save();
}
