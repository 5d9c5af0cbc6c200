import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, draftBody } from './helpers';

/** filter=, sort=, skippages=/pagesize= as restdocs "Filtering", "Sorting" and "Pagination" describe them. */
describe('e-conomic sandbox collections', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  const names = ['Joe (Aarhus)', 'Joan', 'Bo $hop', 'Anna*Star', 'Zoe, Ltd', 'joey'];
  const numbers: Record<string, number> = {};

  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
    const cities = ['Newport', 'Aarhus', 'Stockport', 'Odense', 'Aarhus C', 'Portland'];
    for (const [i, name] of names.entries()) {
      const r = await call('POST', '/customers', { name, city: cities[i], creditLimit: i === 5 ? 1000 : (i + 1) * 100, currency: i % 2 ? 'EUR' : 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 }, ...(i === 2 ? { barred: true } : {}) });
      numbers[name] = r.json.customerNumber;
    }
  });
  afterAll(() => sb.close());

  const q = async (query: string) => {
    const r = await call('GET', `/customers?${query}`);
    expect(r.status, r.text).toBe(200);
    return r.json.collection.map((c: { name: string }) => c.name) as string[];
  };
  const f = (filter: string) => q(`filter=${encodeURIComponent(filter)}&sort=customerNumber`);

  it('compares with $eq $ne $gt $gte $lt $lte, case-insensitively for text', async () => {
    expect(await f('name$eq:JOAN')).toEqual(['Joan']);
    expect(await f('creditLimit$gt:400')).toEqual(['Zoe, Ltd', 'joey']);
    expect(await f('creditLimit$gte:500$and:creditLimit$lte:500')).toEqual(['Zoe, Ltd']);
    expect(await f('creditLimit$lt:200$and:creditLimit$gt:0')).toEqual(['Joe (Aarhus)']);
    expect(await f('currency$ne:DKK')).toEqual(['Webshop customers EU', 'Joan', 'Anna*Star', 'joey']);
  });

  it('matches $like with * wildcards, and as "contains" without them', async () => {
    expect(await f('city$like:*port')).toEqual(['Joe (Aarhus)', 'Bo $hop']);
    expect(await f('name$like:jo*')).toEqual(['Joe (Aarhus)', 'Joan', 'joey']);
    expect(await f('city$like:PORT')).toEqual(['Joe (Aarhus)', 'Bo $hop', 'joey']);
  });

  it('combines with $and and $or, $and binding tighter, parentheses overriding', async () => {
    expect(await f('name$like:jo*$and:(city$like:*port$or:creditLimit$lt:300)')).toEqual(['Joe (Aarhus)', 'Joan']);
    expect(await f('name$eq:joan$or:name$eq:joey$and:currency$eq:DKK')).toEqual(['Joan']);
    expect(await f('(name$eq:joan$or:name$eq:joey)$and:currency$eq:EUR')).toEqual(['Joan', 'joey']);
  });

  it('reads escaped $ ( ) * , in values literally', async () => {
    expect(await f('name$eq:Joe $(Aarhus$)')).toEqual(['Joe (Aarhus)']);
    expect(await f('name$eq:Bo $$hop')).toEqual(['Bo $hop']);
    expect(await f('name$like:anna$*')).toEqual(['Anna*Star']);
    expect(await f('name$eq:Zoe$, Ltd')).toEqual(['Zoe, Ltd']);
  });

  it('supports $in and $nin with a bracketed list of at most 200 values, and $null: as a value', async () => {
    expect(await f(`customerNumber$in:[${numbers.Joan},${numbers.joey}]`)).toEqual(['Joan', 'joey']);
    expect((await f(`customerNumber$nin:[${Object.values(numbers).join(',')}]`)).every((n) => n.startsWith('Webshop'))).toBe(true);
    // restdocs: "We only allow in and not in operators on numeric properties. So it is not possible to use on string properties."
    for (const text of ['name$in:[joan,nobody]', 'email$nin:[joan@example.dk]']) {
      const refused = await call('GET', `/customers?filter=${encodeURIComponent(text)}`);
      expect(refused.status).toBe(400);
      expect(refused.json.errors[0]).toContain('numeric');
    }
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(',');
    expect((await f(`customerNumber$in:[${upTo(200)}]`)).length).toBe(9);
    const tooMany = await call('GET', `/customers?filter=${encodeURIComponent(`customerNumber$in:[${upTo(201)}]`)}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.errors[0]).toContain('200');
    expect((await call('GET', `/customers?filter=${encodeURIComponent(`customerNumber$in:${numbers.Joan},${numbers.joey}`)}`)).status).toBe(400);
    // $null: is a value after $eq:/$ne:; as an operator it is a syntax error
    expect((await f('email$eq:$null:')).length).toBe(9);
    expect(await f('email$ne:$null:')).toEqual([]);
    expect((await call('GET', `/customers?filter=${encodeURIComponent('email$null:')}`)).status).toBe(400);
    expect(await f('barred$eq:true')).toEqual(['Bo $hop']);
  });

  it('filters on dotted paths of nested references', async () => {
    const p = await call('POST', '/products', { productNumber: 'P1', name: 'P', productGroup: { productGroupNumber: 1 } });
    expect(p.status).toBe(201);
    const draft = await call('POST', '/invoices/drafts', draftBody([['P1', 1, 10]], { customer: { customerNumber: numbers.Joan }, references: { other: 'order-77' } }));
    await call('POST', '/invoices/drafts', draftBody([['P1', 1, 10]], { references: { other: 'order-78' } }));
    const byRef = await call('GET', `/invoices/drafts?filter=${encodeURIComponent('references.other$eq:order-77')}`);
    expect(byRef.json.collection.map((d: { draftInvoiceNumber: number }) => d.draftInvoiceNumber)).toEqual([draft.json.draftInvoiceNumber]);
    const byCustomer = await call('GET', `/invoices/drafts?filter=${encodeURIComponent(`customer.customerNumber$eq:${numbers.Joan}$and:date$gte:2024-01-01$and:date$lte:2024-12-31`)}`);
    expect(byCustomer.json.collection).toHaveLength(1);
  });

  it('refuses a field the collection does not filter on with the live envelope naming allowedFilteringFields', async () => {
    const live = JSON.parse(readFileSync('test/fixtures/reference/economic/error-filter-400.2026.json', 'utf8'));
    const r = await call('GET', `/customers?filter=${encodeURIComponent('lastName$eq:x')}`);
    expect(r.status).toBe(400);
    expect(Object.keys(r.json).sort()).toEqual(Object.keys(live).sort());
    expect(r.json.message).toBe(live.message);
    expect(r.json.errors).toEqual(["Filtering is not allowed on property 'lastName'."]);
    // the schema's 20 customer fields plus pNumber, which the server accepts and the schema misses
    expect(r.json.allowedFilteringFields).toEqual(expect.arrayContaining([...live.allowedFilteringFields, 'pNumber', 'email', 'corporateIdentificationNumber']));
    expect(r.json.allowedFilteringFields).toHaveLength(21);
    expect(await f('pNumber$eq:1234567890')).toEqual([]);
  });

  it('refuses fields the schema marks filterable but the server does not, and malformed filters, with 400', async () => {
    // over-reported: a customer group's account, and invoices filtered through the contact
    const groups = await call('GET', `/customer-groups?filter=${encodeURIComponent('account.accountNumber$eq:5600')}`);
    expect(groups.status).toBe(400);
    expect(groups.json.allowedFilteringFields).toEqual(['customerGroupNumber', 'name']);
    expect((await call('GET', `/invoices/drafts?filter=${encodeURIComponent('references.customerContact.customer.customerNumber$eq:1')}`)).status).toBe(400);
    // published without a single filterable field
    expect((await call('GET', `/vat-zones?filter=${encodeURIComponent('vatZoneNumber$eq:1')}`)).json.allowedFilteringFields).toEqual([]);
    expect((await call('GET', `/customers?filter=${encodeURIComponent('name$foo:x')}`)).status).toBe(400);
    expect((await call('GET', `/customers?filter=${encodeURIComponent('(name$eq:x')}`)).status).toBe(400);
    expect((await call('GET', `/customers?filter=${encodeURIComponent('creditLimit$gt:abc')}`)).status).toBe(400);
  });

  it('sorts ascending, descending (-), by several keys and alphabetically (~)', async () => {
    const ours = `filter=${encodeURIComponent(`customerNumber$in:[${Object.values(numbers).join(',')}]`)}`;
    expect(await q(`${ours}&sort=name`)).toEqual(['Anna*Star', 'Bo $hop', 'Joan', 'Joe (Aarhus)', 'joey', 'Zoe, Ltd']);
    expect(await q(`${ours}&sort=-creditLimit`)).toEqual([...names].reverse());
    expect(await q(`${ours}&sort=currency,-name`)).toEqual(['Zoe, Ltd', 'Joe (Aarhus)', 'Bo $hop', 'joey', 'Joan', 'Anna*Star']);
    // alphabetical: "100.00" < "1000.00" < "200.00"
    expect(await q(`${ours}&sort=~creditLimit`)).toEqual(['Joe (Aarhus)', 'joey', 'Joan', 'Bo $hop', 'Anna*Star', 'Zoe, Ltd']);
    const unsortable = await call('GET', '/customers?sort=nope');
    expect(unsortable.status).toBe(400);
    expect(unsortable.json.message).toBe('Could not parse query string sort parameter.');
    // filterable but not sortable (schema)
    expect((await call('GET', '/customers?sort=barred')).status).toBe(400);
  });

  it('pages with skippages/pagesize (any letter case) and links first, next and last pages', async () => {
    const p1 = await call('GET', '/customers?pageSize=4&skipPages=0');
    expect(p1.json.pagination).toMatchObject({ skipPages: 0, pageSize: 4, maxPageSizeAllowed: 1000, results: 9, resultsWithoutFilter: 9 });
    expect(p1.json.collection).toHaveLength(4);
    expect(p1.json.pagination.nextPage).toBe(`${sb.url}/customers?skippages=1&pagesize=4`);
    expect(p1.json.pagination.lastPage).toBe(`${sb.url}/customers?skippages=2&pagesize=4`);
    const last = await fetch(p1.json.pagination.lastPage, { headers: { 'X-AppSecretToken': sb.appSecretToken, 'X-AgreementGrantToken': sb.agreementGrantToken } }).then((r) => r.json() as Promise<{ collection: unknown[]; pagination: { nextPage?: string } }>);
    expect(last.collection).toHaveLength(1);
    expect(last.pagination.nextPage).toBeUndefined();
    expect(p1.json.collection[0].customerNumber).toBe(1);
    const filtered = await call('GET', `/customers?pagesize=2&filter=${encodeURIComponent('name$like:jo*')}`);
    expect(filtered.json.pagination).toMatchObject({ results: 3, resultsWithoutFilter: 9 });
    expect(filtered.json.pagination.nextPage).toContain('filter=');
  });
});

/** The live escape rules (research: real-service-behaviour.md, "escaping in filters"). */
describe('e-conomic sandbox filter escaping', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;

  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
    for (const name of ['ZZ[X]tail', 'ZZccXtail', 'ZZccYtail', 'ZZ(open', 'A,B*C']) {
      expect((await call('POST', '/customers', { name, currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 } })).status).toBe(201);
    }
  });
  afterAll(() => sb.close());

  const names = async (filter: string) => {
    const r = await call('GET', `/customers?sort=name&filter=${encodeURIComponent(filter)}`);
    expect(r.status, r.text).toBe(200);
    return r.json.collection.map((c: { name: string }) => c.name);
  };

  it('takes square brackets unescaped; the published $[ $] escape parses and matches nothing', async () => {
    expect(await names('name$eq:ZZ[X]tail')).toEqual(['ZZ[X]tail']);
    expect(await names('name$eq:ZZ$[X$]tail')).toEqual([]);
  });

  it('reads [...] under $like: as a character class, and [[] as a literal bracket', async () => {
    expect(await names('name$like:ZZcc[XY]tail')).toEqual(['ZZccXtail', 'ZZccYtail']);
    expect(await names('name$like:ZZ[[]X')).toEqual(['ZZ[X]tail']);
  });

  it('needs $ and ) escaped, while ( * and , work either way', async () => {
    expect((await call('GET', `/customers?filter=${encodeURIComponent('name$eq:a$b')}`)).status).toBe(400);
    expect((await call('GET', `/customers?filter=${encodeURIComponent('name$eq:a)b')}`)).status).toBe(400);
    expect(await names('name$eq:ZZ(open')).toEqual(['ZZ(open']);
    expect(await names('name$eq:ZZ$(open')).toEqual(['ZZ(open']);
    expect(await names('name$eq:A,B*C')).toEqual(['A,B*C']);
    expect(await names('name$eq:A$,B$*C')).toEqual(['A,B*C']);
  });
});
