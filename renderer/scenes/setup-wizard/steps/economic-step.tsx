import { useState } from 'react';
import { useClient } from '../../../bridge/context';
import { ErrorNote, Field, Note } from '../../../components/ui';
import { useAction } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, nextStep, previousStep } from '../nav';
import type { StepProps } from '../types';

export function EconomicStep({ state, save, busy }: StepProps) {
  const client = useClient();
  const { t, fill } = useI18n();
  const previous = state.answers.economic;
  const [appSecretToken, setAppSecretToken] = useState('');
  const [agreementGrantToken, setAgreementGrantToken] = useState('');
  const [company, setCompany] = useState<{ companyName: string; agreementNumber?: number } | null>(previous ?? null);
  const [dirty, setDirty] = useState(!previous);
  const test = useAction(async () => {
    setCompany(null);
    setCompany(await client.call('economic.testConnection', { appSecretToken, agreementGrantToken }));
  });
  const change = (apply: () => void) => {
    apply();
    setDirty(true);
    setCompany(null);
  };
  return (
    <div className="form">
      <p>{t.wizard.economic.intro}</p>
      <Field label={t.wizard.economic.appSecretToken}>
        <input type="password" autoComplete="off" value={appSecretToken} onChange={(e) => change(() => setAppSecretToken(e.target.value.trim()))} />
      </Field>
      <Field label={t.wizard.economic.agreementGrantToken}>
        <input type="password" autoComplete="off" value={agreementGrantToken} onChange={(e) => change(() => setAgreementGrantToken(e.target.value.trim()))} />
      </Field>
      <div className="toolbar">
        <button type="button" disabled={!appSecretToken || !agreementGrantToken || test.busy} onClick={() => void test.run()}>{t.common.test}</button>
      </div>
      <ErrorNote error={test.error} />
      {company && <Note tone="ok">{fill(t.wizard.economic.connected, { company: company.companyName, agreement: company.agreementNumber ?? '—' })}</Note>}
      <StepNav
        step={state.step}
        onBack={() => void save({}, { next: previousStep(state.step) })}
        nextDisabled={!company || busy}
        onNext={() =>
          company &&
          void save(
            { economic: { companyName: company.companyName, ...(company.agreementNumber !== undefined ? { agreementNumber: company.agreementNumber } : {}) } },
            { next: nextStep(state.step), ...(dirty ? { economicCredentials: { appSecretToken, agreementGrantToken } } : {}) },
          )
        }
      />
    </div>
  );
}
