import { dec, money, round2, sum, type Dec } from '../../../shared/domain/money';
import { highestHomeRateGroup } from '../../../shared/domain/vat-rate';
import type { Profile } from '../../../shared/profile/schema';
import { DAY_INVOICE_TEXTS } from '../../../shared/i18n/day-invoice-texts';
import { DOCUMENT_TEXTS } from '../../../shared/i18n/document-texts';
import type { Lang } from '../../../shared/i18n/lang';
import { vatFor } from '../plan/net-price';
import { LIMITS, ossProductNumber, PlanError, roundingLine } from '../plan/plan-invoice';
import { cleanText } from '../plan/text';
import type { PlannedInvoice, PlannedLine, ProductToCreate } from '../plan/types';
import type { VatZoneKind } from '../plan/vat-zone';

/** What one order or refund brings into its day: its own planned lines, whose gross is exactly `gross`. */
export interface DayPart {
  kind: 'order' | 'refund';
  /** The order's display number. */
  number: string;
  /** Signed: the order's total, or minus the money refunded. */
  gross: string;
  /** The lines its own invoice (or credit note) would have, with their rounding line. */
  lines: PlannedLine[];
  /**
   * The One-Stop-Shop country its lines are booked under (profile `oss`): its sales stay on the
   * country's OSS product (in that country's product group, so with its VAT code) instead of
   * the Danish day product of the rate.
   */
  oss?: string;
  /** Products its own invoice would create (an OSS product the agreement lacks), for the day to create. */
  productsToCreate?: ProductToCreate[];
}

export interface DayToPlan {
  profileName: string;
  /** The shop-local date, YYYY-MM-DD. */
  date: string;
  currency: string;
  zone: Extract<VatZoneKind, 'domestic' | 'abroad'>;
  customerNumber: number;
  vatZoneNumber: number;
}

/** The product a day's sales at one VAT rate are booked on; one per rate, so one per product group. */
export function dayProductNumber(rate: string): string {
  return `DAGSSALG-${dec(rate).toFixed()}`;
}

/** The text in `references.other` that finds a day's invoice again after a crash: unique per profile, day, currency and zone. */
export function dayReference(day: Pick<DayToPlan, 'profileName' | 'date' | 'currency' | 'zone'>): string {
  return `${dayReferencePrefix(day.profileName)}${day.date}:${day.currency}:${day.zone}`;
}

/** What every day reference of a profile begins with (no other profile's: a name ends at the colon). */
export function dayReferencePrefix(profileName: string): string {
  return `lb-day:${profileName}:`;
}

function lineNet(line: PlannedLine): Dec {
  return round2(dec(line.quantity).times(line.unitNetPrice));
}

interface Bucket {
  kind: 'sale' | 'refund' | 'rounding';
  source: PlannedLine['source'];
  productNumber: string;
  rate: string;
  /** The OSS country of its sales, when they stay on that country's product. */
  oss?: string;
  net: Dec;
}

/**
 * Sales and refunds of products are booked per VAT rate on the day product of that rate, or
 * for a One-Stop-Shop sale per country on its OSS product; shipping, fees and gift cards stay
 * on the products they were planned on.
 */
function bucketOf(line: PlannedLine, oss: string | undefined): Omit<Bucket, 'net'> {
  const rate = dec(line.expectedVatRate).toFixed();
  // An OSS sale's items, shipping and fees are planned on the country's OSS product: they keep it.
  const onOss = oss !== undefined && line.productNumber === ossProductNumber(oss, rate) ? { oss } : {};
  const sales = 'oss' in onOss ? { productNumber: line.productNumber, ...onOss } : { productNumber: dayProductNumber(rate) };
  switch (line.source) {
    case 'rounding':
      return { kind: 'rounding', source: 'rounding', productNumber: line.productNumber, rate: '0' };
    case 'product':
      return { kind: 'sale', source: 'product', ...sales, rate };
    case 'refund':
    case 'refund-amount':
      return { kind: 'refund', source: 'refund', ...sales, rate };
    case 'refund-shipping':
      return { kind: 'refund', source: 'refund-shipping', productNumber: line.productNumber, rate, ...onOss };
    default:
      return { kind: 'sale', source: line.source, productNumber: line.productNumber, rate, ...onOss };
  }
}

function describe(bucket: Bucket, lang: Lang): string {
  const w = DAY_INVOICE_TEXTS[lang];
  const vat = bucket.oss ? w.ossVat(bucket.rate, bucket.oss) : w.vat(bucket.rate);
  switch (bucket.source) {
    case 'product':
      return w.sales(vat);
    case 'shipping':
      return w.shipping(vat);
    case 'fee':
      return w.fees(vat);
    case 'gift-card':
      return DOCUMENT_TEXTS[lang].giftCardPayment(null);
    case 'refund':
      return w.refundedSales(vat);
    case 'refund-shipping':
      return w.refundedShipping(vat);
    default:
      return DOCUMENT_TEXTS[lang].rounding;
  }
}

