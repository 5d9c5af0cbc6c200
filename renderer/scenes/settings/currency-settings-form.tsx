import type { NumberedName } from '../../../shared/ipc/schemas/common';
import type { CurrencyForm, SeenValue } from '../../../shared/ipc/schemas/setup';
import { Field } from '../../components/ui';
import { useI18n } from '../../i18n';
import { NumberPicker } from '../setup-wizard/steps/pickers';
import { OssSection } from './oss-section';
import type { SettingsShop } from './settings-shop';

export interface CurrencyChoices {
  currencies: Array<{ code: string; name: string }>;
  vatZones: NumberedName[];
  customers: NumberedName[];
  /** e-conomic's product groups, for the One-Stop-Shop countries and rates. */
  productGroups: NumberedName[];
  /** Currencies the shop's newest orders were in. */
  seenCurrencies: SeenValue[];
  /** EU consumers' country and rate in the shop's newest orders ("DE:19"). */
  seenOssRates: SeenValue[];
}

const VAT_ZONE_KEYS = ['domestic', 'eu', 'abroad'] as const;

/**
 * Currencies, VAT zones, EU business customers and One-Stop-Shop, as the wizard's
 * "Currencies and EU" step and Settings edit them. A currency the shop's orders use is marked, so none is
 * forgotten (an order in a currency that is not enabled waits).
 */
export function CurrencySettingsForm({
  shop,
  value,
  onChange,
  choices,
  collectiveMode,
}: {
  /** The shop Settings show; the wizard's step names none. */
  shop?: SettingsShop;
  value: CurrencyForm;
  onChange: (value: CurrencyForm) => void;
  choices: CurrencyChoices;
  /** Collective customers per currency make sense only in collective-customer mode. */
  collectiveMode: boolean;
}) {
  const { t, fill } = useI18n();
  const c = t.currencies;
  const seen = new Map(choices.seenCurrencies.map((s) => [s.value, s.orders]));
  const codes = [...new Set([...value.enabled, ...choices.seenCurrencies.map((s) => s.value), ...choices.currencies.map((x) => x.code)])];
  const nameOf = (code: string) => choices.currencies.find((x) => x.code === code)?.name ?? code;
  const toggle = (code: string, on: boolean) => {
    const enabled = on ? [...value.enabled, code] : value.enabled.filter((x) => x !== code);
    const { [code]: _dropped, ...rest } = value.collectiveCustomers;
    onChange({ ...value, enabled, collectiveCustomers: on ? value.collectiveCustomers : rest });
  };
  const unknownInEconomic = value.enabled.filter((code) => choices.currencies.length > 0 && !choices.currencies.some((x) => x.code === code));

  return (
    <div className="currency-settings">
      <fieldset className="form-group">
        <legend>{c.enabled}</legend>
        <p className="muted">{c.enabledHint}</p>
        <ul className="checklist">
          {codes.map((code) => (
            <li key={code}>
              <label className="check">
                <input type="checkbox" checked={value.enabled.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
                {code} · {nameOf(code)}
                {seen.has(code) && <span className="muted"> · {fill(c.seen, { count: seen.get(code)! })}</span>}
              </label>
            </li>
          ))}
        </ul>
        {unknownInEconomic.length > 0 && <p className="field-error" role="alert">{fill(c.notInEconomic, { codes: unknownInEconomic.join(', ') })}</p>}
        {collectiveMode &&
          value.enabled.map((code) => {
            const label = fill(c.collectiveFor, { currency: code });
            return (
              <Field key={code} label={label} hint={c.collectiveHint}>
                <NumberPicker
                  label={label}
                  options={choices.customers}
                  value={value.collectiveCustomers[code]}
                  onChange={(n) => {
                    const { [code]: _old, ...rest } = value.collectiveCustomers;
                    onChange({ ...value, collectiveCustomers: n === undefined ? rest : { ...rest, [code]: n } });
                  }}
                />
              </Field>
            );
          })}
      </fieldset>
      <fieldset className="form-group">
        <legend>{c.vatZones}</legend>
        <Field label={c.homeCountry} hint={c.homeCountryHint} error={/^[A-Z]{2}$/.test(value.homeCountry) ? undefined : c.homeCountryInvalid}>
          <input className="short" maxLength={2} value={value.homeCountry} onChange={(e) => onChange({ ...value, homeCountry: e.target.value.toUpperCase().trim() })} />
        </Field>
        {VAT_ZONE_KEYS.map((key) => (
          <Field key={key} label={c.zone[key]}>
            <NumberPicker label={c.zone[key]} options={choices.vatZones} value={value.vatZones[key]} onChange={(n) => n !== undefined && onChange({ ...value, vatZones: { ...value.vatZones, [key]: n } })} />
          </Field>
        ))}
      </fieldset>
      <fieldset className="form-group">
        <legend>{c.euB2b}</legend>
        <p className="muted">{c.euB2bHint}</p>
        <Field label={c.vatNumberKey} hint={c.vatNumberKeyHint} error={value.vatNumberMetaKey.trim() ? undefined : c.vatNumberKeyMissing}>
          <input value={value.vatNumberMetaKey} spellCheck={false} onChange={(e) => onChange({ ...value, vatNumberMetaKey: e.target.value })} />
        </Field>
      </fieldset>
      <OssSection shop={shop} value={value} onChange={onChange} productGroups={choices.productGroups} seen={choices.seenOssRates} />
    </div>
  );
}

/** True when the form can be saved as it is. */
export function currencySettingsComplete(value: CurrencyForm): boolean {
  return value.enabled.length > 0 && /^[A-Z]{2}$/.test(value.homeCountry) && value.vatNumberMetaKey.trim() !== '';
}
