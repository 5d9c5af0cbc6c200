import { profileSchema, type Profile, type ProfileInput } from '../../shared/profile/schema';

/** A complete profile for a Danish WooCommerce shop against the given URLs. */
export function testProfile(overrides: Partial<ProfileInput> = {}): Profile {
  return profileSchema.parse({
    name: 'butik',
    shop: { platform: 'woocommerce', url: 'http://127.0.0.1:1' },
    economic: { url: 'http://127.0.0.1:2' },
    orderStages: ['processing', 'completed'],
    layoutNumber: 19,
    paymentTermsNumber: 1,
    customers: { mode: 'collective', collective: { DKK: 1, EUR: 2 } },
    enabledCurrencies: ['DKK', 'EUR'],
    paymentMethods: { mobilepay: { paymentTermsNumber: 3 }, bacs: { paymentTermsNumber: 1 }, dankort: { paymentTermsNumber: 3 }, stripe: { paymentTermsNumber: 3 } },
    productGroups: { '25': 1, '0': 2 },
    products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', discount: 'RABAT', rounding: 'AFRUNDING' },
    ...overrides,
  } satisfies ProfileInput);
}
