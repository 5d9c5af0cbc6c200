import { WIZARD_STEPS, type WizardStep } from '../../../shared/ipc/schemas/setup';
import { useI18n } from '../../i18n';

/** The step after `step`, for "Next". */
export function nextStep(step: WizardStep): WizardStep {
  return WIZARD_STEPS[Math.min(WIZARD_STEPS.indexOf(step) + 1, WIZARD_STEPS.length - 1)];
}

/** The step before `step`, for "Back". */
export function previousStep(step: WizardStep): WizardStep {
  return WIZARD_STEPS[Math.max(0, WIZARD_STEPS.indexOf(step) - 1)];
}

export function StepNav({
  step,
  onBack,
  onNext,
  nextLabel,
  nextDisabled,
}: {
  step: WizardStep;
  onBack: () => void;
  onNext: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="step-nav">
      {step !== WIZARD_STEPS[0] && <button type="button" onClick={onBack}>{t.common.back}</button>}
      <button type="button" className="primary" disabled={nextDisabled} onClick={onNext}>{nextLabel ?? t.common.next}</button>
    </div>
  );
}
