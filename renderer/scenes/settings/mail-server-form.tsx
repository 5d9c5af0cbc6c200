import { useEffect, useImperativeHandle, useState, type Ref } from 'react';
import { checkMailSettings } from '../../../shared/ipc/mail-settings';
import type { MailSettings, MailSettingsInput, SmtpSecurity } from '../../../shared/ipc/schemas/mail-settings';
import type { FieldError } from '../../../shared/ipc/schemas/setup';
import { useClient } from '../../client/context';
import { ErrorNote, Field, Note } from '../../components/ui';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import type { SettingsShop } from './settings-shop';

/** The form as typed: the port stays text until it is checked. */
interface Draft {
  host: string;
  port: string;
  security: SmtpSecurity;
  user: string;
  password: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  notificationEmail: string;
  digest: MailSettings['digest'];
}

/** The port each security setting usually goes with, so choosing one suggests the other. */
const USUAL_PORT: Record<SmtpSecurity, string> = { starttls: '587', tls: '465', none: '25' };

function draftOf(s: MailSettings): Draft {
  return {
    host: s.smtp?.host ?? '',
    port: s.smtp ? String(s.smtp.port) : USUAL_PORT.starttls,
    security: s.smtp?.security ?? 'starttls',
    user: s.smtp?.user ?? '',
    password: '',
    fromName: s.fromName,
    fromAddress: s.fromAddress,
    replyTo: s.replyTo,
    notificationEmail: s.notificationEmail,
    digest: s.digest,
  };
}

export function toMailSettingsRequest(d: Draft): MailSettingsInput {
  return {
    smtp: { host: d.host, port: /^\s*\d+\s*$/.test(d.port) ? Number(d.port) : Number.NaN, security: d.security, user: d.user },
    ...(d.password ? { password: d.password } : {}),
    fromName: d.fromName,
    fromAddress: d.fromAddress,
    replyTo: d.replyTo,
    notificationEmail: d.notificationEmail,
    digest: d.digest,
  };
}

/** What a step that embeds the form can ask of it. */
export interface MailServerFormHandle {
  /** Saves the form when it has edits; resolves false when a field is wrong (the form shows which). */
  saveIfChanged(): Promise<boolean>;
}

/**
 * The mail server (SMTP), the sender and the owner's error mails (Settings → Mail,
 * and the wizard's "Invoice and mail" step). The password goes to the keychain and is
 * never shown again; the field says "stored" instead. "Send test mail" tries the
 * server as typed, before anything is saved.
 */
