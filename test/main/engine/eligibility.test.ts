import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../../main/engine/eligibility';
import { buildOrder, grossLine } from '../../helpers/orders';

const order = (status: string, cancelled = false) => {
  const o = buildOrder({ lines: [grossLine('1', 'KOP-01', 1, '100.00')], status });
  o.stage.cancelled = cancelled;
  return o;
};

describe('order stages', () => {
  it('transfers an order once it reaches one of the selected stages', () => {
    expect(checkEligibility(order('pending'), ['processing', 'completed'])).toEqual({ eligible: false, reason: 'stage-not-reached' });
    expect(checkEligibility(order('processing'), ['processing', 'completed'])).toEqual({ eligible: true });
    expect(checkEligibility(order('pre-ordered'), ['pre-ordered'])).toEqual({ eligible: true });
  });

  it('never transfers a cancelled order or a checkout draft', () => {
    expect(checkEligibility(order('cancelled', true), ['processing', 'cancelled'])).toEqual({ eligible: false, reason: 'cancelled' });
    expect(checkEligibility(order('checkout-draft'), ['checkout-draft'])).toEqual({ eligible: false, reason: 'draft-order' });
  });

  it('understands Shopify financial:fulfilment stages with wildcards', () => {
    expect(checkEligibility(order('paid:unfulfilled'), ['paid:*']).eligible).toBe(true);
    expect(checkEligibility(order('pending:fulfilled'), ['paid:*', '*:fulfilled']).eligible).toBe(true);
    expect(checkEligibility(order('pending:unfulfilled'), ['paid:*']).eligible).toBe(false);
  });
});
