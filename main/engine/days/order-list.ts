import { orderListCsvOf, type OrderListRow } from '../../../shared/days/order-list';
import { localDate } from '../../../shared/domain/local-day';
import { dec, money, sum } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import type { Profile } from '../../../shared/profile/schema';
import type { DayEntry } from '../../ledger';

function customerOf(order: Order): string {
  const b = order.billing;
  return b.company || b.name || `${b.firstName} ${b.lastName}`.trim();
}

/**
 * A day's order list: one row per order and per refund in the day, with its number, date,
 * customer, total, VAT and payment method; refunds negative. Its totals add up to the day
 * invoice's gross.
 */
export function orderListRows(entries: DayEntry[], orders: Order[], profile: Pick<Profile, 'daySummary'>): OrderListRow[] {
  const byId = new Map(orders.map((o) => [o.id, o]));
  const rows: OrderListRow[] = [];
  for (const entry of entries) {
    const order = byId.get(entry.orderId);
    if (!order) continue;
    const refund = entry.kind === 'refund' ? order.refunds.find((r) => r.id === entry.refundId) : undefined;
    const when = entry.kind === 'refund' ? (refund?.createdAt ?? order.dates.modified) : (order.dates.paid ?? order.dates.created);
    const vat = entry.kind === 'order' ? order.totals.tax : refund ? money(sum([...refund.lines.map((l) => dec(l.tax)), dec(refund.shippingTax)]).neg()) : '0';
    rows.push({
      kind: entry.kind,
      number: entry.number,
      date: localDate(when, profile.daySummary.timeZone),
      customer: customerOf(order),
      total: money(dec(entry.gross)),
      vat: money(dec(vat)),
      paymentMethod: order.payment.title || order.payment.id,
    });
  }
  return rows;
}

/** The order list as CSV in the owner's language, as it is fixed when the day is frozen. */
export function orderListCsv(entries: DayEntry[], orders: Order[], profile: Pick<Profile, 'language' | 'daySummary'>): string {
  return orderListCsvOf(orderListRows(entries, orders, profile), profile.language);
}
