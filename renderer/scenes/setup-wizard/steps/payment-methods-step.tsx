import { useState } from 'react';
import type { PaymentMethodMapping } from '../../../../shared/profile/schema';
import { useClient } from '../../../client/context';
import { ErrorNote, Note } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, differs, useStepNav } from '../nav';
import type { StepProps } from '../types';
import { NumberPicker } from './pickers';

/** The select value meaning "use the profile's default payment terms". */
const DEFAULT_TERMS = 'default';

export function PaymentMethodsStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t, fill } = useI18n();
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
  const unmapped = methods.filter((m) => mappings[m.id] === undefined);
  // Days booked as journal vouchers balance each method's sales against the account its money arrives on.
  const posting = state.answers.posting;
  const journalDays = posting?.postingUnit === 'day' && posting.dayBooking === 'journal';
  const noClearing = journalDays ? methods.filter((m) => mappings[m.id] !== undefined && !mappings[m.id].clearingAccountNumber && !mappings[m.id].registerPayment?.contraAccountNumber) : [];
  const nav = useStepNav(props, differs(mappings, state.answers.paymentMethods ?? {}), async (next) => !incomplete && save({ paymentMethods: mappings }, { next }));
  const choose = (id: string, title: string, choice: string) => {
    if (choice === '') {
      setMappings(({ [id]: _removed, ...rest }) => rest);
      return;
    }
    const { paymentTermsNumber: _old, ...rest } = mappings[id] ?? {};
    setMappings((all) => ({ ...all, [id]: { ...rest, title, ...(choice === DEFAULT_TERMS ? {} : { paymentTermsNumber: Number(choice) }) } }));
  };

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
              <th>{t.wizard.paymentMethods.clearingAccount}</th>
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
                    <select
                      aria-label={`${t.wizard.paymentMethods.terms} ${m.title}`}
                      value={mappings[m.id] === undefined ? '' : mapping.paymentTermsNumber === undefined ? DEFAULT_TERMS : String(mapping.paymentTermsNumber)}
                      onChange={(e) => choose(m.id, m.title, e.target.value)}
                    >
                      <option value="">{t.wizard.mapping.choose}</option>
                      <option value={DEFAULT_TERMS}>{t.wizard.paymentMethods.default}</option>
                      {ref.paymentTerms.map((o) => <option key={o.number} value={o.number}>{o.number} · {o.name}</option>)}
                    </select>
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
                  <td>
                    {/* Where the method's money arrives: the contra account of its entries when days are booked as journal vouchers. */}
                    {mappings[m.id] !== undefined && (
                      <NumberPicker label={`${t.wizard.paymentMethods.clearingAccount} ${m.title}`} options={ref.accounts} value={mapping.clearingAccountNumber} onChange={(v) => update(m.id, { clearingAccountNumber: v })} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {noClearing.length > 0 && <Note tone="warn">{fill(t.wizard.paymentMethods.clearingMissing, { methods: noClearing.map((m) => m.title).join(', ') })}</Note>}
      {unmapped.length > 0 && <Note tone="warn">{fill(t.wizard.paymentMethods.unmapped, { methods: unmapped.map((m) => m.title).join(', ') })}</Note>}
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={incomplete || busy || !loaded.data} onNext={() => void nav.next()} />
    </div>
  );
}
