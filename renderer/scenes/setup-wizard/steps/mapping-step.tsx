import { useState } from 'react';
import type { WizardAnswers } from '../../../../shared/ipc/schemas/setup';
import { useClient } from '../../../bridge/context';
import { ErrorNote, Field } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, nextStep, previousStep } from '../nav';
import type { StepProps } from '../types';
import { NumberPicker, ProductPicker } from './pickers';

type Mapping = NonNullable<WizardAnswers['mapping']>;
const PRODUCT_KEYS = ['shipping', 'fee', 'giftCard', 'rounding'] as const;
/** Danish standard and zero rate; rates the shop uses beyond these can be added. */
const DEFAULT_RATES = ['25', '0'];

export function MappingStep({ state, save, busy }: StepProps) {
  const client = useClient();
  const { t, fill } = useI18n();
  const reference = useAsync(() => client.call('economic.referenceData', {}), []);
  const previous = state.answers.mapping;
  const [layoutNumber, setLayout] = useState(previous?.layoutNumber);
  const [paymentTermsNumber, setTerms] = useState(previous?.paymentTermsNumber);
  const [customerMode, setMode] = useState<Mapping['customerMode']>(previous?.customerMode ?? 'collective');
  const [collective, setCollective] = useState(previous?.collectiveCustomerNumber);
  const [groups, setGroups] = useState<Record<string, number | undefined>>(
    previous?.productGroups ?? Object.fromEntries(DEFAULT_RATES.map((r) => [r, undefined])),
  );
  const [newRate, setNewRate] = useState('');
  const [products, setProducts] = useState<Mapping['products']>(previous?.products ?? { shipping: '', fee: '', giftCard: '', rounding: '' });

  const data = reference.data;
  const groupsComplete = Object.values(groups).every((g) => g !== undefined);
  const complete =
    layoutNumber !== undefined &&
    paymentTermsNumber !== undefined &&
    (customerMode === 'perBuyer' || collective !== undefined) &&
    groupsComplete &&
    PRODUCT_KEYS.every((k) => products[k] !== '');

  return (
    <div className="form">
      <ErrorNote error={reference.error} />
      {!data && !reference.error && <p>{t.common.loading}</p>}
      {data && (
        <>
          <div className="grid-2">
            <Field label={t.wizard.mapping.layout}>
              <NumberPicker label={t.wizard.mapping.layout} options={data.layouts} value={layoutNumber} onChange={setLayout} />
            </Field>
            <Field label={t.wizard.mapping.paymentTerms}>
              <NumberPicker label={t.wizard.mapping.paymentTerms} options={data.paymentTerms} value={paymentTermsNumber} onChange={setTerms} />
            </Field>
            <Field label={t.wizard.mapping.customerMode}>
              <select value={customerMode} onChange={(e) => setMode(e.target.value as Mapping['customerMode'])}>
                <option value="collective">{t.wizard.mapping.collective}</option>
                <option value="perBuyer">{t.wizard.mapping.perBuyer}</option>
              </select>
            </Field>
            {customerMode === 'collective' && (
              <Field label={t.wizard.mapping.collectiveCustomer}>
                {data.customers && data.customers.length > 0 ? (
                  <NumberPicker label={t.wizard.mapping.collectiveCustomer} options={data.customers} value={collective} onChange={setCollective} />
                ) : (
                  <input inputMode="numeric" value={collective ?? ''} onChange={(e) => setCollective(Number.parseInt(e.target.value, 10) || undefined)} />
                )}
              </Field>
            )}
          </div>
          <h3>{t.wizard.mapping.vatRates}</h3>
          {Object.keys(groups)
            .sort((a, b) => Number(b) - Number(a))
            .map((rate) => (
            <Field key={rate} label={fill(t.wizard.mapping.vatRate, { rate })}>
              <NumberPicker label={fill(t.wizard.mapping.vatRate, { rate })} options={data.productGroups} value={groups[rate]} onChange={(g) => setGroups((all) => ({ ...all, [rate]: g }))} />
            </Field>
          ))}
          <div className="inline-form">
            <input aria-label="%" placeholder="12.5" value={newRate} onChange={(e) => setNewRate(e.target.value.replace(/[^\d.]/g, ''))} />
            <button type="button" disabled={!/^\d+(\.\d+)?$/.test(newRate) || newRate in groups} onClick={() => { setGroups((all) => ({ ...all, [newRate]: undefined })); setNewRate(''); }}>
              +
            </button>
          </div>
          <div className="grid-2">
            {PRODUCT_KEYS.map((key) => (
              <Field key={key} label={t.wizard.mapping[key]}>
                <ProductPicker label={t.wizard.mapping[key]} options={data.products} value={products[key]} onChange={(v) => setProducts((p) => ({ ...p, [key]: v }))} />
              </Field>
            ))}
          </div>
        </>
      )}
      <StepNav
        step={state.step}
        onBack={() => void save({}, { next: previousStep(state.step) })}
        nextDisabled={!complete || busy}
        onNext={() =>
          complete &&
          void save(
            {
              mapping: {
                layoutNumber: layoutNumber!,
                paymentTermsNumber: paymentTermsNumber!,
                customerMode,
                ...(customerMode === 'collective' && collective !== undefined ? { collectiveCustomerNumber: collective } : {}),
                productGroups: groups as Record<string, number>,
                products,
              },
            },
            { next: nextStep(state.step) },
          )
        }
      />
    </div>
  );
}
