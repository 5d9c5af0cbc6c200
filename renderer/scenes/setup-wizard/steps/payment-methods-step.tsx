import { useState } from 'react';
import type { PaymentMethodMapping } from '../../../../shared/profile/schema';
import { useClient } from '../../../bridge/context';
import { ErrorNote } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, nextStep, previousStep } from '../nav';
import type { StepProps } from '../types';
import { NumberPicker } from './pickers';

export function PaymentMethodsStep({ state, save, busy }: StepProps) {
  const client = useClient();
  const { t } = useI18n();
  const loaded = useAsync(
    () => Promise.all([client.call('shop.paymentMethods', {}), client.call('economic.referenceData', {})]),
    [],
  );
  const [mappings, setMappings] = useState<Record<string, PaymentMethodMapping>>(state.answers.paymentMethods ?? {});
  const update = (id: string, patch: Partial<PaymentMethodMapping>) =>
    setMappings((all) => ({ ...all, [id]: { ...all[id], ...patch } }));
  const methods = loaded.data?.[0].methods ?? [];
  const ref = loaded.data?.[1];
  const incomplete = Object.values(mappings).some((m) => m.registerPayment && (!m.registerPayment.journalNumber || !m.registerPayment.contraAccountNumber));

  return (
    <div className="form">
      <p>{t.wizard.paymentMethods.intro}</p>
      <ErrorNote error={loaded.error} />
      {loaded.data && methods.length === 0 && <p className="muted">{t.wizard.paymentMethods.none}</p>}
      {ref && methods.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t.wizard.paymentMethods.method}</th>
              <th className="num">{t.wizard.paymentMethods.orders}</th>
              <th>{t.wizard.paymentMethods.terms}</th>
              <th>{t.wizard.paymentMethods.registerPayment}</th>
            </tr>
          </thead>
          <tbody>
            {methods.map((m) => {
              const mapping = mappings[m.id] ?? {};
              const register = mapping.registerPayment;
              return (
                <tr key={m.id}>
                  <td>{m.title} <code>{m.id}</code></td>
                  <td className="num">{m.orderCount}</td>
                  <td>
                    <NumberPicker label={`${t.wizard.paymentMethods.terms} ${m.title}`} options={ref.paymentTerms} value={mapping.paymentTermsNumber} onChange={(v) => update(m.id, { title: m.title, paymentTermsNumber: v })} />
                  </td>
                  <td>
                    <label className="check">
                      <input
                        type="checkbox"
                        aria-label={`${t.wizard.paymentMethods.registerPayment} ${m.title}`}
                        checked={register !== undefined}
                        onChange={(e) => update(m.id, { title: m.title, registerPayment: e.target.checked ? { journalNumber: 0, contraAccountNumber: 0 } : undefined })}
                      />
                    </label>
                    {register && (
                      <>
                        <NumberPicker label={t.wizard.paymentMethods.journal} options={ref.journals} value={register.journalNumber || undefined} onChange={(v) => update(m.id, { registerPayment: { ...register, journalNumber: v ?? 0 } })} />
                        <NumberPicker label={t.wizard.paymentMethods.contraAccount} options={ref.accounts} value={register.contraAccountNumber || undefined} onChange={(v) => update(m.id, { registerPayment: { ...register, contraAccountNumber: v ?? 0 } })} />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <StepNav
        step={state.step}
        onBack={() => void save({}, { next: previousStep(state.step) })}
        nextDisabled={incomplete || busy || !loaded.data}
        onNext={() => void save({ paymentMethods: mappings }, { next: nextStep(state.step) })}
      />
    </div>
  );
}
