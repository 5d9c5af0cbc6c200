import { useState } from 'react';
import { planSchema, type Plan } from '../../../../shared/profile/schema';
import { Field } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { StepNav, nextStep, previousStep } from '../nav';
import type { StepProps } from '../types';

const PROFILE_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function PlanStep({ state, save, busy }: StepProps) {
  const { t } = useI18n();
  const [plan, setPlan] = useState<Plan>(state.answers.plan?.plan ?? 'standard');
  const [licence, setLicence] = useState(state.answers.plan?.licence ?? '');
  const [profileName, setProfileName] = useState(state.answers.plan?.profileName ?? 'butik');
  const nameOk = PROFILE_NAME.test(profileName);
  return (
    <div className="form">
      <p>{t.wizard.plan.intro}</p>
      <Field label={t.wizard.plan.plan}>
        <select value={plan} onChange={(e) => setPlan(e.target.value as Plan)}>
          {planSchema.options.map((p) => <option key={p} value={p}>{t.plans[p]}</option>)}
        </select>
      </Field>
      <Field label={t.wizard.plan.licence}>
        <input value={licence} onChange={(e) => setLicence(e.target.value.trim())} spellCheck={false} />
      </Field>
      <Field label={t.wizard.plan.profileName} hint={t.wizard.plan.profileHint} error={nameOk ? undefined : t.wizard.plan.profileHint}>
        <input value={profileName} onChange={(e) => setProfileName(e.target.value)} />
      </Field>
      <StepNav
        step={state.step}
        onBack={() => void save({}, { next: previousStep(state.step) })}
        nextDisabled={!nameOk || busy}
        onNext={() => void save({ plan: { plan, profileName, ...(licence ? { licence } : {}) } }, { next: nextStep(state.step) })}
      />
    </div>
  );
}
