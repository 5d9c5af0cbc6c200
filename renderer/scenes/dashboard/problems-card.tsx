import { useState } from 'react';
import type { Dashboard } from '../../../shared/ipc/schemas/operations';
import { useClient } from '../../client/context';
import { GoToButtons } from '../../components/go-to';
import { Card, ErrorNote, Note, SeverityBadge } from '../../components/ui';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n';

/** What stops orders, one line per problem with how many orders it stops, retry for all of them, and the way to the fix. */
export function ProblemsCard({ groups, onRetried }: { groups: Dashboard['problemGroups']; onRetried: () => void }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const [message, setMessage] = useState<string>();
  const retry = useAction(async (reasonCode: string) => {
    const { queued } = await client.call('orders.retry', { reasonCode });
    setMessage(i18n.plural(t.dashboard.retried, queued));
    onRetried();
  });
  return (
    <Card title={t.dashboard.problems}>
      <ErrorNote error={retry.error} />
      {message && <Note tone="ok">{message}</Note>}
      {groups.length === 0 ? (
        <p className="muted">{t.dashboard.noProblems}</p>
      ) : (
        <ul className="problem-groups">
          {groups.map((g) => (
            <li key={g.code} className="problem-group">
              <div className="problem-head">
                <SeverityBadge severity={g.severity} />
                <strong>{g.title}</strong>
                <code>{g.code}</code>
              </div>
              <p className="muted">
                {g.orderCount > 0
                  ? `${i18n.plural(t.dashboard.problemOrders, g.orderCount)} · ${fill(t.dashboard.problemOrdersExample, { numbers: g.orderNumbers.join(', ') })}`
                  : t.dashboard.problemWhole}
              </p>
              <div className="toolbar">
                {g.retryable && g.orderCount > 0 && (
                  <button type="button" disabled={retry.busy} onClick={() => void retry.run(g.code)}>
                    {i18n.plural(t.dashboard.retryGroup, g.orderCount)}
                  </button>
                )}
                <GoToButtons places={g.places} exclude={g.orderCount > 0 ? ['orders.retry'] : []} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
