import type { WizardAnswers, WizardState, WizardStep, ShopCredentials, EconomicCredentials } from '../../../shared/ipc/schemas/setup';

export interface SaveOptions {
  next?: WizardStep;
  shopCredentials?: ShopCredentials;
  economicCredentials?: EconomicCredentials;
}

/** What every step gets: the stored state and a way to save its answers and move on. */
export interface StepProps {
  state: WizardState;
  /** Stores the answers; resolves true when they were stored (a failure is shown above the step). */
  save: (answers: WizardAnswers, options?: SaveOptions) => Promise<boolean>;
  busy: boolean;
  onFinished: () => void;
}
