import { useState } from 'react';
import type { ActivationScope, Dashboard as DashboardData, Gate } from '../../../shared/ipc/schemas/operations';
import { useClient } from '../../client/context';
import { Card, ErrorNote, Note } from '../../components/ui';
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

/**
 * The supervised period and the switch for automatic posting. Before switching on, the
 * owner sees what happens to what waits (N drafts booked, M mails sent) and chooses
 * whether the waiting drafts are booked too or only new orders.
 */
export function ActivationCard({ data, onChanged }: { data: DashboardData; onChanged: () => void }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const { supervised } = data;
  const [checkedBy, setCheckedBy] = useState('');
  const [acceptRisk, setAcceptRisk] = useState(false);
  const [scope, setScope] = useState<ActivationScope>('waiting-and-new');
  const on = data.automaticPosting.on;
  const preview = useAsync(() => (on ? Promise.resolve(null) : client.call('supervised.preview', {})), [on, data.lastSync?.at]);

  const confirm = useAction(async () => {
    await client.call('supervised.confirmChecked', { by: checkedBy });
    onChanged();
  });
  // Whoever confirmed the check signs the activation unless another name is typed.
  const activator = checkedBy.trim() || supervised.checkedConfirmed?.by || '';
  const activate = useAction(async () => {
    await client.call('supervised.activate', { by: activator, acceptRisk: true, scope });
    onChanged();
  });
  const readyToActivate = data.gates.filter((g) => g.id !== 'activated').every((g) => g.met);
  const waiting = preview.data;

  return (
    <Card title={t.dashboard.activationTitle}>
      <h3>{t.dashboard.supervisedTitle}</h3>
      <p className="big">{supervised.day > 0 ? fill(t.dashboard.dayOf, { day: supervised.day, of: supervised.periodDays }) : t.dashboard.notStarted}</p>
      <p>{i18n.plural(t.dashboard.manualBookings, supervised.manualBookingsSeen)}</p>
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

      <ul className="gates" aria-label={t.dashboard.activationTitle}>
        {data.gates.map((gate) => (
          <li key={gate.id} className={gate.met ? 'gate gate-met' : 'gate gate-missing'}>
            <span aria-hidden="true">{gate.met ? '✓' : '•'}</span> {gateText(gate, data, i18n)}
          </li>
        ))}
      </ul>
      {on ? (
        <Note tone="ok">
          {data.automaticPosting.switchedOn && `${fill(t.dashboard.activeSince, { by: data.automaticPosting.switchedOn.by, at: i18n.dateTime(data.automaticPosting.switchedOn.at) })} `}
          {t.dashboard.activatedNote}
        </Note>
      ) : (
        <div className="risk">
          <p className="muted">{t.dashboard.draftsMode}</p>
          {data.automaticPosting.switchedOff && (
            <p className="muted">{fill(t.posting.switchedOffBy, { by: data.automaticPosting.switchedOff.by, at: i18n.dateTime(data.automaticPosting.switchedOff.at) })}</p>
          )}
          {waiting && (
            <p className="waiting">
              {waiting.drafts === 0
                ? t.dashboard.waiting.none
                : fill(t.dashboard.waiting.some, {
                    drafts: i18n.plural(t.dashboard.waiting.drafts, waiting.drafts),
                    total: waiting.total.map((s) => i18n.amount(s.amount, s.currency)).join(' + '),
                    mails: i18n.plural(t.dashboard.waiting.mails, waiting.mails),
                  })}
            </p>
          )}
          {waiting && waiting.drafts > 0 && (
            <fieldset className="form-group scope">
              <legend>{t.dashboard.scope}</legend>
              <label className="check">
                <input type="radio" name="activation-scope" checked={scope === 'waiting-and-new'} onChange={() => setScope('waiting-and-new')} />
                {t.dashboard.scopeAll}
              </label>
              <label className="check">
                <input type="radio" name="activation-scope" checked={scope === 'new-only'} onChange={() => setScope('new-only')} />
                {t.dashboard.scopeNew}
              </label>
            </fieldset>
          )}
          <p>{t.dashboard.riskText}</p>
          <label className="check">
            <input type="checkbox" checked={acceptRisk} onChange={(e) => setAcceptRisk(e.target.checked)} />
            {t.dashboard.acceptRisk}
          </label>
          {supervised.checkedConfirmed && (
            <input aria-label={t.dashboard.checkedName} placeholder={t.dashboard.checkedName} value={checkedBy} onChange={(e) => setCheckedBy(e.target.value)} />
          )}
          <button
            type="button"
            className="primary"
            data-place="overview.activate"
            disabled={!readyToActivate || !acceptRisk || !activator || activate.busy}
            onClick={() => void activate.run()}
          >
            {t.dashboard.activate}
          </button>
        </div>
      )}
      <ErrorNote error={activate.error ?? preview.error} />
    </Card>
  );
}
