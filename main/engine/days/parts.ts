import type { Order } from '../../../shared/domain/order';
import type { DayEntry } from '../../ledger';
import type { EngineContext } from '../context';
import { planInvoice } from '../plan/plan-invoice';
import { creditLines, refundsToCredit } from '../plan/refund-lines';
import { vatZoneFor } from '../plan/vat-zone';
import { dayZoneOf } from './placement';
import { NO_RULES_MATCHED } from '../rules';
import type { DayPart } from './plan-day';
import { paymentMethodOf, type PaidDayPart } from './plan-day-voucher';

/**
 * What each entry of a day brings into the day's invoice: an order the lines of its own
 * invoice, a refund the lines of the credit note it would otherwise have been (the same
 * planning, so the same lines, rounding and VAT).
 */
export function partsOf(ctx: Pick<EngineContext, 'ledger' | 'profile' | 'reference'>, entries: DayEntry[]): DayPart[] {
  const parts: DayPart[] = [];
  for (const entry of entries) {
    const order = ctx.ledger.orders.get(entry.orderId)!.order as Order;
    if (entry.kind === 'order') {
      const plan = planInvoice(order, { profile: ctx.profile, decision: NO_RULES_MATCHED, knownProducts: ctx.reference.productNumbers, buyerCustomerNumber: null, ossProductGroups: ctx.reference.ossProductGroups });
      parts.push({ kind: 'order', number: entry.number, gross: entry.gross, lines: plan.lines, ...ossOf(plan.oss?.country), productsToCreate: plan.productsToCreate });
    } else {
      const refund = refundsToCredit(order, ctx.profile.language).find((r) => r.id === entry.refundId);
      if (!refund) throw new Error(`refund ${entry.refundId} of order ${order.number} is no longer in the order`);
      // Credited as it was sold: under the order's OSS country, if any.
      const treatment = vatZoneFor(order, ctx.profile).treatment;
      const oss = treatment.kind === 'oss' ? treatment.country : undefined;
      const { lines } = creditLines(order, refund, { profile: ctx.profile, knownProducts: ctx.reference.productNumbers, zone: dayZoneOf(order, ctx.profile), oss: oss ?? null });
      parts.push({ kind: 'refund', number: entry.number, gross: entry.gross, lines, ...ossOf(oss) });
    }
  }
  return parts;
}

const ossOf = (country: string | undefined): Pick<DayPart, 'oss'> => (country ? { oss: country } : {});

/** The parts of a journal-mode day (dayBooking "journal"), each with the payment method its money came or went back through. */
export function paidPartsOf(ctx: Pick<EngineContext, 'ledger' | 'profile' | 'reference'>, entries: DayEntry[]): PaidDayPart[] {
  return partsOf(ctx, entries).map((part, i) => ({ ...part, ...paymentMethodOf(ctx.ledger.orders.get(entries[i].orderId)!.order as Order, ctx.profile) }));
}

/** The orders a day waits for: entered into it, but not ready (held, failed, waiting for a mapping). */
export function holdingEntries(ctx: Pick<EngineContext, 'ledger'>, entries: DayEntry[]): DayEntry[] {
  return entries.filter((e) => e.kind === 'order' && ctx.ledger.orders.facts(e.orderId)?.state !== 'in-day');
}

/** What the owner is told a day waits for (LB-7020): the day, its currency and the orders that hold it. */
export function waitParams(day: { date: string; currency: string }, holding: DayEntry[]): { date: string; currency: string; count: number; orders: string } {
  return { date: day.date, currency: day.currency, count: holding.length, orders: holding.map((e) => e.number).join(', ') };
}
