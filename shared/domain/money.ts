import Decimal from 'decimal.js';

/**
 * Money and quantities travel as decimal strings ("1234.50"). All arithmetic goes
 * through decimal.js so that no binary float ever touches an amount.
 * Rounding policy: commercial rounding (half away from zero) to two decimals,
 * the way Danish invoices and e-conomic round øre.
 */
export type Amount = string;

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export function dec(value: Decimal.Value | Dec | null | undefined): Dec {
  if (value === null || value === undefined || value === '') return new D(0);
  return new D(value as Decimal.Value);
}

/** True when the value parses as a finite decimal number. */
export function isDecimal(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    return new D(value.trim()).isFinite();
  } catch {
    return false;
  }
}

/**
 * Reads an amount as the shops send it: a string, or a number from plugins that
 * emit JSON numbers. Numbers are converted through their shortest round-trip
 * text, which is what the shop printed.
 */
export function parseAmount(value: unknown): Dec {
  if (value === null || value === undefined || value === '') return new D(0);
  if (typeof value === 'number') return new D(String(value));
  if (typeof value === 'string') return new D(value.trim());
  throw new TypeError(`not an amount: ${JSON.stringify(value)}`);
}

export function round2(value: Dec | Decimal.Value): Dec {
  return dec(value as Decimal.Value).toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** Two-decimal string, e.g. "125.00". */
export function money(value: Dec | Decimal.Value): Amount {
  return round2(value).toFixed(2);
}

/** Exact string without trailing-zero noise beyond what is needed (quantities, rates). */
export function plain(value: Dec | Decimal.Value): string {
  return dec(value as Decimal.Value).toFixed();
}

export function sum(values: Iterable<Dec | Decimal.Value>): Dec {
  let total = new D(0);
  for (const v of values) total = total.plus(dec(v as Decimal.Value));
  return total;
}

export function eqMoney(a: Dec | Decimal.Value, b: Dec | Decimal.Value): boolean {
  return round2(a).eq(round2(b));
}

export function decimalPlaces(value: Decimal.Value): number {
  return dec(value).decimalPlaces();
}
