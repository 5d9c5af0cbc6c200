import { BOOKING } from './catalogue/booking';
import { CONNECTIVITY } from './catalogue/connectivity';
import { DAY_SUMMARIES } from './catalogue/day-summaries';
import { ECONOMIC } from './catalogue/economic';
import { INTERNAL } from './catalogue/internal';
import { LIMITS } from './catalogue/limits';
import { MAIL } from './catalogue/mail';
import { SETUP } from './catalogue/setup';
import { SETUP_WIZARD } from './catalogue/setup-wizard';
import { SHOP_DATA } from './catalogue/shop-data';
import type { CatalogueEntry, Params, TechnicalDetail } from './types';

const ALL = { ...SHOP_DATA, ...SETUP, ...SETUP_WIZARD, ...ECONOMIC, ...CONNECTIVITY, ...LIMITS, ...MAIL, ...BOOKING, ...DAY_SUMMARIES, ...INTERNAL };

export type ErrorCode = keyof typeof ALL;

/** Every problem LedgerBridge knows, by stable code. Codes are never reused or renumbered. */
export const CATALOGUE: Readonly<Record<ErrorCode, CatalogueEntry>> = ALL;

/** A value a text shows: present, never null (an absent value would show as a blank). */
export type ParamText = string | number;

/** The values one code's texts need, every one required. */
export type ParamsOf<C extends ErrorCode> = { [K in (typeof ALL)[C]['params'][number]]: ParamText };

/**
 * A problem as it is raised: a code, the values its texts need, and details for
 * support. The union over every code makes the compiler check, at each place a
 * problem is raised, that it passes every value that code's texts show.
 */
export type RaisedProblem = { [C in ErrorCode]: { code: C; params: ParamsOf<C>; technical?: TechnicalDetail } }[ErrorCode];

/** A problem as it is stored and read back (the log, an order's reason): values as they were kept. */
export interface ProblemReport {
  code: ErrorCode;
  params: Params;
  technical?: TechnicalDetail;
}

/** Builds one problem with its parameters checked against its code. */
export function problem<C extends ErrorCode>(code: C, params: ParamsOf<C>, technical?: TechnicalDetail): RaisedProblem {
  return (technical ? { code, params, technical } : { code, params }) as RaisedProblem;
}

export const ERROR_CODES = Object.keys(CATALOGUE) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUE, value);
}

