import type { Order, OrderLine, Party } from '../../../shared/domain/order';
import { dec, money, plain, sum, type Dec } from '../../../shared/domain/money';
import { highestHomeRateGroup } from '../../../shared/domain/vat-rate';
import type { Profile } from '../../../shared/profile/schema';
import type { RuleDecision } from '../rules';
import { netForGross, netForGrossOere, splitUnitPrice, splitUnitPriceOere, vatFor, vatOere, type UnitSplit } from './net-price';
import { amountOfOere, isZeroAmount, oereOf, ratioOf } from '../../../shared/domain/oere';
import { orderReference } from './references';
import { cleanText, countryName, danishDate } from './text';
import type { CustomerChoice, PlannedInvoice, PlannedLine, PlannedRecipient, ProductToCreate } from './types';
import { ossKey } from '../../../shared/vat/treatment';
import { vatZoneFor, type VatZoneKind } from './vat-zone';
import { DOCUMENT_TEXTS, type DocumentTexts } from '../../../shared/i18n/document-texts';
import type { Lang } from '../../../shared/i18n/lang';

/** e-conomic field limits (research: economic-api.md §3). */
export const LIMITS = {
  recipientName: 250,
  address: 250,
  zip: 50,
  city: 250,
  country: 50,
  lineDescription: 2500,
  productNumber: 25,
  productName: 300,
  referenceOther: 250,
  notesHeading: 250,
  notesText: 1000,
  deliveryAddress: 255,
  deliveryZip: 30,
  deliveryCity: 50,
} as const;

export interface PlanContext {
  profile: Profile;
  decision: RuleDecision;
  /** Product numbers that exist in e-conomic. */
  knownProducts: ReadonlySet<string>;
  /** The resolved customer for per-buyer mode (null: not yet known, e.g. dry run). */
  buyerCustomerNumber?: number | null;
  /**
   * With OSS: the product group e-conomic itself points to per country and rate ("DE:19"),
   * used where the profile chose none (see engine/oss-groups.ts).
   */
  ossProductGroups?: ReadonlyMap<string, number>;
  /** Keeps the references of a further profile on the same agreement apart (EngineContext.referenceQualifier). */
  referenceQualifier?: string | null;
}

