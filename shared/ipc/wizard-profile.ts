import { PLANS_WITH_AUTOMATIC_BOOKING, profileSchema } from '../profile/schema';
import type { Profile } from '../profile/schema';
import type { PostingSettings, WizardAnswers } from './schemas/setup';

/**
 * Assembles a profile (the input shape of `profileSchema`) from the wizard's
 * answers. The service saves the result when the setup is finished and previews
 * from it before; missing answers stay missing so the profile schema reports them
 * per field.
 */
export function profileFromAnswers(answers: WizardAnswers): Record<string, unknown> {
  const profile: Record<string, unknown> = {};
  if (answers.plan) {
    profile.name = answers.plan.profileName;
    if (answers.plan.licence) profile.licence = answers.plan.licence;
    // Plans with automatic book-keeping create drafts automatically from the start;
    // posting itself waits for the supervised period and the owner's activation.
    profile.bookingMode = answers.plan.plan && PLANS_WITH_AUTOMATIC_BOOKING.includes(answers.plan.plan) ? 'automatic' : 'drafts';
  }
  const currencies = answers.currencies;
  if (answers.shop) {
    profile.shop = { platform: answers.shop.platform, url: answers.shop.url, ...(currencies ? { vatNumberMetaKey: currencies.vatNumberMetaKey } : {}) };
  }
  profile.economic = {};
  if (answers.stages) profile.orderStages = answers.stages.orderStages;
  if (answers.posting) {
    const { dayJournalNumber, ...posting } = answers.posting;
    Object.assign(profile, posting, dayJournalNumber !== undefined ? { dayJournalNumber } : {});
  }
  if (answers.mapping) {
    const m = answers.mapping;
    profile.layoutNumber = m.layoutNumber;
    profile.paymentTermsNumber = m.paymentTermsNumber;
    profile.customers = {
      mode: m.customerMode,
      collective: { ...(m.collectiveCustomerNumber ? { '*': m.collectiveCustomerNumber } : {}), ...(m.customerMode === 'collective' ? (currencies?.collectiveCustomers ?? {}) : {}) },
    };
    profile.productGroups = m.productGroups;
    profile.products = m.products;
  }
  if (currencies) {
    profile.enabledCurrencies = currencies.enabled;
    profile.homeCountry = currencies.homeCountry;
    profile.vatZones = currencies.vatZones;
    profile.oss = currencies.oss;
  }
  if (answers.paymentMethods) profile.paymentMethods = answers.paymentMethods;
  if (answers.rules) profile.rules = answers.rules;
  if (answers.mail) profile.invoiceSource = answers.mail.invoiceSource;
  return profile;
}

/** A profile's unit of booking and day booking as the wizard's answer and Settings' form hold them. */
export function postingSettingsOf(profile: Pick<Profile, 'postingUnit' | 'dayClosesAfterMinutes' | 'dayBooking' | 'dayJournalNumber'>): PostingSettings {
  return {
    postingUnit: profile.postingUnit,
    dayClosesAfterMinutes: profile.dayClosesAfterMinutes,
    dayBooking: profile.dayBooking,
    ...(profile.dayJournalNumber !== undefined ? { dayJournalNumber: profile.dayJournalNumber } : {}),
  };
}

/** What a profile that was never told otherwise books by: the profile schema's defaults (per order). */
export const DEFAULT_POSTING: PostingSettings = postingSettingsOf({
  postingUnit: profileSchema.shape.postingUnit.parse(undefined),
  dayClosesAfterMinutes: profileSchema.shape.dayClosesAfterMinutes.parse(undefined),
  dayBooking: profileSchema.shape.dayBooking.parse(undefined),
  dayJournalNumber: undefined,
});