export function numberRange(parts: ReadonlyArray<Pick<DayPart, 'number'>>): string {
  const numbers = [...new Set(parts.map((p) => p.number))].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  if (numbers.length === 0) return '';
  return numbers.length === 1 ? numbers[0] : `${numbers[0]}–${numbers[numbers.length - 1]}`;
}

/** Half an øre: the most a VAT amount rounded to the øre is off from the exact one. */
const HALF_ORE = dec('0.005');
/** decimal.js's rounding mode "towards zero". */
const ROUND_DOWN = 1;

/**
 * The largest rounding line a day can honestly need (ADR 0003, "A day's rounding line"). Its
 * parts were each settled to their own total with a rounding line of at most the profile's
 * tolerance; the day drops those lines and carries them in its own, so up to tolerance × parts.
 * And e-conomic computes the day's VAT once per summed line instead of once per order line:
 * every taxed line of a part had its VAT rounded to the øre (at most half an øre off), and so
 * has every taxed line of the day, so up to half an øre per taxed line more. A larger rounding
 * means the parts' lines no longer add up to their totals: the day must not absorb it.
 */
export function dayRoundingBound(parts: DayPart[], dayLines: PlannedLine[], tolerance: Dec): Dec {
  const taxed = (l: PlannedLine) => l.source !== 'rounding' && !dec(l.expectedVatRate).isZero();
  const taxedLines = parts.reduce((n, p) => n + p.lines.filter(taxed).length, 0) + dayLines.filter(taxed).length;
  // A rounding line is whole øre, so the bound is too: down to the øre (0.115 allows 0.11).
  return tolerance.times(parts.length).plus(HALF_ORE.times(taxedLines)).toDecimalPlaces(2, ROUND_DOWN);
}

/** What a part's own lines, its rounding line left out, fall short of its total: gross − Σ (net + VAT per line). */
function offItsTotal(part: DayPart): Dec {
  const booked = sum(part.lines.filter((l) => l.source !== 'rounding').map((l) => lineNet(l).plus(vatFor(lineNet(l), dec(l.expectedVatRate)))));
  return dec(part.gross).minus(booked);
}

/**
 * The orders (and refunds) a day's too large rounding comes from: those whose lines fall short
 * of their totals by more than the tolerance their own rounding line may carry. A rounding
 * beyond dayRoundingBound always has one (the bound allows every part its tolerance); should
 * none stand out, every part is named, never none.
 */
export function partsOffTheirTotals(parts: DayPart[], tolerance: Dec): string {
  const off = parts.filter((p) => offItsTotal(p).abs().gt(tolerance));
  return [...new Set((off.length > 0 ? off : parts).map((p) => p.number))].join(', ');
}

/** The day is held (LB-3022): its rounding of `rounding` is beyond `bound`, naming the day and the orders it comes from. */
export function dayRoundingTooLarge(day: { date: string; currency: string }, parts: DayPart[], rounding: Dec, bound: Dec, tolerance: string): PlanError {
  return new PlanError('day-rounding-too-large', `the day's rounding of ${money(rounding)} exceeds its bound of ${money(bound)}`, {
    date: day.date,
    currency: day.currency,
    rounding: money(rounding.abs()),
    roundingBound: money(bound),
    count: String(parts.length),
    tolerance,
    orders: partsOffTheirTotals(parts, dec(tolerance)),
  });
}

/**
 * The one invoice a day becomes (postingUnit "day"), to the collective customer of its
 * currency. Pure.
 *
 * Every order and refund of the day brings the lines of its own invoice or credit note,
 * each already settled to its total to the øre. They are summed per VAT rate and kind: sales
 * of products on the day product of the rate (so one line per product group), shipping, fees
 * and gift cards on their own products, refunds as negative lines. e-conomic computes VAT on
 * the summed net instead of per order line, which can differ by a few øre from the VAT the
 * shop charged; that difference goes into the day's rounding line, so the day's gross is the
 * sum of its orders' totals minus its refunds exactly. A rounding beyond dayRoundingBound throws
 * (LB-3022): the day is held instead of booked.
 */
