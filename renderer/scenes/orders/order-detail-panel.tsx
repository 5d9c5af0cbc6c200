import { useClient } from '../../bridge/context';
import { ErrorNote, StateBadge } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';

export function OrderDetailPanel({ id, onClose, onRetried }: { id: string; onClose: () => void; onRetried: () => void }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const detail = useAsync(() => client.call('orders.get', { id }), [id]);
  const retry = useAction(async () => {
    await client.call('orders.retry', { ids: [id] });
    detail.reload();
    onRetried();
  });
  const order = detail.data;
  return (
    <aside className="detail" aria-label={order ? `#${order.number}` : id}>
      <header className="detail-head">
        <h2>{order ? `#${order.number}` : t.common.loading}</h2>
        <button type="button" onClick={onClose}>{t.common.close}</button>
      </header>
      <ErrorNote error={detail.error ?? retry.error} />
      {order && (
        <>
          <p>
            <StateBadge state={order.state} /> {order.customer} · {i18n.amount(order.total, order.currency)}
          </p>
          {order.reason && <p className="reason-text">{order.reason.text}</p>}
          <p className="muted">
            {fill(t.orders.attempts, { count: order.attempts })}
            {order.nextRetryAt && <> · {fill(t.orders.nextRetry, { at: i18n.dateTime(order.nextRetryAt) })}</>}
          </p>
          {(order.state === 'failed' || order.state === 'needs-attention') && (
            <button type="button" className="primary" onClick={() => void retry.run()}>{t.orders.retry}</button>
          )}
          {order.ruleDecision && (
            <>
              <h3>{t.orders.ruleDecision}</h3>
              <p>{order.ruleDecision.ruleName}: {order.ruleDecision.actions.join(', ')}</p>
            </>
          )}
          {order.problems.length > 0 && (
            <>
              <h3>{t.orders.problems}</h3>
              <ul>
                {order.problems.map((p, i) => (
                  <li key={i}><code>{p.code}</code> {p.message}{p.fix && <div className="muted">{p.fix}</div>}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{t.orders.history}</h3>
          <ol className="history">
            {order.history.map((h, i) => (
              <li key={i}>
                <span className="muted">{i18n.dateTime(h.at)}</span> <StateBadge state={h.state} /> {h.message}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
