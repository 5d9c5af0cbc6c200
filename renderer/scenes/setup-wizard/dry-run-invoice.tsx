import type { DryRunInvoice } from '../../../shared/ipc/schemas/operations';
import { useI18n } from '../../i18n';

/** One e-conomic invoice exactly as a sync would create it (or a journal-mode day's voucher). */
export function DryRunInvoiceView({ invoice }: { invoice: DryRunInvoice }) {
  if (invoice.voucher) return <DryRunVoucherView invoice={invoice} voucher={invoice.voucher} />;
  return <DryRunInvoiceTable invoice={invoice} />;
}

function Problems({ problems }: { problems: DryRunInvoice['problems'] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="problems">
      {problems.map((p, i) => <li key={i}><code>{p.code}</code> {p.message}{p.fix && <> — {p.fix}</>}</li>)}
    </ul>
  );
}

/**
 * A day booked as one finance voucher in a journal: per payment method and sales account one
 * entry, the method's clearing account debited and the sales account credited with the amount
 * (VAT included, VAT code named), exactly as the sync would write it; or what stops it.
 */
function DryRunVoucherView({ invoice, voucher }: { invoice: DryRunInvoice; voucher: NonNullable<DryRunInvoice['voucher']> }) {
  const i18n = useI18n();
  const d = i18n.t.wizard.dryRun;
  const v = d.voucher;
  const title = i18n.fill(v.title, { date: i18n.date(invoice.orderDate), range: invoice.orderNumber, journal: voucher.journalNumber ?? v.noJournal });
  return (
    <article className="dry-invoice" aria-label={title}>
      <header>
        <strong>{title}</strong> · {invoice.currency}
        <span className={`badge badge-${invoice.action === 'hold' ? 'warn' : 'info'}`}>{invoice.action === 'hold' ? d.action.hold : v.action}</span>
      </header>
      {voucher.entries.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              <th>{v.method}</th><th>{v.account}</th><th>{v.contraAccount}</th><th>{v.vatCode}</th><th className="num">{v.amount}</th><th className="num">{v.vatAmount}</th>
            </tr>
          </thead>
          <tbody>
            {voucher.entries.map((e, i) => (
              <tr key={i} title={e.text}>
                <td>{e.paymentMethod}</td>
                <td><code>{e.account.number}</code> {e.account.name}</td>
                <td><code>{e.contraAccount.number}</code> {e.contraAccount.name}</td>
                <td>{e.vatCode ?? '—'}</td>
                <td className="num">{i18n.amount(e.amount)}</td>
                <td className="num">{i18n.amount(e.vatAmount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr><td colSpan={4}><strong>{d.gross}</strong> <span className="muted">({v.balanced})</span></td><td className="num"><strong>{i18n.amount(invoice.grossAmount, invoice.currency)}</strong></td><td className="num">{i18n.amount(invoice.vatAmount, invoice.currency)}</td></tr>
            <tr><td colSpan={4}>{d.shopTotal}</td><td className="num">{i18n.amount(invoice.shopTotal, invoice.currency)}</td><td /></tr>
          </tfoot>
        </table>
      )}
      <Problems problems={invoice.problems} />
    </article>
  );
}

function DryRunInvoiceTable({ invoice }: { invoice: DryRunInvoice }) {
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
      <Problems problems={invoice.problems} />
    </article>
  );
}