/** Named codes the engine and validators refer to, so call sites read as intent rather than numbers. */
export const CODES = {
  missingSku: 'LB-1001',
  countryMissing: 'LB-1002',
  countryUnknown: 'LB-1003',
  customerNameMissing: 'LB-1004',
  emailMissing: 'LB-1005',
  emailInvalid: 'LB-1006',
  euB2bWithoutVatNumber: 'LB-1007',
  shopTotalsMismatch: 'LB-1008',
  negativeQuantity: 'LB-1009',
  zeroTotal: 'LB-1010',
  fieldTooLong: 'LB-1011',
  controlCharacters: 'LB-1012',
  emojiStripped: 'LB-1013',
  invalidAmount: 'LB-1014',
  lineMismatch: 'LB-1015',
  taxMismatch: 'LB-1016',
  fieldMissing: 'LB-1017',
  unknownStatus: 'LB-1018',
  emailNotOneMailbox: 'LB-1019',
  ossRateNotOfCountry: 'LB-1030',
  skuNotInEconomic: 'LB-2001',
  paymentMethodUnmapped: 'LB-2002',
  shippingMethodUnmapped: 'LB-2003',
  vatRateWithoutProductGroup: 'LB-2004',
  ossRateWithoutProductGroup: 'LB-2030',
  ossProductGroupProposed: 'LB-2031',
  currencyNotEnabled: 'LB-2005',
  licenceMissing: 'LB-2006',
  licenceInvalid: 'LB-2007',
  planWithoutAutomaticBooking: 'LB-2008',
  shopConfigInvalid: 'LB-2009',
  setupNotFinished: 'LB-2010',
  secretMissing: 'LB-2013',
  profileInvalid: 'LB-2014',
  licenceOtherAgreement: 'LB-2040',
  licenceWithoutAgreement: 'LB-2041',
  licenceAgreementNotRead: 'LB-2023',
  licenceMalformed: 'LB-2015',
  licenceNotFromVendor: 'LB-2016',
  licenceExpired: 'LB-2017',
  demoLicenceOnRealServices: 'LB-2018',
  pcClockOff: 'LB-2042',
  shopifyVersionEnding: 'LB-2043',
  shopAddressMoved: 'LB-2044',
  shopCustomerDataWithheld: 'LB-2045',
  shopNotChanged: 'LB-2046',
  shopOrdersOlderThan60DaysHidden: 'LB-2047',
  settingsShopMissing: 'LB-2053',
  shopSetUpTwice: 'LB-2054',
  economicTotalMismatch: 'LB-3001',
  accountingYearClosed: 'LB-3002',
  productBarred: 'LB-3003',
  referencedEntityMissing: 'LB-3004',
  priceDecimals: 'LB-3005',
  paymentTermsTypeMismatch: 'LB-3006',
  paymentTermsNotFound: 'LB-3007',
  quantityRequired: 'LB-3008',
  productIdentifierMissing: 'LB-3009',
  draftGone: 'LB-3010',
  draftConflict: 'LB-3011',
  paymentRegistrationFailed: 'LB-3012',
  nextAccountingYearMissing: 'LB-3013',
  orderLinesDoNotAddUp: 'LB-3020',
  dayTotalMismatch: 'LB-3021',
  economicValidation: 'LB-3099',
  economicAuthFailed: 'LB-4001',
  economicForbidden: 'LB-4002',
  economicReadOnly: 'LB-4003',
  economicUnreachable: 'LB-4004',
  economicServerError: 'LB-4005',
  shopAuthFailed: 'LB-4011',
  shopUnreachable: 'LB-4012',
  shopServerError: 'LB-4013',
  shopNotFound: 'LB-4014',
  shopScopeMissing: 'LB-4015',
  shopOrdersNotApproved: 'LB-4016',
  keychainUnavailable: 'LB-4021',
  economicRateLimited: 'LB-5001',
  dailyBudgetExhausted: 'LB-5002',
  shopRateLimited: 'LB-5003',
  smtpTemporary: 'LB-6001',
  smtpPermanent: 'LB-6002',
  smtpBadAddress: 'LB-6003',
  mailUncertain: 'LB-6004',
  pdfDownloadFailed: 'LB-6005',
  smtpAuthFailed: 'LB-6006',
  mailNotConfigured: 'LB-6007',
  accountantMailFailed: 'LB-6011',
  accountantMailUncertain: 'LB-6012',
  accountantMailNoServer: 'LB-6013',
  accountantMissing: 'LB-6014',
  accountantMailBeingSent: 'LB-6015',
  supervisedGatesNotMet: 'LB-7001',
  heldByRule: 'LB-7002',
  cancelledBeforeBooking: 'LB-7003',
  draftDeletedCancelled: 'LB-7004',
  refundUnmatched: 'LB-7005',
  duplicateInEconomic: 'LB-7006',
  skippedByRule: 'LB-7007',
  restoredFoundBooked: 'LB-7009',
  invoicedElsewhere: 'LB-7013',
  dayWaitsForOrders: 'LB-7020',
  dayBooked: 'LB-7021',
  dayVoucherAnswerDiffers: 'LB-7024',
  dayDraftGone: 'LB-7025',
  dayVoucherGone: 'LB-7026',
  internal: 'LB-9001',
  syncStopped: 'LB-9002',
  dataDirLocked: 'LB-9104',
  shopNotOpened: 'LB-2055',
  storedProfileInvalid: 'LB-2056',
  shopWaitsForCopy: 'LB-2057',
  backupFailed: 'LB-9109',
} as const satisfies Record<string, ErrorCode>;
