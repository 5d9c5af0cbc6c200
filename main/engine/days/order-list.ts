import { orderListCsvOf, type OrderListRow } from '../../../shared/days/order-list';
import { localDate } from '../../../shared/domain/local-day';
import { dec, money, round2, sum, type Dec } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import type { Profile } from '../../../shared/profile/schema';
import type { DayEntry } from '../../ledger';
import { vatFor } from '../plan/net-price';
import { refundsToCredit } from '../plan/refund-lines';
import type { DayPart } from './plan-day';
import { paymentMethodOf } from './plan-day-voucher';

function customerOf(order: Order): string {
  const b = order.billing;
  return b.company || b.name || `${b.firstName} ${b.lastName}`.trim();
}

/**
 * The VAT a refund's credit lines carry in the day's document (negative), its rounding line
 * aside: what the day books for it. The shop names no VAT for a refund of an amount only, nor
 * for the rest of an order cancelled after its day (LedgerBridge's own credit of it); the
 * credit lines do, at the order's rates.
 */
function creditedVat(part: DayPart): Dec {
  const taxed = part.lines.filter((l) => l.source !== 'rounding');
  return sum(taxed.map((l) => vatFor(round2(dec(l.quantity).times(l.unitNetPrice)), dec(l.expectedVatRate))));
}

/**
 * A day's order list: one row per order and per refund in the day, with its number, date,
 * customer, total, VAT and payment method; refunds negative. Its totals add up to the day
 * invoice's gross. `refunds` are the parts the day's refund entries bring (partsOf), in the
 * entries' order.
 */
export function orderListRows(entries: DayEntry[], orders: Order[], refunds: DayPart[], profile: Pick<Profile, 'daySummary' | 'language' | 'paymentMethods'>): OrderListRow[] {
  const byId = new Map(orders.map((o) => [o.id, o]));
  const rows: OrderListRow[] = [];
  let refundIndex = 0;
  for (const entry of entries) {
    const part = entry.kind === 'refund' ? refunds[refundIndex++] : undefined;
    const order = byId.get(entry.orderId);
    if (!order) continue;
    // Among the refunds to credit: a cancellation after the day was booked is one too.
    const refund = entry.kind === 'refund' ? refundsToCredit(order, profile.language).find((r) => r.id === entry.refundId) : undefined;
    const when = entry.kind === 'refund' ? (refund?.createdAt ?? order.dates.modified) : (order.dates.paid ?? order.dates.created);
    const vat = entry.kind === 'order' ? dec(order.totals.tax) : part ? creditedVat(part) : dec(0);
    rows.push({
      kind: entry.kind,
      number: entry.number,
      date: localDate(when, profile.daySummary.timeZone),
      customer: customerOf(order),
      total: money(dec(entry.gross)),
      vat: money(vat),
      // As the day's payments and journal voucher name it, so the accountant can match them.
      paymentMethod: paymentMethodOf(order, profile).methodTitle,
    });
  }
  return rows;
}

/** The order list as CSV in the owner's language, as it is fixed when the day is frozen. */
export function orderListCsv(entries: DayEntry[], orders: Order[], refunds: DayPart[], profile: Pick<Profile, 'language' | 'daySummary' | 'paymentMethods'>): string {
  return orderListCsvOf(orderListRows(entries, orders, refunds, profile), profile.language);
}
