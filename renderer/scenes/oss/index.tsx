import { useMemo, useState } from 'react';
import type { OssReportView } from '../../../shared/ipc/schemas/oss';
import { useClient } from '../../client/context';
import { downloadCsv } from '../../components/download';
import { Card, ErrorNote, StatusBadge } from '../../components/ui';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { useNavigation } from '../../navigation';

const QUARTERS_BACK = 8;

/** The quarter `now` is in and the ones before it, newest first, as 2026Q4. */
export function recentQuarters(now: Date, count = QUARTERS_BACK): string[] {
  const out: string[] = [];
  let year = now.getFullYear();
  let quarter = Math.floor(now.getMonth() / 3) + 1;
  for (let i = 0; i < count; i++) {
    out.push(`${year}Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return out;
}

/**
 * The quarter's One-Stop-Shop figures, the ones the owner types into Skattestyrelsen's OSS
 * return: per country and rate the taxable base and VAT booked in e-conomic, invoices minus
 * credit notes, in the agreement's currency; the OSS orders not booked yet apart; and the
 * same CSV as `ledgerbridge reconcile --oss`. Opens on the last quarter that has ended, the
 * one that is due.
 */
export function OssVat() {
  const client = useClient();
  const { t, fill } = useI18n();
  const quarters = useMemo(() => recentQuarters(new Date()), []);
  const [quarter, setQuarter] = useState(quarters[1]);
  const [report, setReport] = useState<OssReportView>();
  const run = useAction(async () => setReport(await client.call('oss.report', { quarter })));
  const quarterName = (q: string) => fill(t.oss.quarterName, { quarter: q.slice(5), year: q.slice(0, 4) });

  return (
    <div className="scene">
      <header className="scene-head">
        <h1>{t.oss.title}</h1>
        <div className="toolbar">
          <select aria-label={t.oss.quarter} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {quarters.map((q) => (
              <option key={q} value={q}>{quarterName(q)}</option>
            ))}
          </select>
          <button type="button" className="primary" disabled={run.busy} onClick={() => void run.run()}>{t.oss.run}</button>
          <button type="button" disabled={!report} onClick={() => report && downloadCsv(report.csv.fileName, report.csv.csv)}>{t.oss.exportCsv}</button>
        </div>
      </header>
      <p className="muted">{t.oss.intro}</p>
      <ErrorNote error={run.error} />
      {run.busy && <p aria-live="polite">{t.oss.running}</p>}
      {!report && !run.busy && <p className="empty">{t.oss.notRun}</p>}
      {report && <ReportView report={report} title={quarterName(report.quarter)} />}
    </div>
  );
}

function ReportView({ report, title }: { report: OssReportView; title: string }) {
  const i18n = useI18n();
  const { t, fill, language } = i18n;
  const { go } = useNavigation();
  const countries = useMemo(() => new Intl.DisplayNames([language === 'da' ? 'da-DK' : 'en-GB'], { type: 'region' }), [language]);
  const country = (code: string) => `${countries.of(code) ?? code} (${code})`;
  const money = (value: string) => i18n.amount(value, report.currency);
  return (
    <>
      <h2>{fill(t.oss.heading, { quarter: title, from: i18n.date(`${report.from}T12:00:00Z`), to: i18n.date(`${report.to}T12:00:00Z`) })}</h2>
      {report.rows.length === 0 ? (
        report.dayVouchers.length === 0 && <p className="empty">{t.oss.none}</p>
      ) : (
        <table className="table" aria-label={fill(t.oss.tableLabel, { quarter: title })}>
          <thead>
            <tr>
              <th scope="col">{t.oss.country}</th>
              <th scope="col" className="num">{t.oss.rate}</th>
              <th scope="col" className="num">{t.oss.base}</th>
              <th scope="col" className="num">{t.oss.vat}</th>
              <th scope="col" className="num">{t.oss.invoices}</th>
              <th scope="col" className="num">{t.oss.creditNotes}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={`${r.country}:${r.rate}`}>
                <th scope="row">{country(r.country)}</th>
                <td className="num">{i18n.quantity(r.rate)} %</td>
                <td className="num">{money(r.base)}</td>
                <td className="num">{money(r.vat)}</td>
                <td className="num">{i18n.count(r.invoices)}</td>
                <td className="num">{i18n.count(r.creditNotes)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.oss.total}</th>
              <td />
              <td className="num">{money(report.totals.base)}</td>
              <td className="num">{money(report.totals.vat)}</td>
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {report.dayVouchers.length > 0 && (
        <Card title={t.oss.dayVouchers}>
          <p className="muted">{t.oss.dayVouchersIntro}</p>
          <table className="table" aria-label={fill(t.oss.dayVouchersLabel, { quarter: title })}>
            <thead>
              <tr>
                <th scope="col">{t.oss.country}</th>
                <th scope="col" className="num">{t.oss.rate}</th>
                <th scope="col" className="num">{t.oss.base}</th>
                <th scope="col" className="num">{t.oss.vat}</th>
                <th scope="col">{t.oss.currency}</th>
                <th scope="col" className="num">{t.oss.days}</th>
              </tr>
            </thead>
            <tbody>
              {report.dayVouchers.map((v) => (
                <tr key={`${v.country}:${v.rate}:${v.currency}`}>
                  <th scope="row">{country(v.country)}</th>
                  <td className="num">{i18n.quantity(v.rate)} %</td>
                  <td className="num">{i18n.amount(v.base, v.currency)}</td>
                  <td className="num">{i18n.amount(v.vat, v.currency)}</td>
                  <td>{v.currency}</td>
                  <td className="num">{i18n.count(v.days)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {report.unbooked.length > 0 && (
        <Card title={`${t.oss.unbooked} (${report.unbooked.length})`}>
          <p className="muted">{t.oss.unbookedIntro}</p>
          <ul className="plain">
            {report.unbooked.map((u) => (
              <li key={u.orderId} className="issue">
                <button type="button" className="link" onClick={() => go({ screen: 'orders', orderId: u.orderId })}>{fill(t.oss.orderNo, { number: u.orderNumber })}</button>
                <span>{country(u.country)}</span>
                <span>{i18n.date(`${u.date}T12:00:00Z`)}</span>
                <span className="num">{i18n.amount(u.total, u.currency)}</span>
                <StatusBadge status={u.status} />
                {u.reason && <span className="muted">{u.reason}</span>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
