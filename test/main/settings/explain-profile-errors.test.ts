import { describe, expect, it } from 'vitest';
import { explainProfileErrors } from '../../../main/settings';
import { profileSchema } from '../../../shared/profile/schema';
import { validProfile } from './profile-fixture';

function errorsOf(input: unknown) {
  const r = profileSchema.safeParse(input);
  if (r.success) throw new Error('expected the profile to be invalid');
  return r.error;
}

describe('explaining an invalid profile', () => {
  it('gives one plain sentence per invalid field, in English', () => {
    const { products: _p, ...noProducts } = validProfile();
    const error = errorsOf({ ...noProducts, name: 'Min Butik', orderStages: [], bookingMode: 'auto', roundingTolerance: '0,05', layoutNumber: 'x' });
    expect(explainProfileErrors(error, 'en')).toEqual([
      'name: use lower-case letters, digits and dashes, e.g. "butik"',
      'orderStages: list at least one shop status at which orders are transferred, e.g. ["processing"]',
      'bookingMode: choose "drafts" (a person books them) or "automatic"',
      'layoutNumber: give the number of the e-conomic invoice layout, a whole number such as 19',
      'products: is missing and must be filled in',
      'roundingTolerance: write the largest rounding difference as a number with a dot, e.g. "0.05"',
    ]);
  });

  it('speaks Danish for the owner', () => {
    const error = errorsOf(validProfile({ orderStages: [], shop: { platform: 'magento' as 'woocommerce', url: 'https://butik.dk' } }));
    expect(explainProfileErrors(error, 'da')).toEqual([
      'shop.platform: vælg shopsystemet: "woocommerce" eller "shopify"',
      'orderStages: angiv mindst én shopstatus, hvor ordrer overføres, fx ["processing"]',
    ]);
  });

  it('accepts only the Shopify API versions LedgerBridge is written for, and names them', () => {
    const shopify = (apiVersion?: string) => validProfile({ shop: { platform: 'shopify', url: 'https://butik.myshopify.com', ...(apiVersion ? { apiVersion: apiVersion as '2026-01' } : {}) } });
    // A new shop gets the newest pinned version; 2026-01 is the only one pinned today.
    expect(profileSchema.parse(shopify()).shop).toMatchObject({ apiVersion: '2026-01' });
    // 2025-10 is a real Shopify version, but LedgerBridge's queries are not written for it.
    expect(explainProfileErrors(errorsOf(shopify('2025-10')), 'en')).toEqual(['shop.apiVersion: choose a Shopify API version this LedgerBridge is written for: "2026-01"']);
    expect(explainProfileErrors(errorsOf(shopify('2026-13')), 'da')).toEqual(['shop.apiVersion: vælg en Shopify API-version, som denne LedgerBridge er skrevet til: "2026-01"']);
  });

  it('falls back to a sentence from the kind of problem for fields without their own hint', () => {
    const error = errorsOf(validProfile({ vatZones: { domestic: 0, eu: 2, abroad: 3 }, createMissingProducts: 'yes' as unknown as boolean, rules: [{ id: 'r1', name: '', then: [] }] }));
    expect(explainProfileErrors(error, 'en')).toEqual([
      'vatZones.domestic: must be greater than 0',
      'createMissingProducts: must be true or false',
      'rules[0].name: give the rule a name the owner recognises',
      'rules[0].then: give the rule at least one action, e.g. [{"type": "keepAsDraft"}]',
    ]);
  });
});
