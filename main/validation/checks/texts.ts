import type { Order } from '../../../shared/domain/order';
import { CODES, type ProblemReport } from '../../../shared/errors';
import { ECONOMIC_TEXT_LIMITS, type LimitedField } from '../limits';
import { hasControlCharacters, hasEmoji, isPlainLatin, textLength } from '../text';
import { invoiceLines } from './lines';

interface SentText {
  /** e-conomic path the text lands in (with the real line index). */
  path: string;
  limit: LimitedField;
  value: string;
}

/**
 * The order's texts as they will reach e-conomic. Mirrors what the invoice
 * planner sends: the billing party as recipient, each line's name as the line
 * description (and product name when the product is created), the SKU as
 * product number, the order number as reference, the buyer's note as text.
 */
export function sentTexts(order: Order): SentText[] {
  const b = order.billing;
  const address = [b.address1, b.address2].filter((s) => s && s.trim() !== '').join(', ');
  const out: SentText[] = [
    { path: 'recipient.name', limit: 'recipient.name', value: b.name.trim() || (b.company ?? '') },
    { path: 'recipient.address', limit: 'recipient.address', value: address },
    { path: 'recipient.city', limit: 'recipient.city', value: b.city },
    { path: 'recipient.zip', limit: 'recipient.zip', value: b.zip },
    { path: 'references.other', limit: 'references.other', value: order.number },
    { path: 'customer.email', limit: 'customer.email', value: b.email ?? '' },
    { path: 'notes.textLine1', limit: 'notes.textLine1', value: order.customerNote ?? '' },
  ];
  if (b.company && b.company.trim() !== '' && b.company.trim() !== b.name.trim()) {
    out.push({ path: 'recipient.name', limit: 'recipient.name', value: b.company });
  }
  for (const { line, number } of invoiceLines(order)) {
    const i = number - 1;
    out.push({ path: `lines[${i}].description`, limit: 'lines[].description', value: line.name });
    if (line.kind === 'product' && line.sku) {
      out.push({ path: `lines[${i}].product.productNumber`, limit: 'lines[].product.productNumber', value: line.sku });
      out.push({ path: 'product.name', limit: 'product.name', value: line.name });
    }
  }
  return out;
}

/** Lengths within e-conomic's limits, no control characters (blocking), emoji (warning: stripped). */
export function checkTexts(order: Order): ProblemReport[] {
  const out: ProblemReport[] = [];
  const reported = new Set<string>();
  const once = (key: string, report: ProblemReport) => {
    if (reported.has(key)) return;
    reported.add(key);
    out.push(report);
  };
  for (const t of sentTexts(order)) {
    if (t.value === '') continue;
    const max = ECONOMIC_TEXT_LIMITS[t.limit];
    const length = textLength(t.value);
    if (length <= max && isPlainLatin(t.value)) continue;
    // Keyed by path, so e.g. "product name" is reported once per order however many lines are too long.
    if (length > max) once(`long:${t.path}`, { code: CODES.fieldTooLong, params: { orderNumber: order.number, field: t.path, max, length } });
    if (hasControlCharacters(t.value)) once(`ctrl:${t.path}`, { code: CODES.controlCharacters, params: { orderNumber: order.number, field: t.path } });
    else if (hasEmoji(t.value)) once(`emoji:${t.path}`, { code: CODES.emojiStripped, params: { orderNumber: order.number, field: t.path } });
  }
  return out;
}
