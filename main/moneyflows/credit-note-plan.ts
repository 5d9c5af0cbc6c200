import { dec, money, round2, sum, type Dec } from '../../shared/domain/money';
import type { Order, Refund } from '../../shared/domain/order';
import type { Profile } from '../../shared/profile/schema';
import { vatFor } from '../engine/plan/net-price';
import { LIMITS, planInvoice } from '../engine/plan/plan-invoice';
import { refundReference } from '../engine/plan/references';
import { creditLines, type CreditNoteBasis } from '../engine/plan/refund-lines';
import { cleanText, danishDate } from '../engine/plan/text';
import type { PlannedInvoice, PlannedLine } from '../engine/plan/types';
import { decideRules, type RuleDecision } from '../engine/rules';
import { DOCUMENT_TEXTS } from '../../shared/i18n/document-texts';

export { cancellationRefund, CANCELLATION_REFUND_ID, CreditNotePlanError, type CreditNoteBasis } from '../engine/plan/refund-lines';

export interface CreditNoteContext {
  profile: Profile;
  /** See EngineContext.referenceQualifier. */
  referenceQualifier?: string | null;
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

export interface CreditNotePlan extends PlannedInvoice {
  kind: 'credit-note';
  refundId: string;
  creditsInvoiceNumber: number;
  basis: CreditNoteBasis;
}

/** A credit note's date: the Danish date the refund was made (a refund belongs to the day it happens), which decides its accounting year. */
export function creditNoteDateOf(order: Pick<Order, 'dates'>, refund: Pick<Refund, 'createdAt'>): string {
  return danishDate(refund.createdAt || order.dates.modified);
}

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
  const texts = DOCUMENT_TEXTS[profile.language];
  const decision = { ...(ctx.decision ?? decideRules(order, profile.rules)), customerNumber: ctx.customerNumber };
  // The invoice's own header (recipient, zone, layout, terms), planned without its lines.
  const header = planInvoice({ ...order, lines: [], shippingLines: [], feeLines: [], giftCards: [] }, { profile, decision, knownProducts: ctx.knownProducts, buyerCustomerNumber: ctx.customerNumber });
  const zone = header.vatZone;
  const oss = ctx.invoiceOssCountry !== undefined ? ctx.invoiceOssCountry : (header.oss?.country ?? null);
  const target = dec(refund.amount).neg();
  const { lines, basis } = creditLines(order, refund, { profile, knownProducts: ctx.knownProducts, zone, oss });

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
    date: creditNoteDateOf(order, refund),
    customer: { mode: 'fixed', customerNumber: ctx.customerNumber },
    referenceOther: refundReference(order.platform, order.id, refund.id, ctx.referenceQualifier ?? null),
    notes: {
      heading: cleanText(texts.creditNoteHeading(ctx.bookedInvoiceNumber, order.number), LIMITS.notesHeading),
      ...(refund.reason ? { textLine1: cleanText(texts.reason(refund.reason), LIMITS.notesText) } : {}),
    },
    lines,
    productsToCreate: [],
    shopTotal: money(target),
    predicted: { net: money(net), vat: money(vat), gross: money(net.plus(vat)), rounding: money(rounding) },
  };
}

function lineNet(line: PlannedLine): Dec {
  return round2(dec(line.quantity).times(line.unitNetPrice));
}
