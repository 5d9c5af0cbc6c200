import { useEffect, useState } from 'react';
import type { ImportPreview, ImportStatus } from '../../../shared/ipc/schemas/import';
import { useClient } from '../../client/context';
import { DateField, showDay } from '../../components/date-field';
import { ErrorNote, Note } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';

/** How often the progress is read while the import runs. */
const POLL_MS = 1000;

function ImportProgress({ status }: { status: ImportStatus }) {
  const { t, fill, count } = useI18n();
  const i = t.importer;
  const share = status.total > 0 ? Math.min(1, status.processed / status.total) : status.state === 'done' ? 1 : 0;
  return (
    <div className="import-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label={i.progress}
        aria-valuemin={0}
        aria-valuemax={status.total}
        aria-valuenow={status.processed}
        aria-valuetext={fill(i.progressText, { processed: count(status.processed), total: count(status.total) })}
      >
        <div className="progress-fill" style={{ width: `${Math.round(share * 1000) / 10}%` }} />
      </div>
      <p>{fill(i.progressText, { processed: count(status.processed), total: count(status.total) })}</p>
    </div>
  );
}

/**
 * Importing earlier orders from a day: the first sync took the orders from the setup
 * check's dry run onwards; older ones come in here. A validating preview first (nothing
 * is written), then the import with progress, pause and resume — also after a restart.
 */
export function ImportOrders() {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const i = t.importer;
  const initial = useAsync(() => Promise.all([client.call('import.status', {}), client.call('wizard.get', {})]), []);
  const [status, setStatus] = useState<ImportStatus>();
  const [from, setFrom] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const current = status ?? initial.data?.[0];
  const configured = initial.data?.[1].finished === true;

  useEffect(() => {
    const loaded = initial.data?.[0];
    if (loaded?.from && loaded.state !== 'done') setFrom(loaded.from);
  }, [initial.data]);

  // While the import runs in the background, its progress is read now and then.
  useEffect(() => {
    if (current?.state !== 'running') return;
    const timer = setInterval(() => void client.call('import.status', {}).then(setStatus, () => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, [client, current?.state]);

  const check = useAction(async () => {
    setPreview(null);
    setPreview(await client.call('import.preview', { from }));
  });
  const start = useAction(async (day: string) => setStatus(await client.call('import.start', { from: day })));
  const pause = useAction(async () => setStatus(await client.call('import.pause', {})));
  const running = current?.state === 'running';
  const resumable = current?.state === 'paused' && current.from !== null;

  return (
    <div className="scene">
      <header className="scene-head"><h1>{i.title}</h1></header>
      <p>{i.intro}</p>
      <ErrorNote error={initial.error} />
      {initial.data && !configured && <Note tone="info">{i.setupFirst}</Note>}
      {configured && current && (
        <>
          {(running || resumable) && current.from && (
            <section className="card" aria-label={i.running}>
              <h2>{fill(running ? i.runningFrom : i.pausedFrom, { from: showDay(current.from) })}</h2>
              <ImportProgress status={current} />
              {current.pausedBecause === 'budget-exhausted' && <Note tone="warn">{i.budget}</Note>}
              <div className="toolbar">
                {running ? (
                  <button type="button" disabled={pause.busy} onClick={() => void pause.run()}>{i.pause}</button>
                ) : (
                  <button type="button" className="primary" disabled={start.busy} onClick={() => void start.run(current.from!)}>{i.resume}</button>
                )}
              </div>
              <ErrorNote error={pause.error ?? start.error} />
            </section>
          )}
          {current.state === 'done' && current.from && (
            <Note tone="ok">
              {fill(i.done, { from: showDay(current.from), count: i18n.count(current.processed) })}
              {current.summary && ` ${fill(i.summary, { drafted: current.summary.drafted, booked: current.summary.booked, failed: current.summary.failed })}`}
            </Note>
          )}
          {current.state === 'failed' && current.problem && (
            <div className="note note-bad" role="alert">
              {i.failed} {current.problem.message} <span className="note-code">({t.common.errorCode} {current.problem.code})</span>
            </div>
          )}
          {!running && (
            <section className="card" aria-label={i.newImport}>
              <h2>{i.newImport}</h2>
              <div className="inline-form">
                <DateField label={i.from} value={from} onChange={(day) => { setFrom(day); setPreview(null); }} />
                <button type="button" data-place="import.check" disabled={!from || check.busy} onClick={() => void check.run()}>{i.check}</button>
              </div>
              <ErrorNote error={check.error} />
              {preview && preview.from === from && (
                <div className="import-preview" aria-label={fill(i.previewTitle, { from: showDay(preview.from) })} role="group">
                  <h3>{fill(i.previewTitle, { from: showDay(preview.from) })}</h3>
                  {preview.warning && (
                    <Note tone="warn">
                      <strong>{preview.warning.title}</strong> {preview.warning.message} {preview.warning.fix} <span className="note-code">({t.common.errorCode} {preview.warning.code})</span>
                    </Note>
                  )}
                  <ul>
                    <li>{fill(i.total, { count: preview.total })}</li>
                    <li>
                      {preview.days
                        ? fill(i.wouldTransferDays, { count: preview.wouldTransfer, dayOrders: preview.days.orders, days: i18n.plural(i.dayInvoices, preview.days.invoices), amounts: (preview.days.totals ?? []).map((x) => i18n.amount(x.gross, x.currency)).join(', ') })
                        : fill(i.wouldTransfer, { count: preview.wouldTransfer })}
                    </li>
                    <li>{fill(i.alreadyHandled, { count: preview.alreadyHandled })}</li>
                    <li>{fill(i.keptByRules, { count: preview.keptByRules })}</li>
                    <li>{fill(i.wouldFail, { count: preview.wouldFail.length })}</li>
                  </ul>
                  {preview.wouldFail.length > 0 && (
                    <table className="table compact">
                      <thead>
                        <tr><th>{t.orders.number}</th><th>{t.log.code}</th><th>{t.orders.reason}</th></tr>
                      </thead>
                      <tbody>
                        {preview.wouldFail.map((f) => (
                          <tr key={f.orderId}><td>#{f.number}</td><td><code>{f.code}</code></td><td>{f.message}</td></tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <div className="toolbar">
                    <button type="button" className="primary" disabled={start.busy || preview.total === 0} onClick={() => void start.run(preview.from)}>
                      {fill(i.start, { count: preview.total })}
                    </button>
                  </div>
                  <ErrorNote error={start.error} />
                </div>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
