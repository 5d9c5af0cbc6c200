import { money, sum, type Dec } from '../../../../shared/domain/money';
import type { Refund, RefundLine } from '../../../../shared/domain/order';
import { arr, idText, obj, text, textOrNull, type Json } from '../shop-json';
import { decodeEntities, FindingLog, gmtIso } from './read';
import type { TaxRates } from './tax-rates';

/**
 * The order's refunds. Full refund objects (GET /orders/{id}/refunds) carry what was credited
 * line by line; without them only the order's refunds[] summary is known, which gives an
 * amount-only refund. A refund the summary lists but the full list lacks is still kept.
 */
export function normalizeWooRefunds(o: Json, full: unknown[] | undefined, rates: TaxRates, log: FindingLog): Refund[] {
  const fallbackDate = gmtIso(o.date_modified_gmt) ?? gmtIso(o.date_modified) ?? '';
  const out: Refund[] = [];
  const seen = new Set<string>();
  (full ?? []).forEach((r, i) => {
    const refund = fullRefund(obj(r), `refunds(${i})`, rates, log, fallbackDate);
    if (seen.has(refund.id)) return;
    seen.add(refund.id);
    out.push(refund);
  });
  arr(o.refunds).forEach((r, i) => {
    const summary = obj(r);
    const id = idText(summary.id);
    if (seen.has(id)) return;
    seen.add(id);
    const amount = log.amount(summary.total, `refunds[${i}].total`).abs();
    out.push({
      id,
      // The summary has no date; the order was modified when the refund was added, so its
      // modification time is the closest known bound.
      createdAt: fallbackDate,
      // The published docs example spells the key "refund" instead of "reason".
      reason: textOrNull(summary.reason) ?? textOrNull(summary.refund),
      amount: money(amount),
      lines: [],
      shipping: '0.00',
      shippingTax: '0.00',
      amountOnly: true,
    });
  });
  return out;
}

function fullRefund(r: Json, field: string, rates: TaxRates, log: FindingLog, fallbackDate: string): Refund {
  const lines: RefundLine[] = [];
  arr(r.line_items).forEach((l, i) => lines.push(refundLine(obj(l), `${field}.line_items[${i}]`, rates, log)));
  arr(r.fee_lines).forEach((l, i) => lines.push(refundLine(obj(l), `${field}.fee_lines[${i}]`, rates, log)));
  const shipping: Dec[] = [];
  const shippingTax: Dec[] = [];
  arr(r.shipping_lines).forEach((l, i) => {
    const line = obj(l);
    shipping.push(log.amount(line.total, `${field}.shipping_lines[${i}].total`).abs());
    shippingTax.push(log.amount(line.total_tax, `${field}.shipping_lines[${i}].total_tax`).abs());
  });
  const shippingTotal = sum(shipping);
  return {
    id: idText(r.id),
    createdAt: gmtIso(r.date_created_gmt) ?? gmtIso(r.date_created) ?? fallbackDate,
    reason: textOrNull(r.reason),
    amount: money(log.amount(r.amount, `${field}.amount`).abs()),
    lines,
    shipping: money(shippingTotal),
    shippingTax: money(sum(shippingTax)),
    amountOnly: lines.length === 0 && shippingTotal.isZero(),
  };
}

/** Refund lines carry negative quantities and totals; the original line id is in _refunded_item_id. */
function refundLine(l: Json, field: string, rates: TaxRates, log: FindingLog): RefundLine {
  const original = arr(l.meta_data)
    .map(obj)
    .find((m) => text(m.key) === '_refunded_item_id');
  const rateIds = new Set(arr(l.taxes).map((t) => idText(obj(t).id)));
  const taxRates = new Set([...rateIds].map((id) => rates.portion(id).rate));
  const sku = text(l.sku).trim();
  return {
    lineId: original ? idText(original.value) : idText(l.id),
    sku: sku === '' ? null : sku,
    name: decodeEntities(text(l.name)),
    quantity: log.amount(l.quantity ?? 1, `${field}.quantity`).abs().toFixed(),
    total: money(log.amount(l.total, `${field}.total`).abs()),
    tax: money(log.amount(l.total_tax, `${field}.total_tax`).abs()),
    taxRate: taxRates.size === 1 ? [...taxRates][0] : null,
  };
}