export function planDay(day: DayToPlan, parts: DayPart[], ctx: { profile: Profile; knownProducts: ReadonlySet<string> }): PlannedInvoice {
  const { profile } = ctx;
  const words = DAY_INVOICE_TEXTS[profile.language];
  const buckets = new Map<string, Bucket>();
  for (const { line, oss } of parts.flatMap((p) => p.lines.map((line) => ({ line, oss: p.oss })))) {
    const b = bucketOf(line, oss);
    const key = `${b.kind}|${b.source}|${b.productNumber}|${b.rate}`;
    const bucket = buckets.get(key) ?? { ...b, net: dec(0) };
    bucket.net = bucket.net.plus(lineNet(line));
    buckets.set(key, bucket);
  }

  const ordered = [...buckets.values()].filter((b) => b.kind !== 'rounding' && !b.net.isZero());
  const order = { sale: 0, refund: 1, rounding: 2 } as const;
  ordered.sort((a, b) => order[a.kind] - order[b.kind] || dec(b.rate).cmp(dec(a.rate)) || a.source.localeCompare(b.source));
  const lines: PlannedLine[] = ordered.map((b) => ({
    source: b.source,
    productNumber: b.productNumber,
    description: describe(b, profile.language),
    // A refund is a negative quantity, as on a credit note; a gift card a negative price.
    quantity: b.kind === 'refund' ? '-1' : '1',
    unitNetPrice: money(b.kind === 'refund' ? b.net.neg() : b.net),
    expectedVatRate: b.rate,
  }));

  const target = sum(parts.map((p) => dec(p.gross)));
  const net = sum(lines.map(lineNet));
  const vat = sum(lines.map((l) => vatFor(lineNet(l), dec(l.expectedVatRate))));
  const rounding = target.minus(net.plus(vat));
  const bound = dayRoundingBound(parts, lines, dec(profile.roundingTolerance));
  if (rounding.abs().gt(bound)) throw dayRoundingTooLarge(day, parts, rounding, bound, profile.roundingTolerance);
  if (!rounding.isZero()) lines.push(roundingLine(profile, rounding, profile.language));

  const productsToCreate: ProductToCreate[] = [];
  const partsCreate = parts.flatMap((p) => p.productsToCreate ?? []);
  for (const line of lines) {
    if (ctx.knownProducts.has(line.productNumber) || productsToCreate.some((p) => p.productNumber === line.productNumber)) continue;
    // A day product of a rate; else a product an order's own invoice would have created (its OSS product).
    if (line.productNumber === dayProductNumber(line.expectedVatRate)) productsToCreate.push(dayProduct(line.expectedVatRate, day.zone, profile));
    else {
      const own = partsCreate.find((p) => p.productNumber === line.productNumber);
      if (own) productsToCreate.push(own);
    }
  }

  const orders = parts.filter((p) => p.kind === 'order');
  const refunds = parts.filter((p) => p.kind === 'refund');
  const range = numberRange(orders.length > 0 ? orders : refunds);
  const heading = words.heading(day.date, range);
  const counts = words.counts(orders.length, refunds.length, day.currency);

  return {
    kind: 'invoice',
    orderId: `day:${day.date}:${day.currency}:${day.zone}`,
    orderNumber: range,
    date: day.date,
    currency: day.currency,
    customer: { mode: 'fixed', customerNumber: day.customerNumber },
    recipient: {
      name: cleanText(words.recipient(day.date), LIMITS.recipientName),
      address: '',
      zip: '',
      city: '',
      country: '',
      vatZoneNumber: day.vatZoneNumber,
    },
    vatZone: day.zone,
    layoutNumber: profile.layoutNumber,
    paymentTermsNumber: profile.paymentTermsNumber,
    referenceOther: dayReference(day),
    notes: { heading: cleanText(heading, LIMITS.notesHeading), textLine1: cleanText(counts, LIMITS.notesText) },
    lines,
    productsToCreate,
    shopTotal: money(target),
    predicted: { net: money(net.plus(rounding)), vat: money(vat), gross: money(target), rounding: money(rounding) },
  };
}

/**
 * The day product of a VAT rate, in the product group of that rate. Exports (zone abroad)
 * carry no VAT whatever the group, so they may use the group of the highest rate when the
 * profile has none for 0 %.
 */
function dayProduct(rate: string, zone: DayToPlan['zone'], profile: Profile): ProductToCreate {
  let group: number | undefined = profile.productGroups[dec(rate).toFixed()];
  if (group === undefined && zone === 'abroad') group = highestHomeRateGroup(profile.productGroups)?.group;
  if (group === undefined) throw new PlanError('no-product-group', `no product group for VAT ${rate} %`, { vatRate: rate });
  return {
    productNumber: dayProductNumber(rate),
    name: DAY_INVOICE_TEXTS[profile.language].dayProduct(rate),
    productGroupNumber: group,
    salesPrice: '0.00',
  };
}
