import { describe, expect, it } from 'vitest';
import { canTransfer, validateOrder } from '../../../../main/validation';
import { BEANIE, baseOrder, goodContext } from '../../../../scripts/reliability/bad-orders/base';

describe("the buyer's name", () => {
  function withoutName() {
    const { order, findings } = baseOrder(BEANIE);
    Object.assign(order.billing, { name: '', firstName: '', lastName: '', company: null });
    return { order, findings };
  }

  it('is not needed for an invoice to the collective customer: the order goes through', () => {
    const { order, findings } = withoutName();
    const problems = validateOrder(order, goodContext({ findings }));
    expect(problems.map((p) => p.code)).not.toContain('LB-1004');
    expect(canTransfer(problems)).toBe(true);
  });

  it('is needed for a customer of its own in e-conomic: LB-1004 stops the order', () => {
    const { order, findings } = withoutName();
    const problems = validateOrder(order, goodContext({ findings }, { customers: { mode: 'perBuyer' } }));
    expect(problems.map((p) => p.code)).toContain('LB-1004');
    expect(canTransfer(problems)).toBe(false);
  });

  it('withheld by the shop is not the order\'s fault: no LB-1004 of its own (the order waits for the shop, engine/withheld-customer-data.ts)', () => {
    const { order, findings } = withoutName();
    order.withheld = ['name', 'email', 'phone', 'address'];
    const problems = validateOrder(order, goodContext({ findings }, { customers: { mode: 'perBuyer' } }));
    expect(problems.map((p) => p.code)).not.toContain('LB-1004');
  });
});
