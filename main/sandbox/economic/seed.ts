/**
 * Reference data of a Danish agreement ("LedgerBridge Sandbox ApS"). Numbers follow the real
 * payloads where they exist (vat-zones-collection.2015.json, the layouts and units the draft
 * examples reference) and the brief elsewhere. Reference data is read-only through the API.
 */
import currencyCodes from 'currency-codes';

export interface VatZone { vatZoneNumber: number; name: string; enabledForCustomer: boolean; enabledForSupplier: boolean }
export interface PaymentTerms { paymentTermsNumber: number; name: string; paymentTermsType: string; daysOfCredit: number; contraAccountForPrepaidAmount?: number }
export interface Account { accountNumber: number; name: string; accountType: string; debitCredit: 'debit' | 'credit'; vatCode?: string; blockDirectEntries?: boolean }
export interface ProductGroup { productGroupNumber: number; name: string; salesAccountByZone: Record<number, number> }
export interface VatType { vatTypeNumber: number; name: string }
export interface VatAccount { vatCode: string; name: string; ratePercentage: string; accountNumber: number; vatTypeNumber: number }
export interface CustomerGroup { customerGroupNumber: number; name: string; accountNumber: number; layoutNumber: number }
export interface Currency { code: string; isoNumber: string; name: string; defaultExchangeRate: string }
export interface Journal { journalNumber: number; name: string; minimumVoucherNumber: number; maximumVoucherNumber: number; entryTypeRestrictedTo?: string }

export const COMPANY = {
  name: 'LedgerBridge Sandbox ApS',
  addressLine1: 'Sandkassevej 1',
  zip: '8000',
  city: 'Aarhus C',
  country: 'Danmark',
  companyIdentificationNumber: '12345678',
  vatNumber: 'DK12345678',
  email: 'bogholderi@sandbox.ledgerbridge.invalid',
  phoneNumber: '+45 12 34 56 78',
};
/**
 * The sandbox agreement's number. e-conomic numbers agreements one after another and real ones
 * have at most seven digits, so this ten-digit number is one no real agreement has: the demo
 * licence is valid only against it (LedgerBridge's main/licence/sandbox-agreement.ts names the
 * same number on its side; the sandbox shares no code with the app).
 */
export const AGREEMENT_NUMBER = 9_000_000_001;

export const VAT_ZONES: VatZone[] = [
  { vatZoneNumber: 1, name: 'Domestic', enabledForCustomer: true, enabledForSupplier: true },
  { vatZoneNumber: 2, name: 'EU', enabledForCustomer: true, enabledForSupplier: true },
  { vatZoneNumber: 3, name: 'Abroad', enabledForCustomer: true, enabledForSupplier: true },
  { vatZoneNumber: 4, name: 'Domestic exempt VAT', enabledForCustomer: true, enabledForSupplier: false },
  { vatZoneNumber: 5, name: 'Project Account', enabledForCustomer: true, enabledForSupplier: false },
  { vatZoneNumber: 6, name: 'ÅLand', enabledForCustomer: true, enabledForSupplier: false },
  { vatZoneNumber: 7, name: 'Recargo de Equivalencia', enabledForCustomer: true, enabledForSupplier: false },
];

export const PAYMENT_TERMS: PaymentTerms[] = [
  { paymentTermsNumber: 1, name: 'Netto 8 dage', paymentTermsType: 'net', daysOfCredit: 8 },
  { paymentTermsNumber: 2, name: 'Netto 30 dage', paymentTermsType: 'net', daysOfCredit: 30 },
  { paymentTermsNumber: 3, name: 'Kontant', paymentTermsType: 'paidInCash', daysOfCredit: 0, contraAccountForPrepaidAmount: 5830 },
  { paymentTermsNumber: 4, name: 'Forudbetalt', paymentTermsType: 'prepaid', daysOfCredit: 0, contraAccountForPrepaidAmount: 5830 },
  { paymentTermsNumber: 5, name: 'Løbende måned + 30', paymentTermsType: 'invoiceMonth', daysOfCredit: 30 },
];

