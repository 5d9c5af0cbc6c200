import { useClient } from '../../client/context';
import { Card, ErrorNote, Note } from '../../components/ui';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';

const ACTION_TONE = { book: 'ok', draft: 'info', approval: 'warn', skip: 'neutral', blocked: 'bad', retry: 'warn' } as const;

/** What the next sync will book (or draft, hold, skip), read without writing anything. */
export function NextUpCard({ reloadKey }: { reloadKey: string }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const nextUp = useAsync(() => client.call('dashboard.nextUp', {}), [reloadKey]);
  const data = nextUp.data;
  return (
    <Card
      title={t.dashboard.nextUp}
      actions={
        <button type="button" className="link" disabled={nextUp.loading} onClick={nextUp.reload}>
          {t.common.refresh}
        </button>
      }
    >
      <ErrorNote error={nextUp.error} />
      {!data ? (
        !nextUp.error && <p className="muted">{t.common.loading}</p>
      ) : (
        <>
          {data.shopUnavailable && <Note tone="warn">{t.dashboard.nextUpShopUnavailable}</Note>}
          {data.orders.length === 0 ? (
            <p className="muted">{t.dashboard.nextUpEmpty}</p>
          ) : (
            <table className="table compact" aria-label={t.dashboard.nextUp}>
              <thead>
                <tr>
                  <th scope="col">{t.orders.number}</th>
                  <th scope="col">{t.orders.customer}</th>
                  <th scope="col" className="num">{t.orders.total}</th>
                  <th scope="col">{t.orders.status}</th>
                </tr>
              </thead>
              <tbody>
                {data.orders.map((o) => (
                  <tr key={o.orderNumber}>
                    <td>{fill(t.orders.detailFor, { number: o.orderNumber })}</td>
                    <td>{o.customer}</td>
                    <td className="num">{i18n.amount(o.total, o.currency)}</td>
                    <td>
                      <span className={`badge badge-${ACTION_TONE[o.action]}`}>{t.dashboard.nextUpActions[o.action]}</span>
                      {o.reason && <span className="muted"> {o.reason}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Card>
  );
}
