import type { DryRunInvoice } from '../../../shared/ipc/schemas/operations';
import { useI18n } from '../../i18n';

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
          <tr><td colSpan={5}>{d.netTotal}</td><td className="num">{i18n.amount(invoice.netAmount, invoice.currency)}</td></tr>
          <tr><td colSpan={5}>{d.vatTotal}</td><td className="num">{i18n.amount(invoice.vatAmount, invoice.currency)}</td></tr>
          <tr><td colSpan={5}><strong>{d.gross}</strong></td><td className="num"><strong>{i18n.amount(invoice.grossAmount, invoice.currency)}</strong></td></tr>
          <tr><td colSpan={5}>{d.shopTotal}</td><td className="num">{i18n.amount(invoice.shopTotal, invoice.currency)}</td></tr>
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
