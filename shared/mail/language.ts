import type { Lang } from '../i18n/lang';

/** Denmark and the realm's other countries read Danish; everyone else gets English. */
const DANISH_COUNTRIES = new Set(['DK', 'GL', 'FO']);

/**
 * The language of a customer's invoice mail: an explicit override (the owner's
 * choice for this customer or shop) wins, otherwise it follows the billing country.
 * An order without a country is treated as domestic, as a Danish shop's orders mostly are.
 */
export function chooseMailLanguage(country: string | null | undefined, override?: Lang | null): Lang {
  if (override) return override;
  const code = (country ?? '').trim().toUpperCase();
  if (code === '' || DANISH_COUNTRIES.has(code)) return 'da';
  return 'en';
}
