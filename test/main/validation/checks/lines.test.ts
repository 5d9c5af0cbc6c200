import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../../../main/validation';
import { BEANIE, baseOrder, goodContext } from '../../../../scripts/reliability/bad-orders/base';

/** Quantities of the lines an invoice is made of: negative ones belong to refunds (LB-1009), unreadable ones are reported (LB-1014). */
describe('the quantity of an order line', () => {
  const problemsWithQuantity = (quantity: string) => {
    const { order, findings } = baseOrder(BEANIE);
    order.lines[0].quantity = quantity;
    return validateOrder(order, goodContext({ findings })).filter((p) => p.code === 'LB-1009' || p.code === 'LB-1014');
  };

  it('passes whole, decimal and long decimal quantities', () => {
    for (const quantity of ['1', '2', '1.5', '0.25', '0.333333', '12', '0', '1e2']) expect(problemsWithQuantity(quantity), quantity).toEqual([]);
  });

  it('reports a negative quantity, minus zero included (decimal.js reads "-0" as negative), naming the line and its quantity', () => {
    for (const quantity of ['-1', '-0.5', '-0', '-0.00', '-0.333333']) {
      expect(problemsWithQuantity(quantity), quantity).toEqual([{ code: 'LB-1009', params: expect.objectContaining({ line: 1, quantity }) }]);
    }
  });

  it('reports a quantity that is no number, naming its field', () => {
    for (const quantity of ['two', '1,5', '1.2.3']) {
      expect(problemsWithQuantity(quantity), quantity).toEqual([{ code: 'LB-1014', params: expect.objectContaining({ field: 'lines[0].quantity', value: quantity }) }]);
    }
  });
});
