import type { OssReport } from './oss-report';
import { csvAmount, csvRow as row } from '../../shared/i18n/csv';
import type { CsvOptions } from './reconciliation-format';

const HEADER = ['country', 'vat_rate', 'taxable_base', 'vat', 'currency', 'invoices', 'credit_notes'];
const UNBOOKED_HEADER = ['unbooked_order_id', 'order_number', 'country', 'date', 'order_currency', 'order_total', 'state', 'reason_code'];

/**
 * The OSS figures as semicolon-separated CSV (Danish Excel opens it directly): one row per
 * country and rate, a total, then after an empty line the OSS orders that are not booked.
 */
export function ossCsv(report: OssReport, options: CsvOptions = {}): string {
  const amount = (value: string) => csvAmount(value, options.decimal);
  const lines = [row(HEADER)];
  for (const r of report.rows) lines.push(row([r.country, amount(r.rate), amount(r.base), amount(r.vat), report.currency, r.invoices, r.creditNotes]));
  lines.push(row(['total', '', amount(report.totals.base), amount(report.totals.vat), report.currency, '', '']), '', row(UNBOOKED_HEADER));
  for (const u of report.unbooked) lines.push(row([u.orderId, u.orderNumber, u.country, u.date, u.currency, amount(u.total), u.state, u.reasonCode]));
  return `${lines.join('\r\n')}\r\n`;
}

const TEXT = {
  da: {
    title: (r: OssReport) => `OSS-moms ${r.quarter} (${r.from} – ${r.to}), beløb i ${r.currency}`,
    head: ['Land', 'Sats', 'Momsgrundlag', 'Moms', 'Fakturaer', 'Kreditnotaer'],
    total: 'I alt',
    none: 'Intet bogført med OSS i kvartalet.',
    unbooked: 'OSS-ordrer i kvartalet, der ikke er bogført (ikke med i tallene)',
  },
  en: {
    title: (r: OssReport) => `OSS VAT ${r.quarter} (${r.from} – ${r.to}), amounts in ${r.currency}`,
    head: ['Country', 'Rate', 'Taxable base', 'VAT', 'Invoices', 'Credit notes'],
    total: 'Total',
    none: 'Nothing booked under OSS in the quarter.',
    unbooked: 'OSS orders of the quarter that are not booked (not in the figures)',
  },
} as const;

/** The OSS figures as text for the terminal, in Danish or English. */
export function formatOssReport(report: OssReport, lang: 'da' | 'en' = 'da'): string {
  const t = TEXT[lang];
  const amount = (value: string) => (lang === 'da' ? value.replace('.', ',') : value);
  const table: string[][] = [[...t.head], ...report.rows.map((r) => [r.country, `${amount(r.rate)} %`, amount(r.base), amount(r.vat), String(r.invoices), String(r.creditNotes)])];
  table.push([t.total, '', amount(report.totals.base), amount(report.totals.vat), '', '']);
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const out = [t.title(report), '', ...table.map((r) => r.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')), ''];
  if (report.rows.length === 0) out.push(t.none);
  if (report.unbooked.length) {
    out.push(`${t.unbooked} (${report.unbooked.length}):`);
    for (const u of report.unbooked) out.push(`  ${u.orderNumber} ${u.country} ${u.date} ${amount(u.total)} ${u.currency}: ${u.state}${u.reasonCode ? ` (${u.reasonCode})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
