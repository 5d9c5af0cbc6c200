import { SHOPIFY_API_VERSIONS } from '../profile/schema';
import type { Lang, Words } from './lang';

/*
 * The words of `ledgerbridge configure` and the settings import when a profile is not valid
 * (main/settings/explain-profile-errors.ts): one plain sentence per invalid field.
 */

/**
 * What a valid value looks like, per profile field, in words a consultant or shop owner
 * understands. Array positions are written as [] (e.g. "rules[].name").
 */
export const PROFILE_FIELD_HINTS: Record<string, Words> = {
  name: { en: 'use lower-case letters, digits and dashes, e.g. "butik"', da: 'brug små bogstaver, tal og bindestreger, fx "butik"' },
  language: { en: 'choose "da" or "en"', da: 'vælg "da" eller "en"' },
  'shop.platform': { en: 'choose the shop system: "woocommerce" or "shopify"', da: 'vælg shopsystemet: "woocommerce" eller "shopify"' },
  'shop.url': { en: 'give the shop address starting with https://, e.g. "https://butik.dk"', da: 'angiv shoppens adresse med https://, fx "https://butik.dk"' },
  'shop.apiVersion': {
    en: `choose a Shopify API version this LedgerBridge is written for: ${SHOPIFY_API_VERSIONS.map((v) => `"${v}"`).join(', ')}`,
    da: `vælg en Shopify API-version, som denne LedgerBridge er skrevet til: ${SHOPIFY_API_VERSIONS.map((v) => `"${v}"`).join(', ')}`,
  },
  'economic.url': { en: 'give the e-conomic API address, normally "https://restapi.e-conomic.com"', da: 'angiv e-conomics API-adresse, normalt "https://restapi.e-conomic.com"' },
  'economic.concurrency': { en: 'give a whole number from 1 to 16 (requests sent to e-conomic at the same time)', da: 'angiv et helt tal fra 1 til 16 (samtidige kald til e-conomic)' },
  'economic.dailyCallBudget': { en: 'give a positive whole number of calls per day, e.g. 50000', da: 'angiv et positivt helt antal kald pr. døgn, fx 50000' },
  orderStages: {
    en: 'list at least one shop status at which orders are transferred, e.g. ["processing"]',
    da: 'angiv mindst én shopstatus, hvor ordrer overføres, fx ["processing"]',
  },
  invoiceSource: { en: 'choose "shop" (the shop sends the invoice) or "economic" (LedgerBridge mails the e-conomic invoice)', da: 'vælg "shop" (shoppen sender fakturaen) eller "economic" (LedgerBridge mailer fakturaen fra e-conomic)' },
  bookingMode: { en: 'choose "drafts" (a person books them) or "automatic"', da: 'vælg "drafts" (kladder, som en person bogfører) eller "automatic" (automatisk bogføring)' },
  homeCountry: { en: 'give a two-letter country code, e.g. "DK"', da: 'angiv en landekode på to bogstaver, fx "DK"' },
  enabledCurrencies: { en: 'list three-letter currency codes, e.g. ["DKK", "EUR"]', da: 'angiv valutakoder på tre bogstaver, fx ["DKK", "EUR"]' },
  layoutNumber: { en: 'give the number of the e-conomic invoice layout, a whole number such as 19', da: 'angiv nummeret på e-conomic-fakturalayoutet, et helt tal som fx 19' },
  paymentTermsNumber: { en: 'give the number of the e-conomic payment terms, a whole number such as 1', da: 'angiv nummeret på betalingsbetingelsen i e-conomic, et helt tal som fx 1' },
  productGroups: { en: 'map each VAT rate to an e-conomic product group, e.g. {"25": 1, "0": 2}', da: 'knyt hver momssats til en varegruppe i e-conomic, fx {"25": 1, "0": 2}' },
  'products.shipping': { en: 'give the e-conomic product number used for shipping lines, e.g. "FRAGT"', da: 'angiv varenummeret i e-conomic til fragtlinjer, fx "FRAGT"' },
  'products.fee': { en: 'give the e-conomic product number used for fees, e.g. "GEBYR"', da: 'angiv varenummeret i e-conomic til gebyrer, fx "GEBYR"' },
  'products.giftCard': { en: 'give the e-conomic product number used for gift cards, e.g. "GAVEKORT"', da: 'angiv varenummeret i e-conomic til gavekort, fx "GAVEKORT"' },
  'products.rounding': { en: 'give the e-conomic product number used for rounding lines, e.g. "AFRUND"', da: 'angiv varenummeret i e-conomic til afrundingslinjer, fx "AFRUND"' },
  dayBooking: {
    en: 'choose "invoice" (one invoice per day) or "journal" (one voucher per day in the journal dayJournalNumber, for the accountant to book)',
    da: 'vælg "invoice" (én faktura pr. dag) eller "journal" (ét bilag pr. dag i kassekladden dayJournalNumber, som bogføreren bogfører)',
  },
  dayJournalNumber: { en: 'give the number of the e-conomic journal the day vouchers go into, e.g. 1', da: 'angiv nummeret på den kassekladde i e-conomic, dagens bilag lægges i, fx 1' },
  roundingTolerance: { en: 'write the largest rounding difference as a number with a dot, e.g. "0.05"', da: 'skriv den største afrundingsdifference som et tal med punktum, fx "0.05"' },
  accountantEmail: {
    en: 'give one e-mail address for the accountant, e.g. "revisor@example.dk", or leave the field out',
    da: 'angiv én mailadresse til revisoren, fx "revisor@example.dk", eller udelad feltet',
  },
  'sync.intervalMinutes': { en: 'give the minutes between syncs, a whole number from 1 to 1440, e.g. 5', da: 'angiv minutter mellem synkroniseringer, et helt tal fra 1 til 1440, fx 5' },
  'sync.overlapMinutes': { en: 'give a whole number of minutes from 0 to 1440, e.g. 10', da: 'angiv et helt antal minutter fra 0 til 1440, fx 10' },
  'mail.smtp.host': { en: 'give the mail server name, e.g. "smtp.simply.com"', da: 'angiv mailserverens navn, fx "smtp.simply.com"' },
  'mail.smtp.port': { en: 'give the mail server port, e.g. 587', da: 'angiv mailserverens port, fx 587' },
  'rules[].name': { en: 'give the rule a name the owner recognises', da: 'giv reglen et navn, som ejeren kan genkende' },
  'rules[].then': { en: 'give the rule at least one action, e.g. [{"type": "keepAsDraft"}]', da: 'giv reglen mindst én handling, fx [{"type": "keepAsDraft"}]' },
};

