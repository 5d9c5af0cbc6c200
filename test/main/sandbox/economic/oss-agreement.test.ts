import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { publishedSchema, type JsonSchema } from '../../../../main/sandbox/economic/published-schemas';
import { client, draftBody, keyPaths, type Doc } from './helpers';

/**
 * The sandbox agreement is set up for the One-Stop-Shop as Danish accountants do it: a VAT code
 * per EU country and rate on its own sales account, and a product group whose sales account in
 * the domestic zone (VAT charged) is that account. e-conomic takes a line's VAT from the VAT
 * code of the product group's sales account for the recipient's zone, so that is what decides.
 */

/** Every property path a published GET schema declares (array items as `[]`). */
function declaredPaths(schema: JsonSchema, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.add(path);
    for (const p of declaredPaths(sub, path)) out.add(p);
    if (sub.items) for (const p of declaredPaths(sub.items, `${path}[]`)) out.add(p);
  }
  return out;
}

const undeclared = (schemaName: string, body: unknown) => {
  const declared = declaredPaths(publishedSchema(schemaName));
  // pagination and metaData are declared as open objects
  return [...keyPaths(body)].filter((p) => !declared.has(p) && !/^(pagination|metaData)\./.test(p));
};

describe('e-conomic sandbox: an agreement set up for OSS', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;

  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
  });
  afterAll(() => sb.close());

  it('lists a VAT code per country and rate with its rate, on the published schema and nothing more', async () => {
    const r = await call('GET', '/vat-accounts?pagesize=1000');
    expect(r.status).toBe(200);
    const byCode = new Map<string, Doc>(r.json.collection.map((v: Doc) => [v.vatCode, v]));
    const rates = Object.fromEntries(['DE19', 'DE7', 'NL21', 'ES21', 'SE25', 'FI255', 'U25', 'UEUV'].map((c) => [c, byCode.get(c)?.ratePercentage]));
    expect(rates).toEqual({ DE19: 19, DE7: 7, NL21: 21, ES21: 21, SE25: 25, FI255: 25.5, U25: 25, UEUV: 0 });
    expect(undeclared('vat-accounts.get', r.json)).toEqual([]);
    const one = await call('GET', '/vat-accounts/DE7');
    expect(one.json).toMatchObject({ vatCode: 'DE7', ratePercentage: 7, vatType: { name: 'Salgsmoms' } });
    expect(undeclared('vat-accounts.id.get', one.json)).toEqual([]);
    expect((await call('GET', '/vat-accounts/PL23')).status).toBe(404);
    // the published schema marks no field filterable
    expect((await call('GET', '/vat-accounts?filter=vatCode$eq:DE19')).status).toBe(400);
  });

  it('has exactly one product group per country and rate whose domestic sales account carries the code', async () => {
    const groups = (await call('GET', '/product-groups?pagesize=1000')).json.collection as Doc[];
    const found: Record<string, number[]> = {};
    for (const g of groups) {
      const accounts = await call('GET', `/product-groups/${g.productGroupNumber}/sales-accounts`);
      expect(undeclared('product-groups.productGroupNumber.sales-accounts.get', accounts.json)).toEqual([]);
      const domestic = (accounts.json.collection as Doc[]).find((a) => a.vatZone.vatZoneNumber === 1);
      const code = domestic?.salesAccount.vatAccount?.vatCode as string | undefined;
      if (code) found[code] = [...(found[code] ?? []), g.productGroupNumber];
    }
    for (const code of ['DE19', 'DE7', 'NL21', 'ES21', 'SE25']) expect(found[code], code).toHaveLength(1);
    // the Danish groups keep their codes: goods and shipping at 25 %
    expect(found.U25).toEqual([1, 3]);
  });

  it('charges a consumer the rate of the group’s VAT code, and an EU business or export nothing', async () => {
    const groups = (await call('GET', '/product-groups?pagesize=1000')).json.collection as Doc[];
    const groupNamed = (name: string) => groups.find((g) => g.name === name)!.productGroupNumber as number;
    const cases: Array<[group: string, product: string]> = [
      ['OSS Tyskland 19 %', 'DE19'],
      ['OSS Tyskland 7 %', 'DE7'],
      ['OSS Nederlandene 21 %', 'NL21'],
      ['OSS Spanien 21 %', 'ES21'],
      ['OSS Sverige 25 %', 'SE25'],
      ['OSS Finland 25,5 %', 'FI255'],
    ];
    for (const [group, product] of cases) {
      expect((await call('POST', '/products', { productNumber: `OSS-${product}`, name: group, productGroup: { productGroupNumber: groupNamed(group) } })).status).toBe(201);
    }
    // 200.00 net: 19 % → 38.00; 7 % → 14.00; 21 % → 42.00; 25 % → 50.00; 25.5 % → 51.00 (by hand)
    const expected: Record<string, [number, number]> = { DE19: [38, 238], DE7: [14, 214], NL21: [42, 242], ES21: [42, 242], SE25: [50, 250], FI255: [51, 251] };
    for (const [product, [vat, gross]] of Object.entries(expected)) {
      const consumer = await call('POST', '/invoices/drafts', draftBody([[`OSS-${product}`, 2, 100]], { currency: 'EUR', customer: { customerNumber: 2 }, exchangeRate: 746 }));
      expect(consumer.status, product).toBe(201);
      expect([consumer.json.vatAmount, consumer.json.grossAmount], product).toEqual([vat, gross]);
      const business = await call('POST', '/invoices/drafts', draftBody([[`OSS-${product}`, 2, 100]], { currency: 'EUR', customer: { customerNumber: 2 }, recipient: { name: 'Firma GmbH', vatZone: { vatZoneNumber: 2 } } }));
      expect(business.json.vatAmount, product).toBe(0);
      expect(business.json.grossAmount, product).toBe(200);
    }
  });
});
