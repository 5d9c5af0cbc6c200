import { describe, expect, it } from 'vitest';
import { decideRules } from '../../../main/engine/rules';
import { ruleSchema, type Rule } from '../../../shared/profile/schema';
import { buildOrder, danishBuyer, grossLine } from '../../helpers/orders';

const rule = (r: Partial<Rule> & Pick<Rule, 'id' | 'then'>): Rule => ruleSchema.parse({ name: r.id, ...r });
const order = (overrides: Parameters<typeof buildOrder>[0] extends infer P ? Partial<P> : never = {}) =>
  buildOrder({ lines: [grossLine('1', 'KOP-01', 1, '1250.00')], ...overrides });

describe('the consultant\'s rules', () => {
  it('keeps bank transfers as drafts and says which rule did it', () => {
    const rules = [rule({ id: 'bank', name: 'Bankoverførsel bogføres aldrig automatisk', when: [{ field: 'paymentMethod', op: 'eq', value: 'bacs' }], then: [{ type: 'keepAsDraft' }] })];
    const decision = decideRules(order({ paymentId: 'bacs' }), rules);
    expect(decision.keepAsDraft).toBe(true);
    expect(decision.matched).toEqual([{ id: 'bank', name: 'Bankoverførsel bogføres aldrig automatisk' }]);
    expect(decideRules(order({ paymentId: 'mobilepay' }), rules).keepAsDraft).toBe(false);
  });

  it('compares totals as decimals, not text', () => {
    const big = [rule({ id: 'big', when: [{ field: 'total', op: 'gte', value: '1000' }], then: [{ type: 'holdForReview' }] })];
    expect(decideRules(order(), big).holdForReview).toBe(true); // 1250.00 ≥ 1000
    expect(decideRules(buildOrder({ lines: [grossLine('1', 'KOP-01', 1, '999.99')] }), big).holdForReview).toBe(false);
  });

  it('tells businesses from consumers and routes them to their own customer and layout', () => {
    const rules = [
      rule({ id: 'b2b', when: [{ field: 'customerType', op: 'eq', value: 'b2b' }, { field: 'hasVatNumber', op: 'eq', value: true }], then: [{ type: 'useCustomer', customerNumber: 77 }, { type: 'useLayout', layoutNumber: 21 }] }),
    ];
    const business = order({ billing: danishBuyer({ company: 'Firma ApS', vatNumber: 'DK12345678' }) });
    expect(decideRules(business, rules)).toMatchObject({ customerNumber: 77, layoutNumber: 21 });
    expect(decideRules(order(), rules).matched).toEqual([]);
  });

  it('stops at a rule marked stop and ignores disabled rules', () => {
    const rules = [
      rule({ id: 'off', enabled: false, when: [], then: [{ type: 'skip' }] }),
      rule({ id: 'first', when: [{ field: 'country', op: 'in', value: ['dk', 'se'] }], then: [{ type: 'usePaymentTerms', paymentTermsNumber: 2 }], stop: true }),
      rule({ id: 'never', when: [], then: [{ type: 'skip' }] }),
    ];
    const decision = decideRules(order(), rules);
    expect(decision.skip).toBe(false);
    expect(decision.paymentTermsNumber).toBe(2);
    expect(decision.matched.map((m) => m.id)).toEqual(['first']);
  });

  it('matches shipping methods, tags and order meta', () => {
    const o = order({ shipping: [grossLine('s', null, 1, '39.00', '25', 'shipping')] });
    o.tags = ['engros'];
    o.meta = { _wc_source: 'pos' };
    expect(decideRules(o, [rule({ id: 'a', when: [{ field: 'shippingMethod', op: 'eq', value: 'GLS' }], then: [{ type: 'skip' }] })]).skip).toBe(true);
    expect(decideRules(o, [rule({ id: 'b', when: [{ field: 'tag', op: 'contains', value: 'engro' }], then: [{ type: 'skip' }] })]).skip).toBe(true);
    expect(decideRules(o, [rule({ id: 'c', when: [{ field: 'meta', key: '_wc_source', op: 'eq', value: 'POS' }], then: [{ type: 'skip' }] })]).skip).toBe(true);
  });
});
