import { dec, money, moneyOfRead, plain, sum, type Amount, type Dec } from '../../../../shared/domain/money';
import { amountOfOere, amountSum, mulDivRounded, oereOf } from '../../../../shared/domain/oere';
import type {
  Discount,
  GiftCardRedemption,
  NormalizedOrder,
  Order,
  OrderLine,
  StageFacts,
  TaxPortion,
} from '../../../../shared/domain/order';
import { arr, idText, obj, text, textOrNull, type Json } from '../shop-json';
import { decodeEntities, FindingLog, gmtIso, optionalId } from './read';
import { normalizeWooRefunds } from './refunds';
import { readTaxRates, type TaxRates } from './tax-rates';
import { isWooCoreStatus } from './statuses';
import { partyFromWoo } from './party';

export interface WooNormalizeOptions {
  /** Order meta key holding the buyer's VAT number (EU VAT Number extension: "_vat_number"). */
  vatNumberMetaKey: string;
  eanMetaKey: string;
  /** Full refund objects from GET /orders/{id}/refunds, when fetched. */
  refunds?: unknown[];
}

/** A line while its tax may still be adjusted to the order's rounded total_tax. */
interface LineDraft {
  line: OrderLine;
  /** Unrounded tax per rate id from taxes[]: `oere` where the shop wrote it with two decimals at most, else `amount`. */
  portions: TaxRead[];
  hasBreakdown: boolean;
}

/**
 * Turns one WooCommerce REST (wc/v3) order into the shared Order model. Pure and total: odd
 * data never throws; whatever does not add up is returned as findings with the numbers.
 */
export function normalizeWooOrder(raw: unknown, opts: WooNormalizeOptions): NormalizedOrder {
  const o = obj(raw);
  const log = new FindingLog();
  const rates = readTaxRates(o, log);

  const lines = arr(o.line_items).map((l, i) => productLine(obj(l), `line_items[${i}]`, log));
  const shippingLines = arr(o.shipping_lines).map((l, i) => chargeLine(obj(l), 'shipping', `shipping_lines[${i}]`, log));
  const feeLines = arr(o.fee_lines).map((l, i) => chargeLine(obj(l), 'fee', `fee_lines[${i}]`, log));

  // Written as money() writes it (nearly always): taken as it is, a decimal made only if the lines must be reconciled.
  const totalTaxSent = moneyOfRead(o.total_tax);
  const totalTax = totalTaxSent === undefined ? log.amount(o.total_tax, 'total_tax') : null;
  const drafts = [...lines, ...shippingLines, ...feeLines];
  reconcileLineTaxes(drafts, totalTax, totalTaxSent, log);
  for (const draft of drafts) finishTaxes(draft, rates);

  const meta = readMeta(o.meta_data);
  const status = text(o.status).trim();
  if (status === '') log.add({ code: 'missing-field', field: 'status', message: 'the order has no status' });
  else if (!isWooCoreStatus(status)) {
    log.add({ code: 'unknown-status', field: 'status', actual: status, message: `status "${status}" is not a WooCommerce core status (a plugin added it); kept as is` });
  }

  const discounts: Discount[] = arr(o.coupon_lines).map((c, i) => {
    const coupon = obj(c);
    return {
      code: decodeEntities(text(coupon.code)),
      kind: 'coupon',
      amount: log.money(coupon.discount, `coupon_lines[${i}].discount`),
      tax: log.money(coupon.discount_tax, `coupon_lines[${i}].discount_tax`),
    };
  });

  const giftCards: GiftCardRedemption[] = arr(o.gift_cards).map((g, i) => {
    const card = obj(g);
    return {
      id: idText(card.id),
      code: textOrNull(card.code),
      amount: log.money(card.amount, `gift_cards[${i}].amount`),
    };
  });

  const refunds = normalizeWooRefunds(o, opts.refunds, rates, log);
  const dates = readDates(o, log);
  const id = idText(o.id);
  if (id === '') log.add({ code: 'missing-field', field: 'id', message: 'the order has no id' });
  const currency = text(o.currency).trim().toUpperCase();
  if (currency === '') log.add({ code: 'missing-field', field: 'currency', message: 'the order has no currency' });

  const order: Order = {
    platform: 'woocommerce',
    id,
    number: text(o.number).trim() || id,
    status,
    stage: stageOf(status, o.date_paid_gmt ?? o.date_paid),
    currency,
    pricesIncludeTax: o.prices_include_tax === true,
    lines: lines.map((d) => d.line),
    shippingLines: shippingLines.map((d) => d.line),
    feeLines: feeLines.map((d) => d.line),
    discounts,
    giftCards,
    taxSummary: taxSummary(o, rates, log),
    totals: {
      itemsSubtotal: amountSum(lines.map((d) => d.line.subtotal)),
      shipping: log.money(o.shipping_total, 'shipping_total'),
      fees: amountSum(feeLines.map((d) => d.line.total)),
      discount: log.money(o.discount_total, 'discount_total'),
      tax: totalTaxSent ?? money(totalTax!),
      giftCards: amountSum(giftCards.map((g) => g.amount)),
      total: log.money(o.total, 'total'),
      refunded: amountSum(refunds.map((r) => r.amount)),
    },
    billing: partyFromWoo(obj(o.billing), meta, opts),
    shipping: hasAddress(obj(o.shipping)) ? partyFromWoo(obj(o.shipping), {}, null) : null,
    payment: {
      id: text(o.payment_method).trim(),
      title: decodeEntities(text(o.payment_method_title).trim()),
      transactionId: textOrNull(o.transaction_id),
    },
    customerNote: textOrNull(o.customer_note),
    tags: Object.entries(meta)
      .filter(([key]) => !key.startsWith('_'))
      .map(([key, value]) => `${key}=${value}`),
    meta,
    dates,
    refunds,
  };
  checkTotals(order, log);
  return { order, findings: log.findings };
}

