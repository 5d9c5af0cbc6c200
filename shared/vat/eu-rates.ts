import { dec } from '../domain/money';
import table from './eu-vat-rates.json';

/**
 * The VAT rates of the EU countries with the dates they apply from (eu-vat-rates.json, a
 * byte-for-byte copy of a public table; see SOURCES.md). Rates change (Finland 24 → 25.5 % on
 * 2024-09-01, Romania 19 → 21 % on 2025-08-01), so a rate is always looked up for a day.
 */

/** The 27 member states, by the ISO codes shops send (Greece is GR, not the VAT prefix EL). */
export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

interface Period {
  effective_from: string;
  rates: Record<string, number | undefined>;
  exceptions?: Array<{ name: string; postcode: string; standard: number }>;
}

const PERIODS = (table as unknown as { items: Record<string, Period[]> }).items;

function periodOn(country: string, day: string): Period | undefined {
  const periods = PERIODS[country.toUpperCase()];
  if (!periods || !EU_COUNTRIES.has(country.toUpperCase())) return undefined;
  return [...periods].sort((a, b) => (a.effective_from < b.effective_from ? 1 : -1)).find((p) => p.effective_from <= day);
}

/**
 * Every VAT rate (standard, reduced, super-reduced, parking) of an EU country on a day
 * (YYYY-MM-DD), as plain decimal strings, highest first; null outside the EU.
 */
export function vatRatesOn(country: string, day: string): string[] | null {
  const period = periodOn(country, day);
  if (!period) return null;
  const rates = new Set(Object.values(period.rates).flatMap((r) => (r === undefined ? [] : [dec(String(r)).toFixed()])));
  return [...rates].sort((a, b) => dec(b).cmp(dec(a)));
}

/** True when `rate` (e.g. "19", "19.00", "5.5") is one of the country's rates on that day. */
export function isVatRateOf(country: string, day: string, rate: string): boolean {
  const rates = vatRatesOn(country, day);
  if (!rates) return false;
  try {
    return rates.some((r) => dec(r).eq(dec(rate)));
  } catch {
    return false;
  }
}

/**
 * The territory outside the EU VAT area an address lies in (Canary Islands, Heligoland,
 * Mount Athos, …), by the country's postcode rules; null inside the VAT area.
 * Goods sent there are exports, not One-Stop-Shop sales.
 */
export function territoryOutsideVatArea(country: string, postcode: string, day: string): string | null {
  const period = periodOn(country, day);
  const zip = postcode.replace(/\s+/g, '');
  if (!period?.exceptions || zip === '') return null;
  return period.exceptions.find((e) => new RegExp(`^(?:${e.postcode})$`).test(zip))?.name ?? null;
}
