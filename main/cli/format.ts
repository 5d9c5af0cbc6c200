import type { SyncSummary } from '../engine/cycle';
import type { DryRunResult } from '../operations/dry-run';

type Lang = 'da' | 'en';

const SUMMARY_LABELS: Record<Lang, Record<keyof SyncSummary, string>> = {
  da: { fetched: 'hentet', eligible: 'klar til overførsel', drafted: 'kladder oprettet', booked: 'bogført', held: 'venter som kladde', skipped: 'sprunget over', failed: 'med fejl', mailed: 'fakturamails sendt', creditNotes: 'kreditnotaer', paymentsRegistered: 'betalinger registreret', daysBooked: 'dage bogført', daysHeld: 'dage som kladde', apiCalls: 'kald til e-conomic' },
  en: { fetched: 'fetched', eligible: 'eligible', drafted: 'drafts created', booked: 'booked', held: 'waiting as draft', skipped: 'skipped', failed: 'with problems', mailed: 'invoice mails sent', creditNotes: 'credit notes', paymentsRegistered: 'payments registered', daysBooked: 'days booked', daysHeld: 'days as drafts', apiCalls: 'e-conomic calls' },
};

export function formatSummary(summary: SyncSummary, lang: Lang): string {
  const labels = SUMMARY_LABELS[lang];
  const parts = (Object.keys(labels) as Array<keyof SyncSummary>).map((k) => `${summary[k]} ${labels[k]}`);
  return `${lang === 'da' ? 'Synkronisering' : 'Sync'}: ${parts.join(', ')}\n`;
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
    out.push(`${da ? 'Ordre' : 'Order'} ${entry.orderNumber} (${entry.status}) → ${entry.outcome}${entry.decision.matched.length ? ` [${entry.decision.matched.map((m) => m.name).join(', ')}]` : ''}`);
    for (const p of entry.problems) out.push(`  ! ${p.code} ${p.title}: ${p.message}\n    ${da ? 'Løsning' : 'Fix'}: ${p.fix}`);
    const inv = entry.invoice;
    if (!inv) continue;
    out.push(
      `  ${da ? 'Kunde' : 'Customer'} ${inv.customer.customerNumber ?? (da ? 'ny' : 'new')} · ${inv.recipient.name} · ${da ? 'momszone' : 'VAT zone'} ${inv.vatZone} · layout ${inv.layoutNumber} · ${da ? 'betalingsbetingelse' : 'payment terms'} ${inv.paymentTermsNumber} · ${inv.referenceOther}`,
    );
    out.push(
      table([
        [da ? 'Varenr.' : 'Product', da ? 'Tekst' : 'Description', da ? 'Antal' : 'Qty', da ? 'Enhedspris' : 'Unit price', da ? 'Moms %' : 'VAT %'],
        ...inv.lines.map((l) => [l.productNumber, l.description.slice(0, 40), l.quantity, l.unitNetPrice, l.expectedVatRate]),
      ])
        .split('\n')
        .map((line) => (line ? `    ${line}` : line))
        .join('\n')
        .trimEnd(),
    );
    out.push(
      `    Netto ${inv.predicted.net} · ${da ? 'moms' : 'VAT'} ${inv.predicted.vat} · ${da ? 'afrunding' : 'rounding'} ${inv.predicted.rounding} · ${da ? 'i alt' : 'gross'} ${inv.predicted.gross} ${inv.currency} (${da ? 'butikken' : 'shop'}: ${inv.shopTotal})` +
        (inv.productsToCreate.length ? `\n    ${da ? 'Nye varer i e-conomic' : 'New products in e-conomic'}: ${inv.productsToCreate.map((p) => p.productNumber).join(', ')}` : '') +
        `\n    ${entry.wouldBook ? (da ? 'Bogføres automatisk' : 'Booked automatically') : da ? 'Oprettes som kladde' : 'Created as a draft'}`,
    );
  }
  return out.join('\n') + '\n';
}
