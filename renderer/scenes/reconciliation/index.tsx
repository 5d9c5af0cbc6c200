import { useMemo, useState } from 'react';
import type { PeriodLineView, ReconcileView } from '../../../shared/ipc/schemas/reconciliation';
import { useClient } from '../../client/context';
import { downloadCsv } from '../../components/download';
import { Card, ErrorNote, Note, StatusBadge } from '../../components/ui';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { useNavigation } from '../../navigation';

const MONTHS_BACK = 24;

/** The last two years of months, newest first, as YYYY-MM, counted from `now`'s month. */
export function recentMonths(now: Date, count = MONTHS_BACK): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * The month's books against the shop: per day what the shop sold and refunded and what
 * e-conomic has as invoices, credit notes and payments; then every order that is missing
 * in e-conomic or differs, with CSV export for the accountant.
 */
export function Reconciliation() {
  const client = useClient();
  const i18n = useI18n();
  const { t, language } = i18n;
  const months = useMemo(() => recentMonths(new Date()), []);
  const [month, setMonth] = useState(months[0]);
  const [report, setReport] = useState<ReconcileView>();
  const run = useAction(async () => setReport(await client.call('reconcile.run', { month, groupBy: 'day' })));
  const monthName = (m: string) => new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-15T00:00:00Z`));

  return (
    <div className="scene">
      <header className="scene-head">
        <h1>{t.reconciliation.title}</h1>
        <div className="toolbar">
          <select aria-label={t.reconciliation.month} value={month} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>{monthName(m)}</option>
            ))}
          </select>
          <button type="button" className="primary" disabled={run.busy} onClick={() => void run.run()}>{t.reconciliation.run}</button>
          <button type="button" disabled={!report} onClick={() => report && downloadCsv(report.csv.fileName, report.csv.csv)}>{t.reconciliation.exportCsv}</button>
        </div>
      </header>
      <p className="muted">{t.reconciliation.intro}</p>
      <ErrorNote error={run.error} />
      {run.busy && <p aria-live="polite">{t.reconciliation.running}</p>}
      {!report && !run.busy && <p className="empty">{t.reconciliation.notRun}</p>}
      {report && <ReportView report={report} />}
    </div>
  );
}

function ReportView({ report }: { report: ReconcileView }) {
  const i18n = useI18n();
  const { t, fill } = i18n;
  const { go } = useNavigation();
  const money = (value: string, currency: string) => i18n.amount(value, currency);
  const periodRow = (p: PeriodLineView, label: string) => (
    <tr key={`${label}-${p.currency}`} className={/^-?0(\.0+)?$/.test(p.difference) ? undefined : 'differs'}>
      <th scope="row">{label}</th>
      <td>{p.currency}</td>
      <td className="num">{money(p.shop.total, p.currency)} ({i18n.count(p.shop.count)})</td>
      <td className="num">{money(p.refunded.total, p.currency)}</td>
      <td className="num">{money(p.invoiced.total, p.currency)} ({i18n.count(p.invoiced.count)})</td>
      <td className="num">{money(p.credited.total, p.currency)}</td>
      <td className="num">{money(p.payments.total, p.currency)}</td>
      <td className="num">{money(p.difference, p.currency)}</td>
    </tr>
  );
  const openOrder = (orderId: string) => go({ screen: 'orders', orderId });
  return (
    <>
      {report.matches && <Note tone="ok">{t.reconciliation.matches}</Note>}
      <table className="table" aria-label={t.reconciliation.title}>
        <thead>
          <tr>
            <th scope="col">{t.reconciliation.period}</th>
            <th scope="col">{t.reconciliation.currency}</th>
            <th scope="col" className="num">{t.reconciliation.shop}</th>
            <th scope="col" className="num">{t.reconciliation.refunded}</th>
            <th scope="col" className="num">{t.reconciliation.invoiced}</th>
            <th scope="col" className="num">{t.reconciliation.credited}</th>
            <th scope="col" className="num">{t.reconciliation.payments}</th>
            <th scope="col" className="num">{t.reconciliation.difference}</th>
          </tr>
        </thead>
        <tbody>
          {report.periods.map((p) => periodRow(p, i18n.date(`${p.period}T12:00:00Z`)))}
          {report.totals.map((p) => periodRow(p, t.reconciliation.total))}
        </tbody>
      </table>

      {report.missing.length > 0 && (
        <Card title={`${t.reconciliation.missing} (${report.missing.length})`}>
          <ul className="plain">
            {report.missing.map((m) => (
              <li key={`${m.orderId}-${m.refundId ?? ''}`} className="issue">
                <button type="button" className="link" onClick={() => openOrder(m.orderId)}>{fill(t.reconciliation.orderNo, { number: m.orderNumber })}</button>
                <span>{m.kind === 'invoice' ? t.reconciliation.invoice : t.reconciliation.creditNote}{m.refundId ? `, ${fill(t.reconciliation.refundNo, { id: m.refundId })}` : ''}</span>
                <span>{i18n.date(`${m.date}T12:00:00Z`)}</span>
                <span className="num">{money(m.amount, m.currency)}</span>
                {m.status ? <StatusBadge status={m.status} /> : <span className="muted">{t.reconciliation.neverSeen}</span>}
                {m.reason && <span className="muted">{m.reason}</span>}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {report.differing.length > 0 && (
        <Card title={`${t.reconciliation.differing} (${report.differing.length})`}>
          <ul className="plain">
            {report.differing.map((d) => (
              <li key={`${d.orderId}-${d.invoiceNumber}`} className="issue">
                <button type="button" className="link" onClick={() => openOrder(d.orderId)}>{fill(t.reconciliation.orderNo, { number: d.orderNumber })}</button>
                <span>{d.kind === 'invoice' ? t.reconciliation.invoice : t.reconciliation.creditNote} {d.invoiceNumber}</span>
                <span>{t.reconciliation.shopAmount}: {money(d.shop, d.currency)}</span>
                <span>{t.reconciliation.economicAmount}: {money(d.economic, d.currency)}</span>
                <span className="num">{t.reconciliation.difference}: {money(d.difference, d.currency)}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {report.unexpected.length > 0 && (
        <Card title={`${t.reconciliation.unexpected} (${report.unexpected.length})`}>
          <ul className="plain">
            {report.unexpected.map((u) => (
              <li key={u.invoiceNumber} className="issue">
                <span>{t.reconciliation.invoice} {u.invoiceNumber}</span>
                <span>{i18n.date(`${u.date}T12:00:00Z`)}</span>
                <span className="num">{money(u.gross, u.currency)}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {report.duplicates.length > 0 && (
        <Card title={`${t.reconciliation.duplicates} (${report.duplicates.length})`}>
          <ul className="plain">
            {report.duplicates.map((d) => (
              <li key={d.reference} className="issue">
                {d.orderId ? <button type="button" className="link" onClick={() => openOrder(d.orderId!)}>{d.reference}</button> : <span>{d.reference}</span>}
                <span>{t.reconciliation.booked}: {d.booked.join(', ') || '–'}</span>
                <span>{t.reconciliation.drafts}: {d.drafts.join(', ') || '–'}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
