import { useEffect, useState } from 'react';
import { ORDER_STATUSES } from '../../../shared/i18n/order-status';
import { syncSummaryText } from '../../../shared/i18n/sync-summary';
import { useClient } from '../../client/context';
import { CountInName } from '../../components/count-in-name';
import { Card, ErrorNote, Meter, Note, StatusBadge } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { useNavigation } from '../../navigation';
import { ActivationCard } from './activation-card';
import { NextUpCard } from './next-up-card';
import { ProblemsCard } from './problems-card';
import { ShopsCard } from './shops-card';

export { gateText } from './activation-card';


/** The overview: what the next sync does, what stops orders, recent invoices, and automatic posting. */
export function Dashboard({ onPostingChanged }: { onPostingChanged?: () => void }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const { go } = useNavigation();
  const dashboard = useAsync(() => client.call('dashboard.get', {}), []);
  const [syncMessage, setSyncMessage] = useState<string>();
  const [nextUpNonce, setNextUpNonce] = useState(0);

  useEffect(() => client.on('status.changed', () => dashboard.reload()), [client, dashboard.reload]);

  const syncNow = useAction(async () => {
    setSyncMessage(syncSummaryText(await client.call('sync.now', {}), i18n.language));
    dashboard.reload();
    setNextUpNonce((n) => n + 1);
  });
  const togglePause = useAction(async (paused: boolean) => {
    await client.call(paused ? 'sync.resume' : 'sync.pause', {});
    dashboard.reload();
  });

  const data = dashboard.data;
  if (!data) return <div className="scene">{dashboard.error ? <ErrorNote error={dashboard.error} /> : <p>{t.common.loading}</p>}</div>;
  const setUp = data.gates.length > 0;

  return (
    <div className="scene dashboard">
      <header className="scene-head">
        <h1>{t.dashboard.title}</h1>
        <div className="toolbar">
          <button type="button" className="primary" disabled={!setUp || syncNow.busy || data.paused} onClick={() => void syncNow.run()}>
            {t.dashboard.syncNow}
          </button>
          <button type="button" disabled={!setUp} onClick={() => void togglePause.run(data.paused)}>
            {data.paused ? t.dashboard.resume : t.dashboard.pause}
          </button>
        </div>
      </header>
      <ErrorNote error={syncNow.error ?? togglePause.error} />
      {!setUp && (
        <Note tone="warn">
          {t.dashboard.notSetUp}{' '}
          <button type="button" className="link" onClick={() => go({ screen: 'setup' })}>{t.dashboard.openSetup}</button>
        </Note>
      )}
      {syncMessage && <Note tone="ok">{syncMessage}</Note>}
      {data.paused && <Note tone="warn">{t.dashboard.paused}</Note>}
      <ShopsCard shops={data.shops ?? []} />

      {setUp && (
        <div className="grid-2">
          <NextUpCard reloadKey={`${nextUpNonce}-${data.lastSync?.at ?? ''}`} />
          <ProblemsCard groups={data.problemGroups} onRetried={() => { dashboard.reload(); setNextUpNonce((n) => n + 1); }} />
        </div>
      )}

      <div className="grid-2">
        <Card title={t.dashboard.ordersByStatus}>
          <ul className="state-counts">
            {ORDER_STATUSES.map((status) => (
              <li key={status}>
                <button type="button" className="status-count" onClick={() => go({ screen: 'orders', status })}>
                  <span className="visually-hidden">{t.dashboard.showOrders} </span>
                  <StatusBadge status={status} />
                  <CountInName count={i18n.count(data.ordersByStatus[status] ?? 0)} className="num" />
                </button>
              </li>
            ))}
          </ul>
        </Card>
        <Card
          title={t.dashboard.recentInvoices}
          actions={<button type="button" className="link" onClick={() => go({ screen: 'invoices' })}>{t.dashboard.allInvoices}</button>}
        >
          {data.recentInvoices.length === 0 ? (
            <p className="muted">{t.dashboard.noInvoices}</p>
          ) : (
            <ul className="plain invoice-list">
              {data.recentInvoices.map((inv) => (
                <li key={`${inv.kind}-${inv.number}`}>
                  <button type="button" className="link" onClick={() => go({ screen: 'invoices', invoice: { kind: inv.kind, number: inv.number } })}>
                    {fill(inv.kind === 'booked' ? t.orders.bookedNo : t.orders.draftNo, { number: inv.number })}
                  </button>
                  <span>{fill(t.orders.detailFor, { number: inv.orderNumber })} · {inv.customer}</span>
                  <span className="num">{i18n.amount(inv.total, inv.currency)}</span>
                  <span className="muted">{inv.kind === 'draft' ? t.statuses.draft : t.statuses.booked}{inv.mailStatus !== 'none' ? ` · ${t.orders.mail}: ${t.mailStatus[inv.mailStatus]}` : ''}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <div className="grid-2">
        <Card title={t.dashboard.lastSync}>
          <dl className="facts">
            <dt>{t.dashboard.lastSync}</dt>
            <dd>{data.lastSync ? i18n.dateTime(data.lastSync.at) : t.dashboard.never}</dd>
            <dt>{t.dashboard.nextSync}</dt>
            <dd>{data.paused ? t.tray.paused : data.nextSyncAt ? i18n.dateTime(data.nextSyncAt) : '—'}</dd>
            <dt>{t.dashboard.fairUse}</dt>
            <dd>
              <Meter value={data.fairUse.used} max={data.fairUse.limit} label={t.dashboard.fairUse} />
              <span className="muted">{fill(t.dashboard.fairUseText, { used: i18n.count(data.fairUse.used), limit: i18n.count(data.fairUse.limit) })}</span>
              {/* Shops on one agreement share its fair use: the count is theirs together. */}
              {data.fairUse.sharedWith && data.fairUse.sharedWith.length > 0 && <span className="muted"> {fill(t.dashboard.fairUseShared, { shops: data.fairUse.sharedWith.join(', ') })}</span>}
            </dd>
          </dl>
        </Card>
        {setUp && <ActivationCard data={data} onChanged={() => { dashboard.reload(); onPostingChanged?.(); }} />}
      </div>
    </div>
  );
}
