import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { orderListDecimalMark, summariseOrderList } from '../../../shared/days/order-list';
import { orderListPdf } from '../../../shared/days/order-list-pdf';
import { csvFile } from '../../../shared/i18n/csv';
import { ACCOUNTANT_MAIL_WORDS, type DayBookedAs } from '../../../shared/i18n/accountant-mail-words';
import { ORDER_LIST_WORDS } from '../../../shared/i18n/order-list-words';
import { formatMailAmount } from '../../../shared/mail/format';
import { escapeHtml } from '../../../shared/mail/render';
import type { Profile } from '../../../shared/profile/schema';
import type { DayRow, Ledger } from '../../ledger';
import { storeMailFile, type MailOutbox, type OutboxRow } from '../../mail';
import { DayVoucherStore, firstVoucher } from './day-voucher-store';
import { orderListDocument } from './order-list-document';
import { isDayVoucher } from './plan-day-voucher';

/**
 * The day's order list for the owner's accountant (postingUnit "day", profile field
 * `accountantEmail`): one mail per booked day through the invoice mails' outbox, with the list
 * as PDF (in the profile's language) and CSV — the same bytes `days --pdf` and `days --csv`
 * write. The mail is queued inside the transaction that books the day, so a run killed in
 * between books and queues both or neither, and the outbox's states take it from there
 * (retries, uncertain after a kill mid-send, the owner's resend). Its files are written from
 * the ledger just before sending, so a kill after queueing loses nothing. A day booked as a
 * voucher in a journal (dayBooking "journal") is mailed the same way, once its voucher is in
 * the journal, naming the voucher and journal instead of an invoice; the outbox knows its mail
 * by the day (it has no invoice number).
 */
export interface AccountantMailDeps {
  ledger: Ledger;
  profile: Profile;
  outbox: MailOutbox;
  /** The profile's own directory: the files wait in `order-lists/` until sent. */
  dataDir: string;
}

/** How a day is in e-conomic: its booked invoice, or its voucher once it is in the journal; null while neither. */
export function dayBookedAs(ledger: Ledger, day: DayRow): DayBookedAs | null {
  if (day.bookedNumber !== null) return { invoiceNumber: day.bookedNumber };
  if (!isDayVoucher(day.plan)) return null;
  const voucher = new DayVoucherStore(ledger.db).get(day.id);
  if (!voucher || voucher.state === 'sending') return null;
  // Where e-conomic put it (the vouchers it answered), not the number sent.
  const answered = voucher.answered ?? [voucher];
  return { journalNumber: voucher.journalNumber, ...firstVoucher(voucher), ...(answered.length > 1 ? { voucherNumbers: answered.map((v) => v.voucherNumber) } : {}) };
}

/** Queues the accountant's mail of a booked day, once; null when the profile names no accountant. */
export function queueAccountantMail(deps: AccountantMailDeps, day: DayRow): OutboxRow | null {
  const to = deps.profile.accountantEmail;
  const bookedAs = dayBookedAs(deps.ledger, day);
  if (!to || !bookedAs) return null;
  const existing = deps.outbox.getForDay(day.id);
  if (existing) return existing;
  const document = orderListDocument(deps.ledger, deps.profile, day);
  if (!document || day.orderList === null) return null;
  const lang = deps.profile.language;
  const summary = summariseOrderList(document.rows);
  const facts = {
    shop: document.shop,
    day: day.day,
    currency: ORDER_LIST_WORDS[lang].currencyOf(day.currency, document.abroad),
    bookedAs,
    orders: summary.orders,
    refunds: summary.refunds,
    // In the mail's language, as every amount in a mail (the invoice mails' rule).
    gross: formatMailAmount(document.gross, day.currency, lang),
    csvDecimal: orderListDecimalMark(day.orderList),
    firstNumber: summary.firstNumber,
    lastNumber: summary.lastNumber,
  };
  const words = ACCOUNTANT_MAIL_WORDS[lang];
  const paragraphs = words.paragraphs(facts);
  const fileName = ORDER_LIST_WORDS[lang].fileName(day.day, day.currency, document.abroad);
  const { pdf, csv } = filesOf(deps.dataDir, day.id);
  return deps.outbox.enqueueDayMail({
    dayId: day.id,
    invoiceNumber: 'invoiceNumber' in bookedAs ? bookedAs.invoiceNumber : null,
    to,
    language: lang,
    subject: words.subject(facts),
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n'),
    vars: { invoiceNumber: 'invoiceNumber' in bookedAs ? bookedAs.invoiceNumber : null, invoiceDate: day.day, currency: day.currency, shopName: document.shop, total: document.gross },
    attachments: [
      { filename: `${fileName}.pdf`, path: pdf, contentType: 'application/pdf' },
      { filename: `${fileName}.csv`, path: csv, contentType: 'text/csv; charset=utf-8' },
    ],
  });
}

/**
 * Writes the files of the accountant's mails that are still to be sent and lack them (just
 * queued, or queued before a kill): the PDF in the mail's language and the CSV as it was fixed
 * when the day closed, as a file Excel opens (csvFile). The PDF is dated by the list's fixing, so
 * it is the same bytes whenever it is made.
 */
export async function writeAccountantMailFiles(deps: Omit<AccountantMailDeps, 'dataDir'>): Promise<void> {
  for (const row of deps.outbox.dayMails(['queued', 'retry'])) {
    if (row.dayId === null || !row.attachments || row.attachments.every((a) => existsSync(a.path))) continue;
    const day = deps.ledger.days.get(row.dayId);
    const document = day && orderListDocument(deps.ledger, deps.profile, day);
    if (!day || !document || day.orderList === null) continue;
    const [pdf, csv] = row.attachments;
    storeMailFile(pdf.path, await orderListPdf(document, row.language));
    storeMailFile(csv.path, csvFile(day.orderList));
  }
}

function filesOf(dataDir: string, dayId: number): { pdf: string; csv: string } {
  const base = join(dataDir, 'order-lists', `day-${dayId}`);
  return { pdf: `${base}.pdf`, csv: `${base}.csv` };
}
