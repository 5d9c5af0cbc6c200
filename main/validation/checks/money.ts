import type { NormalizationFinding, Order } from '../../../shared/domain/order';
import { dec, eqMoney, isDecimal } from '../../../shared/domain/money';
import { oereOf } from '../../../shared/domain/oere';
import { CODES, type ProblemReport } from '../../../shared/errors';
import type { ValidationContext } from '../context';

export function checkCurrency(order: Order, ctx: ValidationContext): ProblemReport[] {
  if (ctx.enabledCurrencies.has(order.currency)) return [];
  return [{ code: CODES.currencyNotEnabled, params: { orderNumber: order.number, currency: order.currency } }];
}

/** Zero before gift cards: an order paid by gift card is still a sale and is booked. */
export function checkZeroTotal(order: Order): ProblemReport[] {
  // The total and gift cards as the normalizers write them: added in whole øre, no decimals.
  const totalOere = oereOf(order.totals.total);
  const giftCardsOere = totalOere === null ? null : oereOf(order.totals.giftCards);
  if (totalOere !== null && giftCardsOere !== null) {
    if (totalOere + giftCardsOere !== 0) return [];
  } else {
    if (!isDecimal(order.totals.total) || !isDecimal(order.totals.giftCards)) return [];
    const beforeGiftCards = dec(order.totals.total).plus(order.totals.giftCards);
    if (!beforeGiftCards.isZero()) return [];
  }
  return [{ code: CODES.zeroTotal, params: { orderNumber: order.number, currency: order.currency } }];
}

/**
 * The other value in a finding: normalizers put the shop's figure in one of
 * expected/actual and their own sum in the other; we show the one that differs
 * from the shop's so the owner sees both numbers whichever way round it came.
 */
function otherValue(f: NormalizationFinding, shopValue: string): string {
  if (f.expected !== undefined && isDecimal(f.expected) && isDecimal(shopValue) && !eqMoney(f.expected, shopValue)) return f.expected;
  if (f.actual !== undefined && isDecimal(f.actual) && isDecimal(shopValue) && !eqMoney(f.actual, shopValue)) return f.actual;
  return f.actual ?? f.expected ?? '';
}

/** Fields our own checks already report in plain words; a finding about them would say it twice. */
const COVERED_FIELDS = /(^|\.)(country|email|first_name|last_name|name|sku|currency)$/i;

export function findingProblems(order: Order, ctx: ValidationContext): ProblemReport[] {
  const out: ProblemReport[] = [];
  const base = { orderNumber: order.number, currency: order.currency };
  for (const f of ctx.findings) {
    switch (f.code) {
      case 'totals-mismatch':
        out.push({ code: CODES.shopTotalsMismatch, params: { ...base, shopTotal: order.totals.total, computedTotal: otherValue(f, order.totals.total) }, technical: { message: f.message, fieldPath: f.field } });
        break;
      case 'tax-mismatch':
        out.push({ code: CODES.taxMismatch, params: { ...base, shopTotal: order.totals.tax, computedTotal: otherValue(f, order.totals.tax) }, technical: { message: f.message, fieldPath: f.field } });
        break;
      case 'line-mismatch': {
        const shopValue = f.expected ?? '';
        out.push({ code: CODES.lineMismatch, params: { ...base, field: f.field ?? '', shopTotal: shopValue, computedTotal: otherValue(f, shopValue) }, technical: { message: f.message, fieldPath: f.field } });
        break;
      }
      case 'invalid-amount':
        out.push({ code: CODES.invalidAmount, params: { orderNumber: order.number, field: f.field ?? '', value: f.actual ?? '' }, technical: { message: f.message, fieldPath: f.field } });
        break;
      case 'missing-field':
        if (f.field && COVERED_FIELDS.test(f.field)) break;
        out.push({ code: CODES.fieldMissing, params: { orderNumber: order.number, field: f.field ?? '' }, technical: { message: f.message, fieldPath: f.field } });
        break;
      case 'unknown-status':
        out.push({ code: CODES.unknownStatus, params: { orderNumber: order.number, value: order.status }, technical: { message: f.message } });
        break;
    }
  }
  return out;
}
