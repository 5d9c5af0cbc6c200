import type { OssReport } from './oss-report';
import { csvAmount, csvRow as row, DECIMAL_MARK } from '../../shared/i18n/csv';
import type { Lang } from '../../shared/i18n/lang';
import { OSS_REPORT_WORDS } from '../../shared/i18n/report-words';
import type { CsvOptions } from './reconciliation-format';

const HEADER = ['country', 'vat_rate', 'taxable_base', 'vat', 'currency', 'invoices', 'credit_notes'];
const UNBOOKED_HEADER = ['unbooked_order_id', 'order_number', 'country', 'date', 'order_currency', 'order_total', 'state', 'reason_code'];
const DAY_VOUCHER_HEADER = ['day_voucher_country', 'vat_rate', 'taxable_base', 'vat', 'day_currency', 'days'];

/**
 * The OSS figures as semicolon-separated CSV (Danish Excel opens it directly): one row per
 * country and rate, a total, then after an empty line the OSS orders that are not booked, and
 * after another the OSS sales of days booked as journal vouchers (when there are any).
 */
export function ossCsv(report: OssReport, options: CsvOptions = {}): string {
  const amount = (value: string) => csvAmount(value, options.decimal);
  const lines = [row(HEADER)];
  for (const r of report.rows) lines.push(row([r.country, amount(r.rate), amount(r.base), amount(r.vat), report.currency, r.invoices, r.creditNotes]));
  lines.push(row(['total', '', amount(report.totals.base), amount(report.totals.vat), report.currency, '', '']), '', row(UNBOOKED_HEADER));
  for (const u of report.unbooked) lines.push(row([u.orderId, u.orderNumber, u.country, u.date, u.currency, amount(u.total), u.state, u.reasonCode]));
  if (report.dayVouchers.length) {
    lines.push('', row(DAY_VOUCHER_HEADER));
    for (const v of report.dayVouchers) lines.push(row([v.country, amount(v.rate), amount(v.base), amount(v.vat), v.currency, v.days]));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The OSS figures as text for the terminal, in Danish or English. */
export function formatOssReport(report: OssReport, lang: Lang = 'da'): string {
  const t = OSS_REPORT_WORDS[lang];
  const amount = (value: string) => csvAmount(value, DECIMAL_MARK[lang]);
  const table: string[][] = [[...t.head], ...report.rows.map((r) => [r.country, `${amount(r.rate)} %`, amount(r.base), amount(r.vat), String(r.invoices), String(r.creditNotes)])];
  table.push([t.total, '', amount(report.totals.base), amount(report.totals.vat), '', '']);
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const out = [t.title(report.quarter, report.from, report.to, report.currency), '', ...table.map((r) => r.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')), ''];
  if (report.rows.length === 0 && report.dayVouchers.length === 0) out.push(t.none);
  if (report.unbooked.length) {
    out.push(`${t.unbooked} (${report.unbooked.length}):`);
    for (const u of report.unbooked) out.push(`  ${u.orderNumber} ${u.country} ${u.date} ${amount(u.total)} ${u.currency}: ${u.state}${u.reasonCode ? ` (${u.reasonCode})` : ''}`);
  }
  if (report.dayVouchers.length) {
    out.push(`${t.dayVouchers}:`);
    for (const v of report.dayVouchers) out.push(`  ${v.country} ${amount(v.rate)} %: ${t.baseAndVat(amount(v.base), amount(v.vat), v.currency)}, ${t.days(v.days)}`);
  }
  return `${out.join('\n')}\n`;
}