function stageOf(status: string, datePaid: unknown): StageFacts {
  return {
    paid: (typeof datePaid === 'string' && datePaid.trim() !== '') || status === 'processing' || status === 'completed',
    fulfilled: status === 'completed',
    cancelled: status === 'cancelled' || status === 'failed' || status === 'trash',
    refunded: status === 'refunded',
  };
}

function productLine(l: Json, field: string, log: FindingLog): LineDraft {
  // A whole-number quantity (WooCommerce sends a JSON number) and amounts written as money()
  // writes them (nearly every line) are taken as they are: no decimal is made for them. The
  // rest is read as before, in the same order, so an unreadable value is reported as before.
  const quantityText = wholeQuantityText(l.quantity);
  const quantity = quantityText === undefined ? log.amount(l.quantity, `${field}.quantity`) : null;
  const subtotalSent = moneyOfRead(l.subtotal);
  const subtotal = subtotalSent === undefined ? log.amount(l.subtotal, `${field}.subtotal`) : null;
  const totalSent = moneyOfRead(l.total);
  const total = totalSent === undefined ? log.amount(l.total, `${field}.total`) : null;
  const sku = text(l.sku).trim();
  return draftLine(l, field, log, {
    id: idText(l.id),
    kind: 'product',
    sku: sku === '' ? null : sku,
    productId: optionalId(l.product_id),
    variantId: optionalId(l.variation_id),
    name: decodeEntities(text(l.name)),
    quantity: quantityText ?? plain(quantity!),
    unitPrice: unitPrice(subtotal, quantityText ?? quantity!, subtotalSent),
    subtotal: subtotalSent ?? money(subtotal!),
    discount: difference(l.subtotal, l.total) ?? money((subtotal ?? dec(subtotalSent)).minus(total ?? dec(totalSent))),
    total: totalSent ?? money(total!),
  });
}

/** plain(quantity) of a quantity sent as a whole JSON number (never unreadable), without a decimal; else undefined. */
function wholeQuantityText(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
}

/** Shipping and fee lines: one unit, no discount, negative totals allowed (fees as rebates). */
function chargeLine(l: Json, kind: 'shipping' | 'fee', field: string, log: FindingLog): LineDraft {
  const total = log.money(l.total, `${field}.total`);
  return draftLine(l, field, log, {
    id: idText(l.id),
    kind,
    sku: null,
    productId: null,
    variantId: null,
    name: decodeEntities(text(kind === 'shipping' ? l.method_title : l.name)),
    quantity: '1',
    unitPrice: total,
    subtotal: total,
    discount: '0.00',
    total,
    methodId: kind === 'shipping' ? textOrNull(l.method_id) : undefined,
  });
}

type LineBase = Omit<OrderLine, 'tax' | 'taxes' | 'taxRate'>;

