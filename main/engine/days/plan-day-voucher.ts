import { dec, money, round2, sum, type Dec } from '../../../shared/domain/money';
import type { Order } from '../../../shared/domain/order';
import { highestHomeRateGroup } from '../../../shared/domain/vat-rate';
import type { Profile } from '../../../shared/profile/schema';
import { vatFor } from '../plan/net-price';
import { ossProductGroup, ossProductNumber, PlanError } from '../plan/plan-invoice';
import type { PlannedLine } from '../plan/types';
import { dayReference, dayRoundingBound, dayRoundingTooLarge, numberRange, type DayPart, type DayToPlan } from './plan-day';

/** A part of the day with the payment method its money came (or went back) through. */
export interface PaidDayPart extends DayPart {
  /** The shop's payment method id. */
  method: string;
  /** The method as the book-keeper knows it (the profile's title, else the shop's). */
  methodTitle: string;
}

/** The payment method an order's money came through, named as the book-keeper knows it. */
export function paymentMethodOf(order: Pick<Order, 'payment'>, profile: Pick<Profile, 'paymentMethods'>): Pick<PaidDayPart, 'method' | 'methodTitle'> {
  return { method: order.payment.id, methodTitle: profile.paymentMethods[order.payment.id]?.title || order.payment.title || order.payment.id };
}

/** Where a line's revenue is booked: the sales account of a product group in the day's VAT zone. */
export type RevenueSource = { productGroupNumber: number } | { productNumber: string };

/** The money of one payment method at one VAT rate on one kind of revenue. */
export interface DayVoucherLine {
  method: string;
  methodTitle: string;
  revenue: RevenueSource;
  /** VAT rate in percent. */
  rate: string;
  /** Signed, VAT included: what the method took in (−: paid back). */
  amount: string;
  /** The VAT in `amount`, same sign. */
  vat: string;
}

/** A day as one finance voucher (dayBooking "journal"), fixed when the day is frozen. */
export interface PlannedDayVoucher {
  kind: 'day-voucher';
  date: string;
  currency: string;
  zone: DayToPlan['zone'];
  /** The day's order number range, for the entries' texts. */
  range: string;
  reference: string;
  lines: DayVoucherLine[];
  /** Σ amount: the day's orders minus its refunds. */
  gross: string;
  /** Σ VAT: the VAT of every order's (and refund's) own document, line by line. */
  vat: string;
}

/** Whether a frozen day's plan is a journal voucher (else the day's invoice). */
export function isDayVoucher(plan: unknown): plan is PlannedDayVoucher {
  return typeof plan === 'object' && plan !== null && (plan as { kind?: unknown }).kind === 'day-voucher';
}

const lineNet = (line: PlannedLine): Dec => round2(dec(line.quantity).times(line.unitNetPrice));

/**
 * Sales and refunds of products go on the product group of their VAT rate (as the day invoice's
 * day products do); shipping, fees and gift cards on the products the profile names for them.
 */
function revenueOf(line: PlannedLine, day: Pick<DayToPlan, 'zone'>, profile: Profile, oss: string | undefined): RevenueSource {
  // A One-Stop-Shop sale (its items, shipping and fees alike) goes on its country's OSS group.
  const ossGroup = oss && line.productNumber === ossProductNumber(oss, line.expectedVatRate) ? ossProductGroup(profile, undefined, oss, line.expectedVatRate) : undefined;
  if (ossGroup !== undefined) return { productGroupNumber: ossGroup };
  if (line.source !== 'product' && line.source !== 'refund' && line.source !== 'refund-amount') return { productNumber: line.productNumber };
  const rate = dec(line.expectedVatRate).toFixed();
  let group: number | undefined = profile.productGroups[rate];
  if (group === undefined && day.zone === 'abroad') group = highestHomeRateGroup(profile.productGroups)?.group;
  if (group === undefined) throw new PlanError('no-product-group', `no product group for VAT ${rate} %`, { vatRate: rate });
  return { productGroupNumber: group };
}

const revenueKey = (r: RevenueSource) => ('productGroupNumber' in r ? `g${r.productGroupNumber}` : `p${r.productNumber}`);

