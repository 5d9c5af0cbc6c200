import type { Request, Response } from '../../shared/ipc/contract';
import { ossGroupsOf, withOssGroups } from '../../shared/domain/vat-rate';
import type { CurrencyForm, CurrencySettings } from '../../shared/ipc/schemas/setup';
import { profileSchema, type Profile } from '../../shared/profile/schema';
import type { ServiceContext } from './context';
import { currencySettingsOf } from './currency-settings';
import { translated } from './errors';
import { settingsRuntime } from './settings-shop';
import type { WizardArea } from './wizard';

/** Where each platform's VAT number plugins keep the buyer's VAT number by default. */
const VAT_NUMBER_KEYS = { woocommerce: '_vat_number', shopify: 'vat_number' } as const;

/** The Settings form: the wizard's answer plus the One-Stop-Shop groups Settings edits beside it. */
function currencyFormOf(profile: Profile): CurrencyForm {
  return { ...currencySettingsOf(profile), ossProductGroups: ossGroupsOf(profile.productGroups) };
}

/**
 * Currencies, VAT zones and EU business customers, for the wizard's "Currencies and
 * EU" step and Settings: on the profile once it exists, in the wizard's answers before. Settings
 * names the shop it shows (settings-shop.ts).
 */
export class CurrenciesArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
  ) {}

  async get(req: Request<'currencies.get'>): Promise<Response<'currencies.get'>> {
    const runtime = settingsRuntime(this.ctx, this.wizard, req.profile);
    if (runtime) return currencyFormOf(runtime.profile);
    const answers = this.wizard.current().answers;
    const settings: CurrencySettings = answers.currencies ?? {
      enabled: [answers.shop?.currency || 'DKK'],
      collectiveCustomers: {},
      homeCountry: 'DK',
      vatZones: { domestic: 1, eu: 2, abroad: 3 },
      vatNumberMetaKey: VAT_NUMBER_KEYS[answers.shop?.platform ?? 'woocommerce'],
      oss: false,
    };
    return { ...settings, ossProductGroups: ossGroupsOf(answers.mapping?.productGroups ?? {}) };
  }

  async save(req: Request<'currencies.save'>): Promise<Response<'currencies.save'>> {
    return translated(this.ctx.language(), async () => {
      const { profile: shop, ossProductGroups, ...settings } = req;
      const runtime = settingsRuntime(this.ctx, this.wizard, shop);
      if (runtime) {
        const p = runtime.profile;
        const fallback = p.customers.collective['*'];
        runtime.saveProfile(
          profileSchema.parse({
            ...p,
            enabledCurrencies: settings.enabled,
            homeCountry: settings.homeCountry,
            vatZones: settings.vatZones,
            customers: { ...p.customers, collective: { ...(fallback !== undefined ? { '*': fallback } : {}), ...settings.collectiveCustomers } },
            shop: { ...p.shop, vatNumberMetaKey: settings.vatNumberMetaKey.trim() },
            oss: settings.oss,
            productGroups: withOssGroups(p.productGroups, ossProductGroups),
          }),
        );
      }
      // The shop's wizard shows the same answer when it is opened again (its steps stay as they were); its OSS groups are the mapping step's.
      const answers = this.wizard.answersOf(shop);
      if (answers) {
        const mapping = answers.mapping && { ...answers.mapping, productGroups: withOssGroups(answers.mapping.productGroups, ossProductGroups) };
        this.wizard.keepAnswers({ currencies: { ...settings, vatNumberMetaKey: settings.vatNumberMetaKey.trim() }, ...(mapping ? { mapping } : {}) }, shop);
      }
      return this.get({ profile: shop });
    });
  }
}
