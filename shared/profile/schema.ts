import { z } from 'zod';

/**
 * The profile a consultant sets up for one shop ↔ one e-conomic agreement.
 * Stored in config.json (never with secrets: those live in the keychain, see
 * `secretNames`). Every field has a description so `configure` can explain it.
 */

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const decimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number written with a dot, e.g. "0.05"');

export const planSchema = z.enum(['basic', 'standard', 'premium', 'enterprise', 'dedicated']);
export type Plan = z.infer<typeof planSchema>;
export const PLANS_WITH_AUTOMATIC_BOOKING: readonly Plan[] = ['standard', 'premium', 'enterprise', 'dedicated'];

export const ruleConditionSchema = z.object({
  field: z
    .enum(['paymentMethod', 'shippingMethod', 'country', 'currency', 'total', 'customerType', 'hasVatNumber', 'tag', 'meta'])
    .describe('what the rule looks at'),
  op: z.enum(['eq', 'ne', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'contains', 'exists']).default('eq'),
  /** For `meta`: the meta key; the value is compared with `value`. */
  key: z.string().optional(),
  value: z.union([z.string(), z.array(z.string()), z.boolean()]).optional(),
});
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

export const ruleActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('keepAsDraft') }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('holdForReview') }),
  z.object({ type: z.literal('useLayout'), layoutNumber: z.number().int().positive() }),
  z.object({ type: z.literal('usePaymentTerms'), paymentTermsNumber: z.number().int().positive() }),
  z.object({ type: z.literal('useCustomer'), customerNumber: z.number().int().positive() }),
  /** With `postingUnit: "day"`: book this order on its own invoice instead of in the day's summary. */
  z.object({ type: z.literal('ownInvoice') }),
]);
export type RuleAction = z.infer<typeof ruleActionSchema>;

export const ruleSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).describe('a name the owner recognises, e.g. "Bank transfer is never posted automatically"'),
  enabled: z.boolean().default(true),
  /** All conditions must hold. */
  when: z.array(ruleConditionSchema).default([]),
  then: z.array(ruleActionSchema).min(1),
  /** When false, later rules are still evaluated after this one matched. */
  stop: z.boolean().default(false),
});
export type Rule = z.infer<typeof ruleSchema>;

export const paymentMethodMappingSchema = z.object({
  title: z.string().optional(),
  paymentTermsNumber: z.number().int().positive().optional(),
  layoutNumber: z.number().int().positive().optional(),
  /**
   * The account the method's money arrives on (e.g. 5820 "MobilePay"): the contra account of
   * the method's entries when days are booked as journal vouchers (`dayBooking: "journal"`);
   * without it, `registerPayment.contraAccountNumber`.
   */
  clearingAccountNumber: z.number().int().positive().optional(),
  /** Register the customer payment in a journal when the invoice is booked. */
  registerPayment: z
    .object({
      journalNumber: z.number().int().positive(),
      contraAccountNumber: z.number().int().positive().describe('the clearing account the money arrives on, e.g. 5820 "MobilePay"'),
    })
    .optional(),
});
export type PaymentMethodMapping = z.infer<typeof paymentMethodMappingSchema>;

/**
 * The Shopify Admin API versions this release of LedgerBridge is written for, oldest first. The
 * connector's queries are validated against Shopify's own schema of each one (its SDL in
 * main/sandbox/shops/shopify/admin-schema/, test/main/connectors/shops/shopify/order-query.test.ts),
 * so a profile may name only these. Shopify supports a version for about a year: pin a new one
 * together with its schema, and drop one only once no profile should use it any more.
 */
export const SHOPIFY_API_VERSIONS = ['2026-01'] as const;
export type ShopifyApiVersion = (typeof SHOPIFY_API_VERSIONS)[number];

/** The version new Shopify shops are set up with: the newest pinned one. */
export const SHOPIFY_API_VERSION: ShopifyApiVersion = SHOPIFY_API_VERSIONS[SHOPIFY_API_VERSIONS.length - 1];

