import { useMemo, useState } from 'react';
import { RECONCILIATION_WORDS } from '../../../shared/i18n/report-words';
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
  const words = RECONCILIATION_WORDS[i18n.language];
  type Finding = ReconcileView['missing'][number] | ReconcileView['differing'][number];
  // A day (postingUnit "day") opens the Days screen, where its state and order list are.
  const dayLink = (date: string, currency: string, orders: number) => (
    <button type="button" className="link" onClick={() => go({ screen: 'days' })}>{words.day(i18n.date(`${date}T12:00:00Z`), currency, orders)}</button>
  );
  // The finding's subject: its order, or the day whose invoice (or voucher, in journal mode) it is.
  const subject = (f: Finding) =>
    f.day ? (f.kind === 'voucher' ? <button type="button" className="link" onClick={() => go({ screen: 'days' })}>{words.dayVoucher(i18n.date(`${f.date}T12:00:00Z`), f.currency, f.day.orders)}</button> : dayLink(f.date, f.currency, f.day.orders)) : <button type="button" className="link" onClick={() => openOrder(f.orderId)}>{fill(t.reconciliation.orderNo, { number: f.orderNumber })}</button>;
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
          <table className="table" aria-label={t.reconciliation.missing}>
            <thead>
              <tr>
                <th scope="col">{t.reconciliation.order}</th>
                <th scope="col">{t.reconciliation.document}</th>
                <th scope="col">{t.reconciliation.date}</th>
                <th scope="col" className="num">{t.reconciliation.amount}</th>
                <th scope="col">{t.reconciliation.state}</th>
              </tr>
            </thead>
            <tbody>
              {report.missing.map((m) => (
                <tr key={m.day?.reference ?? `${m.orderId}-${m.refundId ?? ''}`}>
                  <td>{subject(m)}</td>
                  <td>{m.kind === 'voucher' ? (m.voucher ? words.voucher(m.voucher) : '–') : m.kind === 'invoice' ? t.reconciliation.invoice : t.reconciliation.creditNote}{m.refundId ? `, ${fill(t.reconciliation.refundNo, { id: m.refundId })}` : ''}</td>
                  <td>{i18n.date(`${m.date}T12:00:00Z`)}</td>
                  <td className="num">{money(m.amount, m.currency)}</td>
                  <td>
                    <span className="state-reason">
                      {m.status ? <StatusBadge status={m.status} /> : !m.day && <span className="muted">{t.reconciliation.neverSeen}</span>}
                      {m.reason && <span className="muted">{m.reason}</span>}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {report.differing.length > 0 && (
        <Card title={`${t.reconciliation.differing} (${report.differing.length})`}>
          <table className="table" aria-label={t.reconciliation.differing}>
            <thead>
              <tr>
                <th scope="col">{t.reconciliation.order}</th>
                <th scope="col">{t.reconciliation.document}</th>
                <th scope="col" className="num">{t.reconciliation.shopAmount}</th>
                <th scope="col" className="num">{t.reconciliation.economicAmount}</th>
                <th scope="col" className="num">{t.reconciliation.difference}</th>
              </tr>
            </thead>
            <tbody>
              {report.differing.map((d) => (
                <tr key={d.day?.reference ?? `${d.orderId}-${d.invoiceNumber}`}>
                  <td>{subject(d)}</td>
                  <td>{d.voucher ? words.voucher(d.voucher) : `${d.kind === 'invoice' ? t.reconciliation.invoice : t.reconciliation.creditNote} ${d.invoiceNumber}`}</td>
                  <td className="num">{money(d.shop, d.currency)}</td>
                  <td className="num">{money(d.economic, d.currency)}</td>
                  <td className="num">{money(d.difference, d.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {report.unexpected.length > 0 && (
        <Card title={`${t.reconciliation.unexpected} (${report.unexpected.length})`}>
          <table className="table" aria-label={t.reconciliation.unexpected}>
            <thead>
              <tr>
                <th scope="col">{t.reconciliation.document}</th>
                <th scope="col">{t.reconciliation.date}</th>
                <th scope="col" className="num">{t.reconciliation.amount}</th>
              </tr>
            </thead>
            <tbody>
              {report.unexpected.map((u) => (
                <tr key={u.invoiceNumber}>
                  <td>{t.reconciliation.invoice} {u.invoiceNumber}</td>
                  <td>{i18n.date(`${u.date}T12:00:00Z`)}</td>
                  <td className="num">{money(u.gross, u.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {report.pendingDays.length > 0 && (
        <Card title={`${words.pendingDays} (${report.pendingDays.length})`}>
          <table className="table" aria-label={words.pendingDays}>
            <thead>
              <tr>
                <th scope="col">{t.reconciliation.order}</th>
                <th scope="col" className="num">{t.reconciliation.amount}</th>
                <th scope="col">{t.reconciliation.state}</th>
              </tr>
            </thead>
            <tbody>
              {report.pendingDays.map((p) => (
                <tr key={p.day.reference}>
                  <td>{dayLink(p.date, p.currency, p.day.orders)}</td>
                  <td className="num">{money(p.amount, p.currency)}</td>
                  <td>{words.pendingStatus(p.status, p.waitingFor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {report.duplicates.length > 0 && (
        <Card title={`${t.reconciliation.duplicates} (${report.duplicates.length})`}>
          <table className="table" aria-label={t.reconciliation.duplicates}>
            <thead>
              <tr>
                <th scope="col">{t.reconciliation.order}</th>
                <th scope="col">{t.reconciliation.booked}</th>
                <th scope="col">{t.reconciliation.drafts}</th>
              </tr>
            </thead>
            <tbody>
              {report.duplicates.map((d) => (
                <tr key={d.reference}>
                  <td>{d.orderId ? <button type="button" className="link" onClick={() => openOrder(d.orderId!)}>{d.reference}</button> : d.reference}</td>
                  <td>{d.vouchers ? d.vouchers.map(words.voucher).join(', ') : d.booked.join(', ') || '–'}</td>
                  <td>{d.drafts.join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
