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

describe("the buyer's e-mail when LedgerBridge mails the invoice from e-conomic", () => {
  function withoutEmail() {
    const { order, findings } = baseOrder(BEANIE);
    order.billing.email = null;
    return { order, findings };
  }

  it('left out of the order stops it: LB-1005, the owner adds it in the shop', () => {
    const { order, findings } = withoutEmail();
    const problems = validateOrder(order, goodContext({ findings, requireEmail: true }));
    expect(problems.map((p) => p.code)).toContain('LB-1005');
    expect(canTransfer(problems)).toBe(false);
  });

  it('withheld by the shop does not stop the invoice: it is booked and its mail waits for the address', () => {
    const { order, findings } = withoutEmail();
    order.withheld = ['name', 'email', 'phone', 'address'];
    const problems = validateOrder(order, goodContext({ findings, requireEmail: true }));
    expect(problems.map((p) => p.code)).not.toContain('LB-1005');
    expect(canTransfer(problems)).toBe(true);
  });
});
