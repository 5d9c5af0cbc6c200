import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../shared/i18n/lang';
import type { MailTemplate as Template, TemplateError } from '../../../shared/ipc/schemas/mail';
import type { Response } from '../../../shared/ipc/contract';
import { useClient } from '../../client/context';
import { ErrorNote, Field, Note } from '../../components/ui';
import { useConfirmLeave, useUnsavedChanges } from '../../components/unsaved-changes';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { shownShop, type SettingsShop } from '../settings/settings-shop';

type FieldName = keyof Template;
const FIELDS: FieldName[] = ['subject', 'html', 'text'];

const sameTemplate = (a: Template, b: Template) => FIELDS.every((name) => a[name] === b[name]);

/** Inserts `token` at the caret of `field` (or at the end when it never had focus). */
export function insertAt(value: string, token: string, caret: number | null): { value: string; caret: number } {
  const at = caret === null ? value.length : Math.min(caret, value.length);
  return { value: value.slice(0, at) + token + value.slice(at), caret: at + token.length };
}

/** The invoice-mail screen: the text of the shop the screens show, also while the wizard sets up a further shop. */
export function MailTemplateScreen({ initialLanguage }: { initialLanguage: Lang }) {
  const client = useClient();
  const shop = useAsync(() => client.call('shops.list', {}).then(shownShop), []);
  return (
    <>
      <ErrorNote error={shop.error} />
      {shop.data && <MailTemplate shop={shop.data} initialLanguage={initialLanguage} />}
    </>
  );
}

