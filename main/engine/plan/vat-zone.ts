import type { Order } from '../../../shared/domain/order';
import type { Profile } from '../../../shared/profile/schema';
import { vatTreatment, type VatTreatment } from '../../../shared/vat/treatment';

export type VatZoneKind = 'domestic' | 'eu' | 'abroad';

const ZONE_OF: Record<VatTreatment['kind'], VatZoneKind> = {
  domestic: 'domestic',
  // VAT is charged (the buyer's country's, through the country's OSS product group).
  oss: 'domestic',
  'eu-business': 'eu',
  export: 'abroad',
};

/**
 * The e-conomic VAT zone of an order's treatment (shared/vat/treatment.ts): the home country
 * and EU consumers are domestic (VAT charged); an EU business with a VAT number buys with
 * reverse charge (EU zone); everyone outside the EU VAT area is abroad (export, no VAT).
 */
export function vatZoneFor(
  order: Order,
  profile: Pick<Profile, 'homeCountry' | 'vatZones' | 'oss'>,
): { kind: VatZoneKind; number: number; treatment: VatTreatment } {
  const treatment = vatTreatment(order, profile);
  const kind = ZONE_OF[treatment.kind];
  return { kind, number: profile.vatZones[kind], treatment };
}
