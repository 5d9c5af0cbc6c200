import { dayClosesAt, localDate, nextDate } from '../../../shared/domain/local-day';
import { dec, money, sum } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import type { DayEntry, DayZone } from '../../ledger';
import type { EngineContext } from '../context';
import { failureFor } from '../failures';
import { PlanError } from '../plan/plan-invoice';
import type { PlannedInvoice, PlannedLine } from '../plan/types';
import { REASON } from '../reasons';
import type { ResolvedVoucherEntry } from './day-voucher-accounts';
import { holdingEntries, paidPartsOf, partsOf, waitParams } from './parts';
import { dayZoneOf, saleDay } from './placement';
import { planDay } from './plan-day';
import { paymentMethodOf, planDayVoucher, type PaidDayPart, type PlannedDayVoucher } from './plan-day-voucher';

/** A day summary as the dry run shows it: the invoice it would be if it closed with what is known now. */
export interface DayPreview {
  date: string;
  currency: string;
  zone: DayZone;
  /** Orders and refunds in it: those already collected in the ledger and the previewed ones. */
  orders: number;
  refunds: number;
  /** Σ of its orders' totals minus its refunds: what the invoice's gross is. */
  gross: string;
  /** When it closes (local midnight after the day plus the grace period). */
  closesAt: string;
  /** True when it has closed: the next sync books it (unless one of its orders is held). */
  closed: boolean;
  /**
   * The invoice, or null with the problem that stops it: the orders it waits for (LB-7020, as
   * the sync would say), or what its invoice cannot be made without (e.g. a collective customer).
   */
  invoice: PlannedInvoice | null;
  /** Journal mode (dayBooking "journal"): the finance voucher written instead of an invoice (see preview-day-voucher.ts). */
  voucher: DayVoucherPreview | null;
  problem: { code: string; params: Record<string, unknown> } | null;
}

/** A journal-mode day's voucher as the dry run shows it: its plan, and its entries on the agreement's accounts. */
export interface DayVoucherPreview {
  plan: PlannedDayVoucher;
  journalNumber: number | null;
  /** Empty until resolved against e-conomic's accounts, or when an account stops it (the day's problem says which). */
  entries: VoucherEntryPreview[];
}

/** One entry of the voucher, with the names of its two accounts as e-conomic's chart of accounts has them. */
export interface VoucherEntryPreview extends ResolvedVoucherEntry {
  clearingAccountName: string;
  salesAccountName: string;
}

/** An order the dry run would put into a day: its own planned invoice lines go into the day's. */
export interface OrderForDay {
  order: Order;
  lines: PlannedLine[];
}

/**
 * The day an order would go into, as placement.ts would put it: its sale day, or — when that
 * day is frozen already — the first open day from today on. Reads the ledger, writes nothing.
 */
export function previewDayOf(ctx: Pick<EngineContext, 'ledger' | 'profile'>, order: Order, now: Date): string {
  const { ledger, profile } = ctx;
  const found = ledger.days.entryOf(profile.name, 'order', order.id);
  if (found) return found.day.day;
  const today = localDate(now, profile.daySummary.timeZone);
  let date = saleDay(order, profile);
  for (;;) {
    const day = ledger.days.find(profile.name, date, order.currency, dayZoneOf(order, profile));
    if (!day || day.state === 'open') return date;
    date = date < today ? today : nextDate(date);
  }
}

/**
 * The day summaries the dry run shows (postingUnit "day"): every day still open in the ledger
 * with what it has collected, plus the previewed orders in the days they would go into, each
 * planned exactly as the day's invoice would be (lines per VAT rate, shipping, fees, rounding;
 * gross = the sum of its orders), or in journal mode as the voucher's plan (its entries' accounts
 * are read by previewDayVouchers). A day that cannot be planned (an order it waits for, a line
 * without SKU) shows why instead of an invoice, and the other days are shown all the same.
 * Writes nothing anywhere.
 */
export function previewDays(ctx: Pick<EngineContext, 'ledger' | 'profile' | 'reference'>, orders: OrderForDay[], now: Date): DayPreview[] {
  const { ledger, profile } = ctx;
  // What the ledger has collected (planned with the day, as booking does) and the previewed orders' parts.
  const days = new Map<string, { date: string; currency: string; zone: DayZone; entries: DayEntry[]; parts: PaidDayPart[] }>();
  const dayFor = (date: string, currency: string, zone: DayZone) => {
    const key = `${date}|${currency}|${zone}`;
    const day = days.get(key) ?? { date, currency, zone, entries: [], parts: [] };
    days.set(key, day);
    return day;
  };
  const previewed = new Set(orders.map((o) => o.order.id));
  for (const open of ledger.days.inState(profile.name, 'open')) {
    const entries = ledger.days.entries(open.id).filter((e) => !(e.kind === 'order' && previewed.has(e.orderId)));
    dayFor(open.day, open.currency, open.zone).entries.push(...entries);
  }
  for (const { order, lines } of orders) {
    dayFor(previewDayOf(ctx, order, now), order.currency, dayZoneOf(order, profile)).parts.push({ kind: 'order', number: order.number, gross: money(order.totals.total), lines, ...paymentMethodOf(order, profile) });
  }
  return [...days.values()]
    .filter((d) => d.entries.length + d.parts.length > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : a.zone < b.zone ? -1 : 1))
    .map((d) => {
      const closesAt = dayClosesAt(d.date, profile.daySummary.timeZone, profile.dayClosesAfterMinutes);
      const customerNumber = profile.customers.collective[d.currency] ?? profile.customers.collective['*'];
      let invoice: PlannedInvoice | null = null;
      let voucher: DayVoucherPreview | null = null;
      let problem: DayPreview['problem'] = null;
      const holding = holdingEntries(ctx, d.entries);
      try {
        if (holding.length > 0) problem = { code: REASON.dayWaitsForOrders, params: waitParams(d, holding) };
        else if (profile.dayBooking === 'journal') {
          // The planner the booking freezes the day with; the entries' accounts are read from e-conomic afterwards.
          const plan = planDayVoucher({ profileName: profile.name, date: d.date, currency: d.currency, zone: d.zone }, [...paidPartsOf(ctx, d.entries), ...d.parts], profile);
          voucher = { plan, journalNumber: profile.dayJournalNumber ?? null, entries: [] };
        } else {
          if (customerNumber === undefined) throw new PlanError('no-collective-customer', `no collective customer for ${d.currency}`, { currency: d.currency });
          const parts = [...partsOf(ctx, d.entries), ...d.parts];
          invoice = planDay({ profileName: profile.name, date: d.date, currency: d.currency, zone: d.zone, customerNumber, vatZoneNumber: profile.vatZones[d.zone] }, parts, { profile, knownProducts: ctx.reference.productNumbers });
        }
      } catch (error) {
        if (!(error instanceof PlanError)) throw error;
        const { code, params } = failureFor(error, { number: `${d.date} ${d.currency}` }).problem;
        problem = { code, params: (params ?? {}) as Record<string, unknown> };
      }
      const all = [...d.entries, ...d.parts];
      const gross = money(sum(all.map((p) => dec(p.gross))));
      return { date: d.date, currency: d.currency, zone: d.zone, orders: all.filter((p) => p.kind === 'order').length, refunds: all.filter((p) => p.kind === 'refund').length, gross, closesAt: closesAt.toISOString(), closed: closesAt <= now, invoice, voucher, problem };
    });
}
