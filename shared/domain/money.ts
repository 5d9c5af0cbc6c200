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
  if (typeof value === 'string') return parsedText(value);
  return new D(value as Decimal.Value);
}

/**
 * The decimal `new D(text)` gives, parsed once for every text seen again: an order's lines
 * repeat the same few texts ("25" as the VAT rate, "1" as the quantity, "0.00", the prices
 * of the shop's products) tens of times per order, and parsing was the largest part of
 * normalising one. Decimals are immutable, so sharing one is safe; a text that does not
 * parse throws as before and is not kept. Bounded: emptied when full, never grows with a sync.
 */
function parsedText(text: string): Dec {
  let parsed = PARSED.get(text);
  if (parsed === undefined) {
    parsed = new D(text);
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    PARSED.set(text, parsed);
  }
  return parsed;
}

const PARSED = new Map<string, Dec>();
const PARSED_LIMIT = 4096;

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
  // A number is read through its shortest round-trip text, parsed once per text like any other.
  if (typeof value === 'number') return Number.isFinite(value) ? parsedText(String(value)) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  try {
    const parsed = parsedText(text);
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
  if (typeof value === 'number') return parsedText(String(value));
  if (typeof value === 'string') return parsedText(value.trim());
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
  const decimal = dec(value as Decimal.Value);
  return decimal.isFinite() ? roundedToOere(decimal.toFixed()) : decimal.toFixed(2);
}

/**
 * What money() writes for an amount a shop sent, when the shop already wrote it that way
 * ("279.20"): the text as it is, without reading it into a decimal; else undefined.
 */
export function moneyOfRead(value: unknown): Amount | undefined {
  return typeof value === 'string' && MONEY_TEXT.test(value) ? value : undefined;
}

/**
 * A decimal's exact plain text ("-12.345") rounded half away from zero to the øre, in integer
 * øre: decimal.js rounding a copy and printing it was most of what the engine's money() cost.
 * Whole øre up to 15 digits are exact as numbers (below 2^53), longer ones go through bigint.
 */
function roundedToOere(text: string): Amount {
  const negative = text.charCodeAt(0) === 45; // '-'
  const point = text.indexOf('.');
  const whole = text.slice(negative ? 1 : 0, point < 0 ? undefined : point);
  const fraction = point < 0 ? '' : text.slice(point + 1);
  const oereText = whole + (fraction.length >= 2 ? fraction.slice(0, 2) : fraction.padEnd(2, '0'));
  // Half an øre or more (the third decimal 5–9) rounds away from zero, less towards it.
  const up = fraction.length > 2 && fraction.charCodeAt(2) >= 53; // '5'
  const oere = oereText.length <= 15 ? String(Number(oereText) + (up ? 1 : 0)) : String(BigInt(oereText) + (up ? 1n : 0n));
  return amountOfOereDigits(negative, oere);
}

/** Whole øre given as unsigned digits without leading zeros ("1234", "5"), written as money() writes an amount: "-12.34", "0.05"; zero never "-0.00". */
export function amountOfOereDigits(negative: boolean, oere: string): Amount {
  const digits = oere.padStart(3, '0');
  return `${negative && oere !== '0' ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** What money() returns for a value that needs no rounding: up to 15 integer digits, never "-0.00". */
const MONEY_TEXT = /^(?:(?:0|[1-9]\d{0,14})\.\d\d|-(?:[1-9]\d{0,14}\.\d\d|0\.(?:0[1-9]|[1-9]\d)))$/;

/** Exact string without trailing-zero noise beyond what is needed (quantities, rates). */
export function plain(value: Dec | Decimal.Value): string {
  // A text already written so ("25", "7.5": every VAT rate) is that text, without a decimal made and printed.
  if (typeof value === 'string' && PLAIN_TEXT.test(value)) return value;
  return dec(value as Decimal.Value).toFixed();
}

/** What toFixed() writes for a non-negative decimal: no leading zeros, no trailing zeros after the point, no exponent. */
const PLAIN_TEXT = /^(?:0|[1-9]\d{0,19})(?:\.\d{0,19}[1-9])?$/;

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
