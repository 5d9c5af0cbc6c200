import { useState } from 'react';
import { useClient } from '../../client/context';
import { GoToButtons } from '../../components/go-to';
import { ErrorNote, Note, SeverityBadge } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';

/** One log entry: what happened and the fix in plain words, technical details behind a toggle. */
export function LogDetailPanel({ id, onChanged, onClose }: { id: string; onChanged: () => void; onClose: () => void }) {
  const client = useClient();
  const i18n = useI18n();
  const { t } = i18n;
  const [showTechnical, setShowTechnical] = useState(false);
  const [retried, setRetried] = useState<number>();
  const entry = useAsync(() => client.call('log.get', { id }), [id]);
  const resolve = useAction(async () => {
    await client.call('log.resolve', { id });
    entry.reload();
    onChanged();
  });
  const retry = useAction(async (orderId: string) => {
    setRetried((await client.call('orders.retry', { ids: [orderId] })).queued);
    onChanged();
  });
  const e = entry.data;
  return (
    <aside className="detail" aria-label={e ? e.code : id}>
      <header className="detail-head">
        <h2>{e ? e.title : t.common.loading}</h2>
        <button type="button" onClick={onClose}>{t.common.close}</button>
      </header>
      <ErrorNote error={entry.error ?? resolve.error ?? retry.error} />
      {e && (
        <>
          <p>
            <SeverityBadge severity={e.severity} /> <code>{e.code}</code> · {i18n.dateTime(e.at)}
            {e.orderNumber && <> · #{e.orderNumber}</>}
          </p>
          <p className="message">{e.message}</p>
          {e.fix.length > 0 && (
            <>
              <h3>{t.log.fix}</h3>
              <ol className="fix-steps">{e.fix.map((step, i) => <li key={i}>{step}</li>)}</ol>
            </>
          )}
          <GoToButtons places={e.places} orderId={e.orderId} logId={e.id} exclude={['log.resolve']} />
          <div className="toolbar">
            {e.retryable && e.orderId && (
              <button type="button" className="primary" onClick={() => void retry.run(e.orderId!)}>{t.log.retryOrder}</button>
            )}
            {e.resolved ? (
              <span className="badge badge-ok">{t.log.resolved}</span>
            ) : (
              <button type="button" data-place="log.resolve" onClick={() => void resolve.run()}>{t.log.resolve}</button>
            )}
          </div>
          {retried !== undefined && <Note tone="ok">{i18n.plural(t.orders.retried, retried)}</Note>}
          <button type="button" className="link" aria-expanded={showTechnical} onClick={() => setShowTechnical((v) => !v)}>
            {showTechnical ? t.common.hideTechnical : t.common.showTechnical}
          </button>
          {showTechnical && (
            <section aria-label={t.log.technical}>
              <pre className="technical">{e.technical}</pre>
              {Object.keys(e.context).length > 0 && <pre className="technical">{JSON.stringify(e.context, null, 2)}</pre>}
            </section>
          )}
        </>
      )}
    </aside>
  );
}
