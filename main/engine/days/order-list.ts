import { csvAmount, csvDocument, csvText, type CsvCell } from '../../../shared/i18n/csv';
import { localDate } from '../../../shared/domain/local-day';
import { dec, money, sum } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import type { Profile } from '../../../shared/profile/schema';
import type { DayEntry } from '../../ledger';

const HEADER = {
  da: ['type', 'ordrenummer', 'dato', 'kunde', 'total', 'moms', 'betalingsmetode'],
  en: ['type', 'order_number', 'date', 'customer', 'total', 'vat', 'payment_method'],
} as const;

function customerOf(order: Order): string {
  const b = order.billing;
  return b.company || b.name || `${b.firstName} ${b.lastName}`.trim();
}

/**
 * A day's order list as CSV (decimal comma, as the accountant's Danish spreadsheet reads it):
 * one row per order and per refund in the day, with its number, date, customer, total, VAT and
 * payment method; refunds negative. Its totals column adds up to the day invoice's gross.
 */
export function orderListCsv(entries: DayEntry[], orders: Order[], profile: Pick<Profile, 'language' | 'daySummary'>): string {
  const da = profile.language === 'da';
  const byId = new Map(orders.map((o) => [o.id, o]));
  const amount = (value: string) => csvAmount(money(dec(value)));
  const rows: CsvCell[][] = [[...HEADER[profile.language]]];
  for (const entry of entries) {
    const order = byId.get(entry.orderId);
    if (!order) continue;
    const refund = entry.kind === 'refund' ? order.refunds.find((r) => r.id === entry.refundId) : undefined;
    const when = entry.kind === 'refund' ? (refund?.createdAt ?? order.dates.modified) : (order.dates.paid ?? order.dates.created);
    const vat = entry.kind === 'order' ? order.totals.tax : refund ? money(sum([...refund.lines.map((l) => dec(l.tax)), dec(refund.shippingTax)]).neg()) : '0';
    rows.push([
      entry.kind === 'order' ? (da ? 'ordre' : 'order') : da ? 'refundering' : 'refund',
      csvText(entry.number),
      localDate(when, profile.daySummary.timeZone),
      csvText(customerOf(order)),
      amount(entry.gross),
      amount(vat),
      csvText(order.payment.title || order.payment.id),
    ]);
  }
  return csvDocument(rows);
}
