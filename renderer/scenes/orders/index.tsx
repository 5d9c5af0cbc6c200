import { useState } from 'react';
import { ORDER_STATES, type OrderState } from '../../../shared/ipc/schemas/common';
import type { OrderRow } from '../../../shared/ipc/schemas/operations';
import { isBrowserBridge } from '../../bridge';
import { useClient } from '../../bridge/context';
import { ErrorNote, Note, StateBadge } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { OrderDetailPanel } from './order-detail-panel';

const PAGE_SIZE = 50;

export interface InvoiceRef {
  kind: 'draft' | 'booked';
  number: number;
}

export function Orders({ onOpenInvoice }: { onOpenInvoice: (invoice: InvoiceRef) => void }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const [state, setState] = useState<OrderState | ''>('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<string>();

  const list = useAsync(
    () => client.call('orders.list', { state: state || undefined, search: search.trim() || undefined, offset, limit: PAGE_SIZE }),
    [state, search, offset],
  );
  const retry = useAction(async (request: { ids: string[] } | { allFailed: true }) => {
    const { queued } = await client.call('orders.retry', request);
    setMessage(fill(t.orders.retried, { count: queued }));
    list.reload();
  });
  const openInEconomic = useAction(async (row: OrderRow) => {
    const { url } = await client.call('orders.openInEconomic', { id: row.id });
    // In Electron the main process opens the system browser; in a plain browser we do it here.
    if (isBrowserBridge()) window.open(url, '_blank', 'noopener,noreferrer');
  });

  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  return (
    <div className="scene scene-split">
      <div className="scene-main">
        <header className="scene-head">
          <h1>{t.orders.title}</h1>
          <div className="toolbar">
            <select aria-label={t.orders.filterState} value={state} onChange={(e) => { setState(e.target.value as OrderState | ''); setOffset(0); }}>
              <option value="">{t.common.all}</option>
              {ORDER_STATES.map((s) => (
                <option key={s} value={s}>{t.states[s]}</option>
              ))}
            </select>
            <input type="search" aria-label={t.common.search} placeholder={t.orders.searchPlaceholder} value={search} onChange={(e) => { setSearch(e.target.value); setOffset(0); }} />
            <button type="button" onClick={() => void retry.run({ allFailed: true })} disabled={retry.busy}>
              {t.orders.retryAllFailed}
            </button>
          </div>
        </header>
        <ErrorNote error={list.error ?? retry.error ?? openInEconomic.error} />
        {message && <Note tone="ok">{message}</Note>}
        <table className="table" aria-label={t.orders.title}>
          <thead>
            <tr>
              <th>{t.orders.number}</th>
              <th>{t.orders.date}</th>
              <th>{t.orders.customer}</th>
              <th className="num">{t.orders.total}</th>
              <th>{t.orders.state}</th>
              <th>{t.orders.reason}</th>
              <th>{t.orders.invoice}</th>
              <th>{t.orders.mail}</th>
              <th>{t.orders.actions}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.id === selected ? 'selected' : undefined} onClick={() => setSelected(row.id)}>
                <td>#{row.number}</td>
                <td>{i18n.date(row.date)}</td>
                <td>{row.customer}</td>
                <td className="num">{i18n.amount(row.total, row.currency)}</td>
                <td><StateBadge state={row.state} /></td>
                <td className="reason">{row.reason ? <span title={`${row.reason.code}: ${row.reason.text}`}>{row.reason.text}</span> : ''}</td>
                <td>
                  {row.bookedInvoiceNumber !== null ? (
                    <button type="button" className="link" onClick={(e) => { e.stopPropagation(); onOpenInvoice({ kind: 'booked', number: row.bookedInvoiceNumber! }); }}>
                      {fill(t.orders.bookedNo, { number: row.bookedInvoiceNumber })}
                    </button>
                  ) : row.draftInvoiceNumber !== null ? (
                    <button type="button" className="link" onClick={(e) => { e.stopPropagation(); onOpenInvoice({ kind: 'draft', number: row.draftInvoiceNumber! }); }}>
                      {fill(t.orders.draftNo, { number: row.draftInvoiceNumber })}
                    </button>
                  ) : ''}
                </td>
                <td>{t.mailStatus[row.mailStatus]}</td>
                <td className="row-actions">
                  {(row.state === 'failed' || row.state === 'needs-attention') && (
                    <button type="button" onClick={(e) => { e.stopPropagation(); void retry.run({ ids: [row.id] }); }}>
                      {t.orders.retry}
                    </button>
                  )}
                  {(row.draftInvoiceNumber !== null || row.bookedInvoiceNumber !== null) && (
                    <button type="button" onClick={(e) => { e.stopPropagation(); void openInEconomic.run(row); }}>
                      {t.orders.openInEconomic}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!list.loading && rows.length === 0 && <p className="empty">{t.orders.empty}</p>}
        <footer className="pager">
          <span>{total > 0 ? fill(t.orders.showing, { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total }) : ''}</span>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>{t.orders.prevPage}</button>
          <button type="button" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>{t.orders.nextPage}</button>
        </footer>
      </div>
      {selected && <OrderDetailPanel id={selected} onClose={() => setSelected(null)} onRetried={list.reload} />}
    </div>
  );
}
