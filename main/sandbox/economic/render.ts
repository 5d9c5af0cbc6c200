import { ACCOUNTS, CURRENCIES, CUSTOMER_GROUPS, JOURNALS, LAYOUTS, PAYMENT_TERMS, PRODUCT_GROUPS, UNITS, VAT_ACCOUNTS, VAT_TYPES, VAT_ZONES } from './seed';
import { num } from './json';
import { encodeProductNumber } from './product-number';
import type { CustomerRecord, ProductRecord } from './records';
import type { Store } from './store';
import { dec, type Dec } from '../../../shared/domain/money';

/** Renderers for reference data and master data, shaped like the live payloads. */

export const vatZoneDoc = (base: string, n: number) => {
  const z = VAT_ZONES.find((x) => x.vatZoneNumber === n);
  return z
    ? { name: z.name, vatZoneNumber: z.vatZoneNumber, enabledForCustomer: z.enabledForCustomer, enabledForSupplier: z.enabledForSupplier, self: `${base}/vat-zones/${n}` }
    : { vatZoneNumber: n, self: `${base}/vat-zones/${n}` };
};

export const paymentTermsDoc = (base: string, n: number) => {
  const t = PAYMENT_TERMS.find((x) => x.paymentTermsNumber === n)!;
  return { paymentTermsNumber: t.paymentTermsNumber, daysOfCredit: t.daysOfCredit, name: t.name, paymentTermsType: t.paymentTermsType, self: `${base}/payment-terms/${n}` };
};

export const layoutDoc = (base: string, n: number) => {
  const l = LAYOUTS.find((x) => x.layoutNumber === n);
  return { layoutNumber: n, ...(l ? { name: l.name } : {}), self: `${base}/layouts/${n}` };
};
export const layoutRef = (base: string, n: number) => ({ layoutNumber: n, self: `${base}/layouts/${n}` });

export const unitDoc = (base: string, n: number) => {
  const u = UNITS.find((x) => x.unitNumber === n);
  return { unitNumber: n, ...(u ? { name: u.name } : {}), products: `${base}/units/${n}/products`, self: `${base}/units/${n}` };
};

export const currencyDoc = (base: string, code: string) => {
  const c = CURRENCIES.find((x) => x.code === code)!;
  return { code: c.code, isoNumber: c.isoNumber, name: c.name, self: `${base}/currencies/${c.code}` };
};

export const accountDoc = (base: string, n: number) => {
  const a = ACCOUNTS.find((x) => x.accountNumber === n)!;
  return {
    accountNumber: a.accountNumber,
    accountType: a.accountType,
    balance: num(0, 2),
    ...(a.blockDirectEntries ? { blockDirectEntries: true } : {}),
    debitCredit: a.debitCredit,
    name: a.name,
    ...(a.vatCode ? { vatAccount: { vatCode: a.vatCode, self: vatAccountSelf(base, a.vatCode) } } : {}),
    accountingYears: `${base}/accounts/${n}/accounting-years`,
    self: `${base}/accounts/${n}`,
  };
};

const vatAccountSelf = (base: string, vatCode: string) => `${base}/vat-accounts/${encodeURIComponent(vatCode)}`;

export const vatTypeDoc = (base: string, n: number) => {
  const t = VAT_TYPES.find((x) => x.vatTypeNumber === n)!;
  return { vatTypeNumber: t.vatTypeNumber, name: t.name, self: `${base}/vat-types/${n}` };
};

export const vatAccountDoc = (base: string, vatCode: string) => {
  const v = VAT_ACCOUNTS.find((x) => x.vatCode === vatCode)!;
  return {
    account: { accountNumber: v.accountNumber, self: `${base}/accounts/${v.accountNumber}` },
    barred: false,
    name: v.name,
    ratePercentage: num(v.ratePercentage, 2),
    vatCode: v.vatCode,
    vatType: vatTypeDoc(base, v.vatTypeNumber),
    self: vatAccountSelf(base, v.vatCode),
  };
};

export const customerGroupDoc = (base: string, n: number) => {
  const g = CUSTOMER_GROUPS.find((x) => x.customerGroupNumber === n)!;
  return {
    customerGroupNumber: g.customerGroupNumber,
    name: g.name,
    account: accountDoc(base, g.accountNumber),
    layout: layoutRef(base, g.layoutNumber),
    customers: `${base}/customer-groups/${n}/customers`,
    self: `${base}/customer-groups/${n}`,
  };
};

export const productGroupDoc = (base: string, n: number) => {
  const g = PRODUCT_GROUPS.find((x) => x.productGroupNumber === n)!;
  return {
    productGroupNumber: g.productGroupNumber,
    name: g.name,
    salesAccounts: `${base}/product-groups/${n}/sales-accounts`,
    products: `${base}/product-groups/${n}/products`,
    self: `${base}/product-groups/${n}`,
  };
};

