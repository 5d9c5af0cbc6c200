import type { PostingSettings } from '../../../shared/ipc/schemas/setup';
import { useClient } from '../../client/context';
import { ErrorNote, Note } from '../../components/ui';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { PostingForm, postingSettingsComplete } from './posting-form';
import type { SettingsShop } from './settings-shop';
import { useStoredForm } from './use-stored-form';

/**
 * Per order or per day, and how a day is booked, the same form as the wizard's "Order status"
 * step, for the shop Settings show. The journals come from e-conomic; without a connection the
 * list is empty and the stored journal is still shown by its number.
 */
export function PostingSection({ shop, onSaved }: { shop: SettingsShop; onSaved: (posting: PostingSettings) => void }) {
  const client = useClient();
  const { t } = useI18n();
  const loaded = useAsync(() => Promise.all([client.call('posting.get', shop), client.call('economic.referenceData', shop).catch(() => null)]), [shop.profile]);
  const { value, edit, saved, save } = useStoredForm({
    loaded: loaded.data?.[0],
    store: (v) => client.call('posting.save', { ...v, ...shop }),
    complete: postingSettingsComplete,
    label: t.bookingUnit.title,
    onSaved,
  });
  const reference = loaded.data?.[1];
  const journals = reference?.journals ?? [];
  // A journal chosen before stays visible by its number while e-conomic cannot be reached.
  const shown = value?.dayJournalNumber !== undefined && !journals.some((j) => j.number === value.dayJournalNumber) ? [...journals, { number: value.dayJournalNumber, name: '' }] : journals;
  return (
    <section className="settings-section" aria-label={t.bookingUnit.title}>
      <h2>{t.bookingUnit.title}</h2>
      <p className="muted">{t.bookingUnit.intro}</p>
      <ErrorNote error={loaded.error ?? save.error} />
      {loaded.data && !reference && value?.dayBooking === 'journal' && <Note tone="info">{t.bookingUnit.needsEconomic}</Note>}
      {value && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save.run();
          }}
        >
          <PostingForm
            value={value}
            onChange={edit}
            journals={shown}
            journalPlace="settings.dayJournal"
          />
          <div className="toolbar">
            <button type="submit" className="primary" disabled={save.busy || !postingSettingsComplete(value)}>{t.bookingUnit.save}</button>
          </div>
          {saved && <Note tone="ok">{t.common.saved}</Note>}
        </form>
      )}
    </section>
  );
}
