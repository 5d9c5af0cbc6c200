import { useEffect, useState } from 'react';
import { accountantSaveRequest } from '../../../shared/ipc/schemas/days';
import { useClient } from '../../client/context';
import { ErrorNote, Field, Note } from '../../components/ui';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';

/**
 * The accountant's address (profile field `accountantEmail`), to which each booked day's order
 * list is mailed. Offered only to a shop that books per day, like the Days screen: with one
 * invoice per order there is no day's list to mail, and a field that does nothing would have
 * the owner wait for mails that never come. The address stays stored when the shop goes back to
 * per-order booking, so switching to days again resumes the mails without asking anew.
 */
export function AccountantSection() {
  const client = useClient();
  const { t } = useI18n();
  const loaded = useAsync(() => client.call('accountant.get', {}), []);
  const [value, setValue] = useState('');
  const [stored, setStored] = useState('');
  // The error shows once the owner tried to save, then follows the typing.
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!loaded.data) return;
    setValue(loaded.data.accountantEmail);
    setStored(loaded.data.accountantEmail);
  }, [loaded.data]);
  const valid = accountantSaveRequest.safeParse({ accountantEmail: value }).success;
  const dirty = loaded.data !== undefined && value.trim() !== stored;
  const save = useAction(async () => {
    setChecked(true);
    if (!accountantSaveRequest.safeParse({ accountantEmail: value }).success) return false;
    const next = await client.call('accountant.save', { accountantEmail: value.trim() });
    setValue(next.accountantEmail);
    setStored(next.accountantEmail);
    setChecked(false);
    setSaved(true);
    return true;
  });
  useUnsavedChanges(dirty, { label: t.accountant.title, save: async () => (await save.run()) === true });
  if (loaded.data?.postingUnit !== 'day') return null;
  return (
    <section className="settings-section" aria-label={t.accountant.title}>
      <h2>{t.accountant.title}</h2>
      <p className="muted">{t.accountant.intro}</p>
      <ErrorNote error={save.error} />
      <form
        className="form"
        // Our own message in the owner's language instead of the browser's.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <Field label={t.accountant.email} hint={t.accountant.emailHint} error={checked && !valid ? t.accountant.invalid : undefined}>
          <input
            type="email"
            data-place="settings.accountantEmail"
            autoComplete="email"
            value={value}
            onChange={(e) => {
              setSaved(false);
              setValue(e.target.value);
            }}
          />
        </Field>
        <div className="toolbar">
          <button type="submit" className="primary" disabled={save.busy}>{t.accountant.save}</button>
        </div>
        {saved && <Note tone="ok">{t.common.saved}</Note>}
      </form>
    </section>
  );
}
