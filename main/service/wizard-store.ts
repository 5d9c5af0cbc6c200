import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../settings';
import { WIZARD_STEPS, wizardStateSchema, type WizardAnswers, type WizardStep } from '../../shared/ipc/schemas/setup';
import { checkLineIdSchema } from '../../shared/ipc/schemas/setup-check';
import type { Plan, Profile } from '../../shared/profile/schema';
import { postingSettingsOf } from '../../shared/ipc/wizard-profile';
import { currencySettingsOf } from './currency-settings';

export const WIZARD_FILE_NAME = 'wizard.json';

const mailTemplate = z.object({ subject: z.string(), html: z.string(), text: z.string() });

/** Steps of earlier versions in an older wizard.json: the dry run and the summary became the setup check. */
const RENAMED_STEPS: Record<string, WizardStep> = { dryRun: 'check', finish: 'check' };
const renamed = (step: unknown) => (typeof step === 'string' ? (RENAMED_STEPS[step] ?? step) : step);
const storedState = z.preprocess((raw) => {
  if (typeof raw !== 'object' || raw === null) return raw;
  const state = raw as { step?: unknown; completed?: unknown; answers?: Record<string, unknown> };
  const { dryRun: _reviewed, ...answers } = state.answers ?? {};
  return {
    ...state,
    step: renamed(state.step),
    completed: Array.isArray(state.completed) ? [...new Set(state.completed.map(renamed))] : state.completed,
    answers,
  };
}, wizardStateSchema);

const storedSchema = z.object({
  state: storedState,
  /** The profile name the wizard's credentials were stored under in the keychain. */
  secretsProfile: z.string().nullable().default(null),
  /** How the Shopify app authenticates, decided by which credentials were entered. */
  shopifyAuth: z.enum(['token', 'clientCredentials']).nullable().default(null),
  /** Invoice-mail texts edited in the wizard before the profile exists; they move into the profile on save. */
  mailTemplates: z.object({ da: mailTemplate.optional(), en: mailTemplate.optional() }).default({}),
  /** Notification settings chosen before the profile exists; they move into the profile on save. */
  notifications: z.object({ email: z.string().optional(), digest: z.enum(['hourly', 'daily']).optional() }).default({}),
  /** Mail server and sender chosen before the profile exists (never the password: that is in the keychain); they move into the profile on save. */
  mailSettings: z
    .object({
      smtp: z.object({ host: z.string(), port: z.number().int(), security: z.enum(['tls', 'starttls', 'none']), user: z.string().optional() }).optional(),
      fromName: z.string().optional(),
      fromAddress: z.string().optional(),
      replyTo: z.string().optional(),
    })
    .default({}),
  /** When the answers, keys or mail settings last changed: a setup check from before this is stale. */
  changedAt: z.string().nullable().default(null),
  /** The latest setup check: when it ran, whether nothing was red, and where the first sync starts. */
  check: z.object({ ranAt: z.string(), ready: z.boolean(), failed: z.array(checkLineIdSchema), firstSyncFrom: z.string().nullable() }).nullable().default(null),
  /**
   * Set while the wizard sets up a further shop ("Add shop"): the wizard as it was for the shops
   * already set up, to return to should the owner cancel. Cleared once the new shop is saved.
   */
  newShop: z.object({ previous: z.unknown() }).nullable().default(null),
});
export type StoredWizard = z.infer<typeof storedSchema>;

/**
 * `<dataDir>/wizard.json`: the setup wizard's progress and answers (never secrets —
 * those go to the keychain), so a consultant can stop and resume at the same step.
 */
