import { useEffect, useState } from 'react';
import type { CurrencySettings } from '../../../../shared/ipc/schemas/setup';
import { useClient } from '../../../client/context';
import { ErrorNote } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { CurrencySettingsForm, currencySettingsComplete } from '../../settings/currency-settings-form';
import { StepNav, differs, useStepNav } from '../nav';
import type { StepProps } from '../types';

/** Currencies, VAT zones and EU business customers; the same form as under Settings. */
export function CurrenciesStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t } = useI18n();
  const loaded = useAsync(
    () => Promise.all([client.call('currencies.get', {}), client.call('economic.referenceData', {}), client.call('shop.recentValues', {})]),
    [],
  );
  const [value, setValue] = useState<CurrencySettings>();
  useEffect(() => {
    if (loaded.data && !value) setValue(loaded.data[0]);
  }, [loaded.data, value]);
  const stored = state.answers.currencies;
  const nav = useStepNav(props, value !== undefined && differs(value, stored ?? loaded.data?.[0]), async (next) =>
    value !== undefined && currencySettingsComplete(value) && save({ currencies: value }, { next }),
  );
  const reference = loaded.data?.[1];

  return (
    <div className="form">
      <p>{t.currencies.intro}</p>
      <ErrorNote error={loaded.error} />
      {!value && !loaded.error && <p>{t.common.loading}</p>}
      {value && reference && loaded.data && (
        <CurrencySettingsForm
          value={value}
          onChange={setValue}
          collectiveMode={state.answers.mapping?.customerMode !== 'perBuyer'}
          choices={{ currencies: reference.currencies, vatZones: reference.vatZones, customers: reference.customers ?? [], seenCurrencies: loaded.data[2].currencies }}
        />
      )}
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={!value || !currencySettingsComplete(value) || busy} onNext={() => void nav.next()} />
    </div>
  );
}