/** A tax portion as read: in whole øre where the shop wrote it with two decimals at most (never unreadable then), else as a decimal. */
type TaxRead = { rateId: string; oere: number; amount: null } | { rateId: string; oere: null; amount: Dec };

/** The portion's unrounded amount as a decimal. */
function portionAmount(p: TaxRead): Dec {
  return p.oere === null ? p.amount : dec(amountOfOere(p.oere));
}

function draftLine(l: Json, field: string, log: FindingLog, base: LineBase): LineDraft {
  const portions = arr(l.taxes).map((t, i): TaxRead => {
    const tax = obj(t);
    const oere = typeof tax.total === 'string' ? oereOf(tax.total) : null;
    return oere === null ? { rateId: idText(tax.id), oere, amount: log.amount(tax.total, `${field}.taxes[${i}].total`) } : { rateId: idText(tax.id), oere, amount: null };
  });
  const shopTax = log.money(l.total_tax, `${field}.total_tax`);
  const hasBreakdown = portions.length > 0;
  if (hasBreakdown) {
    const fromBreakdown = portionsInOere(portions) ?? money(sum(portions.map(portionAmount)));
    if (fromBreakdown !== shopTax) {
      log.add({
        code: 'line-mismatch',
        field: `${field}.total_tax`,
        expected: shopTax,
        actual: fromBreakdown,
        message: `${field}: total_tax ${shopTax} but its taxes[] add up to ${fromBreakdown}; using total_tax`,
      });
    }
  }
  return { line: withTax(base, shopTax), portions, hasBreakdown };
}

/**
 * The line of `base` with its tax, its members in the order the stored documents have them
 * (a shipping line's methodId after its total). Written out member by member: spreading `base`
 * into a literal with members after it cost V8 microseconds per line and left an object that
 * JSON.stringify writes more slowly.
 */
function withTax(b: LineBase, tax: string): OrderLine {
  const { id, kind, sku, productId, variantId, name, quantity, unitPrice, subtotal, discount, total } = b;
  return kind === 'shipping'
    ? { id, kind, sku, productId, variantId, name, quantity, unitPrice, subtotal, discount, total, methodId: b.methodId, tax, taxes: [], taxRate: null }
    : { id, kind, sku, productId, variantId, name, quantity, unitPrice, subtotal, discount, total, tax, taxes: [], taxRate: null };
}

/** A tax portion of `amount` at a rate the order's tax lines name (its members, then the amount), written out as withTax is. */
function taxPortion(rate: Omit<TaxPortion, 'amount'>, amount: string): TaxPortion {
  return 'label' in rate ? { rate: rate.rate, rateId: rate.rateId, label: rate.label, amount } : { rate: rate.rate, rateId: rate.rateId, amount };
}

/**
 * Net unit price before discount; exact when it has at most 6 decimals, else rounded to 6.
 * `quantity` is a decimal or its plain text; `sent` the subtotal when the shop wrote it as money()
 * does, else `subtotal` is the subtotal read.
 */
function unitPrice(subtotal: Dec | null, quantityRead: Dec | string, sent: Amount | undefined): string {
  if (sent !== undefined && typeof quantityRead === 'string') {
    // One unit (most lines) of an amount the shop wrote as money() does: that amount.
    if (quantityRead === '1') return sent;
    const inOere = unitPriceInOere(sent, quantityRead);
    if (inOere !== undefined) return inOere;
  }
  if (sent !== undefined && typeof quantityRead !== 'string' && quantityRead.eq(1)) return sent;
  const amount = subtotal ?? dec(sent);
  const quantity = dec(quantityRead);
  if (quantity.isZero()) return money(amount);
  const unit = amount.div(quantity).toDecimalPlaces(6);
  return unit.decimalPlaces() <= 2 ? unit.toFixed(2) : unit.toFixed();
}

/**
 * unitPrice for a subtotal written as money() writes it over a whole quantity of at least 2, in
 * integers: the quotient in millionths rounded half away from zero (as toDecimalPlaces(6) rounds;
 * decimal.js's 40 digits are far finer than any such quotient's distance from a half), written
 * with two decimals when it has no more, else as toFixed() writes it. Undefined where it does not fit.
 */