export class WizardStore {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, WIZARD_FILE_NAME);
  }

  /**
   * The stored progress of the shop on screen (`existing`, null before one is set up); without
   * one, a fresh wizard — or a finished one when its profile already exists (set up with the CLI,
   * or a shop set up before the last: the file keeps the wizard of the shop set up last, and
   * another shop's answers, changed and finished, would change that shop instead).
   */
  load(existing: { profile: Profile; plan: Plan | null; shopName?: string | null } | null): StoredWizard {
    if (existsSync(this.path)) {
      const parsed = storedSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (parsed.success && wizardOfShop(parsed.data, existing?.profile ?? null)) return withPostingOf(parsed.data, existing?.profile ?? null);
    }
    if (existing) {
      return {
        state: { step: 'check', completed: [...WIZARD_STEPS], answers: answersFromProfile(existing.profile, existing.plan, existing.shopName), secretsStored: [], finished: true },
        secretsProfile: existing.profile.name,
        shopifyAuth: existing.profile.shop.platform === 'shopify' ? existing.profile.shop.auth : null,
        mailTemplates: {},
        notifications: {},
        mailSettings: {},
        changedAt: null,
        check: null,
        newShop: null,
      };
    }
    return freshWizard();
  }

  /** A stored wizard of an earlier state (kept while a further shop is set up), or null if it no longer reads. */
  parse(raw: unknown): StoredWizard | null {
    const parsed = storedSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }

  save(stored: StoredWizard): void {
    writeFileAtomic(this.path, JSON.stringify(storedSchema.parse(stored), null, 2) + '\n');
  }
}

/** The stored wizard sets up `profile` (or, while "Add shop" runs, a further shop; or the first, before any profile exists). */
function wizardOfShop(stored: StoredWizard, profile: Profile | null): boolean {
  return profile === null || stored.newShop !== null || stored.state.answers.plan?.profileName === profile.name;
}

/**
 * A wizard.json written before the wizard asked how the shop books (or a profile switched to days
 * with the CLI) has no such answer: it is the profile's, else the setup check and finishing the
 * wizard again would quietly turn a shop that books per day back to one invoice per order.
 */
function withPostingOf(stored: StoredWizard, profile: Profile | null): StoredWizard {
  const answers = stored.state.answers;
  if (answers.posting || !profile || stored.newShop || answers.plan?.profileName !== profile.name) return stored;
  return { ...stored, state: { ...stored.state, answers: { ...answers, posting: postingSettingsOf(profile) } } };
}

/** The wizard of a shop not set up yet: every step ahead, nothing answered. */
export function freshWizard(): StoredWizard {
  return {
    state: { step: 'plan', completed: [], answers: {}, secretsStored: [], finished: false },
    secretsProfile: null,
    shopifyAuth: null,
    mailTemplates: {},
    notifications: {},
    mailSettings: {},
    changedAt: null,
    check: null,
    newShop: null,
  };
}

/**
 * The wizard's answers that reproduce a profile, so the wizard can be reopened to change it;
 * `shopName` is the shop's own name as its connection test found it (it signs the invoice mails).
 */
export function answersFromProfile(profile: Profile, plan: Plan | null, shopName?: string | null): WizardAnswers {
  const collective = profile.customers.collective['*'] ?? profile.customers.collective[profile.enabledCurrencies[0] ?? 'DKK'] ?? Object.values(profile.customers.collective)[0];
  return {
    plan: { plan: plan ?? 'basic', profileName: profile.name, ...(profile.licence ? { licence: profile.licence } : {}) },
    shop: { platform: profile.shop.platform, url: profile.shop.url, shopName: shopName ?? profile.name, currency: profile.enabledCurrencies[0] ?? 'DKK' },
    stages: { orderStages: profile.orderStages },
    posting: postingSettingsOf(profile),
    mapping: {
      layoutNumber: profile.layoutNumber,
      paymentTermsNumber: profile.paymentTermsNumber,
      customerMode: profile.customers.mode,
      ...(collective !== undefined ? { collectiveCustomerNumber: collective } : {}),
      productGroups: profile.productGroups,
      products: { shipping: profile.products.shipping, fee: profile.products.fee, giftCard: profile.products.giftCard, rounding: profile.products.rounding },
    },
    currencies: currencySettingsOf(profile),
    paymentMethods: profile.paymentMethods,
    rules: profile.rules,
    mail: { invoiceSource: profile.invoiceSource },
  };
}
