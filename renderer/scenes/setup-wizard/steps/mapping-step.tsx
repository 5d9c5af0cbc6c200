import { useEffect, useMemo, useState } from 'react';
import { byProductGroupKey, formatProductGroupKey, formatVatRate, isOssKey, parseProductGroupKey, splitProductGroupKey } from '../../../../shared/domain/vat-rate';
import type { WizardAnswers } from '../../../../shared/ipc/schemas/setup';
import { useClient } from '../../../client/context';
import { ErrorNote, Field } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, differs, useStepNav } from '../nav';
import type { StepProps } from '../types';
import { NumberPicker, ProductPicker } from './pickers';

type Mapping = NonNullable<WizardAnswers['mapping']>;
const PRODUCT_KEYS = ['shipping', 'fee', 'giftCard', 'rounding'] as const;
/** Danish standard and zero rate, besides the rates the shop's orders use. */
const DEFAULT_RATES = ['25', '0'];

export function MappingStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t, fill, language } = useI18n();
  const previous = state.answers.mapping;
  const loaded = useAsync(async () => {
    const [reference, seen] = await Promise.all([client.call('economic.referenceData', {}), client.call('shop.recentValues', {})]);
    return { reference, seen };
  }, []);
  const [layoutNumber, setLayout] = useState(previous?.layoutNumber);
  const [paymentTermsNumber, setTerms] = useState(previous?.paymentTermsNumber);
  const [customerMode, setMode] = useState<Mapping['customerMode']>(previous?.customerMode ?? 'collective');
  const [collective, setCollective] = useState(previous?.collectiveCustomerNumber);
  const [groups, setGroups] = useState<Record<string, number | undefined>>(previous?.productGroups ?? Object.fromEntries(DEFAULT_RATES.map((r) => [r, undefined])));
  const [newRate, setNewRate] = useState('');
  const [products, setProducts] = useState<Mapping['products']>(previous?.products ?? { shipping: '', fee: '', giftCard: '', rounding: '' });

  const data = loaded.data?.reference;
  const seenRates = loaded.data?.seen.vatRates.map((r) => r.value) ?? [];
  // Every rate the shop's orders use needs a group: a first visit offers them without anyone adding them.
  useEffect(() => {
    if (previous || !loaded.data) return;
    const seen = loaded.data.seen.vatRates.map((r) => r.value);
    setGroups((all) => ({ ...Object.fromEntries(seen.map((r) => [r, undefined])), ...all }));
  }, [loaded.data, previous]);
  // e-conomic's One-Stop-Shop groups are offered as LedgerBridge proposes them, also on a later visit; the consultant may choose another.
  const proposals = loaded.data?.reference.ossProposals;
  useEffect(() => {
    if (!proposals?.length) return;
    setGroups((all) => ({ ...Object.fromEntries(proposals.map((p) => [p.key, p.productGroupNumber])), ...all }));
  }, [proposals]);
  const countries = useMemo(() => new Intl.DisplayNames([language === 'da' ? 'da-DK' : 'en-GB'], { type: 'region' }), [language]);
  const keyLabel = (key: string) => {
    const { country, rate } = splitProductGroupKey(key);
    return country ? fill(t.wizard.mapping.ossRate, { country: countries.of(country) ?? country, rate: formatVatRate(rate, language) }) : fill(t.wizard.mapping.vatRate, { rate: formatVatRate(rate, language) });
  };
  const keys = Object.keys(groups).sort(byProductGroupKey);
  const rates = keys.filter((k) => !isOssKey(k));
  const ossKeys = keys.filter(isOssKey);
  const mapping = (): Mapping | null => {
    const chosen = groups;
    if (
      layoutNumber === undefined ||
      paymentTermsNumber === undefined ||
      (customerMode === 'collective' && collective === undefined) ||
      Object.values(chosen).some((g) => g === undefined) ||
      PRODUCT_KEYS.some((k) => products[k] === '')
    ) {
      return null;
    }
    return {
      layoutNumber,
      paymentTermsNumber,
      customerMode,
      ...(customerMode === 'collective' && collective !== undefined ? { collectiveCustomerNumber: collective } : {}),
      productGroups: chosen as Record<string, number>,
      products,
    };
  };
  const complete = mapping() !== null;
  const current = {
    layoutNumber,
    paymentTermsNumber,
    customerMode,
    collectiveCustomerNumber: customerMode === 'collective' ? collective : undefined,
    productGroups: groups,
    products,
  };
  const dirty = differs(current, previous ?? { customerMode: 'collective', productGroups: {}, products: { shipping: '', fee: '', giftCard: '', rounding: '' } });
  const nav = useStepNav(props, dirty, async (next) => {
    const m = mapping();
    return m !== null && save({ mapping: m }, { next });
  });
  const typedRate = parseProductGroupKey(newRate);
  const addRate = () => {
    if (typedRate === null) return;
    setGroups((all) => ({ ...all, [typedRate]: all[typedRate] }));
    setNewRate('');
  };
  const removeRate = (rate: string) =>
    setGroups((all) => {
      const { [rate]: _removed, ...rest } = all;
      return rest;
    });

  const rateRow = (key: string) => {
    const label = keyLabel(key);
    const proposal = proposals?.find((p) => p.key === key);
    return (
      <div key={key} className="inline-form">
        <Field label={label} hint={proposal && groups[key] === proposal.productGroupNumber ? fill(t.wizard.mapping.ossProposal, { vatCode: proposal.vatCode }) : undefined}>
          <NumberPicker label={label} options={data?.productGroups ?? []} value={groups[key]} onChange={(g) => setGroups((all) => ({ ...all, [key]: g }))} />
        </Field>
        {seenRates.includes(key) && <span className="muted">{t.wizard.mapping.seenInShop}</span>}
        <button type="button" aria-label={fill(t.wizard.mapping.removeRate, { rate: formatProductGroupKey(key, language) })} onClick={() => removeRate(key)}>
          {t.wizard.rules.remove}
        </button>
      </div>
    );
  };

  return (
    <div className="form">
      <ErrorNote error={loaded.error} />
      {!data && !loaded.error && <p>{t.common.loading}</p>}
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
          {rates.map((rate) => rateRow(rate))}
          {ossKeys.length > 0 && (
            <fieldset>
              <legend>One-Stop-Shop</legend>
              <p className="muted">{t.wizard.mapping.ossIntro}</p>
              {ossKeys.map((key) => rateRow(key))}
            </fieldset>
          )}
          <div className="inline-form">
            <Field label={t.wizard.mapping.addRate} hint={t.wizard.mapping.addRateHint} error={newRate.trim() !== '' && typedRate === null ? t.wizard.mapping.rateInvalid : undefined}>
              <input
                inputMode="decimal"
                placeholder={formatVatRate('12.5', language)}
                value={newRate}
                onChange={(e) => setNewRate(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') addRate();
                }}
              />
            </Field>
            <button type="button" disabled={typedRate === null || typedRate in groups} onClick={addRate}>
              {t.wizard.mapping.addRateButton}
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
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={!complete || busy} onNext={() => void nav.next()} />
    </div>
  );
}
