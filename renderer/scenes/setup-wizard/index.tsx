import { useCallback, useState } from 'react';
import { WIZARD_STEPS, type WizardAnswers, type WizardState, type WizardStep } from '../../../shared/ipc/schemas/setup';
import { useClient } from '../../bridge/context';
import { ErrorNote } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { setupStepPlace } from '../../../shared/i18n/places';
import { useI18n } from '../../i18n';
import { DryRunStep } from './steps/dry-run-step';
import { EconomicStep } from './steps/economic-step';
import { FinishStep } from './steps/finish-step';
import { MailStep } from './steps/mail-step';
import { MappingStep } from './steps/mapping-step';
import { PaymentMethodsStep } from './steps/payment-methods-step';
import { PlanStep } from './steps/plan-step';
import { RulesStep } from './steps/rules-step';
import { ShopStep } from './steps/shop-step';
import { StagesStep } from './steps/stages-step';
import type { SaveOptions, StepProps } from './types';

export { nextStep, previousStep } from './nav';

const STEP_COMPONENTS: Record<WizardStep, (props: StepProps) => React.JSX.Element> = {
  plan: PlanStep,
  shop: ShopStep,
  economic: EconomicStep,
  stages: StagesStep,
  mapping: MappingStep,
  paymentMethods: PaymentMethodsStep,
  rules: RulesStep,
  mail: MailStep,
  dryRun: DryRunStep,
  finish: FinishStep,
};

/**
 * The setup wizard. Every "Next" stores the step's answers through
 * `wizard.saveStep`, so a consultant can close the app and resume at the same step.
 */
export function SetupWizard({ onFinished }: { onFinished: () => void }) {
  const client = useClient();
  const { t, fill } = useI18n();
  const loaded = useAsync(() => client.call('wizard.get', {}), []);
  const [state, setState] = useState<WizardState>();
  const current = state ?? loaded.data;

  const saveAction = useAction(async (step: WizardStep, answers: WizardAnswers, options: SaveOptions) => {
    setState(await client.call('wizard.saveStep', { step, answers, ...options }));
  });
  const save = useCallback(
    async (answers: WizardAnswers, options: SaveOptions = {}) => {
      if (!current) return;
      await saveAction.run(current.step, answers, options);
    },
    [current, saveAction],
  );

  if (!current) return <div className="scene">{loaded.error ? <ErrorNote error={loaded.error} /> : <p>{t.common.loading}</p>}</div>;
  const Step = STEP_COMPONENTS[current.step];
  const index = WIZARD_STEPS.indexOf(current.step);
  // After setup every step stays open for later changes; during setup only those reached so far.
  const reachable = (step: WizardStep) => current.finished || step === current.step || current.completed.includes(step) || current.completed.includes(WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1]);

  return (
    <div className="scene wizard">
      <header className="scene-head">
        <h1>{t.wizard.title}</h1>
        <span className="muted">{fill(t.wizard.stepOf, { step: index + 1, of: WIZARD_STEPS.length })}</span>
      </header>
      <ol className="stepper" aria-label={t.wizard.title}>
        {WIZARD_STEPS.map((step) => (
          <li key={step} className={step === current.step ? 'current' : current.completed.includes(step) ? 'done' : ''}>
            <button
              type="button"
              data-place={setupStepPlace(step)}
              disabled={!reachable(step) || saveAction.busy}
              aria-current={step === current.step ? 'step' : undefined}
              onClick={() => void save({}, { next: step })}
            >
              {current.completed.includes(step) && <span aria-hidden="true">✓ </span>}
              {t.wizard.steps[step]}
            </button>
          </li>
        ))}
      </ol>
      <section className="wizard-step" aria-label={t.wizard.steps[current.step]}>
        <h2>{t.wizard.steps[current.step]}</h2>
        <ErrorNote error={saveAction.error} />
        <Step key={current.step} state={current} save={save} busy={saveAction.busy} onFinished={onFinished} />
      </section>
    </div>
  );
}
