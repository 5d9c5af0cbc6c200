import { danishDate } from '../domain/danish-date';
import type { Order } from '../domain/order';
import type { Profile } from '../profile/schema';
import { EU_COUNTRIES, territoryOutsideVatArea } from './eu-rates';

/**
 * How an order is taxed, decided once and used by validation, the invoice plan, credit notes
 * and the OSS report alike:
 * - `domestic`: sold at home (or, without OSS, to a consumer anywhere in the EU) at home VAT;
 * - `eu-business`: an EU business with a VAT number buys without VAT (reverse charge);
 * - `export`: outside the EU VAT area, no VAT;
 * - `oss`: with the profile's `oss` on, a consumer in another EU country pays that country's
 *   VAT, reported through the One-Stop-Shop.
 */
export type VatTreatment =
  | { kind: 'domestic' }
  | { kind: 'eu-business' }
  | { kind: 'export'; territory?: string }
  | { kind: 'oss'; country: string };

/** The day an order is taxed on: its invoice date, the Danish date it was paid, else placed. */
export function taxDay(order: Pick<Order, 'dates'>): string {
  return danishDate(order.dates.paid ?? order.dates.created);
}

/**
 * Without OSS the billing country decides, as it always has. With OSS the goods' destination
 * does (the delivery address, else the billing address): that is where a consumer's purchase
 * is taxed, and an address in a territory outside the VAT area (Canary Islands, Heligoland)
 * is an export even though its country is in the EU.
 */
export function vatTreatment(order: Order, profile: Pick<Profile, 'homeCountry' | 'oss'>): VatTreatment {
  const home = profile.homeCountry.toUpperCase();
  if (!profile.oss) {
    const country = order.billing.country.toUpperCase();
    if (country === '' || country === home) return { kind: 'domestic' };
    if (EU_COUNTRIES.has(country)) return order.billing.vatNumber ? { kind: 'eu-business' } : { kind: 'domestic' };
    return { kind: 'export' };
  }
  const destination = order.shipping?.country ? order.shipping : order.billing;
  const country = destination.country.toUpperCase();
  if (country === '' || country === home) return { kind: 'domestic' };
  if (!EU_COUNTRIES.has(country)) return { kind: 'export' };
  const territory = territoryOutsideVatArea(country, destination.zip, taxDay(order));
  if (territory) return { kind: 'export', territory };
  if (order.billing.vatNumber) return { kind: 'eu-business' };
  return { kind: 'oss', country };
}

/** The `productGroups` key of an OSS country and rate, e.g. "DE:19", "FR:5.5". */
export function ossKey(country: string, rate: string): string {
  return `${country.toUpperCase()}:${rate}`;
}
