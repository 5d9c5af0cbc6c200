import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../../shared/profile/schema';
import { unknownFields } from '../../../main/settings';

const EXAMPLES = fileURLToPath(new URL('../../../docs/examples/', import.meta.url));

describe('fields a profile file has that LedgerBridge does not know', () => {
  it('are named with the known field nearest in spelling, at any depth', () => {
    const raw = {
      name: 'butik',
      osss: true,
      shop: { platform: 'shopify', url: 'https://b.myshopify.com', moneyset: 'shop' },
      mail: { smtp: { hots: 'smtp.simply.com', port: 587 } },
      rules: [{ id: 'r', name: 'R', whenn: [], then: [{ type: 'skip' }] }],
      paymentMethods: { mobilepay: { paymentTermNumber: 3 } },
    };
    expect(unknownFields(profileSchema, raw)).toEqual([
      { path: 'osss', nearest: 'oss' },
      { path: 'shop.moneyset', nearest: 'shop.moneySet' },
      { path: 'mail.smtp.hots', nearest: 'mail.smtp.host' },
      { path: 'rules[0].whenn', nearest: 'rules[0].when' },
      { path: 'paymentMethods.mobilepay.paymentTermNumber', nearest: 'paymentMethods.mobilepay.paymentTermsNumber' },
    ]);
  });

  it('judges a shop field by its platform: a Shopify field on a WooCommerce shop is unknown', () => {
    expect(unknownFields(profileSchema, { shop: { platform: 'woocommerce', url: 'https://b.dk', moneySet: 'shop' } })).toEqual([{ path: 'shop.moneySet', nearest: 'shop.eanMetaKey' }]);
  });

  it('finds none in the example profiles the docs hand out, nor in the keys of a record such as productGroups', () => {
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'))) {
      expect(unknownFields(profileSchema, JSON.parse(readFileSync(`${EXAMPLES}${file}`, 'utf8'))), file).toEqual([]);
    }
    expect(unknownFields(profileSchema, { productGroups: { '25': 1, 'DE:19': 11 }, oss: true })).toEqual([]);
  });
});