/** The kinds of value a field can have. */
export const PROFILE_TYPE_WORDS: Record<string, Words> = {
  number: { en: 'a number', da: 'et tal' },
  string: { en: 'text', da: 'tekst' },
  boolean: { en: 'true or false', da: 'true eller false' },
  array: { en: 'a list', da: 'en liste' },
  object: { en: 'a group of settings', da: 'en gruppe af indstillinger' },
};

/** What is wrong with a field that has no hint of its own, after zod's issue kinds. */
export const PROFILE_ISSUE_WORDS: Record<
  Lang,
  {
    /** Stands for the whole profile when the problem is not in one field. */
    profile: string;
    missing: string;
    mustBe: (kind: string) => string;
    atLeastItems: (n: number) => string;
    notEmpty: string;
    atLeastChars: (n: number) => string;
    greaterThan: (n: number) => string;
    atLeast: (n: number) => string;
    atMostChars: (n: number) => string;
    atMostItems: (n: number) => string;
    lessThan: (n: number) => string;
    atMost: (n: number) => string;
    webAddress: string;
    wrongFormat: (detail: string) => string;
    chooseOne: (options: string) => string;
    notAllowed: string;
    unknownFields: (keys: string) => string;
  }
> = {
  da: {
    profile: 'profil',
    missing: 'mangler og skal udfyldes',
    mustBe: (kind) => `skal være ${kind}`,
    atLeastItems: (n) => `angiv mindst ${n} ${n === 1 ? 'element' : 'elementer'}`,
    notEmpty: 'må ikke være tom',
    atLeastChars: (n) => `skal have mindst ${n} tegn`,
    greaterThan: (n) => `skal være større end ${n}`,
    atLeast: (n) => `skal være mindst ${n}`,
    atMostChars: (n) => `må højst have ${n} tegn`,
    atMostItems: (n) => `må højst have ${n} elementer`,
    lessThan: (n) => `skal være mindre end ${n}`,
    atMost: (n) => `må højst være ${n}`,
    webAddress: 'skal være en webadresse, fx "https://butik.dk"',
    // zod's own explanation is English; a Danish reader gets the plain sentence alone.
    wrongFormat: () => 'har et ugyldigt format',
    chooseOne: (options) => `vælg en af: ${options}`,
    notAllowed: 'har en ugyldig værdi',
    unknownFields: (keys) => `ukendte felter: ${keys}`,
  },
  en: {
    profile: 'profile',
    missing: 'is missing and must be filled in',
    mustBe: (kind) => `must be ${kind}`,
    atLeastItems: (n) => `list at least ${n} ${n === 1 ? 'item' : 'items'}`,
    notEmpty: 'must not be empty',
    atLeastChars: (n) => `must have at least ${n} characters`,
    greaterThan: (n) => `must be greater than ${n}`,
    atLeast: (n) => `must be at least ${n}`,
    atMostChars: (n) => `must have at most ${n} characters`,
    atMostItems: (n) => `may list at most ${n} items`,
    lessThan: (n) => `must be less than ${n}`,
    atMost: (n) => `must be at most ${n}`,
    webAddress: 'must be a web address, e.g. "https://butik.dk"',
    wrongFormat: (detail) => `has the wrong format (${detail})`,
    chooseOne: (options) => `choose one of: ${options}`,
    notAllowed: 'has a value that is not allowed here',
    unknownFields: (keys) => `unknown fields: ${keys}`,
  },
};
