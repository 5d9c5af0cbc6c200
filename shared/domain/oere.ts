import { amountOfOereDigits, dec, money, sum, type Amount } from './money';

/**
 * Amounts in whole øre as JavaScript integers, for the engine's per-order arithmetic on
 * amounts the shops and money() already wrote with two decimals: exact integer sums, products
 * and rounded quotients instead of a decimal.js object per step (which was most of planning an
 * invoice). Only integers below 2^53 are used, where every operation is exact; each function
 * returns null for a value that is not such an amount or a result that would not fit, and the
 * caller then takes the decimal path (shared/domain/money.ts), whose results these equal.
 */

/** An amount as money() writes it or a shop sends it: "-12.34", "7.5", "7"; up to 15 digits. */
const AMOUNT_TEXT = /^-?\d{1,13}(?:\.\d{1,2})?$/;

/** The amount in whole øre ("-12.34" → -1234), or null when it is not such a text. */
export function oereOf(amount: string): number | null {
  if (!AMOUNT_TEXT.test(amount)) return null;
  const point = amount.indexOf('.');
  if (point < 0) return Number(amount) * 100 || 0;
  const fraction = amount.slice(point + 1);
  const oere = Number(amount.slice(0, point) + (fraction.length === 1 ? `${fraction}0` : fraction));
  return oere === 0 ? 0 : oere; // "-0.00" is 0 øre, not -0
}

/** dec(amount).isZero(), in øre for an amount written with two decimals at most (throws like dec for a text that is no number). */
export function isZeroAmount(amount: string): boolean {
  const oere = oereOf(amount);
  return oere === null ? dec(amount).isZero() : oere === 0;
}

/** Whole øre written as money() writes an amount: "-12.34", "0.00". */
export function amountOfOere(oere: number): Amount {
  return amountOfOereDigits(oere < 0, String(Math.abs(oere)));
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