function unitPriceInOere(subtotal: Amount, quantityText: string): string | undefined {
  const oere = oereOf(subtotal);
  const quantity = Number(quantityText);
  if (oere === null || !Number.isSafeInteger(quantity) || quantity < 2) return undefined;
  const millionths = mulDivRounded(oere, 10_000, quantity);
  if (millionths === null) return undefined;
  if (millionths % 10_000 === 0) return amountOfOere(millionths / 10_000);
  const digits = String(Math.abs(millionths)).padStart(7, '0');
  return `${millionths < 0 ? '-' : ''}${digits.slice(0, -6)}.${digits.slice(-6).replace(/0+$/, '')}`;
}

/**
 * WooCommerce rounds each line's total_tax for display but the order's total_tax from the
 * unrounded sum ("round tax at subtotal"), so rounded line taxes can miss it by an øre or two.
 * Such rounding differences are moved to the lines whose unrounded tax was closest to rounding
 * the other way; anything larger is a real inconsistency and reported.
 */
function reconcileLineTaxes(drafts: LineDraft[], totalTaxRead: Dec | null, totalTaxSent: Amount | undefined, log: FindingLog): void {
  // Lines that add up to the total_tax the shop wrote (nearly every order): nothing to move.
  if (totalTaxSent === amountSum(drafts.map((d) => d.line.tax))) return;
  const totalTax = totalTaxRead ?? dec(totalTaxSent);
  const lineSum = sum(drafts.map((d) => d.line.tax));
  const diff = totalTax.minus(lineSum);
  if (diff.isZero()) return;
  const candidates = drafts.filter((d) => d.hasBreakdown && !sum(d.portions.map(portionAmount)).isZero());
  const unroundedSum = sum(drafts.map((d) => (d.hasBreakdown ? sum(d.portions.map(portionAmount)) : dec(d.line.tax))));
  const steps = diff.abs().div('0.01');
  if (money(unroundedSum) !== money(totalTax) || !steps.isInteger() || steps.gt(candidates.length)) {
    log.add({
      code: 'tax-mismatch',
      field: 'total_tax',
      expected: money(totalTax),
      actual: money(lineSum),
      message: `the order's total_tax is ${money(totalTax)} but its lines' taxes add up to ${money(lineSum)}`,
    });
    return;
  }
  const step = diff.isNegative() ? dec('-0.01') : dec('0.01');
  // Rounding up (positive diff) goes to the lines that lost most when rounded, and vice versa.
  const ranked = candidates
    .map((d) => ({ d, lost: sum(d.portions.map(portionAmount)).minus(d.line.tax) }))
    .sort((a, b) => (step.isPositive() ? b.lost.cmp(a.lost) : a.lost.cmp(b.lost)));
  for (let i = 0; i < steps.toNumber(); i++) {
    const target = ranked[i].d.line;
    target.tax = money(dec(target.tax).plus(step));
  }
}

/** Fills taxes[] (rounded to the line's tax, largest portion absorbs the remainder) and taxRate. */
function finishTaxes(draft: LineDraft, rates: TaxRates): void {
  const { line, portions } = draft;
  if (portions.length === 0) return;
  const taxes: TaxPortion[] = portions.map((p) => taxPortion(rates.portion(p.rateId), p.oere === null ? money(p.amount) : amountOfOere(p.oere)));
  // The rounded portions nearly always add up to the line's tax already: checked in øre first.
  // One portion (most lines) is its own sum: its amount and the line's tax are both written as money() writes them.
  const addsUp = (taxes.length === 1 ? taxes[0].amount : amountSum(taxes.map((t) => t.amount))) === line.tax;
  const rest = addsUp ? ZERO_REST : dec(line.tax).minus(sum(taxes.map((t) => t.amount)));
  if (!rest.isZero()) {
    let largest = 0;
    for (let i = 1; i < taxes.length; i++) if (dec(taxes[i].amount).abs().gt(dec(taxes[largest].amount).abs())) largest = i;
    taxes[largest].amount = money(dec(taxes[largest].amount).plus(rest));
  }
  line.taxes = taxes;
  line.taxRate = taxes.length === 1 || new Set(taxes.map((t) => t.rate)).size === 1 ? taxes[0].rate : null;
}

