import { useState } from 'react';
import type { CurrencyForm } from '../../../shared/ipc/schemas/setup';
import type { Settings as SettingsData } from '../../../shared/ipc/schemas/settings';
import { useClient } from '../../client/context';
import { ErrorNote, Field, Note } from '../../components/ui';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { AccountantSection } from './accountant-form';
import { CurrencySettingsForm, currencySettingsComplete } from './currency-settings-form';
import { MailServerForm } from './mail-server-form';
import { PostingSection } from './posting-section';
import { useStoredForm } from './use-stored-form';
import { shownShop, type SettingsShop } from './settings-shop';

/** App-wide settings: language, sync interval, notifications, start at login. */
function GeneralSettings({ initial, onSaved }: { initial: SettingsData; onSaved: (settings: SettingsData) => void }) {
  const client = useClient();
  const { t } = useI18n();
  const [form, setForm] = useState<SettingsData>(initial);
  const [stored, setStored] = useState<SettingsData>(initial);
  const [saved, setSaved] = useState(false);
  const dirty = (['language', 'syncIntervalMinutes', 'desktopNotifications', 'startAtLogin'] as const).some((k) => form[k] !== stored[k]);
  const save = useAction(async () => {
    // The error-mail address and digest belong to the mail section, which saves them itself.
    const { dataDir: _readOnly, digest: _digest, notificationEmail: _email, ...update } = form;
    const next = await client.call('settings.update', update);
    setForm(next);
    setStored(next);
    setSaved(true);
    onSaved(next);
    return true;
  });
  useUnsavedChanges(dirty, { label: t.settings.title, save: async () => (await save.run()) === true });
  const set = (patch: Partial<SettingsData>) => {
    setSaved(false);
    setForm((f) => ({ ...f, ...patch }));
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <ErrorNote error={save.error} />
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
  );
}

/**
 * Currencies, VAT zones, EU business customers and One-Stop-Shop, the same form as the wizard's
 * step, for the shop Settings show. Whether buyers go to collective customers is that shop's
 * profile's, or, before the first shop is saved, the wizard's mapping answer.
 */
function CurrencySettingsSection({ shop }: { shop: SettingsShop }) {
  const client = useClient();
  const { t } = useI18n();
  const loaded = useAsync(
    () =>
      Promise.all([
        client.call('currencies.get', shop),
        client.call('economic.referenceData', shop).catch(() => null),
        client.call('shop.recentValues', shop).catch(() => null),
        shop.profile ? client.call('profile.get', shop).then((p) => p.profile?.customers.mode) : client.call('wizard.get', {}).then((w) => w.answers.mapping?.customerMode),
      ]),
    [shop.profile],
  );
  const { value, edit, saved, save } = useStoredForm<CurrencyForm>({
    loaded: loaded.data?.[0],
    store: (v) => client.call('currencies.save', { ...v, ...shop }),
    complete: currencySettingsComplete,
    label: t.currencies.title,
  });
  const reference = loaded.data?.[1];
  return (
    <section className="settings-section" aria-label={t.currencies.title}>
      <h2>{t.currencies.title}</h2>
      <p className="muted">{t.currencies.intro}</p>
      <ErrorNote error={loaded.error ?? save.error} />
      {loaded.data && !reference && <Note tone="info">{t.settings.currenciesNeedEconomic}</Note>}
      {value && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void save.run();
          }}
        >
          <CurrencySettingsForm
            shop={shop}
            value={value}
            onChange={edit}
            collectiveMode={loaded.data?.[3] !== 'perBuyer'}
            choices={{ currencies: reference?.currencies ?? [], vatZones: reference?.vatZones ?? [], customers: reference?.customers ?? [], productGroups: reference?.productGroups ?? [], seenCurrencies: loaded.data?.[2]?.currencies ?? [], seenOssRates: loaded.data?.[2]?.ossRates ?? [] }}
          />
          <div className="toolbar">
            <button type="submit" className="primary" disabled={save.busy || !currencySettingsComplete(value)}>{t.currencies.save}</button>
          </div>
          {saved && <Note tone="ok">{t.common.saved}</Note>}
        </form>
      )}
    </section>
  );
}

/** A redacted bundle for support; the desktop app shows it in its folder. */
function SupportSection() {
  const client = useClient();
  const { t, fill } = useI18n();
  const bundle = useAction(() => client.call('support.createBundle', {}));
  const [result, setResult] = useState<{ path: string; shownInFolder: boolean } | null>(null);
  return (
    <section className="settings-section" aria-label={t.settings.support}>
      <h2>{t.settings.support}</h2>
      <p className="muted">{t.settings.supportIntro}</p>
      <div className="toolbar">
        <button type="button" disabled={bundle.busy} onClick={() => void bundle.run().then((r) => r && setResult(r))}>{t.log.exportBundle}</button>
      </div>
      <ErrorNote error={bundle.error} />
      {result && <Note tone="ok">{fill(result.shownInFolder ? t.settings.bundleShown : t.log.bundleCreated, { path: result.path })}</Note>}
    </section>
  );
}

export function Settings({ onSaved }: { onSaved: (settings: SettingsData) => void }) {
  const client = useClient();
  const { t, fill } = useI18n();
  const loaded = useAsync(() => Promise.all([client.call('settings.get', {}), client.call('app.info', {}), client.call('shops.list', {}).then(shownShop)]), []);
  const info = loaded.data?.[1];
  // The sections the wizard shares act on this shop, also while the wizard sets up a further one.
  const shop = loaded.data?.[2];
  // The accountant's address is offered only while days are booked: it reads the unit again after each change.
  const [postingVersion, setPostingVersion] = useState(0);

  return (
    <div className="scene">
      <header className="scene-head"><h1>{t.settings.title}</h1></header>
      <div className="settings-grid">
        <div className="settings-column">
          <section className="settings-section" aria-label={t.settings.general}>
            <h2>{t.settings.general}</h2>
            <ErrorNote error={loaded.error} />
            {loaded.data && <GeneralSettings initial={loaded.data[0]} onSaved={onSaved} />}
          </section>
          {shop && <CurrencySettingsSection shop={shop} />}
          {shop && <PostingSection shop={shop} onSaved={() => setPostingVersion((v) => v + 1)} />}
          <AccountantSection key={postingVersion} />
        </div>
        <div className="settings-column">
          <div className="settings-section">
            {shop && <MailServerForm shop={shop} />}
          </div>
          <SupportSection />
          {info && (
            <section className="settings-section about">
              <h2>{t.settings.about}</h2>
              <p>{info.name} · {fill(t.settings.version, { version: info.version })} · {info.os}</p>
              {info.demo && <Note tone="info">{t.settings.demo}</Note>}
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