export class PlanError extends Error {
  constructor(
    readonly code: 'no-collective-customer' | 'no-product-group' | 'missing-sku' | 'day-rounding-too-large',
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

/**
 * The product an OSS country and rate is booked on, e.g. "OSS-DE-19". A line's VAT code comes
 * from its product's group, so OSS lines cannot keep the item's own product: they go on this
 * one product in the country's OSS product group, with the item's name as the line text.
 */
export function ossProductNumber(country: string, rate: string): string {
  return `OSS-${country.toUpperCase()}-${plain(dec(rate))}`;
}

/** The product group of an OSS country and rate: the profile's choice, else e-conomic's own. */
export function ossProductGroup(profile: Profile, proposals: ReadonlyMap<string, number> | undefined, country: string, rate: string): number | undefined {
  const key = ossKey(country, plain(dec(rate)));
  return profile.productGroups[key] ?? proposals?.get(key);
}

export function productNumberForSku(sku: string): string {
  return cleanText(sku, LIMITS.productNumber);
}

function partyName(p: Party): string {
  return cleanText(p.company || p.name || `${p.firstName} ${p.lastName}`, LIMITS.recipientName);
}

/** The invoice's recipient; a buyer without a name (a collective-customer invoice) is named by the order. */
function recipientFor(order: Order, vatZoneNumber: number, texts: DocumentTexts): PlannedRecipient {
  const b = order.billing;
  const recipient: PlannedRecipient = {
    name: partyName(b) || cleanText(texts.order(order.number), LIMITS.recipientName),
    address: cleanText([b.address1, b.address2].filter(Boolean).join(', '), LIMITS.address),
    zip: cleanText(b.zip, LIMITS.zip),
    city: cleanText(b.city, LIMITS.city),
    country: cleanText(countryName(b.country), LIMITS.country),
    vatZoneNumber,
  };
  if (b.ean) recipient.ean = cleanText(b.ean, 13);
  return recipient;
}

function customerChoice(order: Order, ctx: PlanContext): CustomerChoice {
  const { profile, decision } = ctx;
  if (decision.customerNumber) return { mode: 'fixed', customerNumber: decision.customerNumber };
  if (profile.customers.mode === 'perBuyer') {
    return {
      mode: 'perBuyer',
      customerNumber: ctx.buyerCustomerNumber ?? null,
      email: order.billing.email,
      vatNumber: order.billing.vatNumber,
      name: partyName(order.billing),
    };
  }
  const collective = profile.customers.collective[order.currency] ?? profile.customers.collective['*'];
  if (!collective) {
    throw new PlanError('no-collective-customer', `no collective customer for ${order.currency}`, { currency: order.currency });
  }
  return { mode: 'fixed', customerNumber: collective };
}

/** The VAT rate e-conomic will apply to a line in this zone, as the shop charged it. */
function zoneRate(line: OrderLine, zone: VatZoneKind): Dec {
  if (zone !== 'domestic' || line.taxRate === null) return dec(0);
  return dec(line.taxRate);
}

/** zoneRate(line, zone).toFixed(), without a decimal for a rate already written so ("25"); "0" for no VAT. */
function zoneRateText(line: OrderLine, zone: VatZoneKind): string {
  if (zone !== 'domestic' || line.taxRate === null) return '0';
  return plain(line.taxRate);
}

/**
 * Net amount to book for a shop line. Shops with prices incl. VAT sold at a gross
 * figure, so we book the net that e-conomic turns back into that gross; otherwise the
 * shop's net line total is booked as is.
 */
function lineNet(line: OrderLine, zone: VatZoneKind, pricesIncludeTax: boolean): Dec {
  const total = dec(line.total);
  const rate = zoneRate(line, zone);
  if (!pricesIncludeTax || rate.isZero()) return total;
  return netForGross(total.plus(dec(line.tax)), rate) ?? total;
}

/**
 * The line's split (lineNet, then splitUnitPrice) in whole øre, for the amounts and whole
 * quantities nearly every order has; null where they do not fit, and the decimals decide.
 */
function splitInOere(line: OrderLine, source: 'product' | 'shipping' | 'fee', rate: string, pricesIncludeTax: boolean): UnitSplit[] | null {
  const quantity = source === 'product' ? wholeQuantity(line.quantity) : 1;
  const total = oereOf(line.total);
  if (quantity === null || total === null) return null;
  let net = total;
  if (pricesIncludeTax && rate !== '0') {
    const tax = oereOf(line.tax);
    const ratio = line.taxRate === null ? null : ratioOf(line.taxRate);
    if (tax === null || ratio === null) return null;
    const found = netForGrossOere(total + tax, ratio);
    if (!found.fits) return null;
    net = found.net ?? total;
  }
  return splitUnitPriceOere(net, quantity);
}

/** A quantity written as a whole number of at least 1 ("3"), else null. */
function wholeQuantity(text: string): number | null {
  return /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null;
}

function linesFor(
  line: OrderLine,
  source: 'product' | 'shipping' | 'fee',
  productNumber: string,
  order: Order,
  zone: VatZoneKind,
): PlannedLine[] {
  // Written as toFixed() writes it: "0" is the only text of a zero rate.
  const rate = zoneRateText(line, zone);
  const description = cleanText(line.name, LIMITS.lineDescription) || productNumber;
  const splits =
    splitInOere(line, source, rate, order.pricesIncludeTax) ??
    splitUnitPrice(lineNet(line, zone, order.pricesIncludeTax), source === 'product' ? dec(line.quantity) : dec(1));
  return splits.map((split) => ({
    source,
    lineId: line.id,
    productNumber,
    description,
    quantity: split.quantity,
    unitNetPrice: split.unitNetPrice,
    expectedVatRate: rate,
  }));
}

/**
 * The VAT rate whose product group a new product belongs to. A product group carries the
 * VAT per zone, so the rate must be the product's domestic rate: an EU business order
 * (reverse charge) or an export shows 0 % but must not put a standard-rated product in the
 * zero-rated group for every later Danish order.
 */
function productGroupRate(line: OrderLine, zone: VatZoneKind, profile: Profile): string {
  if (zone === 'domestic') return line.taxRate ?? '0';
  return highestHomeRateGroup(profile.productGroups)?.rate ?? '0';
}

/** A product, shipping or fee line of an OSS order, on the OSS product of its country and rate. */
function ossLine(line: OrderLine, source: 'product' | 'shipping' | 'fee', order: Order, country: string, ctx: PlanContext, toCreate: ProductToCreate[]): PlannedLine[] {
  const rate = plain(dec(line.taxRate ?? '0'));
  const productNumber = ossProductNumber(country, rate);
  if (!ctx.knownProducts.has(productNumber) && !toCreate.some((p) => p.productNumber === productNumber)) {
    const group = ossProductGroup(ctx.profile, ctx.ossProductGroups, country, rate);
    if (!group) throw new PlanError('no-product-group', `no product group for ${country} VAT ${rate} %`, { vatRate: rate, country });
    toCreate.push({
      productNumber,
      name: cleanText(DOCUMENT_TEXTS[ctx.profile.language].ossSales({ code: country, name: countryName(country) }, rate), LIMITS.productName),
      productGroupNumber: group,
      salesPrice: '0.00',
    });
  }
  return linesFor(line, source, productNumber, order, 'domestic');
}

function productLine(line: OrderLine, order: Order, zone: VatZoneKind, ctx: PlanContext, toCreate: ProductToCreate[]): PlannedLine[] {
  const { profile, knownProducts } = ctx;
  const sku = line.sku ? productNumberForSku(line.sku) : '';
  let productNumber = sku;
  if (!sku) {
    if (!profile.products.fallback) throw new PlanError('missing-sku', `line "${line.name}" has no SKU`, { line: line.name });
    productNumber = profile.products.fallback;
  } else if (!knownProducts.has(sku)) {
    if (profile.createMissingProducts) {
      const rate = productGroupRate(line, zone, profile);
      const group = profile.productGroups[dec(rate).toFixed()];
      if (!group) throw new PlanError('no-product-group', `no product group for VAT ${rate} %`, { vatRate: rate });
      if (!toCreate.some((p) => p.productNumber === sku)) {
        toCreate.push({
          productNumber: sku,
          name: cleanText(line.name, LIMITS.productName) || sku,
          productGroupNumber: group,
          salesPrice: money(dec(line.unitPrice)),
        });
      }
    } else if (profile.products.fallback) {
      productNumber = profile.products.fallback;
    } else {
      throw new PlanError('missing-sku', `product ${sku} does not exist in e-conomic`, { sku });
    }
  }
  return linesFor(line, 'product', productNumber, order, zone);
}

function predictTotals(lines: PlannedLine[]): { net: Dec; vat: Dec } {
  const inOere = predictTotalsInOere(lines);
  if (inOere) return { net: dec(amountOfOere(inOere.net)), vat: dec(amountOfOere(inOere.vat)) };
  const net = sum(lines.map((l) => dec(l.quantity).times(l.unitNetPrice).toDecimalPlaces(2)));
  const vat = sum(lines.map((l) => vatFor(dec(l.quantity).times(l.unitNetPrice).toDecimalPlaces(2), dec(l.expectedVatRate))));
  return { net, vat };
}

/** predictTotals in whole øre, where every line's quantity is whole and its amounts fit; else null. */
function predictTotalsInOere(lines: PlannedLine[]): { net: number; vat: number } | null {
  let net = 0;
  let vat = 0;
  for (const line of lines) {
    const quantity = wholeQuantity(line.quantity);
    const unit = oereOf(line.unitNetPrice);
    const rate = ratioOf(line.expectedVatRate);
    if (quantity === null || unit === null || rate === null) return null;
    const lineNet = quantity * unit;
    const lineVat = vatOere(lineNet, rate);
    if (lineVat === null || !Number.isSafeInteger(lineNet)) return null;
    net += lineNet;
    vat += lineVat;
    if (!Number.isSafeInteger(net) || !Number.isSafeInteger(vat)) return null;
  }
  return { net, vat };
}

/** settleTotals' figures in whole øre, or null where an amount is not written in øre or a sum would not fit below 2^53. */
function settledInOere(shopTotalText: string, lines: PlannedLine[], toleranceText: string): { shopOere: number; net: number; vat: number; gross: number; rounding: number } | null {
  const predicted = predictTotalsInOere(lines);
  const shopOere = predicted ? oereOf(shopTotalText) : null;
  const toleranceOere = shopOere === null ? null : oereOf(toleranceText);
  if (!predicted || shopOere === null || toleranceOere === null) return null;
  const gross = predicted.net + predicted.vat;
  const difference = shopOere - gross;
  const rounding = difference !== 0 && Math.abs(difference) <= toleranceOere ? difference : 0;
  const fits = Number.isSafeInteger(gross) && Number.isSafeInteger(difference) && Number.isSafeInteger(predicted.net + rounding) && Number.isSafeInteger(gross + rounding);
  return fits ? { shopOere, net: predicted.net, vat: predicted.vat, gross, rounding } : null;
}

/** A line that settles the last øre between e-conomic's gross and the shop's total. */
export function roundingLine(profile: Profile, difference: Dec, language: Lang): PlannedLine {
  return {
    source: 'rounding',
    productNumber: profile.products.rounding,
    description: DOCUMENT_TEXTS[language].rounding,
    quantity: '1',
    unitNetPrice: money(difference),
    expectedVatRate: '0',
  };
}

/** An order's invoice date: the Danish date it was paid (else created), which decides its accounting year. */
export function invoiceDateOf(order: Pick<Order, 'dates'>): string {
  return danishDate(order.dates.paid ?? order.dates.created);
}

/** Turns a shop order into the exact e-conomic draft invoice LedgerBridge will create. Pure. */
export function planInvoice(order: Order, ctx: PlanContext): PlannedInvoice {
  const { profile, decision } = ctx;
  const zone = vatZoneFor(order, profile);
  const mapping = profile.paymentMethods[order.payment.id];
  const toCreate: ProductToCreate[] = [];
  const texts = DOCUMENT_TEXTS[profile.language];

  const oss = zone.treatment.kind === 'oss' ? zone.treatment.country : null;
  const lines: PlannedLine[] = [];
  for (const line of order.lines) lines.push(...(oss ? ossLine(line, 'product', order, oss, ctx, toCreate) : productLine(line, order, zone.kind, ctx, toCreate)));
  for (const line of order.shippingLines) {
    if (isZeroAmount(line.total) && isZeroAmount(line.tax)) continue;
    lines.push(...(oss ? ossLine(line, 'shipping', order, oss, ctx, toCreate) : linesFor(line, 'shipping', profile.products.shipping, order, zone.kind)));
  }
  for (const line of order.feeLines) lines.push(...(oss ? ossLine(line, 'fee', order, oss, ctx, toCreate) : linesFor(line, 'fee', profile.products.fee, order, zone.kind)));
  for (const card of order.giftCards) {
    lines.push({
      source: 'gift-card',
      productNumber: profile.products.giftCard,
      description: cleanText(texts.giftCardPayment(card.code), LIMITS.lineDescription),
      quantity: '1',
      unitNetPrice: money(dec(card.amount).neg()),
      expectedVatRate: '0',
    });
  }

  const totals = settleTotals(order.totals.total, lines, profile);

  const ship = order.shipping;
  const delivery =
    ship && (ship.address1 || ship.city)
      ? {
          address: cleanText([ship.address1, ship.address2].filter(Boolean).join(', '), LIMITS.deliveryAddress),
          zip: cleanText(ship.zip, LIMITS.deliveryZip),
          city: cleanText(ship.city, LIMITS.deliveryCity),
          country: cleanText(countryName(ship.country), LIMITS.country),
        }
      : undefined;

  return {
    kind: 'invoice',
    orderId: order.id,
    orderNumber: order.number,
    date: invoiceDateOf(order),
    currency: order.currency,
    customer: customerChoice(order, ctx),
    recipient: recipientFor(order, zone.number, texts),
    delivery,
    vatZone: zone.kind,
    ...(oss ? { oss: { country: oss } } : {}),
    layoutNumber: decision.layoutNumber ?? mapping?.layoutNumber ?? profile.layoutNumber,
    paymentTermsNumber: decision.paymentTermsNumber ?? mapping?.paymentTermsNumber ?? profile.paymentTermsNumber,
    referenceOther: orderReference(order.platform, order.id, ctx.referenceQualifier ?? null),
    notes: {
      heading: cleanText(texts.order(order.number), LIMITS.notesHeading),
      textLine1: cleanText(texts.payment(order.payment.title || order.payment.id, order.payment.transactionId), LIMITS.notesText),
    },
    lines,
    productsToCreate: toCreate,
    shopTotal: totals.shopTotal,
    predicted: totals.predicted,
  };
}

/**
 * The totals e-conomic will compute for `lines` against the shop's total: within the profile's
 * rounding tolerance the difference goes on a rounding line (added to `lines`). In whole øre
 * where every amount fits (nearly every order), else in decimals; the same amounts either way.
 */
function settleTotals(shopTotalText: string, lines: PlannedLine[], profile: Profile): Pick<PlannedInvoice, 'shopTotal' | 'predicted'> {
  const inOere = settledInOere(shopTotalText, lines, profile.roundingTolerance);
  if (inOere) {
    const { shopOere, net, vat, gross, rounding } = inOere;
    if (rounding !== 0) lines.push(roundingLine(profile, dec(amountOfOere(rounding)), profile.language));
    return {
      shopTotal: amountOfOere(shopOere),
      predicted: { net: amountOfOere(net + rounding), vat: amountOfOere(vat), gross: amountOfOere(gross + rounding), rounding: amountOfOere(rounding) },
    };
  }
  const shopTotal = dec(shopTotalText);
  const predicted = predictTotals(lines);
  const predictedGross = predicted.net.plus(predicted.vat);
  const difference = shopTotal.minus(predictedGross);
  let rounding = dec(0);
  if (!difference.isZero() && difference.abs().lte(dec(profile.roundingTolerance))) {
    lines.push(roundingLine(profile, difference, profile.language));
    rounding = difference;
  }
  return {
    shopTotal: money(shopTotal),
    predicted: {
      net: money(predicted.net.plus(rounding)),
      vat: money(predicted.vat),
      gross: money(predictedGross.plus(rounding)),
      rounding: money(rounding),
    },
  };
}
