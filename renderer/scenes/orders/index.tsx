import { useEffect, useState } from 'react';
import { ORDER_STATUSES, type OrderStatus } from '../../../shared/i18n/order-status';
import { useClient } from '../../client/context';
import { DateField } from '../../components/date-field';
import { downloadCsv } from '../../components/download';
import { ErrorNote, Note, StatusBadge } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useSettled } from '../../hooks/use-settled';
import { useI18n } from '../../i18n';
import { useNavigation } from '../../navigation';
import { OrderDetailPanel } from './order-detail-panel';

const PAGE_SIZE = 50;

interface Filter {
  status: OrderStatus | '';
  search: string;
  from: string;
  to: string;
}

/**
 * Every order with its status in the owner's words, filtered by status, text and date,
 * exported as CSV; an order opens in a panel over the list (so the columns keep their
 * width at 1280 px) with its lines, links and what the owner can do.
 */
export function Orders() {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const { route } = useNavigation();
  const [filter, setFilter] = useState<Filter>({ status: route.status ?? '', search: '', from: '', to: '' });
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string | null>(route.orderId ?? null);
  const [message, setMessage] = useState<string>();

  // Another screen sent us somewhere: to one order (a fix's place) or to a status.
  useEffect(() => {
    if (route.orderId) setSelected(route.orderId);
    if (route.status) setFilter((f) => ({ ...f, status: route.status! }));
  }, [route]);

  const search = useSettled(filter.search.trim());
  const request = { status: filter.status || undefined, search: search || undefined, from: filter.from || undefined, to: filter.to || undefined };
  const list = useAsync(() => client.call('orders.list', { ...request, offset, limit: PAGE_SIZE }), [filter.status, filter.from, filter.to, search, offset]);
  const set = (patch: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setOffset(0);
  };
  const retryAll = useAction(async () => {
    const { queued } = await client.call('orders.retry', { allFailed: true });
    setMessage(i18n.plural(t.orders.retried, queued));
    list.reload();
  });
  const exportCsv = useAction(async () => {
    // What the search field says now, also when the list has not caught up with the typing yet.
    const file = await client.call('orders.exportCsv', { ...request, search: filter.search.trim() || undefined });
    downloadCsv(file.fileName, file.csv);
    setMessage(i18n.plural(t.orders.exported, file.rows, { file: file.fileName }));
  });

  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  return (
    <div className="scene scene-orders">
      <header className="scene-head">
        <h1>{t.orders.title}</h1>
        <div className="toolbar">
          <button type="button" onClick={() => void retryAll.run()} disabled={retryAll.busy}>{t.orders.retryAllFailed}</button>
          <button type="button" onClick={() => void exportCsv.run()} disabled={exportCsv.busy}>{t.orders.exportCsv}</button>
        </div>
      </header>
      <div className="filters" role="search">
        <select aria-label={t.orders.filterStatus} value={filter.status} onChange={(e) => set({ status: e.target.value as OrderStatus | '' })}>
          <option value="">{t.orders.filterStatus}: {t.common.all}</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>{t.statuses[s]}</option>
          ))}
        </select>
        <input type="search" aria-label={t.common.search} placeholder={t.orders.searchPlaceholder} value={filter.search} onChange={(e) => set({ search: e.target.value })} />
        <DateField label={t.common.from} value={filter.from} onChange={(from) => set({ from })} />
        <DateField label={t.common.to} value={filter.to} onChange={(to) => set({ to })} />
      </div>
      <ErrorNote error={list.error ?? retryAll.error ?? exportCsv.error} />
      {message && <Note tone="ok">{message}</Note>}
      <table className="table orders-table" aria-label={t.orders.title}>
        <thead>
          <tr>
            <th scope="col">{t.orders.number}</th>
            <th scope="col">{t.orders.date}</th>
            <th scope="col">{t.orders.customer}</th>
            <th scope="col" className="num">{t.orders.total}</th>
            <th scope="col">{t.orders.status}</th>
            <th scope="col">{t.orders.reason}</th>
            <th scope="col">{t.orders.invoice}</th>
            <th scope="col">{t.orders.mail}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.id === selected ? 'selected' : undefined} aria-selected={row.id === selected} onClick={() => setSelected(row.id)}>
              <td>
                {/* The row's way in for the keyboard (and for a screen reader): the order number opens the order. */}
                <button type="button" className="link" aria-haspopup="dialog" onClick={(e) => { e.stopPropagation(); setSelected(row.id); }}>
                  {row.number}
                </button>
              </td>
              <td>{i18n.date(row.date)}</td>
              <td className="customer">{row.customer}</td>
              <td className="num">{i18n.amount(row.total, row.currency)}</td>
              <td><StatusBadge status={row.status} /></td>
              <td className="reason">{row.reason ? <span title={`${row.reason.code}: ${row.reason.text}`}>{row.reason.text}</span> : ''}</td>
              <td>
                {row.bookedInvoiceNumber !== null
                  ? fill(t.orders.bookedNo, { number: row.bookedInvoiceNumber })
                  : row.draftInvoiceNumber !== null
                    ? fill(t.orders.draftNo, { number: row.draftInvoiceNumber })
                    : ''}
              </td>
              <td>{t.mailStatus[row.mailStatus]}</td>
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
      {selected && <OrderDetailPanel id={selected} onClose={() => setSelected(null)} onChanged={list.reload} />}
    </div>
  );
}
