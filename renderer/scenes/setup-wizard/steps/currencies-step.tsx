import { useEffect, useState } from 'react';
import { ossGroupsOf, withOssGroups } from '../../../../shared/domain/vat-rate';
import type { CurrencyForm } from '../../../../shared/ipc/schemas/setup';
import { useClient } from '../../../client/context';
import { ErrorNote } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { CurrencySettingsForm, currencySettingsComplete } from '../../settings/currency-settings-form';
import { StepNav, differs, useStepNav } from '../nav';
import type { StepProps } from '../types';

/**
 * Currencies, VAT zones, EU business customers and One-Stop-Shop; the same form as under
 * Settings. The OSS product groups it chooses are the mapping step's ("DE:19" beside "25"),
 * so they are saved into that answer and both steps show the same.
 */
export function CurrenciesStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t } = useI18n();
  const loaded = useAsync(
    () => Promise.all([client.call('currencies.get', {}), client.call('economic.referenceData', {}), client.call('shop.recentValues', {})]),
    [],
  );
  const [value, setValue] = useState<CurrencyForm>();
  useEffect(() => {
    if (loaded.data && !value) setValue(loaded.data[0]);
  }, [loaded.data, value]);
  const mapping = state.answers.mapping;
  const stored = state.answers.currencies && { ...state.answers.currencies, ossProductGroups: ossGroupsOf(mapping?.productGroups ?? {}) };
  const nav = useStepNav(props, value !== undefined && differs(value, stored ?? loaded.data?.[0]), async (next) => {
    if (value === undefined || !currencySettingsComplete(value)) return false;
    const { ossProductGroups, ...currencies } = value;
    return save({ currencies, ...(mapping ? { mapping: { ...mapping, productGroups: withOssGroups(mapping.productGroups, ossProductGroups) } } : {}) }, { next });
  });
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
          choices={{ currencies: reference.currencies, vatZones: reference.vatZones, customers: reference.customers ?? [], productGroups: reference.productGroups, seenCurrencies: loaded.data[2].currencies, seenOssRates: loaded.data[2].ossRates }}
        />
      )}
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={!value || !currencySettingsComplete(value) || busy} onNext={() => void nav.next()} />
    </div>
  );
}
