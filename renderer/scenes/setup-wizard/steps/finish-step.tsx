import { useState } from 'react';
import type { FieldError } from '../../../../shared/ipc/schemas/setup';
import { profileFromAnswers } from '../../../../shared/ipc/wizard-profile';
import { useClient } from '../../../bridge/context';
import { ErrorNote, Note } from '../../../components/ui';
import { useAction } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, previousStep } from '../nav';
import type { StepProps } from '../types';

export function FinishStep({ state, save, busy, onFinished }: StepProps) {
  const client = useClient();
  const { t } = useI18n();
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const finish = useAction(async () => {
    const result = await client.call('profile.save', { profile: profileFromAnswers(state.answers) });
    if (!result.saved) {
      setFieldErrors(result.fieldErrors);
      return;
    }
    setFieldErrors([]);
    await save({}, {});
    onFinished();
  });
  return (
    <div className="form">
      {state.finished ? <Note tone="ok">{t.wizard.finish.done}</Note> : <p>{t.wizard.finish.intro}</p>}
      <ErrorNote error={finish.error} />
      {fieldErrors.length > 0 && (
        <div className="note note-bad" role="alert">
          <strong>{t.wizard.finish.fieldErrors}</strong>
          <ul>{fieldErrors.map((e) => <li key={e.path}><code>{e.path}</code>: {e.message}</li>)}</ul>
        </div>
      )}
      <StepNav
        step={state.step}
        onBack={() => void save({}, { next: previousStep(state.step) })}
        nextLabel={t.wizard.finish.save}
        nextDisabled={busy || finish.busy}
        onNext={() => void finish.run()}
      />
    </div>
  );
}