/** The invoice-mail text of `shop` (the wizard's mail step names none: the shop it sets up). */
export function MailTemplate({ shop = {}, initialLanguage, debounceMs = 300 }: { shop?: SettingsShop; initialLanguage: Lang; debounceMs?: number }) {
  const client = useClient();
  const { t, fill } = useI18n();
  const [language, setLanguage] = useState<Lang>(initialLanguage);
  const [template, setTemplate] = useState<Template | null>(null);
  /** The text as it is stored, to tell whether the form has unsaved edits. */
  const [stored, setStored] = useState<Template | null>(null);
  const [errors, setErrors] = useState<TemplateError[]>([]);
  const [preview, setPreview] = useState<Response<'mail.preview'>>();
  const [previewError, setPreviewError] = useState<Error>();
  const [savedNote, setSavedNote] = useState(false);
  const [testTo, setTestTo] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const lastField = useRef<{ name: FieldName; caret: number | null }>({ name: 'text', caret: null });
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | HTMLTextAreaElement | null>>>({});

  const loaded = useAsync(() => client.call('mail.getTemplate', { language, ...shop }), [language, shop.profile]);
  useEffect(() => {
    if (!loaded.data) return;
    setTemplate(loaded.data.template);
    setStored(loaded.data.template);
  }, [loaded.data]);

  // Validate and preview shortly after typing stops; the newest text wins.
  useEffect(() => {
    if (!template) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      client.call('mail.validateTemplate', { language, template, ...shop }).then(
        (r) => !cancelled && setErrors(r.errors),
        () => undefined,
      );
      client.call('mail.preview', { language, template, ...shop }).then(
        (r) => {
          if (cancelled) return;
          setPreview(r);
          setPreviewError(undefined);
        },
        (err: unknown) => !cancelled && setPreviewError(err instanceof Error ? err : new Error(String(err))),
      );
    }, debounceMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, language, template, debounceMs, shop.profile]);

  const save = useAction(async () => {
    if (!template) return false;
    const result = await client.call('mail.saveTemplate', { language, template, ...shop });
    if (!result.saved) {
      setErrors(result.errors);
      return false;
    }
    setSavedNote(true);
    setStored(template);
    return true;
  });
  // Leaving the screen, or switching to the other language's text, asks first while this one is unsaved.
  const dirty = template !== null && stored !== null && !sameTemplate(template, stored);
  useUnsavedChanges(dirty, { label: t.mail.title, save: async () => (await save.run()) === true });
  const confirmLeave = useConfirmLeave();
  const switchLanguage = async (next: Lang) => {
    if (next === language || !(await confirmLeave())) return;
    // Nothing of this language's text may be shown (or saved) under the other language.
    setTemplate(null);
    setStored(null);
    setLanguage(next);
  };
  const testSend = useAction(async () => {
    if (!template) return;
    const result = await client.call('mail.testSend', { language, template, ...shop, to: testTo, orderId: preview?.orderId });
    setSentTo(result.to);
  });

  const update = (name: FieldName, value: string) => {
    setSavedNote(false);
    setTemplate((current) => (current ? { ...current, [name]: value } : current));
  };
  const insertPlaceholder = (token: string) => {
    if (!template) return;
    const { name, caret } = lastField.current;
    const next = insertAt(template[name], token, caret);
    update(name, next.value);
    lastField.current = { name, caret: next.caret };
    const element = inputs.current[name];
    if (element) requestAnimationFrame(() => { element.focus(); element.setSelectionRange(next.caret, next.caret); });
  };
  const remember = (name: FieldName) => (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    lastField.current = { name, caret: event.currentTarget.selectionStart };
  };
  const errorFor = (name: FieldName) =>
    errors.filter((e) => e.field === name).map((e) => (e.line ? `${e.line}: ${e.message}` : e.message)).join(' · ') || undefined;

  return (
    <div className="scene">
      <header className="scene-head">
        <h1>{t.mail.title}</h1>
        <div className="toolbar">
          <select aria-label={t.mail.language} value={language} onChange={(e) => void switchLanguage(e.target.value as Lang)}>
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </select>
          <button type="button" className="primary" disabled={!template || save.busy || errors.length > 0} onClick={() => void save.run()}>
            {t.common.save}
          </button>
        </div>
      </header>
      <p className="muted">{t.mail.intro}{loaded.data?.isDefault ? ` (${t.mail.isDefault})` : ''}</p>
      <ErrorNote error={loaded.error ?? save.error} />
      {savedNote && <Note tone="ok">{t.common.saved}</Note>}
      {template && (
        <div className="grid-2">
          <div className="form">
            <div className="chips" aria-label={t.mail.placeholders}>
              <span className="muted">{t.mail.placeholders}</span>
              {loaded.data?.placeholders.map((p) => (
                <button key={p.token} type="button" className="chip" title={`${p.token}: ${p.description} — ${p.example}`} onClick={() => insertPlaceholder(p.token)}>
                  {p.label}
                </button>
              ))}
            </div>
            {FIELDS.map((name) => (
              <Field key={name} label={t.mail[name]} error={errorFor(name)}>
                {name === 'subject' ? (
                  <input
                    ref={(el) => { inputs.current.subject = el; }}
                    data-place="mail.subject"
                    value={template.subject}
                    onChange={(e) => update('subject', e.target.value)}
                    onSelect={remember('subject')}
                    onFocus={remember('subject')}
                    aria-invalid={errorFor(name) ? true : undefined}
                  />
                ) : (
                  <textarea
                    ref={(el) => { inputs.current[name] = el; }}
                    rows={name === 'html' ? 10 : 8}
                    value={template[name]}
                    onChange={(e) => update(name, e.target.value)}
                    onSelect={remember(name)}
                    onFocus={remember(name)}
                    aria-invalid={errorFor(name) ? true : undefined}
                    spellCheck={false}
                  />
                )}
              </Field>
            ))}
            {errors.length === 0 && <Note tone="ok">{t.mail.valid}</Note>}
          </div>
          <section className="preview" aria-label={t.mail.preview}>
            <h2>{t.mail.preview}</h2>
            <div className="test-send">
              <p className="muted">{t.mail.testVia}</p>
              <div className="inline-form">
                <input type="email" aria-label={t.mail.testTo} placeholder={t.mail.testTo} value={testTo} onChange={(e) => setTestTo(e.target.value)} />
                <button type="button" data-place="mail.testSend" disabled={!testTo || testSend.busy || errors.length > 0} onClick={() => void testSend.run()}>
                  {t.mail.testSend}
                </button>
              </div>
              <ErrorNote error={testSend.error} />
              {sentTo && <Note tone="ok">{fill(t.mail.sent, { to: sentTo })}</Note>}
            </div>
            <ErrorNote error={previewError} />
            {preview && (
              <>
                <p className="muted">{fill(t.mail.previewFor, { number: preview.orderNumber })}</p>
                <p className="preview-subject">{preview.subject}</p>
                <iframe title={t.mail.html} className="preview-html" sandbox="" srcDoc={preview.html} />
                <pre className="preview-text">{preview.text}</pre>
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
