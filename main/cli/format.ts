import type { SyncSummary } from '../engine/cycle';
import type { DayPreview, DryRunResult } from '../operations/dry-run';
import type { PlannedInvoice } from '../engine/plan/types';
import { describe as describeProblem } from '../../shared/errors';

import type { Lang } from '../../shared/i18n/lang';
import { formatDateTime, formatMoney, formatNumber, formatQuantity } from '../../shared/i18n/format';
import { syncSummaryText } from '../../shared/i18n/sync-summary';
import { DRY_RUN_WORDS } from '../../shared/i18n/dry-run-words';

/** One sync in the same words as the app's overview, and how many calls it took. */
export function formatSummary(summary: SyncSummary, lang: Lang): string {
  return `${syncSummaryText(summary, lang)} (${summary.apiCalls} ${DRY_RUN_WORDS[lang].economicCalls})\n`;
}

/** An invoice as the dry run prints it: customer and form fields, its lines, its totals. */
function invoiceText(inv: PlannedInvoice, lang: Lang): string[] {
  const w = DRY_RUN_WORDS[lang];
  const out: string[] = [];
  out.push(
    `  ${w.customer} ${inv.customer.customerNumber ?? w.newCustomer} · ${inv.recipient.name} · ${w.vatZone} ${inv.vatZone} · layout ${inv.layoutNumber} · ${w.paymentTerms} ${inv.paymentTermsNumber} · ${inv.referenceOther}`,
  );
  out.push(
    table([
      [...w.columns],
      ...inv.lines.map((l) => [l.productNumber, l.description.slice(0, 40), formatQuantity(l.quantity, lang), formatNumber(l.unitNetPrice, lang), formatQuantity(l.expectedVatRate, lang)]),
    ])
      .split('\n')
      .map((line) => (line ? `    ${line}` : line))
      .join('\n')
      .trimEnd(),
  );
  out.push(
    `    ${w.net} ${formatNumber(inv.predicted.net, lang)} · ${w.vat} ${formatNumber(inv.predicted.vat, lang)} · ${w.rounding} ${formatNumber(inv.predicted.rounding, lang)} · ${w.gross} ${formatMoney(inv.predicted.gross, inv.currency, lang)} (${w.shop}: ${formatMoney(inv.shopTotal, inv.currency, lang)})` +
      (inv.productsToCreate.length ? `\n    ${w.newProducts}: ${inv.productsToCreate.map((p) => p.productNumber).join(', ')}` : ''),
  );
  return out;
}

/** A journal-mode day's voucher as the dry run prints it: per entry the clearing account debited against the sales account, and its totals. */
function voucherText(day: DayPreview, voucher: NonNullable<DayPreview['voucher']>, lang: Lang): string[] {
  const w = DRY_RUN_WORDS[lang];
  const out = [`  ${w.voucherIn(voucher.journalNumber === null ? w.noJournal : String(voucher.journalNumber))}`];
  if (voucher.entries.length === 0) return out;
  out.push(
    table([
      [...w.voucherColumns],
      ...voucher.entries.map((e) => [e.methodTitle, `${e.clearingAccountNumber} ${e.clearingAccountName}`.trim(), `${e.revenue.accountNumber} ${e.salesAccountName}`.trim(), e.revenue.vatCode ?? '—', formatNumber(e.amount, lang), formatNumber(e.vat, lang)]),
    ])
      .split('\n')
      .map((line) => (line ? `    ${line}` : line))
      .join('\n')
      .trimEnd(),
  );
  out.push(`    ${w.gross} ${formatMoney(voucher.plan.gross, day.currency, lang)} · ${w.vat} ${formatNumber(voucher.plan.vat, lang)} (${w.shop}: ${formatMoney(day.gross, day.currency, lang)})`);
  return out;
}

/** Right-pads cells to a plain-text table. */
export function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((cell, i) => (cell ?? '').padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}

export function formatDryRun(result: DryRunResult, lang: Lang, timeZone?: string): string {
  const w = DRY_RUN_WORDS[lang];
  if (result.entries.length === 0 && result.days.length === 0) return `${w.nothingWaiting}\n`;
  const out: string[] = [];
  for (const entry of result.entries) {
    const outcome = entry.outcome === 'invoice' ? (entry.wouldBook ? 'book' : 'draft') : entry.outcome;
    // An order that goes into a day summary brings its lines into the day's invoice, printed below.
    const where = entry.day ? w.intoDay(entry.day) : w.outcome[outcome];
    out.push(`${w.order} ${entry.orderNumber} (${entry.status}) → ${where}${entry.decision.matched.length ? ` [${entry.decision.matched.map((m) => m.name).join(', ')}]` : ''}`);
    for (const p of entry.problems) out.push(`  ! ${p.code} ${p.title}: ${p.message}\n    ${w.fix}: ${p.fix}`);
    if (entry.invoice && !entry.day) out.push(...invoiceText(entry.invoice, lang));
  }
  for (const day of result.days) {
    const closed = day.voucher ? w.dayClosedJournal : w.dayClosed;
    out.push(`${w.daySummary(day.date, day.currency, day.orders, day.refunds)} · ${day.closed ? closed : w.dayOpen(formatDateTime(day.closesAt, lang, timeZone))}`);
    if (day.problem) {
      const d = describeProblem(day.problem.code as never, day.problem.params as never, lang);
      out.push(`  ! ${d.code} ${d.title}: ${d.message}\n    ${w.fix}: ${d.fix}`);
    }
    if (day.invoice) out.push(...invoiceText(day.invoice, lang));
    if (day.voucher) out.push(...voucherText(day, day.voucher, lang));
  }
  return out.join('\n') + '\n';
}
