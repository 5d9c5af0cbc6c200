import { dec, money, plain, sum, type Dec } from '../../../../shared/domain/money';
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
  /** Unrounded tax per rate id from taxes[]. */
  portions: { rateId: string; amount: Dec }[];
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

  const totalTax = log.amount(o.total_tax, 'total_tax');
  reconcileLineTaxes([...lines, ...shippingLines, ...feeLines], totalTax, log);
  for (const draft of [...lines, ...shippingLines, ...feeLines]) finishTaxes(draft, rates);

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
      amount: money(log.amount(coupon.discount, `coupon_lines[${i}].discount`)),
      tax: money(log.amount(coupon.discount_tax, `coupon_lines[${i}].discount_tax`)),
    };
  });

  const giftCards: GiftCardRedemption[] = arr(o.gift_cards).map((g, i) => {
    const card = obj(g);
    return {
      id: idText(card.id),
      code: textOrNull(card.code),
      amount: money(log.amount(card.amount, `gift_cards[${i}].amount`)),
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
      itemsSubtotal: money(sum(lines.map((d) => d.line.subtotal))),
      shipping: money(log.amount(o.shipping_total, 'shipping_total')),
      fees: money(sum(feeLines.map((d) => d.line.total))),
      discount: money(log.amount(o.discount_total, 'discount_total')),
      tax: money(totalTax),
      giftCards: money(sum(giftCards.map((g) => g.amount))),
      total: money(log.amount(o.total, 'total')),
      refunded: money(sum(refunds.map((r) => r.amount))),
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
  const quantity = log.amount(l.quantity, `${field}.quantity`);
  const subtotal = log.amount(l.subtotal, `${field}.subtotal`);
  const total = log.amount(l.total, `${field}.total`);
  const sku = text(l.sku).trim();
  return draftLine(l, field, log, {
    id: idText(l.id),
    kind: 'product',
    sku: sku === '' ? null : sku,
    productId: optionalId(l.product_id),
    variantId: optionalId(l.variation_id),
    name: decodeEntities(text(l.name)),
    quantity: plain(quantity),
    unitPrice: unitPrice(subtotal, quantity),
    subtotal: money(subtotal),
    discount: money(subtotal.minus(total)),
    total: money(total),
  });
}

/** Shipping and fee lines: one unit, no discount, negative totals allowed (fees as rebates). */
function chargeLine(l: Json, kind: 'shipping' | 'fee', field: string, log: FindingLog): LineDraft {
  const total = log.amount(l.total, `${field}.total`);
  return draftLine(l, field, log, {
    id: idText(l.id),
    kind,
    sku: null,
    productId: null,
    variantId: null,
    name: decodeEntities(text(kind === 'shipping' ? l.method_title : l.name)),
    quantity: '1',
    unitPrice: money(total),
    subtotal: money(total),
    discount: '0.00',
    total: money(total),
    ...(kind === 'shipping' ? { methodId: textOrNull(l.method_id) } : {}),
  });
}

type LineBase = Omit<OrderLine, 'tax' | 'taxes' | 'taxRate'>;

function draftLine(l: Json, field: string, log: FindingLog, base: LineBase): LineDraft {
  const portions = arr(l.taxes).map((t, i) => {
    const tax = obj(t);
    return { rateId: idText(tax.id), amount: log.amount(tax.total, `${field}.taxes[${i}].total`) };
  });
  const shopTax = money(log.amount(l.total_tax, `${field}.total_tax`));
  const hasBreakdown = portions.length > 0;
  if (hasBreakdown) {
    const fromBreakdown = money(sum(portions.map((p) => p.amount)));
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
  return { line: { ...base, tax: shopTax, taxes: [], taxRate: null }, portions, hasBreakdown };
}

/** Net unit price before discount; exact when it has at most 6 decimals, else rounded to 6. */
function unitPrice(subtotal: Dec, quantity: Dec): string {
  if (quantity.isZero()) return money(subtotal);
  const unit = subtotal.div(quantity).toDecimalPlaces(6);
  return unit.decimalPlaces() <= 2 ? unit.toFixed(2) : unit.toFixed();
}

/**
 * WooCommerce rounds each line's total_tax for display but the order's total_tax from the
 * unrounded sum ("round tax at subtotal"), so rounded line taxes can miss it by an øre or two.
 * Such rounding differences are moved to the lines whose unrounded tax was closest to rounding
 * the other way; anything larger is a real inconsistency and reported.
 */
function reconcileLineTaxes(drafts: LineDraft[], totalTax: Dec, log: FindingLog): void {
  const lineSum = sum(drafts.map((d) => d.line.tax));
  const diff = totalTax.minus(lineSum);
  if (diff.isZero()) return;
  const candidates = drafts.filter((d) => d.hasBreakdown && !sum(d.portions.map((p) => p.amount)).isZero());
  const unroundedSum = sum(drafts.map((d) => (d.hasBreakdown ? sum(d.portions.map((p) => p.amount)) : dec(d.line.tax))));
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
    .map((d) => ({ d, lost: sum(d.portions.map((p) => p.amount)).minus(d.line.tax) }))
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
  const taxes: TaxPortion[] = portions.map((p) => ({ ...rates.portion(p.rateId), amount: money(p.amount) }));
  const rest = dec(line.tax).minus(sum(taxes.map((t) => t.amount)));
  if (!rest.isZero()) {
    let largest = 0;
    for (let i = 1; i < taxes.length; i++) if (dec(taxes[i].amount).abs().gt(dec(taxes[largest].amount).abs())) largest = i;
    taxes[largest].amount = money(dec(taxes[largest].amount).plus(rest));
  }
  line.taxes = taxes;
  const distinct = new Set(taxes.map((t) => t.rate));
  line.taxRate = distinct.size === 1 ? taxes[0].rate : null;
}

function taxSummary(o: Json, rates: TaxRates, log: FindingLog): TaxPortion[] {
  return arr(o.tax_lines).map((t, i) => {
    const line = obj(t);
    const rateId = idText(line.rate_id);
    const amount = log
      .amount(line.tax_total, `tax_lines[${i}].tax_total`)
      .plus(log.amount(line.shipping_tax_total, `tax_lines[${i}].shipping_tax_total`));
    return { ...rates.portion(rateId), amount: money(amount) };
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
  const computed = dec(t.itemsSubtotal).plus(t.shipping).plus(t.fees).minus(t.discount).plus(t.tax).minus(t.giftCards);
  if (money(computed) !== t.total) {
    log.add({
      code: 'totals-mismatch',
      field: 'total',
      expected: t.total,
      actual: money(computed),
      message: `items ${t.itemsSubtotal} + shipping ${t.shipping} + fees ${t.fees} − discount ${t.discount} + tax ${t.tax} − gift cards ${t.giftCards} = ${money(computed)}, but the shop's total is ${t.total}`,
    });
  }
  const lineDiscount = money(sum(order.lines.map((l) => l.discount)));
  if (lineDiscount !== t.discount) {
    log.add({
      code: 'line-mismatch',
      field: 'discount_total',
      expected: t.discount,
      actual: lineDiscount,
      message: `discount_total is ${t.discount} but the lines' discounts (subtotal − total) add up to ${lineDiscount}`,
    });
  }
  const shippingLines = money(sum(order.shippingLines.map((l) => l.total)));
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
