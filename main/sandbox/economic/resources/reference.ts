import { collectionResponse } from '../collection';
import type { CollectionSchemaName } from '../collection-fields';
import { ok, type Ctx, type Reply } from '../context';
import { notFound } from '../errors';
import { accountDoc, currencyDoc, customerGroupDoc, journalDoc, layoutDoc, productGroupDoc, unitDoc, vatAccountDoc, vatTypeDoc, vatZoneDoc } from '../render';
import { ACCOUNTS, COMPANY, CURRENCIES, CUSTOMER_GROUPS, JOURNALS, LAYOUTS, PAYMENT_TERMS, PRODUCT_GROUPS, UNITS, VAT_ACCOUNTS, VAT_TYPES, VAT_ZONES } from '../seed';

/** Read-only reference resources of the agreement and GET /self. */

interface RefResource {
  path: string;
  idParam: string;
  ids: () => Array<number | string>;
  render: (base: string, id: never) => unknown;
  schema: CollectionSchemaName;
  defaultSort: string;
}

const paymentTermsFull = (base: string, n: number) => {
  const t = PAYMENT_TERMS.find((x) => x.paymentTermsNumber === n)!;
  const prepaid = t.contraAccountForPrepaidAmount;
  return {
    paymentTermsNumber: n,
    ...(prepaid ? { contraAccountForPrepaidAmount: { accountNumber: prepaid, self: `${base}/accounts/${prepaid}` } } : {}),
    daysOfCredit: t.daysOfCredit,
    name: t.name,
    paymentTermsType: t.paymentTermsType,
    self: `${base}/payment-terms/${n}`,
  };
};

export const REFERENCE_RESOURCES: RefResource[] = [
  { path: 'vat-zones', idParam: 'vatZoneNumber', ids: () => VAT_ZONES.map((z) => z.vatZoneNumber), render: vatZoneDoc, schema: 'vat-zones.get', defaultSort: 'vatZoneNumber' },
  { path: 'payment-terms', idParam: 'paymentTermsNumber', ids: () => PAYMENT_TERMS.map((t) => t.paymentTermsNumber), render: paymentTermsFull, schema: 'payment-terms.get', defaultSort: 'paymentTermsNumber' },
  { path: 'layouts', idParam: 'layoutNumber', ids: () => LAYOUTS.map((l) => l.layoutNumber), render: layoutDoc, schema: 'layouts.get', defaultSort: 'layoutNumber' },
  { path: 'units', idParam: 'unitNumber', ids: () => UNITS.map((u) => u.unitNumber), render: unitDoc, schema: 'units.get', defaultSort: 'unitNumber' },
  { path: 'currencies', idParam: 'code', ids: () => CURRENCIES.map((c) => c.code), render: currencyDoc, schema: 'currencies.get', defaultSort: 'code' },
  { path: 'accounts', idParam: 'accountNumber', ids: () => ACCOUNTS.map((a) => a.accountNumber), render: accountDoc, schema: 'accounts.get', defaultSort: 'accountNumber' },
  { path: 'customer-groups', idParam: 'customerGroupNumber', ids: () => CUSTOMER_GROUPS.map((g) => g.customerGroupNumber), render: customerGroupDoc, schema: 'customer-groups.get', defaultSort: 'customerGroupNumber' },
  { path: 'product-groups', idParam: 'productGroupNumber', ids: () => PRODUCT_GROUPS.map((g) => g.productGroupNumber), render: productGroupDoc, schema: 'product-groups.get', defaultSort: 'productGroupNumber' },
  // The VAT codes (vatCode is the id: GET /vat-accounts/U25) and their kinds; the published schemas mark no field filterable or sortable.
  { path: 'vat-accounts', idParam: 'vatCode', ids: () => VAT_ACCOUNTS.map((v) => v.vatCode), render: vatAccountDoc, schema: 'vat-accounts.get', defaultSort: 'vatCode' },
  { path: 'vat-types', idParam: 'vatTypeNumber', ids: () => VAT_TYPES.map((t) => t.vatTypeNumber), render: vatTypeDoc, schema: 'vat-types.get', defaultSort: 'vatTypeNumber' },
  { path: 'journals', idParam: 'journalNumber', ids: () => JOURNALS.map((j) => j.journalNumber), render: journalDoc, schema: 'journals.get', defaultSort: 'journalNumber' },
];

export function listReference(r: RefResource) {
  return (ctx: Ctx): Reply => {
    const items = r.ids().map((id) => (r.render as (b: string, i: unknown) => unknown)(ctx.base, id));
    return ok(collectionResponse(items, ctx.query, { schema: r.schema, defaultSort: r.defaultSort }, `${ctx.base}/${r.path}`));
  };
}

export function getReference(r: RefResource) {
  return (ctx: Ctx): Reply => {
    const raw = ctx.params[r.idParam];
    const id = r.ids().find((x) => String(x).toLowerCase() === raw.toLowerCase());
    if (id === undefined) throw notFound(r.path, `Find a list at /${r.path}.`);
    return ok((r.render as (b: string, i: unknown) => unknown)(ctx.base, id));
  };
}

/** Sales accounts of a product group per VAT zone — where the VAT of an invoice line comes from. */
export function productGroupSalesAccounts(ctx: Ctx): Reply {
  const g = PRODUCT_GROUPS.find((x) => String(x.productGroupNumber) === ctx.params.productGroupNumber);
  if (!g) throw notFound('Product group');
  const items = VAT_ZONES.map((z) => ({
    salesAccount: accountDoc(ctx.base, g.salesAccountByZone[z.vatZoneNumber]),
    vatZone: vatZoneDoc(ctx.base, z.vatZoneNumber),
  }));
  return ok(collectionResponse(items, ctx.query, { schema: 'product-groups.productGroupNumber.sales-accounts.get', defaultSort: 'vatZone.vatZoneNumber' }, `${ctx.base}/product-groups/${g.productGroupNumber}/sales-accounts`));
}

export function getSelf(ctx: Ctx): Reply {
  const base = ctx.base;
  return ok({
    agreementNumber: ctx.store.settings.agreementNumber,
    agreementType: { agreementTypeNumber: 1, name: 'Sandbox' },
    application: { appNumber: 1, appPublicToken: 'sandbox', created: '2026-01-01T00:00:00Z', name: 'LedgerBridge', requiredRoles: [{ name: 'SuperUser', roleNumber: 1, self: `${base}/roles/1` }], self: `${base}/apps/1` },
    bankInformation: { bankAccountNumber: '1234567890', bankName: 'Sandkassebanken', bankSortCode: '1234' },
    company: { ...COMPANY, addressLine2: '', attention: '', website: 'https://sandbox.ledgerbridge.invalid' },
    // not a value the real API returns: lets a client see that it talks to the sandbox
    companyAffiliation: 'Sandbox',
    modules: [
      { moduleNumber: 1, name: 'Sales', self: `${base}/modules/1` },
      { moduleNumber: 2, name: 'Bookkeeping', self: `${base}/modules/2` },
    ],
    settings: { baseCurrency: ctx.options.baseCurrency, internationalLedger: false },
    signupDate: '2026-01-01',
    user: { agreementNumber: ctx.store.settings.agreementNumber, email: COMPANY.email, language: { culture: 'da-DK', languageNumber: 1, name: 'Danish', self: `${base}/languages/1` }, loginId: 'sandbox', name: 'Sandbox Bruger' },
    userName: 'Sandbox Bruger',
    self: `${base}/self`,
  });
}
