import { z } from 'zod';
import {
  paymentMethodMappingSchema,
  planSchema,
  ruleSchema,
} from '../../profile/schema';
import { numberedNameSchema, settingsShopField } from './common';

/** Currencies, VAT zones and EU business customers: the wizard's "Currencies and EU" step and Settings. */
export const currencySettingsSchema = z.object({
  /** Currencies that may be booked (ISO 4217); an order in another currency is held. */
  enabled: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
  /** Collective customer per currency (collective customer mode); a currency without one uses the default. */
  collectiveCustomers: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().int().positive()).default({}),
  /** The shop's country: its buyers are domestic. */
  homeCountry: z.string().regex(/^[A-Z]{2}$/),
  /** e-conomic's VAT zones for domestic buyers, EU businesses with a VAT number (reverse charge), and buyers outside the EU. */
  vatZones: z.object({ domestic: z.number().int().positive(), eu: z.number().int().positive(), abroad: z.number().int().positive() }),
  /** Where the shop keeps the buyer's VAT number (order meta / note attribute). */
  vatNumberMetaKey: z.string().trim().min(1),
  /**
   * One-Stop-Shop (the profile's `oss`): consumers in other EU countries are booked at their own
   * country's VAT, on a product group per country and rate ("DE:19").
   */
  oss: z.boolean().default(false),
});
export type CurrencySettings = z.infer<typeof currencySettingsSchema>;

/** A One-Stop-Shop `productGroups` key: an EU country and its rate ("DE:19", "FR:5.5"). */
const ossKeySchema = z.string().regex(/^[A-Z]{2}:\d+(\.\d+)?$/);

/**
 * The "Currencies and EU" form as the wizard's step and Settings edit it: the settings above
 * and, with One-Stop-Shop, the product group the consultant chose per country and rate. Those
 * choices are the OSS keys of the profile's `productGroups` (in the wizard: of the mapping
 * step's answer), so there is one place for them; a key not chosen is booked by e-conomic's
 * proposal, if there is one.
 */
export const currencyFormSchema = currencySettingsSchema.extend({
  ossProductGroups: z.record(ossKeySchema, z.number().int().positive()).default({}),
});
export type CurrencyForm = z.infer<typeof currencyFormSchema>;
/** The form as Settings saves it: for the shop it shows (`profile`), else for the shop the wizard sets up. */
export const currencySaveRequest = currencyFormSchema.extend(settingsShopField);

/** e-conomic's One-Stop-Shop proposal for one country and rate, and the VAT code it rests on. */
export const ossProposalSchema = z.object({ key: ossKeySchema, productGroupNumber: z.number().int().positive(), vatCode: z.string().min(1) });

/** Proposals for the country and domestic VAT zone as the form shows them, before they are saved. */
export const ossProposalsRequest = z.object({ homeCountry: z.string().regex(/^[A-Z]{2}$/), domesticZone: z.number().int().positive(), ...settingsShopField });
export const ossProposalsResponse = z.object({ proposals: z.array(ossProposalSchema) });

/**
 * The unit of booking and how a day is booked (the profile's `postingUnit`, `dayClosesAfterMinutes`,
 * `dayBooking` and `dayJournalNumber`, names the CLI shares): the wizard's "Order status" step and Settings
 * edit them with one form. A journal is needed only for days booked as journal vouchers; it stays
 * kept when the shop goes back to invoices, so switching again does not ask anew.
 */
export const postingSettingsSchema = z
  .object({
    postingUnit: z.enum(['order', 'day']),
    /** Minutes after midnight in the shop's time zone before a day is booked (late payments). */
    dayClosesAfterMinutes: z.number().int().min(0).max(1440),
    dayBooking: z.enum(['invoice', 'journal']),
    dayJournalNumber: z.number().int().positive().optional(),
  })
  .refine((p) => p.postingUnit !== 'day' || p.dayBooking !== 'journal' || p.dayJournalNumber !== undefined, {
    path: ['dayJournalNumber'],
    message: 'days booked as journal vouchers need a journal',
  });
export type PostingSettings = z.infer<typeof postingSettingsSchema>;
/** The form as Settings saves it: for the shop it shows (`profile`), else for the shop the wizard sets up. */
export const postingSaveRequest = postingSettingsSchema.safeExtend(settingsShopField);