export const journalDoc = (base: string, n: number) => {
  const j = JOURNALS.find((x) => x.journalNumber === n)!;
  return {
    journalNumber: j.journalNumber,
    name: j.name,
    settings: {
      voucherNumbers: { minimumVoucherNumber: j.minimumVoucherNumber, maximumVoucherNumber: j.maximumVoucherNumber },
      ...(j.entryTypeRestrictedTo ? { entryTypeRestrictedTo: j.entryTypeRestrictedTo } : {}),
      contraAccounts: { customerPayments: { accountNumber: 5830, self: `${base}/accounts/5830` } },
    },
    entries: `${base}/journals/${n}/entries`,
    vouchers: `${base}/journals/${n}/vouchers`,
    templates: `${base}/journals/${n}/templates`,
    self: `${base}/journals/${n}`,
  };
};

export type Balances = Map<number, { balance: Dec; dueAmount: Dec }>;

/** balance: what each customer owes on booked invoices; dueAmount: the part that is overdue. One pass for a whole list. */
export function customerBalances(store: Store, today: string): Balances {
  const out: Balances = new Map();
  for (const b of store.booked.values()) {
    const acc = out.get(b.customerNumber) ?? { balance: dec(0), dueAmount: dec(0) };
    acc.balance = acc.balance.plus(b.remainderInBaseCurrency);
    if (b.dueDate < today) acc.dueAmount = acc.dueAmount.plus(b.remainderInBaseCurrency);
    out.set(b.customerNumber, acc);
  }
  return out;
}

export function customerDoc(base: string, c: CustomerRecord, balances: Balances) {
  const { balance, dueAmount } = balances.get(c.customerNumber) ?? { balance: 0, dueAmount: 0 };
  const self = `${base}/customers/${c.customerNumber}`;
  return {
    customerNumber: c.customerNumber,
    currency: c.currency,
    paymentTerms: { paymentTermsNumber: c.paymentTermsNumber, self: `${base}/payment-terms/${c.paymentTermsNumber}` },
    customerGroup: { customerGroupNumber: c.customerGroupNumber, self: `${base}/customer-groups/${c.customerGroupNumber}` },
    ...c.fields,
    balance: num(balance, 2),
    dueAmount: num(dueAmount, 2),
    creditLimit: num(c.creditLimit, 2),
    vatZone: { vatZoneNumber: c.vatZoneNumber, self: `${base}/vat-zones/${c.vatZoneNumber}` },
    ...(c.layoutNumber ? { layout: layoutRef(base, c.layoutNumber) } : {}),
    lastUpdated: c.lastUpdated,
    contacts: `${self}/contacts`,
    templates: { invoice: `${self}/templates/invoice`, invoiceLine: `${self}/templates/invoiceline`, self: `${self}/templates` },
    totals: { drafts: `${base}/invoices/totals/drafts/customers/${c.customerNumber}`, booked: `${base}/invoices/totals/booked/customers/${c.customerNumber}`, self: `${self}/totals` },
    deliveryLocations: `${self}/delivery-locations`,
    invoices: { drafts: `${self}/invoices/drafts`, booked: `${self}/invoices/booked`, self: `${self}/invoices` },
    // a live quirk: this false boolean is present although false booleans are usually omitted
    eInvoicingDisabledByDefault: false,
    metaData: {
      delete: { description: 'Delete this customer.', href: self, httpMethod: 'delete' },
      replace: { description: 'Replace this customer.', href: self, httpMethod: 'put' },
    },
    self,
  };
}

export const productSelf = (base: string, productNumber: string) => `${base}/products/${encodeProductNumber(productNumber)}`;

export function productDoc(base: string, p: ProductRecord) {
  const self = productSelf(base, p.productNumber);
  return {
    productNumber: p.productNumber,
    ...(p.description !== undefined ? { description: p.description } : {}),
    name: p.name,
    costPrice: num(p.costPrice, 2),
    recommendedPrice: num(p.recommendedPrice, 2),
    salesPrice: num(p.salesPrice, 2),
    ...(p.barCode !== undefined ? { barCode: p.barCode } : {}),
    // live responses carry barred even when false
    barred: p.barred,
    lastUpdated: p.lastUpdated,
    productGroup: productGroupDoc(base, p.productGroupNumber),
    ...(p.unitNumber ? { unit: unitDoc(base, p.unitNumber) } : {}),
    inventory: { available: num(0, 1), inStock: num(0, 1), orderedFromSuppliers: num(0, 1), orderedByCustomers: num(0, 1), packageVolume: num(0, 2), recommendedCostPrice: num(0, 2) },
    invoices: { drafts: `${self}/invoices/drafts`, booked: `${self}/invoices/booked`, self: `${self}/invoices` },
    pricing: { currencySpecificSalesPrices: `${self}/pricing/currency-specific-sales-prices` },
    metaData: {
      delete: { description: 'Delete this product.', href: self, httpMethod: 'delete' },
      replace: { description: 'Replace this product.', href: self, httpMethod: 'put' },
    },
    self,
  };
}
