import { csvAmount, csvRow as row, DECIMAL_MARK } from '../../shared/i18n/csv';
import type { Lang } from '../../shared/i18n/lang';
import { RECONCILIATION_WORDS } from '../../shared/i18n/report-words';
import type { PeriodLine, ReconciliationReport, VoucherRef } from './reconciliation';

export interface CsvOptions {
  /** Danish spreadsheets expect a decimal comma ("1234,50"); default 'comma'. */
  decimal?: 'comma' | 'point';
}

const PERIOD_HEADER = ['period', 'currency', 'shop_orders', 'shop_total', 'refunded_total', 'invoices', 'invoiced_total', 'credit_notes', 'credited_total', 'payments', 'payments_total', 'difference'];
const ISSUE_HEADER = ['issue', 'order_id', 'order_number', 'refund_id', 'invoice_numbers', 'draft_numbers', 'date', 'currency', 'shop', 'economic', 'difference', 'ledger_state', 'day_reference', 'vouchers'];

/** Vouchers in a CSV cell: e-conomic's voucher keys (`{accountingYear}-{voucherNumber}`), space-separated. */
const voucherKeys = (refs: VoucherRef[]) => refs.map((v) => `${v.accountingYear}-${v.voucherNumber}`).join(' ');

/**
 * The report as semicolon-separated CSV (what Danish Excel opens directly): the periods
 * first, then, after an empty line, one row per issue found.
 */
export function toCsv(report: ReconciliationReport, options: CsvOptions = {}): string {
  const amount = (value: string) => csvAmount(value, options.decimal);
  const periodRow = (p: PeriodLine) =>
    row([p.period, p.currency, p.shop.count, amount(p.shop.total), amount(p.refunded.total), p.invoiced.count, amount(p.invoiced.total), p.credited.count, amount(p.credited.total), p.payments.count, amount(p.payments.total), amount(p.difference)]);
  const lines = [row(PERIOD_HEADER), ...report.periods.map(periodRow), ...report.totals.map(periodRow), '', row(ISSUE_HEADER)];
  for (const m of report.missing) lines.push(row([`missing-${m.kind}`, m.orderId, m.orderNumber, m.refundId, '', '', m.date, m.currency, amount(m.amount), '', amount(m.amount), m.ledgerState, m.day?.reference, voucherKeys(m.voucher ? [m.voucher] : [])]));
  for (const d of report.differing) lines.push(row([`differing-${d.kind}`, d.orderId, d.orderNumber, d.refundId, d.invoiceNumber, '', d.date, d.currency, amount(d.shop), amount(d.economic), amount(d.difference), '', d.day?.reference, voucherKeys(d.voucher ? [d.voucher] : [])]));
  for (const u of report.unexpected) lines.push(row(['unexpected', '', '', '', u.invoiceNumber, '', u.date, u.currency, '', amount(u.gross), '', '', '', '']));
  for (const d of report.duplicates) lines.push(row(['duplicate', d.orderId, '', '', d.booked.join(' '), d.drafts.join(' '), '', '', '', '', '', '', d.reference.startsWith('lb-day:') ? d.reference : '', voucherKeys(d.vouchers ?? [])]));
  // Days not booked yet: the order numbers a waiting day waits for, its status in ledger_state.
  for (const p of report.pendingDays) lines.push(row([`day-${p.status}`, '', p.waitingFor.join(' '), '', '', '', p.date, p.currency, amount(p.amount), '', amount(p.amount), p.status, p.day.reference, '']));
  return `${lines.join('\r\n')}\r\n`;
}

/** The report as plain text for the terminal, in Danish or English (amounts with a decimal comma in Danish). */
export function formatReport(report: ReconciliationReport, lang: Lang = 'da'): string {
  const t = RECONCILIATION_WORDS[lang];
  const amount = (value: string) => csvAmount(value, DECIMAL_MARK[lang]);
  const table: string[][] = [[...t.head]];
  const add = (p: PeriodLine, label = p.period) =>
    table.push([label, p.currency, `${amount(p.shop.total)} (${p.shop.count})`, amount(p.refunded.total), `${amount(p.invoiced.total)} (${p.invoiced.count})`, `${amount(p.credited.total)} (${p.credited.count})`, `${amount(p.payments.total)} (${p.payments.count})`, amount(p.difference)]);
  report.periods.forEach((p) => add(p));
  report.totals.forEach((p) => add(p, t.total));
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const out = [t.title(report.from, report.to, report.groupBy), '', ...table.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')), ''];
  if (report.matches) out.push(t.ok);
  // An order's document (a voucher is always a day's, named by daySubject).
  const kind = (k: 'invoice' | 'credit-note' | 'voucher') => (k === 'credit-note' ? t.creditNote : t.invoice);
  // A day's subject: its invoice, or its voucher when it was booked in a journal.
  const daySubject = (f: { kind: string; date: string; currency: string; day?: { orders: number } }) => (f.kind === 'voucher' ? t.dayVoucher : t.day)(f.date, f.currency, f.day?.orders ?? 0);
  if (report.missing.length) {
    out.push(`${t.missing} (${report.missing.length}):`);
    for (const m of report.missing) out.push(`  ${m.day ? `${daySubject(m)}${m.voucher ? `, ${t.voucher(m.voucher)}` : ''}` : `${kind(m.kind)} – ${t.order} ${m.orderNumber}`}${m.refundId ? `, ${t.refund} ${m.refundId}` : ''}${m.day ? '' : `, ${m.date}`}, ${amount(m.amount)} ${m.currency}${m.ledgerState ? ` (${t.state}: ${m.ledgerState}${m.reasonCode ? `, ${m.reasonCode}` : ''})` : ''}`);
  }
  if (report.differing.length) {
    out.push(`${t.differing} (${report.differing.length}):`);
    for (const d of report.differing) out.push(`  ${d.voucher ? t.voucher(d.voucher) : `${kind(d.kind)} ${d.invoiceNumber}`} – ${d.day ? daySubject(d) : `${t.order} ${d.orderNumber}`}: ${t.shop} ${amount(d.shop)}, ${t.economic} ${amount(d.economic)} ${d.currency} (${amount(d.difference)})`);
  }
  if (report.unexpected.length) {
    out.push(`${t.unexpected} (${report.unexpected.length}):`);
    for (const u of report.unexpected) out.push(`  ${t.invoice} ${u.invoiceNumber} (${u.reference}), ${u.date}, ${amount(u.gross)} ${u.currency}`);
  }
  if (report.duplicates.length) {
    out.push(`${t.duplicates} (${report.duplicates.length}):`);
    for (const d of report.duplicates) out.push(d.vouchers ? `  ${d.reference}: ${d.vouchers.map(t.voucher).join(', ')}` : `  ${d.reference}: ${t.booked} ${d.booked.join(', ') || '–'}; ${t.drafts} ${d.drafts.join(', ') || '–'}`);
  }
  if (report.pendingDays.length) {
    out.push(`${t.pendingDays} (${report.pendingDays.length}):`);
    for (const p of report.pendingDays) out.push(`  ${t.day(p.date, p.currency, p.day.orders)}, ${amount(p.amount)} ${p.currency}: ${t.pendingStatus(p.status, p.waitingFor)}`);
  }
  return `${out.join('\n')}\n`;
}
