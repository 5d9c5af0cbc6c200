import { useEffect, useRef, useState } from 'react';
import { dec } from '../../../shared/domain/money';
import { CODES } from '../../../shared/errors';
import { voucherNumbersText } from '../../../shared/i18n/day-voucher-words';
import { dayDate, ORDER_LIST_WORDS } from '../../../shared/i18n/order-list-words';
import type { DayRowView } from '../../../shared/ipc/schemas/days';
import { useClient } from '../../client/context';
import { base64ToBytes, downloadCsv, downloadFile } from '../../components/download';
import { GoToButtons, placesOfCode } from '../../components/go-to';
import { ErrorNote, Note, StatusBadge } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { useNavigation } from '../../navigation';

const PAGE = 60;

/**
 * The daily summaries (postingUnit "day"): each day and currency with its status in the app's
 * one vocabulary, its orders, gross and e-conomic invoice; for a chosen day why it waits (the
 * orders that hold it, each a button to the order) and its order list as it was fixed, with the
 * CSV and the PDF the accountant gets, and the mail that brought them to the accountant.
 */
export function Days() {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill, language } = i18n;
  const { route } = useNavigation();
  const [limit, setLimit] = useState(PAGE);
  const list = useAsync(() => client.call('days.list', { offset: 0, limit }), [limit]);
  // A fix's "go there" opens the day it is about.
  const [chosen, setChosen] = useState<number | null>(route.dayId ?? null);
  useEffect(() => {
    if (route.dayId) setChosen(route.dayId);
  }, [route]);
  const days = list.data?.days ?? [];
  const day = days.find((d) => d.id === chosen);
  // "Go to … Retry the day" from the overview names no day: the first day that offers it opens.
  const firstLost = days.find(lostInEconomic)?.id;
  useEffect(() => {
    if (route.place === 'days.retry' && !route.dayId && chosen === null && firstLost !== undefined) setChosen(firstLost);
  }, [route, chosen, firstLost]);

  return (
    <div className="scene">
      <header className="scene-head">
        <h1>{t.days.title}</h1>
        <div className="toolbar">
          <button type="button" data-place="days.refresh" disabled={list.loading} onClick={list.reload}>{t.days.refresh}</button>
        </div>
      </header>
      <p className="muted">{t.days.intro}</p>
      <ErrorNote error={list.error} />
      {list.data?.postingUnit === 'order' && <Note tone="info">{t.days.notDayMode}</Note>}
      {list.data && days.length === 0 && list.data.postingUnit === 'day' && <p className="empty">{t.days.none}</p>}
      {days.length > 0 && (
        <table className="table" aria-label={t.days.tableLabel}>
          <thead>
            <tr>
              <th scope="col">{t.days.day}</th>
              <th scope="col">{t.days.currency}</th>
              <th scope="col">{t.days.status}</th>
              <th scope="col">{t.days.orders}</th>
              <th scope="col" className="num">{t.days.gross}</th>
              <th scope="col">{t.days.invoice}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.id} className={d.id === chosen ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link" aria-label={fill(t.days.open, { day: dayDate(d.day, language), currency: d.currency })} onClick={() => setChosen(d.id)}>
                    {dayDate(d.day, language)}
                  </button>
                </th>
                <td>{ORDER_LIST_WORDS[language].currencyOf(d.currency, d.abroad)}</td>
                <td><StatusBadge status={d.status} /></td>
                <td>{ORDER_LIST_WORDS[language].counts(d.orders, d.refunds)}</td>
                <td className="num">{i18n.amount(d.gross, d.currency)}</td>
                <td>{d.invoiceNumber !== null ? fill(t.days.invoiceNo, { number: d.invoiceNumber }) : d.voucher ? fill(t.days.voucherNo, { number: voucherNumbersText(d.voucher, language), journal: d.voucher.journalNumber }) : d.draftNumber !== null ? fill(t.days.draftNo, { number: d.draftNumber }) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && list.data.total > days.length && (
        <button type="button" className="link" onClick={() => setLimit((n) => n + PAGE)}>{t.days.more}</button>
      )}
      {day && <DayDetail key={day.id} day={day} onChanged={list.reload} />}
    </div>
  );
}

/** One day: what holds it or went wrong, and its order list once it is fixed. */
function DayDetail({ day, onChanged }: { day: DayRowView; onChanged: () => void }) {
  const { t, fill, language } = useI18n();
  const { go } = useNavigation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const title = fill(t.days.detail, { day: dayDate(day.day, language), currency: day.currency });
  return (
    <section className="card" aria-label={title}>
      <header className="card-head">
        <h2 ref={heading} tabIndex={-1}>{title}</h2>
      </header>
      <div className="card-body">
        {day.problem && (
          <Note tone="warn">
            <strong>{day.problem.title}.</strong> {day.problem.message}
          </Note>
        )}
        {lostInEconomic(day) && <RetryDay day={day} onRetried={onChanged} />}
        {day.waitingFor.length > 0 && (
          <>
            <h3>{t.days.waitsFor}</h3>
            <ul className="plain">
              {day.waitingFor.map((o) => (
                <li key={o.orderId} className="issue">
                  <button type="button" className="link" onClick={() => go({ screen: 'orders', orderId: o.orderId })}>{fill(t.days.orderNo, { number: o.number })}</button>
                  <StatusBadge status={o.status} />
                  {o.reason && <span className="muted">{o.reason}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        {day.orderListFixed ? <OrderList day={day} /> : <p className="muted">{t.days.notFixed}</p>}
        {(day.invoiceNumber !== null || day.voucher) && day.orderListFixed && <AccountantMail day={day} onSent={onChanged} />}
      </div>
    </section>
  );
}

/** A day whose draft or journal voucher was deleted by hand in e-conomic: "Retry the day" writes it again. */
function lostInEconomic(day: DayRowView): boolean {
  return day.problem?.code === CODES.dayDraftGone || day.problem?.code === CODES.dayVoucherGone;
}

/**
 * "Retry the day" for a day whose draft or journal voucher was deleted by hand in e-conomic: one
 * new draft or voucher with the same orders (written once, however often the button is pressed).
 */
function RetryDay({ day, onRetried }: { day: DayRowView; onRetried: () => void }) {
  const client = useClient();
  const { t } = useI18n();
  const retry = useAction(async () => {
    await client.call('days.retry', { id: day.id });
    onRetried();
  });
  return (
    <>
      <ErrorNote error={retry.error} />
      <div className="toolbar">
        <button type="button" className="primary" data-place="days.retry" disabled={retry.busy} onClick={() => void retry.run()}>{t.days.retry}</button>
      </div>
    </>
  );
}

function OrderList({ day }: { day: DayRowView }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill, language } = i18n;
  const words = ORDER_LIST_WORDS[language];
  const list = useAsync(() => client.call('days.orderList', { id: day.id }), [day.id, language]);
  const pdf = useAction(async () => {
    const file = await client.call('days.pdf', { id: day.id });
    downloadFile(file.fileName, base64ToBytes(file.base64), 'application/pdf');
  });
  const money = (value: string) => i18n.amount(value, day.currency);
  const data = list.data;
  const label = fill(t.days.orderListLabel, { day: dayDate(day.day, language), currency: day.currency });
  const difference = data ? dec(data.total).minus(dec(day.gross)) : null;
  return (
    <>
      <div className="scene-head">
        <h3>{t.days.orderList}</h3>
        <div className="toolbar">
          <button type="button" disabled={!data} onClick={() => data && downloadCsv(data.csv.fileName, data.csv.csv)}>{t.days.downloadCsv}</button>
          <button type="button" data-place="days.downloadPdf" disabled={pdf.busy} onClick={() => void pdf.run()}>{t.days.downloadPdf}</button>
        </div>
      </div>
      <ErrorNote error={list.error ?? pdf.error} />
      {data && (
        <>
          {data.firstNumber !== null && <p className="muted">{fill(t.days.numberRange, { from: data.firstNumber, to: data.lastNumber ?? data.firstNumber })}</p>}
          <table className="table" aria-label={label}>
            <thead>
              <tr>
                <th scope="col">{words.columns.kind}</th>
                <th scope="col">{words.columns.number}</th>
                <th scope="col">{words.columns.date}</th>
                <th scope="col">{words.columns.customer}</th>
                <th scope="col">{words.columns.paymentMethod}</th>
                <th scope="col" className="num">{words.columns.vat}</th>
                <th scope="col" className="num">{words.columns.total}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r, i) => (
                // The list is fixed: a row's place in it is its identity (one order may have two refunds alike).
                <tr key={i}>
                  <td>{words.kind[r.kind]}</td>
                  <td>{r.number}</td>
                  <td>{dayDate(r.date, language)}</td>
                  <td>{r.customer}</td>
                  <td>{r.paymentMethod}</td>
                  <td className="num">{money(r.vat)}</td>
                  <td className="num">{money(r.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>{words.total}</th>
                <td className="num">{money(data.vat)}</td>
                <td className="num">{money(data.total)}</td>
              </tr>
            </tfoot>
          </table>
          {difference && (difference.isZero() ? <Note tone="ok">{words.agrees(money(day.gross))}</Note> : <Note tone="warn">{words.differs(money(day.gross), money(difference.abs().toFixed(2)))}</Note>)}
        </>
      )}
    </>
  );
}

/**
 * The day's mail to the accountant: where it stands, what to do when it waits for the owner,
 * and "Send to accountant" — for a day booked before the address was set, or to send it again.
 */
function AccountantMail({ day, onSent }: { day: DayRowView; onSent: () => void }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const [mail, setMail] = useState(day.accountantMail);
  const send = useAction(async () => {
    const next = await client.call('days.sendToAccountant', { id: day.id });
    setMail(next.accountantMail);
    onSent();
    return next;
  });
  const problem = mail?.status === 'failed' ? mail.problem : null;
  return (
    <section aria-label={t.accountant.mailHeading}>
      <div className="scene-head">
        <h3>{t.accountant.mailHeading}</h3>
        <div className="toolbar">
          <button type="button" data-place="days.sendToAccountant" disabled={send.busy} onClick={() => void send.run()}>{t.accountant.send}</button>
        </div>
      </div>
      <ErrorNote error={send.error} />
      {!mail && <p className="muted">{t.accountant.notSent}</p>}
      {mail?.status === 'pending' && <p>{fill(t.accountant.pending, { to: mail.to })}</p>}
      {mail?.status === 'sent' && <Note tone="ok">{fill(t.accountant.sent, { to: mail.to, at: i18n.dateTime(mail.sentAt) })}</Note>}
      {problem && (
        <Note tone="warn">
          <strong>{problem.title}.</strong> {problem.message} {problem.fix}
          <GoToButtons places={placesOfCode(problem.code)} dayId={day.id} exclude={['days.sendToAccountant']} />
        </Note>
      )}
    </section>
  );
}