export const WIZARD_STEPS = [
  'plan',
  'shop',
  'economic',
  'stages',
  'mapping',
  'currencies',
  'paymentMethods',
  'rules',
  'mail',
  'check',
] as const;
export const wizardStepSchema = z.enum(WIZARD_STEPS);
export type WizardStep = z.infer<typeof wizardStepSchema>;

export const platformSchema = z.enum(['woocommerce', 'shopify']);

/** Shop credentials as typed in the wizard; they go to the keychain, never back to the UI. */
export const shopCredentialsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('woocommerce'), consumerKey: z.string().min(1), consumerSecret: z.string().min(1) }),
  z.object({ kind: z.literal('shopifyToken'), accessToken: z.string().min(1) }),
  z.object({ kind: z.literal('shopifyClient'), clientId: z.string().min(1), clientSecret: z.string().min(1) }),
]);
export type ShopCredentials = z.infer<typeof shopCredentialsSchema>;

export const economicCredentialsSchema = z.object({
  appSecretToken: z.string().min(1),
  agreementGrantToken: z.string().min(1),
});
export type EconomicCredentials = z.infer<typeof economicCredentialsSchema>;

/**
 * What the wizard has collected so far (no secrets). Each step owns one key, so a
 * consultant can leave mid-way and resume where they stopped.
 */
export const wizardAnswersSchema = z.object({
  /** The plan is read from the licence by the service (never chosen); no licence means Basic. */
  plan: z.object({ plan: planSchema.optional(), licence: z.string().optional(), profileName: z.string().min(1) }).optional(),
  shop: z.object({ platform: platformSchema, url: z.string().url(), shopName: z.string(), currency: z.string() }).optional(),
  economic: z.object({ companyName: z.string(), agreementNumber: z.number().int().optional() }).optional(),
  stages: z.object({ orderStages: z.array(z.string().min(1)).min(1) }).optional(),
  mapping: z
    .object({
      layoutNumber: z.number().int().positive(),
      paymentTermsNumber: z.number().int().positive(),
      customerMode: z.enum(['collective', 'perBuyer']),
      collectiveCustomerNumber: z.number().int().positive().optional(),
      /** VAT rate in percent → product group number. */
      productGroups: z.record(z.string(), z.number().int().positive()),
      products: z.object({
        shipping: z.string().min(1),
        fee: z.string().min(1),
        giftCard: z.string().min(1),
        rounding: z.string().min(1),
      }),
    })
    .optional(),
  currencies: currencySettingsSchema.optional(),
  /** Saved by the "Order status" step beside `stages`: per order or per day, and how a day is booked. */
  posting: postingSettingsSchema.optional(),
  paymentMethods: z.record(z.string(), paymentMethodMappingSchema).optional(),
  rules: z.array(ruleSchema).optional(),
  mail: z.object({ invoiceSource: z.enum(['shop', 'economic']) }).optional(),
});
export type WizardAnswers = z.infer<typeof wizardAnswersSchema>;

export const wizardStateSchema = z.object({
  step: wizardStepSchema,
  completed: z.array(wizardStepSchema),
  answers: wizardAnswersSchema,
  /** Names of the secrets already in the keychain (values never leave the main process). */
  secretsStored: z.array(z.string()),
  finished: z.boolean(),
});
export type WizardState = z.infer<typeof wizardStateSchema>;

/**
 * Stores one step's answers (and any credentials, into the keychain). Saving the
 * `finish` step after a successful `profile.save` marks the wizard finished.
 */
export const wizardSaveStepRequest = z.object({
  step: wizardStepSchema,
  /** Answers for this step (merged into the stored answers). */
  answers: wizardAnswersSchema,
  /** Step to show next; omitted = stay. */
  next: wizardStepSchema.optional(),
  shopCredentials: shopCredentialsSchema.optional(),
  economicCredentials: economicCredentialsSchema.optional(),
});

export const shopTestRequest = z.object({
  platform: platformSchema,
  url: z.string().url(),
  credentials: shopCredentialsSchema,
});
export const shopTestResponse = z.object({ shopName: z.string(), currency: z.string(), platformVersion: z.string().optional() });

