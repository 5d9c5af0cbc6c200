import { dec, money, round2, sum, type Dec } from '../../../shared/domain/money';
import type { Order, OrderLine, Refund, RefundLine } from '../../../shared/domain/order';
import type { Profile } from '../../../shared/profile/schema';
import { netForGross, splitUnitPrice, vatFor } from './net-price';
import { LIMITS, ossProductNumber, productNumberForSku, roundingLine } from './plan-invoice';
import { cleanText } from './text';
import type { PlannedLine } from './types';
import type { VatZoneKind } from './vat-zone';
import { DOCUMENT_TEXTS } from '../../../shared/i18n/document-texts';
import type { Lang } from '../../../shared/i18n/lang';

/**
 * The lines that credit one shop refund, whose gross is exactly minus the money refunded:
 * what a credit note books for an order with its own invoice, and what a daily summary books
 * for a refund of an order in a day.
 */

/**
 * How the credit note's lines were chosen: `lines` credits what the shop itemised;
 * `amount` credits the refunded money as one price reduction, because the refund named no
 * items or its items do not add up to the money refunded.
 */
export type CreditNoteBasis = 'lines' | 'amount';

export class CreditNotePlanError extends Error {
  constructor(
    readonly code: 'missing-sku' | 'no-refund-product',
    message: string,
  ) {
    super(message);
    this.name = 'CreditNotePlanError';
  }
}

/** The id of the refund synthesised for an order cancelled after its invoice was booked. */
export const CANCELLATION_REFUND_ID = 'cancellation';

/** The refunds an order's credit notes must cover: the shop's refunds, plus the rest when it was cancelled after booking. */
export function refundsToCredit(order: Order, language: Lang): Refund[] {
  const refunds = [...order.refunds];
  if (order.stage.cancelled) {
    const rest = cancellationRefund(order, language);
    if (rest) refunds.push(rest);
  }
  return refunds;
}

/**
 * The refunded items, shipping and fees at the shop's amounts when they add up to the money
 * within the rounding tolerance (a rounding line settles the rest), else the money as one
 * price reduction naming the items. Pure.
 */
export function creditLines(order: Order, refund: Refund, ctx: { profile: Profile; knownProducts: ReadonlySet<string>; zone: VatZoneKind; oss?: Oss }): { lines: PlannedLine[]; basis: CreditNoteBasis } {
  const { profile, zone } = ctx;
  const target = dec(refund.amount).neg();
  const tolerance = dec(profile.roundingTolerance);
  let basis: CreditNoteBasis = 'lines';
  let lines = refund.amountOnly ? [] : itemisedLines(order, refund, zone, profile, ctx.knownProducts, ctx.oss ?? null);
  let difference = lines.length > 0 ? target.minus(predictedGross(lines)) : null;
  if (difference === null || difference.abs().gt(tolerance)) {
    basis = 'amount';
    lines = [amountLine(order, refund, zone, profile, ctx.oss ?? null)];
    difference = target.minus(predictedGross(lines));
  }
  if (!difference.isZero()) lines.push(roundingLine(profile, difference, profile.language));
  return { lines, basis };
}

/** A full credit of what is left on a booked order that was cancelled: everything not yet refunded. */
export function cancellationRefund(order: Order, language: Lang): Refund | null {
  const refunded = sum(order.refunds.map((r) => dec(r.amount)));
  const amount = dec(order.totals.total).minus(refunded);
  if (amount.lte(0)) return null;
  const lines: RefundLine[] = [];
  for (const line of [...order.lines, ...order.feeLines]) {
    const earlier = order.refunds.flatMap((r) => r.lines).filter((l) => l.lineId === line.id);
    const quantity = dec(line.quantity).minus(sum(earlier.map((l) => dec(l.quantity))));
    const total = dec(line.total).minus(sum(earlier.map((l) => dec(l.total))));
    const tax = dec(line.tax).minus(sum(earlier.map((l) => dec(l.tax))));
    if (total.lte(0) && quantity.lte(0)) continue;
    lines.push({ lineId: line.id, sku: line.sku, name: line.name, quantity: quantity.toFixed(), total: money(total), tax: money(tax), taxRate: line.taxRate });
  }
  const shipping = sum(order.shippingLines.map((l) => dec(l.total))).minus(sum(order.refunds.map((r) => dec(r.shipping))));
  const shippingTax = sum(order.shippingLines.map((l) => dec(l.tax))).minus(sum(order.refunds.map((r) => dec(r.shippingTax))));
  const positive = (d: Dec) => (d.gt(0) ? d : dec(0));
  return {
    id: CANCELLATION_REFUND_ID,
    createdAt: order.dates.modified,
    reason: DOCUMENT_TEXTS[language].orderCancelled,
    amount: money(amount),
    lines,
    shipping: money(positive(shipping)),
    shippingTax: money(positive(shippingTax)),
    amountOnly: lines.length === 0 && shipping.lte(0),
  };
}

function lineNet(line: PlannedLine): Dec {
  return round2(dec(line.quantity).times(line.unitNetPrice));
}

