import type { CurrencySettings } from '../../shared/ipc/schemas/setup';
import type { Profile } from '../../shared/profile/schema';

/** A profile's currencies, VAT zones and EU settings as the wizard's "Currencies and EU" answer holds them. */
export function currencySettingsOf(profile: Profile): CurrencySettings {
  const { '*': _default, ...perCurrency } = profile.customers.collective;
  return {
    enabled: profile.enabledCurrencies,
    collectiveCustomers: perCurrency,
    homeCountry: profile.homeCountry,
    vatZones: profile.vatZones,
    vatNumberMetaKey: profile.shop.vatNumberMetaKey,
    oss: profile.oss,
  };
}
