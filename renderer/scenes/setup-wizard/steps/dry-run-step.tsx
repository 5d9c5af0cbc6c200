import { useState } from 'react';
import type { DryRunInvoice } from '../../../../shared/ipc/schemas/operations';
import { useClient } from '../../../bridge/context';
import { ErrorNote } from '../../../components/ui';
import { useAction } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, nextStep, previousStep } from '../nav';
import type { StepProps } from '../types';

/** One e-conomic invoice exactly as a sync would create it. */
export function DryRunInvoiceView({ invoice }: { invoice: DryRunInvoice }) {
  const i18n = useI18n();
  const d = i18n.t.wizard.dryRun;
  const money = (v: string) => i18n.amount(v);
  return (
    <article className="dry-invoice" aria-label={`#${invoice.orderNumber}`}>
      <header>
        <strong>#{invoice.orderNumber}</strong> · {i18n.date(invoice.orderDate)} · {invoice.customer.name}
        {invoice.customer.number !== null && ` (${invoice.customer.number})`} · {invoice.currency}
        <span className={`badge badge-${invoice.action === 'book' ? 'ok' : invoice.action === 'draft' ? 'info' : 'warn'}`}>{d.action[invoice.action]}</span>
        {invoice.ruleDecision && <span className="muted"> · {invoice.ruleDecision}</span>}
      </header>
      <table className="table compact">
        <thead>
          <tr>
            <th>{d.product}</th><th>{d.description}</th><th className="num">{d.qty}</th><th className="num">{d.unitPrice}</th><th className="num">{d.vat}</th><th className="num">{d.net}</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line, i) => (
            <tr key={i} className={line.rounding ? 'rounding' : undefined}>
              <td><code>{line.productNumber}</code></td>
              <td title={line.rounding ? d.rounding : undefined}>{line.description}</td>
              <td className="num">{line.quantity}</td>
              <td className="num">{money(line.unitNetPrice)}</td>
              <td className="num">{line.vatRate}</td>
              <td className="num">{money(line.netAmount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><td colSpan={5}>{d.netTotal}</td><td className="num">{money(invoice.netAmount)}</td></tr>
          <tr><td colSpan={5}>{d.vatTotal}</td><td className="num">{money(invoice.vatAmount)}</td></tr>
          <tr><td colSpan={5}><strong>{d.gross}</strong></td><td className="num"><strong>{money(invoice.grossAmount)}</strong></td></tr>
          <tr><td colSpan={5}>{d.shopTotal}</td><td className="num">{money(invoice.shopTotal)}</td></tr>
        </tfoot>
      </table>
      {invoice.problems.length > 0 && (
        <ul className="problems">
          {invoice.problems.map((p, i) => <li key={i}><code>{p.code}</code> {p.message}{p.fix && <> — {p.fix}</>}</li>)}
        </ul>
      )}
    </article>
  );
}

export function DryRunStep({ state, save, busy }: StepProps) {
  const client = useClient();
  const { t } = useI18n();
  const [invoices, setInvoices] = useState<DryRunInvoice[] | null>(null);
  const [reviewed, setReviewed] = useState(state.answers.dryRun !== undefined);
  const run = useAction(async () => setInvoices((await client.call('sync.dryRun', { limit: 5 })).invoices));
  return (
    <div className="form">
      <p>{t.wizard.dryRun.intro}</p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={run.busy} onClick={() => void run.run()}>{t.wizard.dryRun.run}</button>
      </div>
      <ErrorNote error={run.error} />
      {invoices?.length === 0 && <p className="muted">{t.wizard.dryRun.none}</p>}
      {invoices?.map((invoice) => <DryRunInvoiceView key={invoice.orderId} invoice={invoice} />)}
      <label className="check">
        <input type="checkbox" checked={reviewed} disabled={invoices === null && !reviewed} onChange={(e) => setReviewed(e.target.checked)} />
        {t.wizard.dryRun.reviewed}
      </label>
      <StepNav
        step={state.step}
        onBack={() => void save({}, { next: previousStep(state.step) })}
        nextDisabled={!reviewed || busy}
        onNext={() => void save({ dryRun: { reviewedAt: new Date().toISOString() } }, { next: nextStep(state.step) })}
      />
    </div>
  );
}
