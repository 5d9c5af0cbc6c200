import { dec, money } from '../../../shared/domain/money';
import { localDate, nextDate } from '../../../shared/domain/local-day';
import type { Order } from '../../../shared/domain/order';
import type { Profile } from '../../../shared/profile/schema';
import type { DayEntryKind, DayRow, DayZone, Ledger } from '../../ledger';
import type { EngineContext } from '../context';
import type { AccountingYear } from '../../connectors/economic/types';
import type { RuleDecision } from '../rules';
import { vatZoneFor } from '../plan/vat-zone';
import { refundsToCredit } from '../plan/refund-lines';

/**
 * Which day an order or a refund is booked in when the profile books days (postingUnit
 * "day"). The day is the shop-local date the order was sold (paid, else created) or the
 * refund was made; once that day's summary is frozen, later arrivals go into the first day
 * that is still open, at the earliest today, so nothing is ever added to a booked day.
 */

/**
 * Orders that keep their own invoice when the profile books days: business customers with a
 * VAT number or EAN (they need an invoice in their own name), and orders a rule gives their
 * own invoice, their own customer, or keeps as a draft for the owner.
 */
export function needsOwnInvoice(order: Order, decision: RuleDecision): boolean {
  return Boolean(order.billing.vatNumber || order.billing.ean) || decision.ownInvoice || decision.keepAsDraft || decision.customerNumber !== undefined;
}

/** The VAT zone of the day document an order belongs in (EU businesses have their own invoices). */
export function dayZoneOf(order: Order, profile: Profile): DayZone {
  return vatZoneFor(order, profile).kind === 'abroad' ? 'abroad' : 'domestic';
}

/** The shop-local date of the sale: the day the order belongs to. */
export function saleDay(order: Order, profile: Profile): string {
  return localDate(order.dates.paid ?? order.dates.created, profile.daySummary.timeZone);
}

/**
 * An order not yet in a day whose sale day is already frozen (paid 31 December, reaching a
 * transfer stage on 2 January) would go into the first open day — today's. When today lies in a
 * later accounting year than the sale day, that would book a sale of one year as revenue of the
 * next: such an order gets an invoice of its own, dated its sale day, instead. The agreement's
 * years are asked of `accountingYears` (read once per sync) only for such an order; without
 * them the calendar years decide.
 */
export async function lateIntoAnotherYear(ctx: Pick<EngineContext, 'ledger' | 'profile' | 'clock'>, order: Order, accountingYears: () => Promise<AccountingYear[]>): Promise<boolean> {
  const { ledger, profile } = ctx;
  if (ledger.days.entryOf(profile.name, 'order', order.id)) return false;
  const sold = saleDay(order, profile);
  const day = ledger.days.find(profile.name, sold, order.currency, dayZoneOf(order, profile));
  if (!day || day.state === 'open') return false;
  const today = localDate(ctx.clock(), profile.daySummary.timeZone);
  const years = await accountingYears();
  const yearOf = (date: string) => years.find((y) => y.fromDate <= date && date <= y.toDate)?.year ?? date.slice(0, 4);
  return yearOf(sold) !== yearOf(today);
}

export interface EntryToPlace {
  kind: DayEntryKind;
  orderId: string;
  refundId?: string;
  number: string;
  /** Signed gross: the order's total, or minus the money refunded. */
  gross: string;
  currency: string;
  zone: DayZone;
  /** The day it belongs in, if that day is still open. */
  day: string;
}

/**
 * Puts an entry into its day, in one transaction: an entry already in a day stays in that day
 * (refreshed while the day is open); otherwise it goes into the wanted day, or — when that day
 * is frozen — the first open day from today on. Returns the day it is in.
 */
export function placeEntry(ledger: Ledger, profile: Profile, entry: EntryToPlace, now: Date): DayRow {
  return ledger.transaction(() => {
    const refundId = entry.refundId ?? '';
    const fields = { profile: profile.name, kind: entry.kind, orderId: entry.orderId, refundId, number: entry.number, gross: money(dec(entry.gross)) };
    const found = ledger.days.entryOf(profile.name, entry.kind, entry.orderId, refundId);
    if (found) {
      if (found.day.state === 'open') ledger.days.putEntry({ ...fields, dayId: found.day.id });
      return found.day;
    }
    const today = localDate(now, profile.daySummary.timeZone);
    let date = entry.day;
    for (;;) {
      const day = ledger.days.findOrOpen(profile.name, date, entry.currency, entry.zone);
      if (day.state === 'open') {
        ledger.days.putEntry({ ...fields, dayId: day.id });
        return day;
      }
      date = date < today ? today : nextDate(date);
    }
  });
}

/**
 * Puts every refund of an order that is booked in a day (and the rest of it, when it was
 * cancelled after its day was frozen) into the day the refund was made, as a negative entry;
 * a refund whose day is frozen goes into the first open day. A refund already in a day stays
 * there. Returns how many refunds the order has in days.
 */
export function placeRefunds(ledger: Ledger, profile: Profile, order: Order, now: Date): number {
  const refunds = refundsToCredit(order, profile.language);
  for (const refund of refunds) {
    const day = localDate(refund.createdAt || order.dates.modified, profile.daySummary.timeZone);
    placeEntry(ledger, profile, { kind: 'refund', orderId: order.id, refundId: refund.id, number: order.number, gross: money(dec(refund.amount).neg()), currency: order.currency, zone: dayZoneOf(order, profile), day }, now);
  }
  return refunds.length;
}
