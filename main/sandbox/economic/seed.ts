/**
 * Reference data of a Danish agreement ("LedgerBridge Sandbox ApS"). Numbers follow the real
 * payloads where they exist (vat-zones-collection.2015.json, the layouts and units the draft
 * examples reference) and the brief elsewhere. Reference data is read-only through the API.
 */
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
export const AGREEMENT_NUMBER = 987654;

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

/** defaultExchangeRate: cost in DKK of 100 units of the currency (e-conomic's convention). */
export const CURRENCIES: Currency[] = [
  { code: 'DKK', isoNumber: '208', name: 'Danske kroner', defaultExchangeRate: '100' },
  { code: 'EUR', isoNumber: '978', name: 'Euro', defaultExchangeRate: '746.00' },
  { code: 'SEK', isoNumber: '752', name: 'Svenske kroner', defaultExchangeRate: '64.50' },
  { code: 'NOK', isoNumber: '578', name: 'Norske kroner', defaultExchangeRate: '63.80' },
  { code: 'USD', isoNumber: '840', name: 'US dollar', defaultExchangeRate: '690.00' },
  { code: 'GBP', isoNumber: '826', name: 'Britiske pund', defaultExchangeRate: '870.00' },
  { code: 'JPY', isoNumber: '392', name: 'Japanske yen', defaultExchangeRate: '4.60' },
];

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
