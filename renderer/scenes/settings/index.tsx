import { useEffect, useState } from 'react';
import type { Settings as SettingsData } from '../../../shared/ipc/schemas/settings';
import { useClient } from '../../bridge/context';
import { ErrorNote, Field, Note } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { MailServerForm } from './mail-server-form';

export function Settings({ onSaved }: { onSaved: (settings: SettingsData) => void }) {
  const client = useClient();
  const { t, fill } = useI18n();
  const loaded = useAsync(() => Promise.all([client.call('settings.get', {}), client.call('app.info', {})]), []);
  const [form, setForm] = useState<SettingsData>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (loaded.data) setForm(loaded.data[0]);
  }, [loaded.data]);

  const save = useAction(async () => {
    if (!form) return;
    // The error-mail address and digest belong to the mail section below, which saves them itself.
    const { dataDir: _readOnly, digest: _digest, notificationEmail: _email, ...update } = form;
    const next = await client.call('settings.update', update);
    setForm(next);
    setSaved(true);
    onSaved(next);
  });
  const set = (patch: Partial<SettingsData>) => {
    setSaved(false);
    setForm((f) => (f ? { ...f, ...patch } : f));
  };
  const info = loaded.data?.[1];

  return (
    <div className="scene">
      <header className="scene-head"><h1>{t.settings.title}</h1></header>
      <div className="settings-grid">
        <div className="settings-column settings-section">
          <ErrorNote error={loaded.error ?? save.error} />
          {form && (
            <form
              className="form"
              onSubmit={(e) => {
                e.preventDefault();
                void save.run();
              }}
            >
              <Field label={t.settings.language}>
                <select value={form.language} onChange={(e) => set({ language: e.target.value as SettingsData['language'] })}>
                  <option value="da">Dansk</option>
                  <option value="en">English</option>
                </select>
              </Field>
              <Field label={`${t.settings.interval} (${t.settings.minutes})`}>
                <input type="number" min={1} max={1440} value={form.syncIntervalMinutes} onChange={(e) => set({ syncIntervalMinutes: Number.parseInt(e.target.value, 10) || 1 })} />
              </Field>
              <label className="check">
                <input type="checkbox" checked={form.desktopNotifications} onChange={(e) => set({ desktopNotifications: e.target.checked })} />
                {t.settings.desktop}
              </label>
              <label className="check">
                <input type="checkbox" checked={form.startAtLogin} onChange={(e) => set({ startAtLogin: e.target.checked })} />
                {t.settings.startAtLogin}
              </label>
              <Field label={t.settings.dataDir}>
                <input value={form.dataDir} readOnly />
              </Field>
              <div className="toolbar">
                <button type="submit" className="primary" disabled={save.busy}>{t.common.save}</button>
              </div>
              {saved && <Note tone="ok">{t.common.saved}</Note>}
            </form>
          )}
          {info && (
            <section className="about">
              <h2>{t.settings.about}</h2>
              <p>{info.name} · {fill(t.settings.version, { version: info.version })} · {info.os}</p>
              {info.demo && <Note tone="info">{t.settings.demo}</Note>}
            </section>
          )}
        </div>
        <div className="settings-column settings-section">
          <MailServerForm onSaved={(mail) => setForm((f) => (f ? { ...f, digest: mail.digest, notificationEmail: mail.notificationEmail } : f))} />
        </div>
      </div>
    </div>
  );
}
