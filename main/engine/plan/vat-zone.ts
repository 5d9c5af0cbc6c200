import type { Order } from '../../../shared/domain/order';
import type { Profile } from '../../../shared/profile/schema';

export const EU_COUNTRIES = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

export type VatZoneKind = 'domestic' | 'eu' | 'abroad';

/**
 * The e-conomic VAT zone from the billing country: the home country is domestic;
 * an EU business with a VAT number buys with reverse charge (EU zone); an EU consumer
 * pays Danish VAT (domestic zone); everyone outside the EU is abroad (export, no VAT).
 */
export function vatZoneFor(order: Order, profile: Pick<Profile, 'homeCountry' | 'vatZones'>): { kind: VatZoneKind; number: number } {
  const country = order.billing.country.toUpperCase();
  let kind: VatZoneKind;
  if (country === '' || country === profile.homeCountry.toUpperCase()) kind = 'domestic';
  else if (EU_COUNTRIES.has(country)) kind = order.billing.vatNumber ? 'eu' : 'domestic';
  else kind = 'abroad';
  return { kind, number: profile.vatZones[kind] };
}
