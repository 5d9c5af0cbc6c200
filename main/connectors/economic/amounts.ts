import { dec, money, parseAmount, type Amount, type Dec } from '../../../shared/domain/money';

/**
 * e-conomic speaks JSON numbers for amounts. Inside LedgerBridge amounts are decimal strings.
 * These helpers are the only crossing point, so no float arithmetic happens on our side.
 */

/** A value the caller may hand to the client: a decimal string (preferred) or a number. */
export type WireDecimal = number | Amount;

/**
 * Converts to the JSON number e-conomic expects, rounded half-up to `places` decimals
 * (2 for prices and amounts — e-conomic rejects more with E04740). The decimal is rounded
 * first and only then turned into a number, so "0.1" + "0.2" style drift cannot appear.
 */
export function toWireNumber(value: WireDecimal | Dec, places = 2): number {
  const d = typeof value === 'number' ? parseAmount(value) : dec(value);
  if (!d.isFinite()) throw new RangeError(`not a finite amount: ${String(value)}`);
  return Number(d.toFixed(places));
}

export function toWireAmount(value: WireDecimal | Dec): number {
  return toWireNumber(value, 2);
}

/** Reads an amount from a response as a two-decimal string ("625.00"). */
export function readAmount(value: number | null | undefined): Amount {
  return money(parseAmount(value ?? 0));
}

/** Reads a number from a response exactly as sent (rates, quantities), e.g. "25" or "0.5". */
export function readDecimal(value: number | null | undefined): string {
  return parseAmount(value ?? 0).toFixed();
}
