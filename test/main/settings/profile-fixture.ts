import type { ProfileInput } from '../../../shared/profile/schema';

/** A complete, valid profile for a WooCommerce shop, as a consultant would set it up. */
export function validProfile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    name: 'butik',
    shop: { platform: 'woocommerce', url: 'https://butik.dk' },
    economic: {},
    orderStages: ['processing'],
    layoutNumber: 19,
    paymentTermsNumber: 1,
    productGroups: { '25': 1, '0': 2 },
    products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', rounding: 'AFRUND' },
    ...overrides,
  };
}
