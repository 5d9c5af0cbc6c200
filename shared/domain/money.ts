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

const ZERO = new D(0);

export function dec(value: Decimal.Value | Dec | null | undefined): Dec {
  if (value === null || value === undefined || value === '') return ZERO;
  // Decimals are immutable: one of ours is used as it is, not copied (the engine's hot path
  // passes amounts it already parsed through here several times per line).
  if (value instanceof D) return value;
  return new D(value as Decimal.Value);
}

/** True when the value parses as a finite decimal number. */
export function isDecimal(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return readDecimal(value) !== null;
}

/**
 * The finite decimal in `value` (a string, trimmed, or a number, read as parseAmount reads
 * it), or null when it holds none: isDecimal and parseAmount in one parse.
 */
export function readDecimal(value: unknown): Dec | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new D(String(value)) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  try {
    const parsed = new D(text);
    return parsed.isFinite() ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Reads an amount as the shops send it: a string, or a number from plugins that
 * emit JSON numbers. Numbers are converted through their shortest round-trip
 * text, which is what the shop printed.
 */
export function parseAmount(value: unknown): Dec {
  if (value === null || value === undefined || value === '') return ZERO;
  if (typeof value === 'number') return new D(String(value));
  if (typeof value === 'string') return new D(value.trim());
  throw new TypeError(`not an amount: ${JSON.stringify(value)}`);
}

export function round2(value: Dec | Decimal.Value): Dec {
  return dec(value as Decimal.Value).toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** Two-decimal string, e.g. "125.00". */
export function money(value: Dec | Decimal.Value): Amount {
  // Already an amount as money() writes it (the shops send most amounts so): the same text,
  // without parsing it into a decimal and printing it again.
  if (typeof value === 'string' && MONEY_TEXT.test(value)) return value;
  return round2(value).toFixed(2);
}

/** What money() returns for a value that needs no rounding: up to 15 integer digits, never "-0.00". */
const MONEY_TEXT = /^(?:(?:0|[1-9]\d{0,14})\.\d\d|-(?:[1-9]\d{0,14}\.\d\d|0\.(?:0[1-9]|[1-9]\d)))$/;

/** Exact string without trailing-zero noise beyond what is needed (quantities, rates). */
export function plain(value: Dec | Decimal.Value): string {
  return dec(value as Decimal.Value).toFixed();
}

export function sum(values: Iterable<Dec | Decimal.Value>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(dec(v as Decimal.Value));
  return total;
}

export function eqMoney(a: Dec | Decimal.Value, b: Dec | Decimal.Value): boolean {
  return round2(a).eq(round2(b));
}

export function decimalPlaces(value: Decimal.Value): number {
  return dec(value).decimalPlaces();
}
