import type { Order } from '../../shared/domain/order';
import { dec, isDecimal } from '../../shared/domain/money';
import type { Rule, RuleCondition } from '../../shared/profile/schema';

/** What the consultant's rules decided for one order; stored per order and shown. */
export interface RuleDecision {
  keepAsDraft: boolean;
  skip: boolean;
  holdForReview: boolean;
  /** Book this order on its own invoice even when the profile books days (postingUnit "day"). */
  ownInvoice: boolean;
  layoutNumber?: number;
  paymentTermsNumber?: number;
  customerNumber?: number;
  /** The rules that matched, in order, so the owner sees why. */
  matched: Array<{ id: string; name: string }>;
}

export const NO_RULES_MATCHED: RuleDecision = { keepAsDraft: false, skip: false, holdForReview: false, ownInvoice: false, matched: [] };

function valuesOf(condition: RuleCondition): string[] {
  const v = condition.value;
  if (Array.isArray(v)) return v.map((x) => x.toLowerCase());
  if (typeof v === 'string') return [v.toLowerCase()];
  if (typeof v === 'boolean') return [String(v)];
  return [];
}

/** The order's value(s) for a condition field, lower-cased; several for multi-valued fields. */
function orderValues(order: Order, condition: RuleCondition): string[] {
  switch (condition.field) {
    case 'paymentMethod':
      return [order.payment.id, order.payment.title].map((s) => s.toLowerCase());
    case 'shippingMethod':
      return order.shippingLines.flatMap((l) => [l.methodId ?? '', l.name]).filter(Boolean).map((s) => s.toLowerCase());
    case 'country':
      return [order.billing.country.toLowerCase()];
    case 'currency':
      return [order.currency.toLowerCase()];
    case 'total':
      return [order.totals.total];
    case 'customerType':
      return [order.billing.company || order.billing.vatNumber ? 'b2b' : 'b2c'];
    case 'hasVatNumber':
      return [String(Boolean(order.billing.vatNumber))];
    case 'tag':
      return order.tags.map((t) => t.toLowerCase());
    case 'meta': {
      const value = condition.key !== undefined ? order.meta[condition.key] : undefined;
      return value === undefined ? [] : [value.toLowerCase()];
    }
  }
}

function compareNumbers(actual: string, expected: string, op: RuleCondition['op']): boolean {
  if (!isDecimal(actual) || !isDecimal(expected)) return false;
  const c = dec(actual).comparedTo(dec(expected));
  switch (op) {
    case 'gt':
      return c > 0;
    case 'gte':
      return c >= 0;
    case 'lt':
      return c < 0;
    case 'lte':
      return c <= 0;
    default:
      return c === 0;
  }
}

export function conditionHolds(order: Order, condition: RuleCondition): boolean {
  const actual = orderValues(order, condition);
  const expected = valuesOf(condition);
  switch (condition.op) {
    case 'exists':
      return actual.some((a) => a !== '');
    case 'eq':
      return condition.field === 'total'
        ? compareNumbers(actual[0], expected[0] ?? '', 'eq')
        : actual.some((a) => expected.includes(a));
    case 'ne':
      return condition.field === 'total'
        ? !compareNumbers(actual[0], expected[0] ?? '', 'eq')
        : !actual.some((a) => expected.includes(a));
    case 'in':
      return actual.some((a) => expected.includes(a));
    case 'notIn':
      return !actual.some((a) => expected.includes(a));
    case 'contains':
      return actual.some((a) => expected.some((e) => a.includes(e)));
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compareNumbers(actual[0] ?? '', expected[0] ?? '', condition.op);
  }
}

/** Applies the ordered rule list; later matching rules add to (and may override) earlier ones unless a rule says stop. */
export function decideRules(order: Order, rules: Rule[]): RuleDecision {
  const decision: RuleDecision = { ...NO_RULES_MATCHED, matched: [] };
  for (const rule of rules) {
    if (!rule.enabled) continue;
    if (!rule.when.every((c) => conditionHolds(order, c))) continue;
    decision.matched.push({ id: rule.id, name: rule.name });
    for (const action of rule.then) {
      switch (action.type) {
        case 'keepAsDraft':
          decision.keepAsDraft = true;
          break;
        case 'skip':
          decision.skip = true;
          break;
        case 'holdForReview':
          decision.holdForReview = true;
          break;
        case 'useLayout':
          decision.layoutNumber = action.layoutNumber;
          break;
        case 'usePaymentTerms':
          decision.paymentTermsNumber = action.paymentTermsNumber;
          break;
        case 'useCustomer':
          decision.customerNumber = action.customerNumber;
          break;
        case 'ownInvoice':
          decision.ownInvoice = true;
          break;
      }
    }
    if (rule.stop) break;
  }
  return decision;
}
