import { amountOfOereDigits, dec, money, sum, type Amount } from './money';

/**
 * Amounts in whole øre as JavaScript integers, for the engine's per-order arithmetic on
 * amounts the shops and money() already wrote with two decimals: exact integer sums, products
 * and rounded quotients instead of a decimal.js object per step (which was most of planning an
 * invoice). Only integers below 2^53 are used, where every operation is exact; each function
 * returns null for a value that is not such an amount or a result that would not fit, and the
 * caller then takes the decimal path (shared/domain/money.ts), whose results these equal.
 */

/**
 * The amount in whole øre ("-12.34" → -1234), or null when it is not an amount as money()
 * writes it or a shop sends it: an optional minus, 1–13 digits, optionally a point and 1–2
 * digits ("-12.34", "7.5", "7"). Read digit by digit: the engine reads a few dozen amounts per
 * order, and a regular expression, two slices and a Number() each were a few per cent of it.
 */
export function oereOf(amount: string): number | null {
  const length = amount.length;
  let i = amount.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const wholeFrom = i;
  let whole = 0;
  for (; i < length; i++) {
    const digit = amount.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  const wholeDigits = i - wholeFrom;
  if (wholeDigits < 1 || wholeDigits > 13) return null;
  let fraction = 0;
  if (i < length) {
    // Only a point with one or two digits may follow.
    const decimals = length - i - 1;
    if (amount.charCodeAt(i) !== 46 || decimals < 1 || decimals > 2) return null; // '.'
    const tens = amount.charCodeAt(i + 1) - 48;
    const ones = decimals === 2 ? amount.charCodeAt(i + 2) - 48 : 0;
    if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return null;
    fraction = tens * 10 + ones;
  }
  const oere = whole * 100 + fraction; // below 10^15: exact
  return wholeFrom === 1 && oere !== 0 ? -oere : oere; // "-0.00" is 0 øre, not -0
}

/** dec(amount).isZero(), in øre for an amount written with two decimals at most (throws like dec for a text that is no number). */
export function isZeroAmount(amount: string): boolean {
  const oere = oereOf(amount);
  return oere === null ? dec(amount).isZero() : oere === 0;
}

/** Whole øre written as money() writes an amount: "-12.34", "0.00". */
export function amountOfOere(oere: number): Amount {
  const magnitude = Math.abs(oere);
  if (!Number.isSafeInteger(magnitude)) return amountOfOereDigits(oere < 0, String(magnitude));
  // Kroner and øre of an integer below 2^53: the quotient by 100 is exact after flooring.
  const kroner = Math.floor(magnitude / 100);
  const rest = magnitude - kroner * 100;
  return `${oere < 0 ? '-' : ''}${kroner}.${rest < 10 ? '0' : ''}${rest}`;
}

/** A non-negative decimal text as an integer fraction ("12.5" → 125/10), or null beyond 6 decimals. */
export interface Ratio {
  numerator: number;
  denominator: number;
}

const RATIO_TEXT = /^\d{1,9}(?:\.\d{1,6})?$/;

export function ratioOf(text: string): Ratio | null {
  if (!RATIO_TEXT.test(text)) return null;
  const point = text.indexOf('.');
  if (point < 0) return { numerator: Number(text), denominator: 1 };
  const decimals = text.length - point - 1;
  return { numerator: Number(text.slice(0, point) + text.slice(point + 1)), denominator: 10 ** decimals };
}

/**
 * `value × numerator ÷ denominator` rounded to a whole number half away from zero (as money()
 * rounds øre), or null when the product does not fit below 2^53. The denominator is positive.
 */
export function mulDivRounded(value: number, numerator: number, denominator: number): number | null {
  const product = value * numerator;
  if (!Number.isSafeInteger(product) || !Number.isSafeInteger(denominator)) return null;
  const magnitude = Math.abs(product);
  let quotient = Math.floor(magnitude / denominator);
  let rest = magnitude - quotient * denominator;
  // The float quotient can be off by one next to a whole number: settle it on the exact rest.
  if (rest < 0) {
    quotient--;
    rest += denominator;
  } else if (rest >= denominator) {
    quotient++;
    rest -= denominator;
  }
  if (2 * rest >= denominator) quotient++;
  return product < 0 ? -quotient : quotient;
}

/** money(sum(amounts)) for amounts written with two decimals at most: in øre where they fit. */
export function amountSum(amounts: readonly Amount[]): Amount {
  let total = 0;
  for (const amount of amounts) {
    const oere = oereOf(amount);
    total += oere ?? Number.NaN;
    if (!Number.isSafeInteger(total)) return money(sum(amounts));
  }
  return amountOfOere(total);
}
