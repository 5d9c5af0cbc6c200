import { useEffect, useState } from 'react';
import type { Dashboard as DashboardData, Gate } from '../../../shared/ipc/schemas/operations';
import { ORDER_STATES } from '../../../shared/ipc/schemas/common';
import { useClient } from '../../bridge/context';
import { Card, ErrorNote, Meter, Note, StateBadge } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n, type I18n } from '../../i18n';

/** The words for one activation gate, built from its numbers. */
export function gateText(gate: Gate, data: DashboardData, i18n: I18n): string {
  const texts = i18n.t.dashboard.gates[gate.id];
  return i18n.fill(gate.met ? texts.met : texts.missing, {
    plan: i18n.t.plans[data.plan],
    current: gate.current ?? 0,
    required: gate.required ?? 0,
  });
}

export function Dashboard() {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const dashboard = useAsync(() => client.call('dashboard.get', {}), []);
  const [syncMessage, setSyncMessage] = useState<string>();
  const [checkedBy, setCheckedBy] = useState('');
  const [acceptRisk, setAcceptRisk] = useState(false);

  useEffect(() => client.on('status.changed', () => dashboard.reload()), [client, dashboard.reload]);

  const syncNow = useAction(async () => {
    const summary = await client.call('sync.now', {});
    setSyncMessage(fill(t.dashboard.syncDone, { drafted: summary.drafted, booked: summary.booked, failed: summary.failed }));
    dashboard.reload();
  });
  const togglePause = useAction(async (paused: boolean) => {
    await client.call(paused ? 'sync.resume' : 'sync.pause', {});
    dashboard.reload();
  });
  const confirm = useAction(async () => {
    await client.call('supervised.confirmChecked', { by: checkedBy });
    dashboard.reload();
  });
  // Whoever confirmed the check signs the activation unless another name is typed.
  const activator = checkedBy.trim() || dashboard.data?.supervised.checkedConfirmed?.by || '';
  const activate = useAction(async () => {
    await client.call('supervised.activate', { by: activator, acceptRisk: true });
    dashboard.reload();
  });

  const data = dashboard.data;
  if (!data) return <div className="scene">{dashboard.error ? <ErrorNote error={dashboard.error} /> : <p>{t.common.loading}</p>}</div>;
  const { supervised } = data;
  const gatesBeforeActivation = data.gates.filter((g) => g.id !== 'activated');
  const readyToActivate = gatesBeforeActivation.every((g) => g.met) && !supervised.activated;

  return (
    <div className="scene">
      <header className="scene-head">
        <h1>{t.dashboard.title}</h1>
        <div className="toolbar">
          <button type="button" className="primary" disabled={syncNow.busy || data.paused} onClick={() => void syncNow.run()}>
            {t.dashboard.syncNow}
          </button>
          <button type="button" onClick={() => void togglePause.run(data.paused)}>
            {data.paused ? t.dashboard.resume : t.dashboard.pause}
          </button>
        </div>
      </header>
      <ErrorNote error={syncNow.error ?? togglePause.error} />
      {syncMessage && <Note tone="ok">{syncMessage}</Note>}
      {data.paused && <Note tone="warn">{t.dashboard.paused}</Note>}

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
              <span className="muted">
                {fill(t.dashboard.fairUseText, { used: i18n.count(data.fairUse.used), limit: i18n.count(data.fairUse.limit) })}
              </span>
            </dd>
          </dl>
        </Card>
        <Card title={t.dashboard.ordersByState}>
          <ul className="state-counts">
            {ORDER_STATES.map((state) => (
              <li key={state}>
                <StateBadge state={state} />
                <span className="num">{i18n.count(data.ordersByState[state] ?? 0)}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>

      <Card title={t.dashboard.supervisedTitle}>
        <p className="big">{supervised.day > 0 ? fill(t.dashboard.dayOf, { day: supervised.day, of: supervised.periodDays }) : t.dashboard.notStarted}</p>
        <p>{fill(t.dashboard.manualBookings, { count: supervised.manualBookingsSeen })}</p>
        {supervised.checkedConfirmed ? (
          <Note tone="ok">{fill(t.dashboard.checkedBy, { by: supervised.checkedConfirmed.by, at: i18n.dateTime(supervised.checkedConfirmed.at) })}</Note>
        ) : (
          <div className="inline-form">
            <span>{t.dashboard.checkedQuestion}</span>
            <input aria-label={t.dashboard.checkedName} placeholder={t.dashboard.checkedName} value={checkedBy} onChange={(e) => setCheckedBy(e.target.value)} />
            <button type="button" disabled={!checkedBy.trim() || confirm.busy} onClick={() => void confirm.run()}>
              {t.dashboard.checkedButton}
            </button>
          </div>
        )}
        <ErrorNote error={confirm.error} />
      </Card>

      <Card title={t.dashboard.activationTitle}>
        {supervised.activated ? (
          <Note tone="ok">{fill(t.dashboard.activeSince, { by: supervised.activated.by, at: i18n.dateTime(supervised.activated.at) })}</Note>
        ) : (
          <p className="muted">{t.dashboard.draftsMode}</p>
        )}
        <ul className="gates" aria-label={t.dashboard.activationTitle}>
          {data.gates.map((gate) => (
            <li key={gate.id} className={gate.met ? 'gate gate-met' : 'gate gate-missing'}>
              <span aria-hidden="true">{gate.met ? '✓' : '•'}</span> {gateText(gate, data, i18n)}
            </li>
          ))}
        </ul>
        {!supervised.activated && (
          <div className="risk">
            <p>{t.dashboard.riskText}</p>
            <label className="check">
              <input type="checkbox" checked={acceptRisk} onChange={(e) => setAcceptRisk(e.target.checked)} />
              {t.dashboard.acceptRisk}
            </label>
            <button
              type="button"
              className="primary"
              disabled={!readyToActivate || !acceptRisk || !activator || activate.busy}
              onClick={() => void activate.run()}
            >
              {t.dashboard.activate}
            </button>
          </div>
        )}
        <ErrorNote error={activate.error} />
      </Card>
    </div>
  );
}