/**
 * The finance voucher a day becomes (dayBooking "journal"). Pure.
 *
 * Every order and refund brings the lines of its own invoice or credit note (see partsOf), and
 * the VAT each of those documents would carry, line by line — the VAT the shop charged. They
 * are summed per payment method, revenue and VAT rate, VAT included: in the e-conomic journal
 * an amount on an account with a VAT code includes its VAT, and the voucher names the VAT
 * exactly (contraVatAmount), so the voucher's VAT is the sum of the orders' VAT to the øre
 * instead of VAT worked out again from summed amounts. What one method's documents leave
 * between their lines and their totals (the shops' own rounding) goes on the rounding
 * product without VAT, so each method's lines add up to exactly what was paid with it. That
 * rounding has the day invoice's bound (ADR 0003): when the methods' roundings together are
 * beyond it, the orders' lines no longer add up to their totals and the plan throws (LB-3022)
 * instead of booking the difference.
 */
export function planDayVoucher(day: Pick<DayToPlan, 'profileName' | 'date' | 'currency' | 'zone'>, parts: PaidDayPart[], profile: Profile): PlannedDayVoucher {
  const lines = new Map<string, DayVoucherLine & { net: Dec; vatDec: Dec }>();
  const paid = new Map<string, { title: string; gross: Dec }>();
  for (const part of parts) {
    const method = paid.get(part.method) ?? { title: part.methodTitle, gross: dec(0) };
    method.gross = method.gross.plus(dec(part.gross));
    paid.set(part.method, method);
    for (const line of part.lines) {
      if (line.source === 'rounding') continue;
      const revenue = revenueOf(line, day, profile, part.oss);
      const rate = dec(line.expectedVatRate).toFixed();
      const key = `${part.method}|${revenueKey(revenue)}|${rate}`;
      const entry = lines.get(key) ?? { method: part.method, methodTitle: part.methodTitle, revenue, rate, amount: '0', vat: '0', net: dec(0), vatDec: dec(0) };
      const net = lineNet(line);
      entry.net = entry.net.plus(net);
      entry.vatDec = entry.vatDec.plus(vatFor(net, dec(rate)));
      lines.set(key, entry);
    }
  }
  const roundings = [...paid].map(([method, { title, gross }]) => ({ method, title, rounding: gross.minus(sum([...lines.values()].filter((l) => l.method === method).map((l) => l.net.plus(l.vatDec)))) }));
  // The voucher names its VAT (the parts' own, line by line), so e-conomic rounds none of the
  // day's: its bound is the parts' share of dayRoundingBound, with no taxed day lines.
  const rounded = sum(roundings.map((r) => r.rounding.abs()));
  const bound = dayRoundingBound(parts, [], dec(profile.roundingTolerance));
  if (rounded.gt(bound)) throw dayRoundingTooLarge(day, parts, rounded, bound, profile.roundingTolerance);
  for (const { method, title, rounding } of roundings) {
    if (rounding.isZero()) continue;
    const key = `${method}|p${profile.products.rounding}|0`;
    const entry = lines.get(key) ?? { method, methodTitle: title, revenue: { productNumber: profile.products.rounding }, rate: '0', amount: '0', vat: '0', net: dec(0), vatDec: dec(0) };
    entry.net = entry.net.plus(rounding);
    lines.set(key, entry);
  }
  const planned = [...lines.values()]
    .filter((l) => !l.net.isZero() || !l.vatDec.isZero())
    .sort((a, b) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0) || dec(b.rate).cmp(dec(a.rate)) || revenueKey(a.revenue).localeCompare(revenueKey(b.revenue)))
    .map(({ net, vatDec, ...l }): DayVoucherLine => ({ ...l, amount: money(net.plus(vatDec)), vat: money(vatDec) }));
  const orders = parts.filter((p) => p.kind === 'order');
  return {
    kind: 'day-voucher',
    date: day.date,
    currency: day.currency,
    zone: day.zone,
    range: numberRange(orders.length > 0 ? orders : parts),
    reference: dayReference(day),
    lines: planned,
    gross: money(sum(planned.map((l) => dec(l.amount)))),
    vat: money(sum(planned.map((l) => dec(l.vat)))),
  };
}
