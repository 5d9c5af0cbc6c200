import { describe, expect, it } from 'vitest';
import type { Order, Party } from '../../../shared/domain/order';
import { vatTreatment } from '../../../shared/vat/treatment';

const party = (over: Partial<Party>): Party => ({
  firstName: 'Anna', lastName: 'Berg', name: 'Anna Berg', company: null, email: null, phone: null,
  address1: 'Weg 1', address2: null, zip: '10115', city: 'Berlin', state: null, country: 'DE', vatNumber: null, ean: null, ...over,
});
const order = (billing: Partial<Party>, shipping?: Partial<Party>) =>
  ({ billing: party(billing), shipping: shipping ? party(shipping) : null, dates: { created: '2026-11-15T10:00:00Z', paid: null, modified: '', completed: null } }) as unknown as Order;
const profile = (oss: boolean) => ({ homeCountry: 'DK', oss });

describe('how an order is taxed', () => {
  it('without OSS: EU consumers pay Danish VAT, EU businesses reverse charge, the rest is export (by billing country)', () => {
    expect(vatTreatment(order({ country: 'DE' }), profile(false))).toEqual({ kind: 'domestic' });
    expect(vatTreatment(order({ country: 'DE', vatNumber: 'DE123456789' }), profile(false))).toEqual({ kind: 'eu-business' });
    expect(vatTreatment(order({ country: 'NO' }), profile(false))).toEqual({ kind: 'export' });
    expect(vatTreatment(order({ country: 'DK' }), profile(false))).toEqual({ kind: 'domestic' });
  });

  it('with OSS: an EU consumer pays the VAT of the country the goods go to', () => {
    expect(vatTreatment(order({ country: 'DE' }), profile(true))).toEqual({ kind: 'oss', country: 'DE' });
    // billed in Denmark, delivered in Sweden: Swedish VAT; billed in Germany, delivered in Denmark: Danish
    expect(vatTreatment(order({ country: 'DK' }, { country: 'SE', zip: '11122' }), profile(true))).toEqual({ kind: 'oss', country: 'SE' });
    expect(vatTreatment(order({ country: 'DE' }, { country: 'DK', zip: '8000' }), profile(true))).toEqual({ kind: 'domestic' });
  });

  it('with OSS: businesses with a VAT number stay reverse charge, non-EU and the Canary Islands are export', () => {
    expect(vatTreatment(order({ country: 'NL', vatNumber: 'NL123456789B01' }), profile(true))).toEqual({ kind: 'eu-business' });
    expect(vatTreatment(order({ country: 'NO' }), profile(true))).toEqual({ kind: 'export' });
    expect(vatTreatment(order({ country: 'ES', zip: '35001' }), profile(true))).toEqual({ kind: 'export', territory: 'Canary Islands' });
  });
});
