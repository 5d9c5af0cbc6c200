import { useCallback, useEffect, useState } from 'react';
import type { InvoiceRow } from '../../../shared/ipc/schemas/operations';
import { useClient } from '../../client/context';
import { downloadFile } from '../../components/download';
import { ErrorNote, Note } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useSettled } from '../../hooks/use-settled';
import { useI18n } from '../../i18n';
import { useNavigation, type Route } from '../../navigation';
import { base64ToBytes, printPdf } from './pdf';
import { PdfViewer } from './pdf-viewer';

const PAGE_SIZE = 50;

type InvoiceRef = NonNullable<Route['invoice']>;

/** The invoices LedgerBridge made in e-conomic: find one, see it, download or print it, send its mail again. */
export function Invoices() {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const { route } = useNavigation();
  const [kind, setKind] = useState<'' | 'draft' | 'booked'>('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<InvoiceRef | null>(route.invoice ?? null);
  useEffect(() => {
    if (route.invoice) setSelected(route.invoice);
  }, [route]);

  const settledSearch = useSettled(search.trim());
  const list = useAsync(() => client.call('invoices.list', { kind: kind || undefined, search: settledSearch || undefined, offset, limit: PAGE_SIZE }), [kind, settledSearch, offset]);
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const row = selected ? rows.find((r) => r.kind === selected.kind && r.number === selected.number) : undefined;

  return (
    <div className="scene scene-split scene-invoices">
      <div className="scene-main">
        <header className="scene-head">
          <h1>{t.invoices.title}</h1>
        </header>
        <div className="filters" role="search">
          <select aria-label={t.invoices.kind} value={kind} onChange={(e) => { setKind(e.target.value as typeof kind); setOffset(0); }}>
            <option value="">{t.invoices.allKinds}</option>
            <option value="booked">{t.invoices.booked}</option>
            <option value="draft">{t.invoices.draft}</option>
          </select>
          <input type="search" aria-label={t.common.search} placeholder={t.invoices.searchPlaceholder} value={search} onChange={(e) => { setSearch(e.target.value); setOffset(0); }} />
        </div>
        <ErrorNote error={list.error} />
        <table className="table" aria-label={t.invoices.title}>
          <thead>
            <tr>
              <th scope="col">{t.invoices.number}</th>
              <th scope="col">{t.invoices.order}</th>
              <th scope="col" className="num">{t.invoices.total}</th>
              <th scope="col">{t.invoices.mail}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((inv) => {
              const isSelected = selected?.kind === inv.kind && selected.number === inv.number;
              return (
                <tr key={`${inv.kind}-${inv.number}`} className={isSelected ? 'selected' : undefined} aria-selected={isSelected}>
                  <td>
                    <button type="button" className="link" onClick={() => setSelected({ kind: inv.kind, number: inv.number })}>
                      {fill(inv.kind === 'booked' ? t.orders.bookedNo : t.orders.draftNo, { number: inv.number })}
                    </button>
                  </td>
                  <td>
                    {inv.orderNumber} <span className="muted">{inv.customer}</span>
                  </td>
                  <td className="num">{i18n.amount(inv.total, inv.currency)}</td>
                  <td>{t.mailStatus[inv.mailStatus]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {!list.loading && rows.length === 0 && <p className="empty">{t.invoices.none}</p>}
        <footer className="pager">
          <span>{total > 0 ? fill(t.orders.showing, { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total }) : ''}</span>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>{t.orders.prevPage}</button>
          <button type="button" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>{t.orders.nextPage}</button>
        </footer>
      </div>
      {selected ? (
        <InvoiceDetail invoice={selected} row={row} onMailChanged={list.reload} />
      ) : (
        <aside className="detail detail-empty" aria-label={t.invoices.title}>
          <p className="muted">{t.invoices.selectInvoice}</p>
        </aside>
      )}
    </div>
  );
}

function InvoiceDetail({ invoice, row, onMailChanged }: { invoice: InvoiceRef; row: InvoiceRow | undefined; onMailChanged: () => void }) {
  const client = useClient();
  const { t, fill } = useI18n();
  const [message, setMessage] = useState<string>();
  const pdf = useAsync(() => client.call('invoices.pdf', invoice), [invoice.kind, invoice.number]);
  useEffect(() => setMessage(undefined), [invoice.kind, invoice.number]);
  const download = useCallback(() => {
    if (pdf.data) downloadFile(pdf.data.fileName, base64ToBytes(pdf.data.base64), 'application/pdf');
  }, [pdf.data]);
  const print = useAction(async () => {
    if (pdf.data) await printPdf(pdf.data.base64);
  });
  const resend = useAction(async () => {
    const { mailStatus } = await client.call('invoices.resendMail', { number: invoice.number });
    setMessage(fill(t.invoices.mailStatus, { status: t.mailStatus[mailStatus] }));
    onMailChanged();
  });
  const markSent = useAction(async () => {
    const { mailStatus } = await client.call('invoices.markMailSent', { number: invoice.number });
    setMessage(fill(t.invoices.mailStatus, { status: t.mailStatus[mailStatus] }));
    onMailChanged();
  });
  const mailed = row !== undefined && row.mailStatus !== 'none';
  const label = fill(invoice.kind === 'booked' ? t.orders.bookedNo : t.orders.draftNo, { number: invoice.number });
  return (
    <section className="detail invoice-detail" aria-label={label}>
      <header className="scene-head">
        <h2>{row ? `${label} · ${fill(t.orders.detailFor, { number: row.orderNumber })}` : label}</h2>
        <div className="toolbar">
          <button type="button" disabled={!pdf.data} onClick={download}>{t.invoices.download}</button>
          <button type="button" disabled={!pdf.data || print.busy} onClick={() => void print.run()}>{t.invoices.print}</button>
          {invoice.kind === 'booked' && mailed && (
            <button type="button" data-place="invoices.resendMail" disabled={resend.busy} onClick={() => void resend.run()}>{t.invoices.resendMail}</button>
          )}
          {invoice.kind === 'booked' && row?.mailStatus === 'failed' && (
            <button type="button" disabled={markSent.busy} onClick={() => void markSent.run()}>{t.invoices.markMailSent}</button>
          )}
        </div>
      </header>
      {row && row.mailStatus !== 'none' && <p className="muted">{fill(t.invoices.mailStatus, { status: t.mailStatus[row.mailStatus] })}</p>}
      {message && <Note tone="ok">{message}</Note>}
      <ErrorNote error={pdf.error ?? print.error ?? resend.error ?? markSent.error} />
      {pdf.data && <PdfViewer base64={pdf.data.base64} fileName={pdf.data.fileName} />}
    </section>
  );
}
