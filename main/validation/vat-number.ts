/**
 * Format check of EU VAT numbers (the patterns VIES documents). This is only the
 * shape; whether the number is registered is VIES' business and needs a network
 * call, which validation deliberately does not make.
 */
const PATTERNS: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{12}$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
};

/** The VAT prefix of a country: the ISO code, except Greece. */
export function vatPrefix(country: string): string {
  return country === 'GR' ? 'EL' : country;
}

/**
 * True when `vatNumber` has the shape of a VAT number of `country` (ISO-2).
 * Spaces, dots and dashes are ignored; the country prefix is optional.
 */
export function isValidEuVatNumberFormat(vatNumber: string, country: string): boolean {
  const prefix = vatPrefix(country.toUpperCase());
  const pattern = PATTERNS[prefix];
  if (!pattern) return false;
  let compact = vatNumber.toUpperCase().replace(/[\s.\-]/g, '');
  if (compact.startsWith(prefix)) compact = compact.slice(prefix.length);
  return pattern.test(compact);
}