function taxSummary(o: Json, rates: TaxRates, log: FindingLog): TaxPortion[] {
  return arr(o.tax_lines).map((t, i) => {
    const line = obj(t);
    const rateId = idText(line.rate_id);
    // Both written with two decimals at most (nearly always): their sum in whole øre, no decimals.
    const itemsOere = typeof line.tax_total === 'string' ? oereOf(line.tax_total) : null;
    const shippingOere = typeof line.shipping_tax_total === 'string' ? oereOf(line.shipping_tax_total) : null;
    if (itemsOere !== null && shippingOere !== null) return taxPortion(rates.portion(rateId), amountOfOere(itemsOere + shippingOere));
    const amount = log
      .amount(line.tax_total, `tax_lines[${i}].tax_total`)
      .plus(log.amount(line.shipping_tax_total, `tax_lines[${i}].shipping_tax_total`));
    return taxPortion(rates.portion(rateId), money(amount));
  });
}

function readMeta(value: unknown): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const entry of arr(value)) {
    const m = obj(entry);
    const key = text(m.key);
    if (key === '' || typeof m.value !== 'string' || key in meta) continue;
    meta[key] = m.value;
  }
  return meta;
}

function hasAddress(p: Json): boolean {
  return ['first_name', 'last_name', 'company', 'address_1', 'city', 'postcode', 'country'].some((k) => text(p[k]).trim() !== '');
}

function readDates(o: Json, log: FindingLog): Order['dates'] {
  const read = (name: string, required: boolean): string | null => {
    const gmt = gmtIso(o[`${name}_gmt`]);
    if (gmt) return gmt;
    const local = gmtIso(o[name]);
    if (local || required) {
      log.add({
        code: 'missing-field',
        field: `${name}_gmt`,
        message: local
          ? `${name}_gmt is missing; used ${name} (shop-local time) as if it were UTC`
          : `${name}_gmt is missing or not a date`,
      });
    }
    return local;
  };
  return {
    created: read('date_created', true) ?? '',
    modified: read('date_modified', true) ?? '',
    paid: read('date_paid', false),
    completed: read('date_completed', false),
  };
}

function checkTotals(order: Order, log: FindingLog): void {
  const t = order.totals;
  const computed = amountSum([t.itemsSubtotal, t.shipping, t.fees, negated(t.discount), t.tax, negated(t.giftCards)]);
  if (computed !== t.total) {
    log.add({
      code: 'totals-mismatch',
      field: 'total',
      expected: t.total,
      actual: computed,
      message: `items ${t.itemsSubtotal} + shipping ${t.shipping} + fees ${t.fees} − discount ${t.discount} + tax ${t.tax} − gift cards ${t.giftCards} = ${computed}, but the shop's total is ${t.total}`,
    });
  }
  const lineDiscount = amountSum(order.lines.map((l) => l.discount));
  if (lineDiscount !== t.discount) {
    log.add({
      code: 'line-mismatch',
      field: 'discount_total',
      expected: t.discount,
      actual: lineDiscount,
      message: `discount_total is ${t.discount} but the lines' discounts (subtotal − total) add up to ${lineDiscount}`,
    });
  }
  const shippingLines = amountSum(order.shippingLines.map((l) => l.total));
  if (shippingLines !== t.shipping) {
    log.add({
      code: 'line-mismatch',
      field: 'shipping_total',
      expected: t.shipping,
      actual: shippingLines,
      message: `shipping_total is ${t.shipping} but the shipping lines add up to ${shippingLines}`,
    });
  }
}

/** money(a − b) for two amounts the shop wrote with two decimals at most, in øre; else undefined. */
function difference(a: unknown, b: unknown): string | undefined {
  const from = typeof a === 'string' ? oereOf(a) : null;
  const less = typeof b === 'string' ? oereOf(b) : null;
  return from === null || less === null ? undefined : amountOfOere(from - less);
}

/** money(sum of the portions) in øre, where each was written with two decimals at most; else undefined. */
function portionsInOere(portions: LineDraft['portions']): string | undefined {
  let total = 0;
  for (const portion of portions) {
    if (portion.oere === null) return undefined;
    total += portion.oere;
  }
  return Number.isSafeInteger(total) ? amountOfOere(total) : undefined;
}

/** An amount as money() writes it, with the sign turned: "12.50" → "-12.50", "-1.00" → "1.00", "0.00" stays. */
function negated(amount: string): string {
  if (amount.startsWith('-')) return amount.slice(1);
  return amount === '0.00' ? amount : `-${amount}`;
}

const ZERO_REST = dec(0);
