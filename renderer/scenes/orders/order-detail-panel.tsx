import { useEffect, useRef, useState } from 'react';
import { PLACES, type PlaceId } from '../../../shared/i18n/places';
import { inPlainBrowser } from '../../client';
import { useClient } from '../../client/context';
import { GoToButtons } from '../../components/go-to';
import { ErrorNote, Note, StatusBadge } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { useNavigation } from '../../navigation';

/** Places that are buttons in this panel itself: a fix naming them needs no "go to". */
const OWN_PLACES = (Object.keys(PLACES) as PlaceId[]).filter((p) => PLACES[p].scope === 'order');

/**
 * One order in a panel over the list: where it stands and why, what the owner can do
 * (retry, approve and book, skip, send the invoice mail again), its lines, its links
 * to the shop and e-conomic, and its history.
 */
export function OrderDetailPanel({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const { go } = useNavigation();
  const [message, setMessage] = useState<string>();
  const detail = useAsync(() => client.call('orders.get', { id }), [id]);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => setMessage(undefined), [id]);
  useEffect(() => {
    // Focus moves into the panel, and back to where the owner came from when it closes.
    opener.current = document.activeElement;
    return () => (opener.current as HTMLElement | null)?.focus?.();
  }, []);
  useEffect(() => {
    if (detail.data) heading.current?.focus();
  }, [detail.data?.id]);

  const after = (text: string) => {
    setMessage(text);
    detail.reload();
    onChanged();
  };
  const retry = useAction(async () => {
    const { queued } = await client.call('orders.retry', { ids: [id] });
    after(i18n.plural(t.orders.retried, queued));
  });
  const approve = useAction(async () => {
    const { status } = await client.call('orders.approve', { id });
    after(fill(t.orders.approved, { status: t.statuses[status] }));
  });
  const skip = useAction(async (number: string) => {
    if (!window.confirm(fill(t.orders.skipConfirm, { number }))) return;
    await client.call('orders.skip', { id });
    after(t.orders.skipped);
  });
  const resend = useAction(async (invoiceNumber: number) => {
    const { mailStatus } = await client.call('invoices.resendMail', { number: invoiceNumber });
    after(fill(t.orders.mailResent, { status: t.mailStatus[mailStatus] }));
  });
  const markSent = useAction(async (invoiceNumber: number) => {
    const { mailStatus } = await client.call('invoices.markMailSent', { number: invoiceNumber });
    after(fill(t.orders.mailResent, { status: t.mailStatus[mailStatus] }));
  });
  const open = useAction(async (where: 'shop' | 'economic') => {
    const { url } = await client.call(where === 'shop' ? 'orders.openInShop' : 'orders.openInEconomic', { id });
    // In Electron the main process opens the system browser; in a plain browser we do it here.
    if (inPlainBrowser()) window.open(url, '_blank', 'noopener,noreferrer');
  });
  const error = detail.error ?? retry.error ?? approve.error ?? skip.error ?? resend.error ?? markSent.error ?? open.error;
  const order = detail.data;
  const title = order ? fill(t.orders.detailFor, { number: order.number }) : t.common.loading;

  return (
    <aside className="detail drawer" role="dialog" aria-label={title} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="detail-head">
        <h2 ref={heading} tabIndex={-1}>{title}</h2>
        <button type="button" onClick={onClose}>{t.common.close}</button>
      </header>
      <ErrorNote error={error} orderId={id} />
      {message && <Note tone="ok">{message}</Note>}
      {order && (
        <>
          <p className="order-facts">
            <StatusBadge status={order.status} /> {order.customer} · {i18n.amount(order.total, order.currency)} · {i18n.date(order.date)}
          </p>
          {order.reason && <p className="reason-text">{order.reason.text}</p>}
          <div className="toolbar order-actions">
            {order.actions.approve && (
              <button type="button" className="primary" data-place="orders.approve" disabled={approve.busy} onClick={() => void approve.run()}>{t.orders.approve}</button>
            )}
            {order.actions.retry && (
              <button type="button" className="primary" data-place="orders.retry" disabled={retry.busy} onClick={() => void retry.run()}>{t.orders.retry}</button>
            )}
            {order.actions.resendMail && order.bookedInvoiceNumber !== null && (
              <button type="button" data-place="orders.resendMail" disabled={resend.busy} onClick={() => void resend.run(order.bookedInvoiceNumber!)}>{t.orders.resendMail}</button>
            )}
            {order.actions.markMailSent && order.bookedInvoiceNumber !== null && (
              <button type="button" data-place="orders.markMailSent" disabled={markSent.busy} onClick={() => void markSent.run(order.bookedInvoiceNumber!)}>{t.orders.markMailSent}</button>
            )}
            {order.actions.skip && (
              <button type="button" data-place="orders.skip" disabled={skip.busy} onClick={() => void skip.run(order.number)}>{t.orders.skip}</button>
            )}
          </div>
          {order.problems.length > 0 && (
            <section aria-label={t.orders.problems}>
              <h3>{t.orders.problems}</h3>
              <ul className="plain">
                {order.problems.map((p, i) => (
                  <li key={i} className="problem">
                    <p><code>{p.code}</code> {p.message}</p>
                    {p.fix && <p className="muted">{p.fix}</p>}
                    <GoToButtons places={p.places ?? []} orderId={order.id} exclude={OWN_PLACES} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="toolbar">
            {order.links.shop && <button type="button" className="link" onClick={() => void open.run('shop')}>{t.orders.openInShop}</button>}
            {order.links.economic && <button type="button" className="link" onClick={() => void open.run('economic')}>{t.orders.openInEconomic}</button>}
            {(order.bookedInvoiceNumber ?? order.draftInvoiceNumber) !== null && (
              <button
                type="button"
                className="link"
                onClick={() => go({ screen: 'invoices', invoice: order.bookedInvoiceNumber !== null ? { kind: 'booked', number: order.bookedInvoiceNumber } : { kind: 'draft', number: order.draftInvoiceNumber! } })}
              >
                {t.orders.showInvoice}
              </button>
            )}
          </div>
          {order.mailStatus !== 'none' && order.mailTo && <p className="muted">{fill(t.orders.mailTo, { to: order.mailTo, status: t.mailStatus[order.mailStatus] })}</p>}
          {order.creditNotes.length > 0 && (
            <section aria-label={t.orders.creditNotes}>
              <h3>{t.orders.creditNotes}</h3>
              <ul className="plain">
                {order.creditNotes.map((c) => (
                  <li key={c.refundId}>
                    {c.number === null ? t.orders.creditNote.none : fill(c.kind === 'booked' ? t.orders.creditNote.booked : t.orders.creditNote.draft, { number: c.number })}
                    {' · '}
                    {fill(t.orders.creditNote.amount, { amount: i18n.amount(c.amount, c.currency) })}
                    {' · '}
                    {t.orders.creditNoteState[c.state]}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <h3>{t.orders.lines}</h3>
          <table className="table compact lines" aria-label={t.orders.lines}>
            <thead>
              <tr>
                <th scope="col">{t.orders.line.description}</th>
                <th scope="col" className="num">{t.orders.line.quantity}</th>
                <th scope="col" className="num">{t.orders.line.unitPrice}</th>
                <th scope="col" className="num">{t.orders.line.vat}</th>
                <th scope="col" className="num">{t.orders.line.total}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((l, i) => (
                <tr key={i}>
                  <td>
                    {l.description}
                    {l.sku && <span className="muted"> · {l.sku}</span>}
                  </td>
                  <td className="num">{i18n.quantity(l.quantity)}</td>
                  <td className="num">{i18n.amount(l.unitPrice)}</td>
                  <td className="num">{l.vatRate === null ? '' : i18n.quantity(l.vatRate)}</td>
                  <td className="num">{i18n.amount(l.total, order.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {order.ruleDecision && (
            <>
              <h3>{t.orders.ruleDecision}</h3>
              <p>
                {order.ruleDecision.ruleName}: {order.ruleDecision.actions.map((a) => fill(t.ruleActions[a.type], { number: a.number ?? '' })).join(', ')}
              </p>
            </>
          )}
          {(order.attempts > 0 || order.nextRetryAt) && (
            <p className="muted">
              {i18n.plural(t.orders.attempts, order.attempts)}
              {order.nextRetryAt && <> · {fill(t.orders.nextRetry, { at: i18n.dateTime(order.nextRetryAt) })}</>}
            </p>
          )}
          <h3>{t.orders.history}</h3>
          <ol className="history">
            {order.history.map((h, i) => (
              <li key={i}>
                <span className="muted">{i18n.dateTime(h.at)}</span> <StatusBadge status={h.status} /> {h.message}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