export const shopSchema = z.discriminatedUnion('platform', [
  z.object({
    platform: z.literal('woocommerce'),
    url: z.string().url().describe('the shop address, e.g. https://butik.dk'),
    /** Order meta key holding the buyer's VAT number (EU VAT Number extension: _vat_number). */
    vatNumberMetaKey: z.string().default('_vat_number'),
    eanMetaKey: z.string().default('_billing_ean'),
  }),
  z.object({
    platform: z.literal('shopify'),
    url: z.string().url().describe('the shop address, e.g. https://butik.myshopify.com'),
    apiVersion: z.enum(SHOPIFY_API_VERSIONS).default(SHOPIFY_API_VERSION),
    auth: z.enum(['token', 'clientCredentials']).default('token'),
    /** Book in the shop's currency (shop money) or the buyer's (presentment money). */
    moneySet: z.enum(['shop', 'presentment']).default('shop'),
    vatNumberMetaKey: z.string().default('vat_number'),
    eanMetaKey: z.string().default('ean'),
  }),
]);
export type ShopSettings = z.infer<typeof shopSchema>;
/** Shop settings as written, before the schema's defaults: a profile's, or the setup wizard's answers. */
export type ShopSettingsInput = z.input<typeof shopSchema>;

export const profileSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'use lower-case letters, digits and dashes, e.g. "butik"'),
  language: z.enum(['da', 'en']).default('da'),
  shop: shopSchema,
  economic: z.object({
    url: z.string().url().default('https://restapi.e-conomic.com'),
    /** Concurrent requests to e-conomic. */
    concurrency: z.number().int().min(1).max(16).default(4),
    dailyCallBudget: z.number().int().positive().default(50000),
  }),
  /** Base64 licence issued by the vendor; decides the plan. */
  licence: z.string().optional(),
  orderStages: z.array(z.string().min(1)).min(1).describe('the shop statuses at which an order is transferred, e.g. ["processing","completed"]'),
  invoiceSource: z.enum(['shop', 'economic']).default('shop'),
  bookingMode: z.enum(['drafts', 'automatic']).default('drafts'),
  customers: z
    .object({
      mode: z.enum(['collective', 'perBuyer']).default('collective'),
      /** Collective customer per currency, e.g. {"DKK": 1, "EUR": 2}; key "*" for any other. */
      collective: z.record(z.string(), z.number().int().positive()).default({}),
      customerGroupNumber: z.number().int().positive().default(1),
    })
    .default({ mode: 'collective', collective: {}, customerGroupNumber: 1 }),
  vatZones: z
    .object({ domestic: z.number().int().positive(), eu: z.number().int().positive(), abroad: z.number().int().positive() })
    .default({ domestic: 1, eu: 2, abroad: 3 }),
  homeCountry: z.string().length(2).default('DK'),
  enabledCurrencies: z.array(z.string().length(3)).default(['DKK']),
  layoutNumber: z.number().int().positive(),
  paymentTermsNumber: z.number().int().positive(),
  paymentMethods: z.record(z.string(), paymentMethodMappingSchema).default({}),
  /**
   * VAT rate in percent → product group for new products at that rate, e.g. {"25": 1, "0": 2};
   * with `oss`, a country and its rate → that country's OSS product group, e.g. {"DE:19": 11}.
   */
  productGroups: z.record(
    z.string().regex(/^(?:[A-Z]{2}:)?\d+(?:\.\d+)?$/, 'a VAT rate such as "25" or "7.5", or a country and rate such as "DE:19"'),
    z.number().int().positive(),
  ),
  /**
   * One-Stop-Shop: consumers in other EU countries are booked at their own country's VAT on
   * that country's product group (`productGroups` "DE:19"); off, they pay Danish VAT as below
   * the EU distance-selling threshold.
   */
  oss: z.boolean().default(false),
  products: z.object({
    shipping: z.string().min(1),
    fee: z.string().min(1),
    giftCard: z.string().min(1),
    discount: z.string().min(1).optional(),
    rounding: z.string().min(1),
    /** Used for a line whose SKU is missing when `createMissingProducts` cannot apply. */
    fallback: z.string().min(1).optional(),
  }),
  createMissingProducts: z.boolean().default(true),
  /** Largest difference (in the order's currency) settled by a rounding line. */
  roundingTolerance: decimalString.default('0.05'),
  rules: z.array(ruleSchema).default([]),
  refunds: z.object({ creditNotes: z.boolean().default(true) }).default({ creditNotes: true }),
  /**
   * The unit of booking: one invoice per order, or per day (a daily summary: one invoice per
   * day and currency to the collective customer; orders that need their own invoice keep it).
   */
  postingUnit: z.enum(['order', 'day']).default('order').describe('"order": one invoice per order; "day": one summary per day and currency'),
  /**
   * How a day is booked (postingUnit "day"): as one invoice to the collective customer, or as
   * one finance voucher in the journal `dayJournalNumber` (revenue per VAT code against each
   * payment method's clearing account, the order list attached), left for the accountant to book.
   */
  dayBooking: z.enum(['invoice', 'journal']).default('invoice').describe('"invoice": one invoice per day and currency; "journal": one finance voucher per day and currency in dayJournalNumber'),
  dayJournalNumber: z.number().int().positive().optional().describe('the e-conomic journal ("kassekladde") the day vouchers go into, e.g. 1'),
  /** Grace after midnight in the shop's time zone before a day is booked (late payments, late syncs). */
  dayClosesAfterMinutes: z.number().int().min(0).max(1440).default(60),
  daySummary: z
    .object({
      /** The shop's time zone (IANA), in which a day begins and ends. */
      timeZone: z
        .string()
        .refine((zone) => isTimeZone(zone), 'must be a time zone such as "Europe/Copenhagen"')
        .default('Europe/Copenhagen'),
    })
    .default({ timeZone: 'Europe/Copenhagen' }),
  /**
   * The accountant's address (postingUnit "day"): each booked day's order list is mailed there
   * as PDF and CSV through the mail outbox. Absent: nothing is mailed.
   */
  accountantEmail: z.string().trim().email('must be one e-mail address, e.g. "revisor@example.dk"').optional(),
  sync: z
    .object({
      intervalMinutes: z.number().int().min(1).max(1440).default(5),
      overlapMinutes: z.number().int().min(0).max(1440).default(10),
      importFrom: z.string().optional(),
    })
    .default({ intervalMinutes: 5, overlapMinutes: 10 }),
  mail: z
    .object({
      fromName: z.string().default(''),
      fromAddress: z.string().default(''),
      replyTo: z.string().optional(),
      smtp: z
        .object({
          host: z.string(),
          port: z.number().int().positive(),
          security: z.enum(['tls', 'starttls', 'none']).default('starttls'),
          user: z.string().optional(),
        })
        .optional(),
      templates: z
        .object({
          da: z.object({ subject: z.string(), html: z.string(), text: z.string() }).optional(),
          en: z.object({ subject: z.string(), html: z.string(), text: z.string() }).optional(),
        })
        .default({}),
    })
    .default({ fromName: '', fromAddress: '', templates: {} }),
  notifications: z
    .object({
      email: z.string().optional(),
      digest: z.enum(['hourly', 'daily']).default('hourly'),
      desktop: z.boolean().default(true),
    })
    .default({ digest: 'hourly', desktop: true }),
  /** Environment variables that supply secrets at `configure` time (servers and CI). */
  secretsFromEnv: z.record(z.string(), z.string()).optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

/** Secrets a profile needs, by platform; stored in the keychain as `<profile>/<name>`. */
export const SECRET_NAMES = {
  economic: ['economicAppSecretToken', 'economicAgreementGrantToken'],
  woocommerce: ['wooConsumerKey', 'wooConsumerSecret'],
  shopify: ['shopifyAccessToken', 'shopifyClientId', 'shopifyClientSecret'],
  mail: ['smtpPassword'],
} as const;
export type SecretName =
  | (typeof SECRET_NAMES.economic)[number]
  | (typeof SECRET_NAMES.woocommerce)[number]
  | (typeof SECRET_NAMES.shopify)[number]
  | (typeof SECRET_NAMES.mail)[number];