export function MailServerForm({
  shop = {},
  onSaved,
  ref,
  embedded = false,
  onDirtyChange,
}: {
  /** The shop Settings show; the wizard's step names none (its own shop's answers). */
  shop?: SettingsShop;
  onSaved?: (settings: MailSettings) => void;
  ref?: Ref<MailServerFormHandle>;
  /** Inside a wizard step, the step saves the form with its own Next and guards it. */
  embedded?: boolean;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const client = useClient();
  const { t, fill, language } = useI18n();
  const loaded = useAsync(() => client.call('mail.getSettings', shop), [shop.profile]);
  const [draft, setDraft] = useState<Draft>();
  const [passwordStored, setPasswordStored] = useState(false);
  // Errors show once the owner tried to save, then follow the typing.
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [baseline, setBaseline] = useState<Draft>();
  const [testTo, setTestTo] = useState('');
  const [tested, setTested] = useState<{ to: string; host: string } | null>(null);

  useEffect(() => {
    if (!loaded.data) return;
    setDraft(draftOf(loaded.data));
    setBaseline(draftOf(loaded.data));
    setPasswordStored(loaded.data.passwordStored);
    setTestTo(loaded.data.notificationEmail || loaded.data.fromAddress);
  }, [loaded.data]);

  const dirty = draft !== undefined && baseline !== undefined && JSON.stringify(draft) !== JSON.stringify(baseline);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const errors = draft && checked ? checkMailSettings(toMailSettingsRequest(draft), language) : serverErrors;
  const errorAt = (path: string) => errors.find((e) => e.path === path)?.message;

  const save = useAction(async (): Promise<boolean> => {
    if (!draft) return false;
    setChecked(true);
    if (checkMailSettings(toMailSettingsRequest(draft), language).length > 0) return false;
    const result = await client.call('mail.saveSettings', { ...toMailSettingsRequest(draft), ...shop });
    if (!result.saved) {
      setChecked(false);
      setServerErrors(result.fieldErrors);
      return false;
    }
    setServerErrors([]);
    setDraft(draftOf(result.settings));
    setBaseline(draftOf(result.settings));
    setPasswordStored(result.settings.passwordStored);
    setSaved(true);
    onSaved?.(result.settings);
    return true;
  });
  const saveIfChanged = async () => !dirty || (await save.run()) === true;
  useImperativeHandle(ref, () => ({ saveIfChanged }), [dirty, save]);
  useUnsavedChanges(dirty && !embedded, { label: t.mailServer.title, save: saveIfChanged });

  const testServer = useAction(async () => {
    if (!draft) return;
    setTested(null);
    setChecked(true);
    if (checkMailSettings(toMailSettingsRequest(draft), language).length > 0) return;
    const result = await client.call('mail.testServer', { ...toMailSettingsRequest(draft), ...shop, to: testTo.trim() });
    setTested({ to: result.to, host: result.host });
  });

  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setTested(null);
    setDraft((d) => (d ? { ...d, ...patch } : d));
  };
  const setSecurity = (security: SmtpSecurity) => {
    if (!draft) return;
    const usual = Object.values(USUAL_PORT).includes(draft.port.trim());
    set({ security, ...(usual || draft.port.trim() === '' ? { port: USUAL_PORT[security] } : {}) });
  };

  return (
    <section className="mail-server" aria-label={t.mailServer.title}>
      <h2>{t.mailServer.title}</h2>
      <p className="muted">{t.mailServer.intro}</p>
      <ErrorNote error={loaded.error ?? save.error} />
      {draft && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save.run();
          }}
        >
          <fieldset className="form-group">
            <legend>{t.mailServer.server}</legend>
            <div className="form-row host-port">
              <Field label={t.mailServer.host} hint={t.mailServer.hostHint} error={errorAt('smtp.host')}>
                <input data-place="settings.smtpServer" value={draft.host} autoComplete="off" spellCheck={false} onChange={(e) => set({ host: e.target.value })} />
              </Field>
              <Field label={t.mailServer.port} error={errorAt('smtp.port')}>
                <input className="short" inputMode="numeric" value={draft.port} onChange={(e) => set({ port: e.target.value })} />
              </Field>
            </div>
            <Field label={t.mailServer.security}>
              <select value={draft.security} onChange={(e) => setSecurity(e.target.value as SmtpSecurity)}>
                <option value="starttls">{t.mailServer.starttls}</option>
                <option value="tls">{t.mailServer.tls}</option>
                <option value="none">{t.mailServer.none}</option>
              </select>
            </Field>
            <div className="form-row">
              <Field label={t.mailServer.user} hint={t.mailServer.userHint} error={errorAt('smtp.user')}>
                <input value={draft.user} autoComplete="off" spellCheck={false} onChange={(e) => set({ user: e.target.value })} />
              </Field>
              <Field label={t.mailServer.password} hint={passwordStored && draft.user ? t.mailServer.passwordStoredHint : t.mailServer.passwordHint}>
                <input
                  type="password"
                  data-place="settings.smtpPassword"
                  autoComplete="new-password"
                  value={draft.password}
                  placeholder={passwordStored && draft.user ? t.mailServer.passwordStored : ''}
                  onChange={(e) => set({ password: e.target.value })}
                />
              </Field>
            </div>
          </fieldset>
          <fieldset className="form-group">
            <legend>{t.mailServer.sender}</legend>
            <div className="form-row">
              <Field label={t.mailServer.fromName} hint={t.mailServer.fromNameHint}>
                <input value={draft.fromName} onChange={(e) => set({ fromName: e.target.value })} />
              </Field>
              <Field label={t.mailServer.fromAddress} error={errorAt('fromAddress')}>
                <input type="email" value={draft.fromAddress} onChange={(e) => set({ fromAddress: e.target.value })} />
              </Field>
            </div>
            <Field label={t.mailServer.replyTo} hint={t.mailServer.replyToHint} error={errorAt('replyTo')}>
              <input type="email" value={draft.replyTo} onChange={(e) => set({ replyTo: e.target.value })} />
            </Field>
          </fieldset>
          <fieldset className="form-group">
            <legend>{t.mailServer.owner}</legend>
            <div className="form-row">
              <Field label={t.settings.email} error={errorAt('notificationEmail')}>
                <input type="email" value={draft.notificationEmail} onChange={(e) => set({ notificationEmail: e.target.value })} />
              </Field>
              <Field label={t.settings.digest}>
                <select value={draft.digest} onChange={(e) => set({ digest: e.target.value as Draft['digest'] })}>
                  <option value="hourly">{t.settings.hourly}</option>
                  <option value="daily">{t.settings.daily}</option>
                </select>
              </Field>
            </div>
          </fieldset>
          <div className="toolbar">
            <button type="submit" className="primary" disabled={save.busy}>{t.mailServer.save}</button>
          </div>
          {errors.length > 0 && <Note tone="warn">{t.mailServer.fixErrors}</Note>}
          {saved && <Note tone="ok">{t.common.saved}</Note>}
          <fieldset className="form-group">
            <legend>{t.mailServer.testTitle}</legend>
            <p className="muted">{t.mailServer.testIntro}</p>
            <div className="inline-form">
              <Field label={t.mailServer.testTo}>
                <input type="email" value={testTo} onChange={(e) => { setTestTo(e.target.value); setTested(null); }} />
              </Field>
              <button type="button" disabled={testServer.busy || !testTo.includes('@')} onClick={() => void testServer.run()}>{t.mailServer.testSend}</button>
            </div>
            <ErrorNote error={testServer.error} />
            {tested && <Note tone="ok">{fill(t.mailServer.testReceived, { host: tested.host, to: tested.to })}</Note>}
          </fieldset>
        </form>
      )}
    </section>
  );
}
