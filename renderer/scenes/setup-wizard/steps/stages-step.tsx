import { useState } from 'react';
import { useClient } from '../../../client/context';
import { ErrorNote } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, differs, useStepNav } from '../nav';
import type { StepProps } from '../types';

export function StagesStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t, fill } = useI18n();
  const statuses = useAsync(() => client.call('shop.statuses', {}), []);
  const [chosen, setChosen] = useState<string[]>(state.answers.stages?.orderStages ?? []);
  const nav = useStepNav(props, differs(chosen, state.answers.stages?.orderStages ?? []), async (next) =>
    chosen.length > 0 && save({ stages: { orderStages: chosen } }, { next }),
  );
  const toggle = (slug: string, on: boolean) => setChosen((c) => (on ? [...c, slug] : c.filter((s) => s !== slug)));
  return (
    <div className="form">
      <p>{t.wizard.stages.intro}</p>
      <ErrorNote error={statuses.error} />
      {statuses.loading && <p>{t.common.loading}</p>}
      <ul className="checklist">
        {statuses.data?.statuses.map((s) => (
          <li key={s.slug}>
            <label className="check">
              <input type="checkbox" checked={chosen.includes(s.slug)} onChange={(e) => toggle(s.slug, e.target.checked)} />
              {s.name} <code>{s.slug}</code>
              <span className="muted"> · {fill(t.wizard.stages.count, { count: s.count })}{s.custom ? ` · ${t.wizard.stages.custom}` : ''}</span>
            </label>
          </li>
        ))}
      </ul>
      {chosen.length === 0 && <p className="muted">{t.wizard.stages.pickOne}</p>}
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={chosen.length === 0 || busy} onNext={() => void nav.next()} />
    </div>
  );
}