function predictedGross(lines: PlannedLine[]): Dec {
  return sum(lines.map((l) => lineNet(l).plus(vatFor(lineNet(l), dec(l.expectedVatRate)))));
}

function rateIn(zone: VatZoneKind, rate: string | null | undefined): Dec {
  return zone === 'domestic' && rate ? dec(rate) : dec(0);
}

/** The net to credit for a shop net + tax pair, aiming at the gross when prices include tax. */
function creditedNet(total: Dec, tax: Dec, rate: Dec, pricesIncludeTax: boolean): Dec {
  if (!pricesIncludeTax || rate.isZero()) return total;
  return netForGross(total.plus(tax), rate) ?? total;
}

function negated(source: PlannedLine['source'], productNumber: string, description: string, net: Dec, quantity: Dec, rate: Dec, lineId?: string): PlannedLine[] {
  return splitUnitPrice(net, quantity).map((split) => ({
    source,
    ...(lineId ? { lineId } : {}),
    productNumber,
    description,
    quantity: dec(split.quantity).neg().toFixed(),
    unitNetPrice: split.unitNetPrice,
    expectedVatRate: rate.toFixed(),
  }));
}

/** The product the invoice booked an order line on (the same choice as plan-invoice makes). */
function productFor(line: RefundLine, original: OrderLine | undefined, profile: Profile, known: ReadonlySet<string>, isFee: boolean, oss: Oss, rate: Dec): string {
  if (oss) return ossProductNumber(oss, rate.toFixed());
  if (isFee) return profile.products.fee;
  const rawSku = line.sku || original?.sku || null;
  const sku = rawSku ? productNumberForSku(rawSku) : '';
  if (sku && (known.has(sku) || profile.createMissingProducts)) return sku;
  if (profile.products.fallback) return profile.products.fallback;
  throw new CreditNotePlanError('missing-sku', `refunded line "${line.name}" has no SKU and the profile has no fallback product`);
}

/** The OSS country the credit note is booked under (its invoice's), or null. */
type Oss = string | null;

function itemisedLines(order: Order, refund: Refund, zone: VatZoneKind, profile: Profile, known: ReadonlySet<string>, oss: Oss): PlannedLine[] {
  const lines: PlannedLine[] = [];
  for (const line of refund.lines) {
    const original = order.lines.find((l) => l.id === line.lineId);
    const fee = !original && order.feeLines.some((l) => l.id === line.lineId);
    const rate = rateIn(zone, line.taxRate ?? original?.taxRate ?? null);
    const net = creditedNet(dec(line.total), dec(line.tax), rate, order.pricesIncludeTax);
    const productNumber = productFor(line, original, profile, known, fee, oss, rate);
    const description = cleanText(line.name, LIMITS.lineDescription) || productNumber;
    lines.push(...negated('refund', productNumber, description, net, dec(line.quantity), rate, line.lineId));
  }
  const shipping = dec(refund.shipping);
  if (!shipping.isZero() || !dec(refund.shippingTax).isZero()) {
    const original = order.shippingLines[0];
    const rate = rateIn(zone, original?.taxRate ?? null);
    const net = creditedNet(shipping, dec(refund.shippingTax), rate, order.pricesIncludeTax);
    const description = cleanText(original?.name, LIMITS.lineDescription) || DOCUMENT_TEXTS[profile.language].shipping;
    lines.push(...negated('refund-shipping', oss ? ossProductNumber(oss, rate.toFixed()) : profile.products.shipping, description, net, dec(1), rate));
  }
  return lines;
}

/** The VAT rate carrying most of the order's net product value: what a price reduction reduces. */
function mainRate(order: Order, zone: VatZoneKind): Dec {
  const byRate = new Map<string, Dec>();
  for (const line of order.lines) {
    const rate = rateIn(zone, line.taxRate).toFixed();
    byRate.set(rate, (byRate.get(rate) ?? dec(0)).plus(dec(line.total)));
  }
  let best: [string, Dec] | null = null;
  for (const entry of byRate) if (!best || entry[1].gt(best[1])) best = entry;
  return dec(best?.[0] ?? 0);
}

function amountLine(order: Order, refund: Refund, zone: VatZoneKind, profile: Profile, oss: Oss): PlannedLine {
  const rate = mainRate(order, zone);
  // An OSS price reduction reduces the country's VAT at that rate, so it goes on its OSS product.
  const productNumber = oss ? ossProductNumber(oss, rate.toFixed()) : (profile.products.discount ?? profile.products.fallback);
  if (!productNumber) throw new CreditNotePlanError('no-refund-product', 'an amount refund needs a discount or fallback product in the profile');
  const gross = dec(refund.amount);
  const net = rate.isZero() ? gross : (netForGross(gross, rate) ?? round2(gross.div(rate.div(100).plus(1))));
  const items = refund.lines.map((l) => l.name).filter(Boolean);
  const what = DOCUMENT_TEXTS[profile.language].refundedAmount(items, refund.reason);
  return { source: 'refund-amount', productNumber, description: cleanText(what, LIMITS.lineDescription), quantity: '-1', unitNetPrice: money(net), expectedVatRate: rate.toFixed() };
}
