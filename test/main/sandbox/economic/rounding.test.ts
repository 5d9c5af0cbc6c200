import { describe, expect, it } from 'vitest';
import { roundToOre } from '../../../../main/sandbox/economic/rounding';
import { computeTotals, type LineInput } from '../../../../main/sandbox/economic/totals';

/**
 * The sandbox's own rounding stands in for e-conomic's, so it is checked against examples
 * worked by hand, never against the engine's money helpers: commercial rounding, half away
 * from zero, per line or once per VAT rate on the invoice.
 */
describe("the e-conomic sandbox's rounding to øre", () => {
  it.each([
    ['0', '0.00'],
    ['12.3', '12.30'],
    ['0.004', '0.00'],
    ['0.00499999', '0.00'],
    ['0.005', '0.01'], // half goes up, not to the even 0.00
    ['0.025', '0.03'], // half-even would give 0.02
    ['1.125', '1.13'], // half-even would give 1.12
    ['2.675', '2.68'], // the value a binary float rounds to 2.67
    ['7.4925', '7.49'],
    ['22.4975', '22.50'],
    ['1234567.895', '1234567.90'],
    ['-0.005', '-0.01'], // away from zero on a credit line too
    ['-7.4951', '-7.50'],
    ['-0.004', '0.00'],
  ])('%s → %s', (exact, rounded) => {
    expect(roundToOre(exact)).toBe(rounded);
  });

  it('refuses anything but a plain decimal, rather than guess', () => {
    expect(() => roundToOre('1e-7')).toThrow(/plain decimal/);
  });
});

const line = (quantity: string, unitNetPrice: string, vatRate: string, discountPercentage = '0'): LineInput => ({
  quantity,
  unitNetPrice,
  vatRate,
  discountPercentage,
  unitCostPrice: '0',
  priced: true,
});

describe('invoice totals in both VAT rounding modes, worked by hand', () => {
  it('per line: three lines of 0.10 at 25 % carry 0.025 → 0.03 VAT each, 0.09 in all', () => {
    const lines = [line('1', '0.10', '25'), line('1', '0.10', '25'), line('1', '0.10', '25')];
    const { totals } = computeTotals(lines, '100', 'line');
    expect(totals).toMatchObject({ netAmount: '0.30', vatAmount: '0.09', grossAmount: '0.39' });
  });

  it('on the total: the same lines give 0.30 × 25 % = 0.075 → 0.08', () => {
    const lines = [line('1', '0.10', '25'), line('1', '0.10', '25'), line('1', '0.10', '25')];
    expect(computeTotals(lines, '100', 'invoice').totals).toMatchObject({ netAmount: '0.30', vatAmount: '0.08', grossAmount: '0.38' });
  });

  it('on the total: two lines of 0.01 at 25 % make 0.005 → 0.01 (half-even would drop it); per line each 0.0025 → 0.00', () => {
    const lines = [line('1', '0.01', '25'), line('1', '0.01', '25')];
    expect(computeTotals(lines, '100', 'invoice').totals).toMatchObject({ vatAmount: '0.01', grossAmount: '0.03' });
    expect(computeTotals(lines, '100', 'line').totals).toMatchObject({ vatAmount: '0.00', grossAmount: '0.02' });
  });

  it('rounds once per VAT rate, not across rates: 10.01 + 10.01 at 25 % and 5.00 at 0 %', () => {
    // per line: 2.5025 → 2.50 twice = 5.00; on the total: 20.02 × 25 % = 5.005 → 5.01, and 0 on the 5.00
    const lines = [line('1', '10.01', '25'), line('1', '10.01', '25'), line('1', '5.00', '0')];
    expect(computeTotals(lines, '100', 'line').totals).toMatchObject({ netAmount: '25.02', vatAmount: '5.00', grossAmount: '30.02' });
    expect(computeTotals(lines, '100', 'invoice').totals).toMatchObject({ netAmount: '25.02', vatAmount: '5.01', grossAmount: '30.03' });
  });

  it('rounds the discounted line net before VAT: 3 × 33.33 less 10 % = 89.991 → 89.99, VAT 22.4975 → 22.50', () => {
    const { lines, totals } = computeTotals([line('3', '33.33', '25', '10')], '100', 'line');
    expect(lines[0].totalNetAmount).toBe('89.99');
    expect(totals).toMatchObject({ netAmount: '89.99', vatAmount: '22.50', grossAmount: '112.49' });
  });

  it('rounds a credit line away from zero: −0.02 at 25 % is −0.005 VAT → −0.01', () => {
    const { totals } = computeTotals([line('-1', '0.02', '25')], '100', 'line');
    expect(totals).toMatchObject({ netAmount: '-0.02', vatAmount: '-0.01', grossAmount: '-0.03' });
  });

  it('converts to base currency at the rate per 100 and rounds that too: 10.01 EUR at 746.00 = 74.6746 → 74.67 DKK net', () => {
    const { totals } = computeTotals([line('1', '10.01', '25')], '746', 'line');
    // VAT 2.5025 → 2.50, gross 12.51 EUR → 93.3246 → 93.32 DKK
    expect(totals).toMatchObject({ netAmountInBaseCurrency: '74.67', grossAmountInBaseCurrency: '93.32' });
  });
});
