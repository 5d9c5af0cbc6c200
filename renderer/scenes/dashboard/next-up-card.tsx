import { useClient } from '../../client/context';
import { Card, ErrorNote, Note } from '../../components/ui';
import { GoToButtons } from '../../components/go-to';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { dec, money, type Dec } from '../../../shared/domain/money';
import type { NextUp } from '../../../shared/ipc/schemas/operations';

const ACTION_TONE = { book: 'ok', draft: 'info', approval: 'warn', skip: 'neutral', blocked: 'bad', retry: 'warn' } as const;
const DAY_TONE = { book: 'ok', draft: 'info', journal: 'info', collecting: 'neutral', waiting: 'warn', blocked: 'bad' } as const;

type Day = NonNullable<NextUp['days']>[number];

/** postingUnit "day": the days the orders go into, headed by what the next sync writes ("3 dage, 1.196,00 kr."). */
function DaysTable({ days }: { days: Day[] }) {
  const i18n = useI18n();
  const { t, fill } = i18n;
  const ready = days.filter((d) => d.status === 'book' || d.status === 'draft' || d.status === 'journal');
  const totals = new Map<string, Dec>();
  for (const d of ready) totals.set(d.currency, (totals.get(d.currency) ?? dec(0)).plus(dec(d.gross)));
  const amounts = [...totals].map(([currency, gross]) => i18n.amount(money(gross), currency)).join(', ');
  return (
    <>
      {ready.length > 0 && <p>{fill(ready.every((d) => d.status === 'journal') ? t.dashboard.nextUpDaysReadyJournal : t.dashboard.nextUpDaysReady, { days: i18n.plural(t.dashboard.nextUpDayCount, ready.length), amounts })}</p>}
      <table className="table compact" aria-label={t.dashboard.nextUpDays}>
        <thead>
          <tr>
            <th scope="col">{t.reconciliation.date}</th>
            <th scope="col">{t.nav.orders}</th>
            <th scope="col" className="num">{t.orders.total}</th>
            <th scope="col">{t.orders.status}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={`${d.date}-${d.currency}`}>
              <td>{i18n.date(`${d.date}T12:00:00Z`)}</td>
              <td>{i18n.plural(t.dashboard.nextUpDayOrders, d.orders)}</td>
              <td className="num">{i18n.amount(d.gross, d.currency)}</td>
              <td>
                <span className={`badge badge-${DAY_TONE[d.status]}`}>{t.dashboard.nextUpDayStatus[d.status]}</span>
                {d.reason && <span className="muted"> {d.reason}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Why the shop's waiting orders could not be previewed: the catalogue problem, its code and the way to fix it. */
function PreviewProblem({ problem }: { problem: NonNullable<NextUp['problem']> }) {
  const { t } = useI18n();
  return (
    <div className="note note-warn" role="status">
      {[problem.message, problem.fix].filter(Boolean).join(' ')}
      <span className="note-code">
        {' '}
        ({t.common.errorCode} {problem.code})
      </span>
      <GoToButtons places={problem.places ?? []} />
    </div>
  );
}

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
          {data.problem && <PreviewProblem problem={data.problem} />}
          {data.shopUnavailable && !data.problem && <Note tone="warn">{t.dashboard.nextUpShopUnavailable}</Note>}
          {data.days && data.days.length > 0 && <DaysTable days={data.days} />}
          {data.orders.length === 0 ? (
            !data.days?.length &&
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
