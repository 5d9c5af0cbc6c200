import { dec, money, round2, sum, type Dec } from '../../shared/domain/money';
import type { Order, OrderLine, Refund, RefundLine } from '../../shared/domain/order';
import type { Profile } from '../../shared/profile/schema';
import { netForGross, splitUnitPrice, vatFor } from '../engine/plan/net-price';
import { LIMITS, ossProductNumber, planInvoice, productNumberForSku, roundingLine } from '../engine/plan/plan-invoice';
import { refundReference } from '../engine/plan/references';
import { cleanText, danishDate } from '../engine/plan/text';
import type { PlannedInvoice, PlannedLine } from '../engine/plan/types';
import type { VatZoneKind } from '../engine/plan/vat-zone';
import { decideRules, type RuleDecision } from '../engine/rules';

export interface CreditNoteContext {
  profile: Profile;
  /** Product numbers that exist in e-conomic. */
  knownProducts: ReadonlySet<string>;
  /** The booked invoice this credit note credits. */
  bookedInvoiceNumber: number;
  /** The customer of that booked invoice (a credit note goes to the same customer). */
  customerNumber: number;
  /** The order's rule decision (layout, payment terms); decided from the profile when left out. */
  decision?: RuleDecision;
  /**
   * The OSS country of the invoice being credited (`ossCountryOf` its lines), null when it was
   * not an OSS sale; a credit note follows its invoice even if the profile's `oss` changed since.
   * Decided from the order and profile when left out.
   */
  invoiceOssCountry?: string | null;
}

/** The OSS country a booked invoice was sold under, read from its lines' OSS products; null when none. */
export function ossCountryOf(invoice: { lines?: Array<{ product?: { productNumber?: string } }> }): string | null {
  for (const line of invoice.lines ?? []) {
    const m = /^OSS-([A-Z]{2})-/.exec(line.product?.productNumber ?? '');
    if (m) return m[1];
  }
  return null;
}

/**
 * How the credit note's lines were chosen: `lines` credits what the shop itemised;
 * `amount` credits the refunded money as one price reduction, because the refund named no
 * items or its items do not add up to the money refunded.
 */
export type CreditNoteBasis = 'lines' | 'amount';

export interface CreditNotePlan extends PlannedInvoice {
  kind: 'credit-note';
  refundId: string;
  creditsInvoiceNumber: number;
  basis: CreditNoteBasis;
}

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

/**
 * The exact e-conomic credit note one shop refund becomes. Pure.
 *
 * A credit note is an invoice with negative quantities (research: economic-api.md §3) on
 * the same customer, VAT zone, layout and payment terms as the invoice it credits, and its
 * gross must be exactly minus the money refunded:
 * - refunded product and fee lines are credited on their products, refunded shipping on
 *   the shipping product, at the shop's net amounts (prices incl. VAT aim at the gross with
 *   the same `netForGross` as invoices);
 * - a refund of only an amount is a price reduction: one line on the discount product
 *   (else the fallback product) at the order's main VAT rate, net = amount / (1 + rate);
 * - when the itemised lines differ from the money refunded by at most the rounding
 *   tolerance, a rounding line settles it; when they differ by more (shops let the owner
 *   type another amount than the items add up to), the money decides and the note is
 *   planned as an amount refund naming the items, so invoice − credit notes always equals
 *   what the customer kept.
 */
export function planCreditNote(order: Order, refund: Refund, ctx: CreditNoteContext): CreditNotePlan {
  const { profile } = ctx;
  const da = profile.language === 'da';
  const decision = { ...(ctx.decision ?? decideRules(order, profile.rules)), customerNumber: ctx.customerNumber };
  // The invoice's own header (recipient, zone, layout, terms), planned without its lines.
  const header = planInvoice({ ...order, lines: [], shippingLines: [], feeLines: [], giftCards: [] }, { profile, decision, knownProducts: ctx.knownProducts, buyerCustomerNumber: ctx.customerNumber });
  const zone = header.vatZone;
  const oss = ctx.invoiceOssCountry !== undefined ? ctx.invoiceOssCountry : (header.oss?.country ?? null);
  const target = dec(refund.amount).neg();
  const tolerance = dec(profile.roundingTolerance);

  let basis: CreditNoteBasis = 'lines';
  let lines = refund.amountOnly ? [] : itemisedLines(order, refund, zone, profile, ctx.knownProducts, oss);
  let difference = lines.length > 0 ? target.minus(predictedGross(lines)) : null;
  if (difference === null || difference.abs().gt(tolerance)) {
    basis = 'amount';
    lines = [amountLine(order, refund, zone, profile, oss)];
    difference = target.minus(predictedGross(lines));
  }
  if (!difference.isZero()) lines.push(roundingLine(profile, difference, profile.language));

  const net = sum(lines.map(lineNet));
  const vat = sum(lines.map((l) => vatFor(lineNet(l), dec(l.expectedVatRate))));
  const rounding = lines.filter((l) => l.source === 'rounding').reduce((acc, l) => acc.plus(lineNet(l)), dec(0));
  const { oss: _headerOss, ...rest } = header;
  return {
    ...rest,
    ...(oss ? { oss: { country: oss } } : {}),
    kind: 'credit-note',
    refundId: refund.id,
    creditsInvoiceNumber: ctx.bookedInvoiceNumber,
    basis,
    date: danishDate(refund.createdAt || order.dates.modified),
    customer: { mode: 'fixed', customerNumber: ctx.customerNumber },
    referenceOther: refundReference(order.platform, order.id, refund.id),
    notes: {
      heading: cleanText(
        da ? `Kreditnota for faktura ${ctx.bookedInvoiceNumber} / ordre ${order.number}` : `Credit note for invoice ${ctx.bookedInvoiceNumber} / order ${order.number}`,
        LIMITS.notesHeading,
      ),
      ...(refund.reason ? { textLine1: cleanText(`${da ? 'Årsag' : 'Reason'}: ${refund.reason}`, LIMITS.notesText) } : {}),
    },
    lines,
    productsToCreate: [],
    shopTotal: money(target),
    predicted: { net: money(net), vat: money(vat), gross: money(net.plus(vat)), rounding: money(rounding) },
  };
}

/** A full credit of what is left on a booked order that was cancelled: everything not yet refunded. */
export function cancellationRefund(order: Order, language: 'da' | 'en'): Refund | null {
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
    reason: language === 'da' ? 'Ordren er annulleret' : 'The order was cancelled',
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
    const description = cleanText(original?.name, LIMITS.lineDescription) || (profile.language === 'da' ? 'Fragt' : 'Shipping');
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
  const da = profile.language === 'da';
  const gross = dec(refund.amount);
  const net = rate.isZero() ? gross : (netForGross(gross, rate) ?? round2(gross.div(rate.div(100).plus(1))));
  const items = refund.lines.map((l) => l.name).filter(Boolean);
  const what = items.length > 0 ? `${da ? 'Refunderet beløb for' : 'Refunded amount for'}: ${items.join(', ')}` : refund.reason ? `${da ? 'Refundering' : 'Refund'}: ${refund.reason}` : da ? 'Refunderet beløb' : 'Refunded amount';
  return { source: 'refund-amount', productNumber, description: cleanText(what, LIMITS.lineDescription), quantity: '-1', unitNetPrice: money(net), expectedVatRate: rate.toFixed() };
}
