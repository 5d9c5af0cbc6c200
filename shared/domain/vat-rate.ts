import type { Lang } from '../i18n/lang';
import { dec } from './money';

/**
 * VAT rates as people type them and as the profile keys them. The profile writes a rate
 * in percent with a dot and no trailing zeros ("25", "12.5"); a Danish owner types
 * "12,5" and means 12.5 %, never 125 %.
 */
const TYPED_RATE = /^\s*(\d{1,3})(?:[.,](\d{1,4}))?\s*%?\s*$/;

/** The rate a person typed ("12,5", "12.5", "25 %"), in the profile's form; null when it is not a rate from 0 to 100. */
export function parseVatRate(text: string): string | null {
  const match = TYPED_RATE.exec(text);
  if (!match) return null;
  const whole = String(Number(match[1]));
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const rate = fraction ? `${whole}.${fraction}` : whole;
  return Number(rate) <= 100 ? rate : null;
}

/** A profile rate ("12.5") the way the language writes it: "12,5" in Danish. */
export function formatVatRate(rate: string, language: Lang): string {
  return language === 'da' ? rate.replace('.', ',') : rate;
}

/** A `productGroups` key: a rate ("25") or, with One-Stop-Shop, a country and rate ("DE:19"). */
const TYPED_COUNTRY_RATE = /^\s*([A-Za-z]{2})\s*[:\s]\s*(.+)$/;

/**
 * What a person typed to add a product group row: a rate ("12,5") or an EU country and
 * its rate ("DE:19", "de 19", "FR:5,5"), in the profile's key form; null otherwise.
 */
export function parseProductGroupKey(text: string): string | null {
  const m = TYPED_COUNTRY_RATE.exec(text);
  if (!m) return parseVatRate(text);
  const rate = parseVatRate(m[2]);
  return rate === null ? null : `${m[1].toUpperCase()}:${rate}`;
}

/** A key's country (null for a plain rate) and rate: "DE:19" → DE and 19. */
export function splitProductGroupKey(key: string): { country: string | null; rate: string } {
  const i = key.indexOf(':');
  return i < 0 ? { country: null, rate: key } : { country: key.slice(0, i), rate: key.slice(i + 1) };
}

/**
 * The product group of the highest home rate ("25" → 1), for a product whose home rate an
 * order does not show (reverse charge, export). One-Stop-Shop keys ("DE:19") are another
 * country's rate and never count; undefined when the profile maps no home rate.
 */
export function highestHomeRateGroup(productGroups: Readonly<Record<string, number>>): { rate: string; group: number } | undefined {
  const rates = Object.keys(productGroups).filter((key) => splitProductGroupKey(key).country === null);
  if (rates.length === 0) return undefined;
  const rate = rates.reduce((a, b) => (dec(a).gte(dec(b)) ? a : b));
  return { rate: dec(rate).toFixed(), group: productGroups[rate] };
}

/** A One-Stop-Shop key ("DE:19") rather than a home rate ("25"). */
export function isOssKey(key: string): boolean {
  return splitProductGroupKey(key).country !== null;
}

/** The One-Stop-Shop keys of a `productGroups` mapping ("DE:19" → 11), without its home rates. */
export function ossGroupsOf<T>(productGroups: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(productGroups).filter(([key]) => isOssKey(key)));
}

/** A `productGroups` mapping with its home rates kept and its One-Stop-Shop keys replaced by `oss`. */
export function withOssGroups<T>(productGroups: Readonly<Record<string, T>>, oss: Readonly<Record<string, T>>): Record<string, T> {
  return { ...Object.fromEntries(Object.entries(productGroups).filter(([key]) => !isOssKey(key))), ...oss };
}

/** Home rates first, highest first; then One-Stop-Shop keys by country, each country's highest rate first. */
export function byProductGroupKey(a: string, b: string): number {
  const x = splitProductGroupKey(a);
  const y = splitProductGroupKey(b);
  if ((x.country === null) !== (y.country === null)) return x.country === null ? -1 : 1;
  return (x.country ?? '').localeCompare(y.country ?? '') || dec(y.rate).comparedTo(dec(x.rate));
}

/** A key as the owner reads it, without the percent sign: "12,5", or "DE 19" for Germany's 19 %. */
export function formatProductGroupKey(key: string, language: Lang): string {
  const { country, rate } = splitProductGroupKey(key);
  return `${country ? `${country} ` : ''}${formatVatRate(rate, language)}`;
}
