import type { SyncSummary } from '../engine/cycle';
import type { DryRunResult } from '../operations/dry-run';

import type { Lang } from '../../shared/i18n/lang';
import { formatMoney, formatNumber, formatQuantity } from '../../shared/i18n/format';
import { syncSummaryText } from '../../shared/i18n/sync-summary';

const OUTCOME_WORDS: Record<Lang, Record<'book' | 'draft' | 'skipped-by-rule' | 'held-for-review' | 'blocked', string>> = {
  da: { book: 'bogføres', draft: 'oprettes som kladde', 'skipped-by-rule': 'springes over efter en regel', 'held-for-review': 'venter på godkendelse', blocked: 'stoppes' },
  en: { book: 'booked', draft: 'created as a draft', 'skipped-by-rule': 'skipped by a rule', 'held-for-review': 'waits for approval', blocked: 'stopped' },
};

/** One sync in the same words as the app's overview, and how many calls it took. */
export function formatSummary(summary: SyncSummary, lang: Lang): string {
  return `${syncSummaryText(summary, lang)} (${summary.apiCalls} ${lang === 'da' ? 'kald til e-conomic' : 'e-conomic calls'})\n`;
}

/** Right-pads cells to a plain-text table. */
export function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((cell, i) => (cell ?? '').padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}

export function formatDryRun(result: DryRunResult, lang: Lang): string {
  const da = lang === 'da';
  if (result.entries.length === 0) return da ? 'Ingen ordrer venter på overførsel.\n' : 'No orders are waiting to be transferred.\n';
  const out: string[] = [];
  for (const entry of result.entries) {
    const outcome = entry.outcome === 'invoice' ? (entry.wouldBook ? 'book' : 'draft') : entry.outcome;
    out.push(`${da ? 'Ordre' : 'Order'} ${entry.orderNumber} (${entry.status}) → ${OUTCOME_WORDS[lang][outcome]}${entry.decision.matched.length ? ` [${entry.decision.matched.map((m) => m.name).join(', ')}]` : ''}`);
    for (const p of entry.problems) out.push(`  ! ${p.code} ${p.title}: ${p.message}\n    ${da ? 'Løsning' : 'Fix'}: ${p.fix}`);
    const inv = entry.invoice;
    if (!inv) continue;
    out.push(
      `  ${da ? 'Kunde' : 'Customer'} ${inv.customer.customerNumber ?? (da ? 'ny' : 'new')} · ${inv.recipient.name} · ${da ? 'momszone' : 'VAT zone'} ${inv.vatZone} · layout ${inv.layoutNumber} · ${da ? 'betalingsbetingelse' : 'payment terms'} ${inv.paymentTermsNumber} · ${inv.referenceOther}`,
    );
    out.push(
      table([
        [da ? 'Varenr.' : 'Product', da ? 'Tekst' : 'Description', da ? 'Antal' : 'Qty', da ? 'Enhedspris' : 'Unit price', da ? 'Moms %' : 'VAT %'],
        ...inv.lines.map((l) => [l.productNumber, l.description.slice(0, 40), formatQuantity(l.quantity, lang), formatNumber(l.unitNetPrice, lang), formatQuantity(l.expectedVatRate, lang)]),
      ])
        .split('\n')
        .map((line) => (line ? `    ${line}` : line))
        .join('\n')
        .trimEnd(),
    );
    out.push(
      `    ${da ? 'Netto' : 'Net'} ${formatNumber(inv.predicted.net, lang)} · ${da ? 'moms' : 'VAT'} ${formatNumber(inv.predicted.vat, lang)} · ${da ? 'afrunding' : 'rounding'} ${formatNumber(inv.predicted.rounding, lang)} · ${da ? 'i alt' : 'gross'} ${formatMoney(inv.predicted.gross, inv.currency, lang)} (${da ? 'butikken' : 'shop'}: ${formatMoney(inv.shopTotal, inv.currency, lang)})` +
        (inv.productsToCreate.length ? `\n    ${da ? 'Nye varer i e-conomic' : 'New products in e-conomic'}: ${inv.productsToCreate.map((p) => p.productNumber).join(', ')}` : ''),
    );
  }
  return out.join('\n') + '\n';
}