export const shopStatusSchema = z.object({
  slug: z.string().min(1),
  name: z.string(),
  /** Orders currently in this status. */
  count: z.number().int().min(0),
  /** A status added by a plugin or the shop owner (WooCommerce custom statuses). */
  custom: z.boolean(),
});
export type ShopStatus = z.infer<typeof shopStatusSchema>;

export const paymentMethodSeenSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  orderCount: z.number().int().min(0),
  lastSeenAt: z.string().nullable(),
});
export type PaymentMethodSeen = z.infer<typeof paymentMethodSeenSchema>;

export const economicTestResponse = z.object({
  companyName: z.string(),
  agreementNumber: z.number().int(),
  baseCurrency: z.string().optional(),
});

export const referenceDataSchema = z.object({
  layouts: z.array(numberedNameSchema),
  paymentTerms: z.array(numberedNameSchema.extend({ type: z.string().optional(), days: z.number().int().optional() })),
  vatZones: z.array(numberedNameSchema),
  productGroups: z.array(numberedNameSchema),
  products: z.array(z.object({ productNumber: z.string(), name: z.string() })),
  currencies: z.array(z.object({ code: z.string(), name: z.string() })),
  /** With the kind of entry a journal is restricted to, if any: day vouchers need one that takes finance vouchers. */
  journals: z.array(numberedNameSchema.extend({ entryTypeRestrictedTo: z.string().optional() })),
  accounts: z.array(numberedNameSchema.extend({ accountType: z.string().optional() })),
  customers: z.array(numberedNameSchema).optional(),
  /**
   * One-Stop-Shop: per EU country and rate ("DE:19") the one product group whose sales account
   * carries that country's VAT code at that rate, which LedgerBridge books by where none is chosen.
   */
  ossProposals: z.array(ossProposalSchema).default([]),
});
export type ReferenceData = z.infer<typeof referenceDataSchema>;

export const fieldErrorSchema = z.object({
  /** Dotted path into the profile, e.g. "products.shipping". */
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const profileSaveRequest = z.object({
  /** Validated by the service against the profile schema, so it can answer per field. */
  profile: z.record(z.string(), z.unknown()),
});
export const profileSaveResponse = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), profile: z.record(z.string(), z.unknown()) }),
  z.object({ saved: z.literal(false), fieldErrors: z.array(fieldErrorSchema).min(1) }),
]);
export type ProfileSaveResponse = z.infer<typeof profileSaveResponse>;

export const rulesSchema = z.object({ rules: z.array(ruleSchema) });

export const licenceCheckRequest = z.object({ licence: z.string().trim().min(1) });
/** What a valid licence grants; an invalid one is an error with the reason. */
export const licenceCheckResponse = z.object({
  plan: planSchema,
  licensee: z.string(),
  expiresAt: z.string().nullable(),
  /** Valid only against the local sandboxes (the demo licence). */
  sandboxOnly: z.boolean(),
});
export type LicenceCheck = z.infer<typeof licenceCheckResponse>;

/** One value seen in the shop's newest orders, with how many of them had it. */
export const seenValueSchema = z.object({ value: z.string(), label: z.string(), orders: z.number().int().min(0) });
export type SeenValue = z.infer<typeof seenValueSchema>;

/** Values seen in the shop's newest orders, whatever their date: what mappings and rules pick from. */
export const shopRecentValuesResponse = z.object({
  /** How many of the newest orders were read. */
  orders: z.number().int().min(0),
  paymentMethods: z.array(seenValueSchema),
  shippingMethods: z.array(seenValueSchema),
  countries: z.array(seenValueSchema),
  currencies: z.array(seenValueSchema),
  /** VAT rates in percent as decimal strings with a dot ("25", "12.5"). */
  vatRates: z.array(seenValueSchema),
  /** EU consumers' country and line rate ("DE:19", the shop's own country included), as One-Stop-Shop books them. */
  ossRates: z.array(seenValueSchema).default([]),
  tags: z.array(seenValueSchema),
});
export type ShopRecentValues = z.infer<typeof shopRecentValuesResponse>;
