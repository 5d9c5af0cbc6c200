import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountOfOere, amountSum, isZeroAmount, mulDivRounded, oereOf, ratioOf } from '../../../shared/domain/oere';
import { dec, money, sum } from '../../../shared/domain/money';

/** Whole øre as exact integers, and null wherever an amount or a result does not fit them. */
describe('amounts in whole øre', () => {
  it('reads amounts written with up to two decimals, and nothing else', () => {
    expect([oereOf('12.34'), oereOf('-12.34'), oereOf('7.5'), oereOf('7'), oereOf('0.07'), oereOf('-0.00'), oereOf('007.50')]).toEqual([1234, -1234, 750, 700, 7, 0, 750]);
    expect(Object.is(oereOf('-0.00'), -0)).toBe(false);
    for (const text of ['1.234', '1e3', '+7.50', ' 7.50', '', '.50', '7.', 'abc', '12345678901234.00']) expect(oereOf(text), text).toBeNull();
    expect(oereOf('9999999999999.99')).toBe(999_999_999_999_999);
  });

  it('reads exactly the texts of an optional minus, 1–13 digits and a point with 1–2 digits, to their value in øre', () => {
    // The form as a regular expression, and the value as decimal.js reads the text: the specification.
    const form = /^-?\d{1,13}(?:\.\d{1,2})?$/;
    const text = fc.stringMatching(/^-?[0-9]{0,15}(\.[0-9]{0,3})?[ e+a\n]?$/);
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 18 })), (amount) => {
        const oere = oereOf(amount);
        if (!form.test(amount)) expect(oere).toBeNull();
        else expect(oere === null ? null : dec(oere).div(100).toFixed()).toBe(dec(amount).toFixed());
        if (oere !== null) expect(Object.is(oere, -0)).toBe(false);
      }),
      { numRuns: 5000 },
    );
    for (const text of ['7.5x', '7.\n', '7\n', '12.-5', '--5', '-', '1.2.3']) expect(oereOf(text), JSON.stringify(text)).toBeNull();
  });

  it('writes øre as money() writes the amount', () => {
    expect([amountOfOere(1234), amountOfOere(-1234), amountOfOere(5), amountOfOere(-5), amountOfOere(0), amountOfOere(100)]).toEqual(['12.34', '-12.34', '0.05', '-0.05', '0.00', '1.00']);
    expect([amountOfOere(-0), amountOfOere(2 ** 53 - 1), amountOfOere(-(2 ** 53 - 1)), amountOfOere(99), amountOfOere(-100)]).toEqual(['0.00', '90071992547409.91', '-90071992547409.91', '0.99', '-1.00']);
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (oere) => {
        expect(amountOfOere(oere)).toBe(money(dec(oere).div(100)));
      }),
    );
  });

  it('reads a rate as a fraction: 25 → 25/1, 7.5 → 75/10, 0.25 → 25/100; no sign, at most 6 decimals', () => {
    expect([ratioOf('25'), ratioOf('7.5'), ratioOf('0.25'), ratioOf('0')]).toEqual([
      { numerator: 25, denominator: 1 },
      { numerator: 75, denominator: 10 },
      { numerator: 25, denominator: 100 },
      { numerator: 0, denominator: 1 },
    ]);
    for (const text of ['-25', '1.2345678', '1e2', '', '25%']) expect(ratioOf(text), text).toBeNull();
  });

  it('multiplies and divides with the rounding of øre, half away from zero', () => {
    // 0.5 → 1, −0.5 → −1, 0.4 → 0, 12.5 → 13, 1,875 × 25 ÷ 100 = 468.75 → 469
    expect([mulDivRounded(5, 1, 10), mulDivRounded(-5, 1, 10), mulDivRounded(4, 1, 10), mulDivRounded(25, 1, 2), mulDivRounded(1875, 25, 100)]).toEqual([1, -1, 0, 13, 469]);
    expect(mulDivRounded(2 ** 52, 4, 1)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 1, max: 1_000_000 }), (value, numerator, denominator) => {
        const exact = dec(value).times(numerator).div(denominator).toDecimalPlaces(0, 4 /* ROUND_HALF_UP: away from zero */);
        expect(String(mulDivRounded(value, numerator, denominator))).toBe(exact.toFixed());
      }),
      { numRuns: 3000 },
    );
  });

  it('tells a zero amount in øre where it is written so, and as a decimal where not', () => {
    for (const zero of ['0.00', '-0.00', '0', '0.0', '000.00', '0.000', '-0e5']) expect(isZeroAmount(zero), zero).toBe(true);
    for (const other of ['0.01', '-0.01', '0.001', '1e-9', '100']) expect(isZeroAmount(other), other).toBe(false);
    for (const no of ['abc', ' 0 ']) expect(() => isZeroAmount(no), no).toThrow();
    expect(isZeroAmount('')).toBe(true); // as dec reads no text: 0
  });

  it('adds amounts as money(sum(…)) does, in øre where they fit and as decimals where not', () => {
    expect(amountSum(['279.20', '95.20', '-31.2', '7'])).toBe('350.20');
    expect(amountSum(['0.10', '0.20'])).toBe('0.30');
    expect(amountSum(['-0.05', '0.05'])).toBe('0.00');
    expect(amountSum([])).toBe('0.00');
    // Beyond øre (three decimals) and beyond 2^53 øre: the decimal path, with its rounding.
    expect(amountSum(['1.005', '0.00'])).toBe('1.01');
    expect(amountSum(['90000000000000.00', '1.00'])).toBe('90000000000001.00');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }).map(amountOfOere), { maxLength: 8 }), (amounts) => {
        expect(amountSum(amounts)).toBe(money(sum(amounts)));
      }),
    );
  });
});

