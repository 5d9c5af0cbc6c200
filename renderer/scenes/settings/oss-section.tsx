import { useId, useMemo, useState } from 'react';
import { danishDate } from '../../../shared/domain/danish-date';
import { byProductGroupKey, formatProductGroupKey, formatVatRate, isOssKey, parseProductGroupKey, splitProductGroupKey } from '../../../shared/domain/vat-rate';
import type { NumberedName } from '../../../shared/ipc/schemas/common';
import type { CurrencyForm, SeenValue } from '../../../shared/ipc/schemas/setup';
import { isVatRateOf, vatRatesOn } from '../../../shared/vat/eu-rates';
import { useClient } from '../../client/context';
import { ErrorNote, Field } from '../../components/ui';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { NumberPicker } from '../setup-wizard/steps/pickers';
import type { SettingsShop } from './settings-shop';

/**
 * One-Stop-Shop, as the wizard's "Currencies and EU" step and Settings edit it: the switch
 * (the profile's `oss`) and, once it is on, a product group per EU country and rate
 * ("DE:19"). e-conomic's proposal — the one group whose sales account carries that
 * country's VAT code — is shown preselected; the engine books by it until the consultant
 * chooses another group, so only a choice is saved, and nothing is unsaved before anyone
 * touched the form. The countries and rates of the shop's newest orders to EU consumers are
 * offered without anyone typing them, and one without a group names itself: orders there wait.
 */
export function OssSection({
  shop = {},
  value,
  onChange,
  productGroups,
  seen,
}: {
  /** The shop Settings show; the wizard's step names none. */
  shop?: SettingsShop;
  value: CurrencyForm;
  onChange: (value: CurrencyForm) => void;
  productGroups: NumberedName[];
  /** EU consumers' country and rate in the shop's newest orders ("DE:19"), the home country's too. */
  seen: SeenValue[];
}) {
  const client = useClient();
  const { t, fill, language } = useI18n();
  const o = t.currencies.oss;
  const domesticZone = value.vatZones.domestic;
  const validCountry = /^[A-Z]{2}$/.test(value.homeCountry);
  // Proposals follow the country and VAT zone as the form shows them, saved or not.
  const proposals = useAsync(
    async () => (value.oss && validCountry ? (await client.call('economic.ossProposals', { homeCountry: value.homeCountry, domesticZone, ...shop })).proposals : []),
    [value.oss, value.homeCountry, validCountry, domesticZone, shop.profile],
  );
  const [added, setAdded] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const whenId = useId();
  const countries = useMemo(() => new Intl.DisplayNames([language === 'da' ? 'da-DK' : 'en-GB'], { type: 'region' }), [language]);

  // Rates apply from a Danish date (as the engine books them); the UTC date is yesterday's from 23:00 (00:00 in summer).
  const today = danishDate(new Date().toISOString());
  const chosen = value.ossProductGroups;
  const proposed = proposals.data ?? [];
  // A rate the country does not have is a shop tax mistake (held with LB-1030), not a row to map.
  const seenAbroad = seen.filter((s) => {
    const { country, rate } = splitProductGroupKey(s.value);
    return country !== null && country !== value.homeCountry && isVatRateOf(country, today, rate);
  });
  const keys = [...new Set([...Object.keys(chosen), ...proposed.map((p) => p.key), ...seenAbroad.map((s) => s.value), ...added])].sort(byProductGroupKey);
  const typedKey = parseProductGroupKey(typed);
  const typedOss = typedKey !== null && isOssKey(typedKey) ? splitProductGroupKey(typedKey) : null;
  // Another EU country's rates as they are today (none outside the EU): a rate the country does not have would only map a shop's tax mistake.
  const typedRates = typedOss && typedOss.country !== value.homeCountry ? vatRatesOn(typedOss.country!, today) : null;
  const typedError =
    typed.trim() === ''
      ? undefined
      : !typedOss || !typedRates
        ? o.addInvalid
        : typedRates.includes(typedOss.rate)
          ? undefined
          : fill(o.addNoSuchRate, { country: countries.of(typedOss.country!) ?? typedOss.country!, rate: formatVatRate(typedOss.rate, language), rates: typedRates.map((r) => `${formatVatRate(r, language)} %`).join(', ') });
  const addable = typed.trim() !== '' && typedError === undefined && typedKey !== null && !keys.includes(typedKey) ? typedKey : null;
  const choose = (key: string, group: number | undefined) => {
    const { [key]: _old, ...rest } = chosen;
    onChange({ ...value, ossProductGroups: group === undefined ? rest : { ...rest, [key]: group } });
  };
  const add = () => {
    if (addable === null) return;
    setAdded((a) => [...a, addable]);
    setTyped('');
  };

  return (
    <fieldset className="form-group">
      <legend>{o.title}</legend>
      <label className="check">
        <input type="checkbox" checked={value.oss} onChange={(e) => onChange({ ...value, oss: e.target.checked })} aria-describedby={whenId} />
        {o.switch}
      </label>
      <p className="muted" id={whenId}>{o.when}</p>
      {value.oss && (
        <>
          <p className="muted">{o.groupsIntro}</p>
          <ErrorNote error={proposals.error} />
          {proposals.loading && <p className="muted">{o.loadingProposals}</p>}
          {keys.map((key) => {
            const { country, rate } = splitProductGroupKey(key);
            const words = { country: countries.of(country!) ?? country!, rate: formatVatRate(rate, language) };
            const label = fill(o.groupFor, words);
            const proposal = proposed.find((p) => p.key === key);
            const orders = seenAbroad.find((s) => s.value === key)?.orders;
            const shown = chosen[key] ?? proposal?.productGroupNumber;
            const hint = shown === undefined ? fill(o.mapThis, words) : proposal && shown === proposal.productGroupNumber ? fill(o.proposal, { vatCode: proposal.vatCode }) : undefined;
            return (
              <div key={key} className="inline-form">
                <Field label={label} hint={hint}>
                  <NumberPicker label={label} options={productGroups} value={shown} onChange={(g) => choose(key, g)} />
                </Field>
                {orders !== undefined && <span className="muted">{fill(t.currencies.seen, { count: orders })}</span>}
                {!proposal && orders === undefined && (
                  <button
                    type="button"
                    aria-label={fill(o.remove, { key: formatProductGroupKey(key, language) })}
                    onClick={() => {
                      choose(key, undefined);
                      setAdded((a) => a.filter((k) => k !== key));
                    }}
                  >
                    {t.wizard.rules.remove}
                  </button>
                )}
              </div>
            );
          })}
          <div className="inline-form">
            <Field label={o.add} hint={o.addHint} error={typedError}>
              <input
                value={typed}
                spellCheck={false}
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
              />
            </Field>
            <button type="button" disabled={addable === null} onClick={add}>
              {o.addButton}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
