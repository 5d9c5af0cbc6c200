import { describe, expect, it } from 'vitest';
import { dec, decimalPlaces, eqMoney, isDecimal, money, moneyOfRead, parseAmount, plain, round2, sum } from '../../../shared/domain/money';

/** Money as Danish invoices and e-conomic count it: exact decimals, øre rounded half away from zero. */
describe('money', () => {
  it.each([
    ['0.005', '0.01'],
    ['0.015', '0.02'],
    ['0.025', '0.03'], // half-even would give 0.02
    ['1.125', '1.13'], // half-even would give 1.12
    ['2.675', '2.68'], // a binary float gives 2.67
    ['0.0049999', '0.00'],
    ['-0.005', '-0.01'], // away from zero on a credit line
    ['-1.125', '-1.13'],
    ['1234567.895', '1234567.90'],
  ])('rounds %s to the øre as %s', (exact, rounded) => {
    expect(money(exact)).toBe(rounded);
    expect(round2(dec(exact)).toFixed(2)).toBe(rounded);
  });

  it.each([
    ['125.00', '125.00'],
    ['-5.30', '-5.30'],
    ['0.07', '0.07'],
    ['-0.07', '-0.07'],
    ['007.50', '7.50'], // leading zeros are not how an amount is written
    ['+7.50', '7.50'],
    ['7.5', '7.50'],
    ['7', '7.00'],
    ['1e3', '1000.00'],
    ['123456789012345678.00', '123456789012345678.00'], // beyond the 15 digits taken as they are
  ])('writes %s as the amount %s, whether it came written as one or not', (text, amount) => {
    expect(money(text)).toBe(amount);
    expect(money(dec(text))).toBe(amount);
  });

  it('adds 0.10 + 0.20 to exactly 0.30, never 0.30000000000000004', () => {
    expect(sum(['0.10', '0.20']).toFixed()).toBe('0.3');
    expect(sum([dec('0.10'), '0.20', 0.05]).eq('0.35')).toBe(true);
    expect(sum([]).toFixed()).toBe('0');
  });

  it('keeps precision far beyond a float: 10 million kroner divided by 3 and back', () => {
    expect(dec('10000000.00').div(3).times(3).toFixed(2)).toBe('10000000.00');
    expect(dec('0.1').times(3).toFixed()).toBe('0.3');
  });

  it('reads amounts as shops send them: strings (trimmed), JSON numbers as printed, nothing as 0', () => {
    expect(parseAmount(' 125.50 ').toFixed(2)).toBe('125.50');
    expect(parseAmount(0.1).toFixed()).toBe('0.1');
    expect(parseAmount(1234.5).toFixed(2)).toBe('1234.50');
    expect(parseAmount('').toFixed()).toBe('0');
    expect(parseAmount(null).toFixed()).toBe('0');
    expect(parseAmount(undefined).toFixed()).toBe('0');
    expect(() => parseAmount({ amount: '1' })).toThrow(TypeError);
    expect(() => parseAmount(true)).toThrow(/not an amount: true/);
  });

  it('treats a missing amount as zero and accepts decimals in every form', () => {
    expect(dec(null).toFixed()).toBe('0');
    expect(dec(undefined).toFixed()).toBe('0');
    expect(dec('').toFixed()).toBe('0');
    expect(dec('-12.5').toFixed(2)).toBe('-12.50');
  });

  it('tells a decimal from anything else', () => {
    for (const yes of ['1', ' 12.50 ', '-0.01', '1e3', 0, 12.5]) expect(isDecimal(yes), String(yes)).toBe(true);
    for (const no of ['', '   ', 'abc', '12,50', '1.2.3', NaN, Infinity, null, undefined, {}, '∞']) expect(isDecimal(no), String(no)).toBe(false);
  });

  it('compares amounts to the øre and prints quantities and rates without noise', () => {
    expect(eqMoney('10.004', '10.00')).toBe(true);
    expect(eqMoney('10.005', '10.00')).toBe(false);
    expect(eqMoney(dec('-0.005'), '-0.01')).toBe(true);
    expect(plain('7.50')).toBe('7.5');
    expect(plain(dec('25'))).toBe('25');
    // Text already written as toFixed() writes it stays as it is; any other is read and written again.
    expect(['25', '7.5', '0', '0.25', '100.125'].map(plain)).toEqual(['25', '7.5', '0', '0.25', '100.125']);
    expect(['025', '25.0', '-0', '-7.5', '1e2', '.5'].map(plain)).toEqual(['25', '25', '0', '-7.5', '100', '0.5']);
    expect(() => plain(' 25 ')).toThrow();
    expect(decimalPlaces('12.345')).toBe(3);
    expect(decimalPlaces('12')).toBe(0);
  });

  it('prints an amount that rounds to no øre as 0.00, never -0.00, whether from text or a decimal', () => {
    // -0.004 is less than half an øre below zero: rounded half away from zero it is 0.
    for (const tiny of ['-0.004', '-0.001', '-0.0049999', '-1e-30', '-0']) {
      expect(money(tiny), tiny).toBe('0.00');
      expect(money(dec(tiny)), tiny).toBe('0.00');
    }
    // Half an øre below zero is a whole øre below zero.
    expect(money(dec('-0.005'))).toBe('-0.01');
    expect(money(dec('-0.0050001'))).toBe('-0.01');
  });

  it('reads the same text to the same value every time, also after more different texts than it keeps', () => {
    // Worked by hand: n + 0.005 rounds up to the next øre, n.xx5 away from zero.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 5000; i++) {
        const text = `${i}.125`;
        expect(dec(text).toFixed(3)).toBe(text);
        expect(money(text)).toBe(`${i}.13`);
      }
    }
    expect(dec('25').eq(25)).toBe(true);
    expect(dec('25')).toBe(dec('25')); // one decimal for a text seen again (decimals never change)
  });

  it('still refuses text that is no decimal, however often it is asked', () => {
    for (let i = 0; i < 3; i++) {
      expect(() => dec('12,50')).toThrow();
      expect(() => parseAmount('abc')).toThrow();
    }
  });

  it.each([
    ['9.995', '10.00'], // the øre carries into the krone
    ['-9.995', '-10.00'],
    ['0.994999', '0.99'],
    ['1e-30', '0.00'],
    ['1e21', '1000000000000000000000.00'],
    ['9999999999999.995', '10000000000000.00'], // 15 digits of øre after rounding
    ['99999999999999.995', '100000000000000.00'], // 16 digits of øre: beyond a safe float integer, exact all the same
    ['-12345678901234567890.125', '-12345678901234567890.13'],
    ['123456789012345678.994', '123456789012345678.99'],
  ])('rounds the computed decimal %s to the øre as %s, however many digits it has', (exact, rounded) => {
    // A computed decimal (a sum), not a text: money() rounds it itself.
    expect(money(dec(exact).plus(0))).toBe(rounded);
    expect(money(sum([exact, '0']))).toBe(rounded);
  });

  it('rounds a quotient as decimal.js computes it to 40 digits: 100 / 3 and 200 / 3 and their negatives', () => {
    expect(money(dec(100).div(3))).toBe('33.33'); // 33.333…
    expect(money(dec(200).div(3))).toBe('66.67'); // 66.666…
    expect(money(dec(-200).div(3))).toBe('-66.67');
    expect(money(dec('0.01').div(3).negated())).toBe('0.00'); // -0.00333… is no øre
  });

  it('takes an amount a shop sent already written as money() writes it, and only such an amount', () => {
    for (const text of ['279.20', '-5.30', '0.07', '0.00']) expect(moneyOfRead(text)).toBe(money(text));
    for (const value of ['7.5', '007.50', '-0.00', ' 1.00', '1.005', 279.2, null, undefined]) expect(moneyOfRead(value), String(value)).toBeUndefined();
  });
});

