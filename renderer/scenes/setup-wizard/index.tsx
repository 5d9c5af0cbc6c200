import { useCallback, useState } from 'react';
import { WIZARD_STEPS, type WizardAnswers, type WizardState, type WizardStep } from '../../../shared/ipc/schemas/setup';
import { useClient } from '../../client/context';
import { ErrorNote } from '../../components/ui';
import { useConfirmLeave } from '../../components/unsaved-changes';
import { useAction, useAsync } from '../../hooks/use-async';
import { setupStepPlace } from '../../../shared/i18n/places';
import { useI18n } from '../../i18n';
import { CheckStep } from './steps/check-step';
import { CurrenciesStep } from './steps/currencies-step';
import { EconomicStep } from './steps/economic-step';
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
  currencies: CurrenciesStep,
  paymentMethods: PaymentMethodsStep,
  rules: RulesStep,
  mail: MailStep,
  check: CheckStep,
};

/**
 * The setup wizard. Every "Next" stores the step's answers through
 * `wizard.saveStep`, so a consultant can close the app and resume at the same step;
 * leaving a step with edits any other way asks first. The last step runs the setup
 * check, and only a check without a red line lets the setup be saved.
 */
export function SetupWizard({ onFinished }: { onFinished: () => void }) {
  const client = useClient();
  const { t, fill } = useI18n();
  const loaded = useAsync(() => client.call('wizard.get', {}), []);
  const [state, setState] = useState<WizardState>();
  const current = state ?? loaded.data;

  const confirmLeave = useConfirmLeave();
  const saveAction = useAction(async (step: WizardStep, answers: WizardAnswers, options: SaveOptions) => {
    setState(await client.call('wizard.saveStep', { step, answers, ...options }));
    return true;
  });
  const save = useCallback(
    async (answers: WizardAnswers, options: SaveOptions = {}) => {
      if (!current) return false;
      return (await saveAction.run(current.step, answers, options)) === true;
    },
    [current, saveAction],
  );
  const goTo = async (step: WizardStep) => {
    if (step !== current?.step && (await confirmLeave())) await save({}, { next: step });
  };

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
              onClick={() => void goTo(step)}
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
