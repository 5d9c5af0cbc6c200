/**
 * Reference data of a Danish agreement ("LedgerBridge Sandbox ApS"). Numbers follow the real
 * payloads where they exist (vat-zones-collection.2015.json, the layouts and units the draft
 * examples reference) and the brief elsewhere. Reference data is read-only through the API.
 */
import currencyCodes from 'currency-codes';

export interface VatZone { vatZoneNumber: number; name: string; enabledForCustomer: boolean; enabledForSupplier: boolean }
export interface PaymentTerms { paymentTermsNumber: number; name: string; paymentTermsType: string; daysOfCredit: number; contraAccountForPrepaidAmount?: number }
export interface Account { accountNumber: number; name: string; accountType: string; debitCredit: 'debit' | 'credit'; vatCode?: string; blockDirectEntries?: boolean }
export interface ProductGroup { productGroupNumber: number; name: string; vatRateByZone: Record<number, string>; salesAccountByZone: Record<number, number> }
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

export const ACCOUNTS: Account[] = [
  { accountNumber: 1010, name: 'Salg af varer, indland', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'U25' },
  { accountNumber: 1020, name: 'Salg EU', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'UEUV' },
  { accountNumber: 1030, name: 'Salg udland', accountType: 'profitAndLoss', debitCredit: 'credit', vatCode: 'UV' },
  { accountNumber: 1040, name: 'Salg momsfrit', accountType: 'profitAndLoss', debitCredit: 'credit' },
  { accountNumber: 1100, name: 'Debitorer', accountType: 'status', debitCredit: 'debit', blockDirectEntries: true },
  { accountNumber: 5600, name: 'Debitorer', accountType: 'status', debitCredit: 'debit', blockDirectEntries: true },
  { accountNumber: 5820, name: 'MobilePay', accountType: 'status', debitCredit: 'debit' },
  { accountNumber: 5821, name: 'Dankort/kort', accountType: 'status', debitCredit: 'debit' },
  { accountNumber: 5830, name: 'Bank', accountType: 'status', debitCredit: 'debit' },
  { accountNumber: 7000, name: 'Afrunding', accountType: 'profitAndLoss', debitCredit: 'debit' },
  { accountNumber: 7100, name: 'Gebyrer', accountType: 'profitAndLoss', debitCredit: 'debit' },
];

const allZones = (rate: string, domestic: string) => ({ 1: domestic, 2: rate, 3: rate, 4: rate, 5: rate, 6: rate, 7: rate });
const salesAccounts = { 1: 1010, 2: 1020, 3: 1030, 4: 1040, 5: 1010, 6: 1030, 7: 1030 };

export const PRODUCT_GROUPS: ProductGroup[] = [
  { productGroupNumber: 1, name: 'Varer m/moms', vatRateByZone: allZones('0', '25'), salesAccountByZone: salesAccounts },
  { productGroupNumber: 2, name: 'Varer u/moms', vatRateByZone: allZones('0', '0'), salesAccountByZone: { ...salesAccounts, 1: 1040 } },
  { productGroupNumber: 3, name: 'Fragt og gebyrer', vatRateByZone: allZones('0', '25'), salesAccountByZone: salesAccounts },
  // Reduced rates, as agreements outside Denmark (and test shops from other countries) have them.
  { productGroupNumber: 4, name: 'Varer 2 % moms', vatRateByZone: allZones('0', '2'), salesAccountByZone: salesAccounts },
  { productGroupNumber: 5, name: 'Varer 6 % moms', vatRateByZone: allZones('0', '6'), salesAccountByZone: salesAccounts },
  { productGroupNumber: 6, name: 'Varer 7,5 % moms', vatRateByZone: allZones('0', '7.5'), salesAccountByZone: salesAccounts },
  { productGroupNumber: 7, name: 'Varer 10 % moms', vatRateByZone: allZones('0', '10'), salesAccountByZone: salesAccounts },
];

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
