import { useState } from 'react';
import type { PostingSettings } from '../../../../shared/ipc/schemas/setup';
import { DEFAULT_POSTING } from '../../../../shared/ipc/wizard-profile';
import { useClient } from '../../../client/context';
import { ErrorNote } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { PostingForm, postingSettingsComplete } from '../../settings/posting-form';
import { StepNav, differs, useStepNav } from '../nav';
import type { StepProps } from '../types';

/**
 * The order statuses at which an order is transferred, and whether it is booked on its own or
 * in its day's summary: both say when and how an order reaches e-conomic. The same booking form
 * as under Settings; its answer is the step's `posting` beside `stages`.
 */
export function StagesStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t, fill } = useI18n();
  const statuses = useAsync(() => client.call('shop.statuses', {}), []);
  // The journals, for days booked as journal vouchers; the statuses do not wait for them.
  const reference = useAsync(() => client.call('economic.referenceData', {}), []);
  const [chosen, setChosen] = useState<string[]>(state.answers.stages?.orderStages ?? []);
  const storedPosting = state.answers.posting ?? DEFAULT_POSTING;
  const [posting, setPosting] = useState<PostingSettings>(storedPosting);
  const complete = chosen.length > 0 && postingSettingsComplete(posting);
  const nav = useStepNav(props, differs(chosen, state.answers.stages?.orderStages ?? []) || differs(posting, storedPosting), async (next) =>
    complete && save({ stages: { orderStages: chosen }, posting }, { next }),
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
              {/* The shop's own name and slug for the status, as its admin shows them (in the shop's language): not ours to translate. */}
              <span translate="no">{s.name}</span> <code translate="no">{s.slug}</code>
              <span className="muted"> · {fill(t.wizard.stages.count, { count: s.count })}{s.custom ? ` · ${t.wizard.stages.custom}` : ''}</span>
            </label>
          </li>
        ))}
      </ul>
      {chosen.length === 0 && <p className="muted">{t.wizard.stages.pickOne}</p>}
      <section aria-label={t.bookingUnit.title}>
        <h3>{t.bookingUnit.title}</h3>
        <p className="muted">{t.bookingUnit.intro}</p>
        {posting.postingUnit === 'day' && posting.dayBooking === 'journal' && <ErrorNote error={reference.error} />}
        <PostingForm value={posting} onChange={setPosting} journals={reference.data?.journals ?? []} />
      </section>
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={!complete || busy} onNext={() => void nav.next()} />
    </div>
  );
}
