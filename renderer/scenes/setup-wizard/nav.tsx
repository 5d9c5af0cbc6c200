import { WIZARD_STEPS, type WizardStep } from '../../../shared/ipc/schemas/setup';
import { useConfirmLeave, useUnsavedChanges } from '../../components/unsaved-changes';
import { useI18n } from '../../i18n';
import type { StepProps } from './types';

/** The step after `step`, for "Next". */
export function nextStep(step: WizardStep): WizardStep {
  return WIZARD_STEPS[Math.min(WIZARD_STEPS.indexOf(step) + 1, WIZARD_STEPS.length - 1)];
}

/** The step before `step`, for "Back". */
export function previousStep(step: WizardStep): WizardStep {
  return WIZARD_STEPS[Math.max(0, WIZARD_STEPS.indexOf(step) - 1)];
}

/**
 * A step's way forward and back. `commit` stores the step's answers (and whatever
 * else the step edits, such as the mail server) and resolves false when it could not;
 * "Next" commits and moves on, so nothing typed is lost. While the step differs from
 * what is stored, leaving it any other way asks first.
 */
export function useStepNav(props: StepProps, dirty: boolean, commit: (next?: WizardStep) => Promise<boolean>) {
  const { t } = useI18n();
  const step = props.state.step;
  const confirmLeave = useConfirmLeave();
  const guardId = useUnsavedChanges(dirty, { label: t.wizard.steps[step], save: () => commit() });
  return {
    next: async () => {
      // Other forms on the step (the invoice-mail text) ask for themselves.
      if (await confirmLeave({ except: guardId })) await commit(nextStep(step));
    },
    back: async () => {
      if (await confirmLeave()) await props.save({}, { next: previousStep(step) });
    },
  };
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

/** True when two answers differ (the step's form against what is stored), whatever the order of their keys. */
export function differs(a: unknown, b: unknown): boolean {
  return canonical(a) !== canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