export const LAYOUTS = [
  { layoutNumber: 14, name: 'Standard' },
  { layoutNumber: 19, name: 'Standard m. bankoplysninger' },
  { layoutNumber: 21, name: 'Engelsk' },
];

export const UNITS = [
  { unitNumber: 1, name: 'stk.' },
  { unitNumber: 2, name: 'tim.' },
];

/**
 * The currencies an agreement can invoice in: every ISO 4217 currency (list one, from the
 * `currency-codes` package, which ships the ISO list with its publish date), less the codes that
 * are not money a shop takes: precious metals, bond-market units, SDR, Sucre, ADB unit, the
 * testing code and "no currency". Names are in Danish, the agreement's language.
 */
const NOT_MONEY = new Set(['XAG', 'XAU', 'XPD', 'XPT', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XSU', 'XUA', 'XTS', 'XXX']);

/**
 * defaultExchangeRate: cost in DKK of 100 units of the currency (e-conomic's convention). The real
 * agreement uses the day's rates; the sandbox has fixed, approximate ones for the currencies Danish
 * shops sell in most, and 100 for the rest (a client can always send its own exchangeRate).
 */
const DEFAULT_RATES: Record<string, string> = {
  DKK: '100', EUR: '746.00', SEK: '64.50', NOK: '63.80', USD: '690.00', GBP: '870.00', JPY: '4.60',
  CHF: '780.00', PLN: '172.00', ISK: '5.00', CZK: '29.70', HUF: '1.85', CAD: '500.00', AUD: '450.00', NZD: '410.00',
};

const danishName = new Intl.DisplayNames(['da'], { type: 'currency' });

export const CURRENCIES: Currency[] = currencyCodes.data
  .filter((c) => !NOT_MONEY.has(c.code))
  .map((c) => {
    const name = danishName.of(c.code) ?? c.currency;
    return { code: c.code, isoNumber: c.number, name: name.charAt(0).toUpperCase() + name.slice(1), defaultExchangeRate: DEFAULT_RATES[c.code] ?? '100' };
  });

export const currencyByCode = (code: string): Currency | undefined => CURRENCIES.find((c) => c.code === code);

/** Calendar-year accounting years ("2026": 2026-01-01 to 2026-12-31) from `from` to `to`. */
export function calendarYears(from: number, to: number): Array<{ year: string; fromDate: string; toDate: string }> {
  const years = [];
  for (let y = from; y <= to; y++) years.push({ year: String(y), fromDate: `${y}-01-01`, toDate: `${y}-12-31` });
  return years;
}

/** e-conomic's kinds of VAT code (`/vat-types`); names as a Danish agreement shows them (assumed, see README). */
export const VAT_TYPES: VatType[] = [
  { vatTypeNumber: 1, name: 'Salgsmoms' },
  { vatTypeNumber: 2, name: 'Købsmoms' },
  { vatTypeNumber: 3, name: 'Salg uden moms' },
];

/** Where the VAT of invoice lines is posted. */
const SALES_VAT_ACCOUNT = 8710;
const OSS_VAT_ACCOUNT = 8720;

/**
 * The One-Stop-Shop set-up Danish accountants make for a shop selling to consumers in other EU
 * countries: per country and rate a VAT code (`DE19`, `FR55` for 5.5 %, at most five
 * characters), a sales account carrying it, and a product group whose sales account in the
 * domestic zone (VAT charged) is that account. EU businesses (EU zone) and export stay on the
 * usual accounts. Rates are the countries' rates in force in 2026.
 */
const OSS_RATES: Array<[country: string, rates: string[]]> = [
  ['DE', ['19', '7']],
  ['NL', ['21', '9']],
  ['ES', ['21', '10', '4']],
  ['SE', ['25', '12', '6']],
  ['FR', ['20', '5.5']],
  ['FI', ['25.5', '14']],
];
const danishCountry = new Intl.DisplayNames(['da'], { type: 'region' });
const danishRate = (rate: string) => `${rate.replace('.', ',')} %`;
const OSS = OSS_RATES.flatMap(([country, rates]) => rates.map((rate) => ({ country, rate, vatCode: `${country}${rate.replace('.', '')}` }))).map((x, i) => ({
  ...x,
  accountNumber: 1101 + i,
  productGroupNumber: 11 + i,
  countryName: danishCountry.of(x.country) ?? x.country,
}));

export const VAT_ACCOUNTS: VatAccount[] = [
  { vatCode: 'U25', name: 'Salgsmoms 25 %', ratePercentage: '25', accountNumber: SALES_VAT_ACCOUNT, vatTypeNumber: 1 },
  { vatCode: 'U2', name: 'Salgsmoms 2 %', ratePercentage: '2', accountNumber: SALES_VAT_ACCOUNT, vatTypeNumber: 1 },
  { vatCode: 'U6', name: 'Salgsmoms 6 %', ratePercentage: '6', accountNumber: SALES_VAT_ACCOUNT, vatTypeNumber: 1 },
  { vatCode: 'U75', name: 'Salgsmoms 7,5 %', ratePercentage: '7.5', accountNumber: SALES_VAT_ACCOUNT, vatTypeNumber: 1 },
  { vatCode: 'U10', name: 'Salgsmoms 10 %', ratePercentage: '10', accountNumber: SALES_VAT_ACCOUNT, vatTypeNumber: 1 },
  { vatCode: 'UEUV', name: 'EU-salg af varer (rubrik B)', ratePercentage: '0', accountNumber: SALES_VAT_ACCOUNT, vatTypeNumber: 3 },
  { vatCode: 'UV', name: 'Eksport af varer (rubrik C)', ratePercentage: '0', accountNumber: SALES_VAT_ACCOUNT, vatTypeNumber: 3 },
  ...OSS.map((o) => ({ vatCode: o.vatCode, name: `OSS ${o.countryName} ${danishRate(o.rate)}`, ratePercentage: o.rate, accountNumber: OSS_VAT_ACCOUNT, vatTypeNumber: 1 })),
];

export const ACCOUNTS: Account[] = [
  { accountNumber: 1010, name: 'Salg af varer, indland', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'U25' },
  { accountNumber: 1012, name: 'Salg af varer 2 %', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'U2' },
  { accountNumber: 1013, name: 'Salg af varer 6 %', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'U6' },
  { accountNumber: 1014, name: 'Salg af varer 7,5 %', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'U75' },
  { accountNumber: 1015, name: 'Salg af varer 10 %', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'U10' },
  { accountNumber: 1020, name: 'Salg EU', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'UEUV' },
  { accountNumber: 1030, name: 'Salg udland', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'UV' },
  { accountNumber: 1040, name: 'Salg momsfrit', accountType: 'profitAndLoss', debitCredit: 'credit' },
  ...OSS.map((o): Account => ({ accountNumber: o.accountNumber, name: `Salg ${o.countryName} ${danishRate(o.rate)} (OSS)`, accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: o.vatCode })),
  { accountNumber: 1100, name: 'Debitorer', accountType: 'status', debitCredit: 'debit', blockDirectEntries: true },
  { accountNumber: 5600, name: 'Debitorer', accountType: 'status', debitCredit: 'debit', blockDirectEntries: true },
  { accountNumber: 5820, name: 'MobilePay', accountType: 'status', debitCredit: 'debit' },
  { accountNumber: 5821, name: 'Dankort/kort', accountType: 'status', debitCredit: 'debit' },
  { accountNumber: 5830, name: 'Bank', accountType: 'status', debitCredit: 'debit' },
  { accountNumber: 7000, name: 'Afrunding', accountType: 'profitAndLoss', debitCredit: 'debit' },
  { accountNumber: 7100, name: 'Gebyrer', accountType: 'profitAndLoss', debitCredit: 'debit' },
  { accountNumber: SALES_VAT_ACCOUNT, name: 'Salgsmoms', accountType: 'status', debitCredit: 'credit' },
  { accountNumber: OSS_VAT_ACCOUNT, name: 'Salgsmoms OSS', accountType: 'status', debitCredit: 'credit' },
];

/**
 * Sales accounts per VAT zone (1 Domestic, 2 EU, 3 Abroad, 4 Domestic exempt, 5 Project,
 * 6 Åland, 7 Recargo): the domestic account decides the VAT charged; EU businesses, export
 * and the exempt zones go on accounts whose VAT codes charge none.
 */
const salesAccounts = (domestic: number) => ({ 1: domestic, 2: 1020, 3: 1030, 4: 1040, 5: 1040, 6: 1030, 7: 1030 });

export const PRODUCT_GROUPS: ProductGroup[] = [
  { productGroupNumber: 1, name: 'Varer m/moms', salesAccountByZone: salesAccounts(1010) },
  { productGroupNumber: 2, name: 'Varer u/moms', salesAccountByZone: salesAccounts(1040) },
  { productGroupNumber: 3, name: 'Fragt og gebyrer', salesAccountByZone: salesAccounts(1010) },
  // Reduced rates, as agreements outside Denmark (and test shops from other countries) have them.
  { productGroupNumber: 4, name: 'Varer 2 % moms', salesAccountByZone: salesAccounts(1012) },
  { productGroupNumber: 5, name: 'Varer 6 % moms', salesAccountByZone: salesAccounts(1013) },
  { productGroupNumber: 6, name: 'Varer 7,5 % moms', salesAccountByZone: salesAccounts(1014) },
  { productGroupNumber: 7, name: 'Varer 10 % moms', salesAccountByZone: salesAccounts(1015) },
  ...OSS.map((o): ProductGroup => ({ productGroupNumber: o.productGroupNumber, name: `OSS ${o.countryName} ${danishRate(o.rate)}`, salesAccountByZone: salesAccounts(o.accountNumber) })),
];

/**
 * The VAT rate e-conomic charges on a line of this group for a recipient in this zone: the
 * rate of the VAT code on the group's sales account for the zone; none when the account has no code.
 */
export function salesVatRate(group: ProductGroup, vatZoneNumber: number): string {
  const account = ACCOUNTS.find((a) => a.accountNumber === group.salesAccountByZone[vatZoneNumber]);
  return VAT_ACCOUNTS.find((v) => v.vatCode === account?.vatCode)?.ratePercentage ?? '0';
}

export const CUSTOMER_GROUPS: CustomerGroup[] = [
  { customerGroupNumber: 1, name: 'Domestic customers', accountNumber: 5600, layoutNumber: 14 },
  { customerGroupNumber: 2, name: 'Overseas customers', accountNumber: 5600, layoutNumber: 21 },
];

export const JOURNALS: Journal[] = [
  { journalNumber: 1, name: 'Kassekladde', minimumVoucherNumber: 1, maximumVoucherNumber: 999999999 },
  { journalNumber: 2, name: 'Indbetalinger', minimumVoucherNumber: 1, maximumVoucherNumber: 999999999, entryTypeRestrictedTo: 'customerPayment' },
];

/** Collective customers a webshop books its consumers onto. */
export const SEED_CUSTOMERS = [
  { customerNumber: 1, name: 'Webshop kunder', currency: 'DKK', customerGroup: 1, vatZone: 1, paymentTerms: 1 },
  { customerNumber: 2, name: 'Webshop customers EU', currency: 'EUR', customerGroup: 2, vatZone: 2, paymentTerms: 1 },
  { customerNumber: 3, name: 'Webshop customers abroad', currency: 'DKK', customerGroup: 2, vatZone: 3, paymentTerms: 1 },
];

export const SEED_PRODUCTS = [
  { productNumber: 'FRAGT', name: 'Fragt', productGroup: 3, salesPrice: '0.00' },
  { productNumber: 'GEBYR', name: 'Gebyr', productGroup: 3, salesPrice: '0.00' },
  { productNumber: 'GAVEKORT', name: 'Gavekort', productGroup: 2, salesPrice: '0.00' },
  { productNumber: 'RABAT', name: 'Rabat', productGroup: 1, salesPrice: '0.00' },
  { productNumber: 'AFRUNDING', name: 'Afrunding', productGroup: 2, salesPrice: '0.00' },
];
