import { useEffect, useState } from 'react';
import type { Language, TrayState } from '../shared/ipc/schemas/common';
import type { Client } from './bridge/client';
import { ClientProvider } from './bridge/context';
import { Sidebar, type SceneId } from './components/sidebar';
import { UnsavedChangesProvider, useConfirmLeave } from './components/unsaved-changes';
import { I18nProvider } from './i18n';
import { Dashboard } from './scenes/dashboard';
import { ErrorLog } from './scenes/error-log';
import { ImportOrders } from './scenes/import';
import { InvoicePreview } from './scenes/invoice-preview';
import { MailTemplate } from './scenes/mail-template';
import { Orders, type InvoiceRef } from './scenes/orders';
import { Settings } from './scenes/settings';
import { SetupWizard } from './scenes/setup-wizard';

interface Status {
  trayState: TrayState;
  paused: boolean;
  attentionCount: number;
}

/**
 * The app frame: sidebar with the tray state, and one scene at a time. A fresh
 * installation opens on the setup wizard; afterwards on the overview.
 */
export function App({ client }: { client: Client }) {
  const [language, setLanguage] = useState<Language>('da');
  const [scene, setScene] = useState<SceneId | null>(null);
  // Unknown until the service answers: nothing is claimed before that, least of all "all good".
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    let alive = true;
    client.call('settings.get', {}).then((s) => alive && setLanguage(s.language), () => undefined);
    client.call('wizard.get', {}).then(
      (w) => alive && setScene((current) => current ?? (w.finished ? 'overview' : 'setup')),
      () => alive && setScene((current) => current ?? 'overview'),
    );
    client.call('dashboard.get', {}).then(
      (d) => alive && setStatus((s) => ({ trayState: d.trayState, paused: d.paused, attentionCount: d.attentionCount ?? s?.attentionCount ?? 0 })),
      () => undefined,
    );
    const off = client.on('status.changed', (payload) =>
      setStatus({ trayState: payload.trayState, paused: payload.paused, attentionCount: payload.attentionCount }),
    );
    return () => {
      alive = false;
      off();
    };
  }, [client]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ClientProvider client={client}>
      <I18nProvider language={language}>
        <UnsavedChangesProvider>
          <Frame scene={scene} setScene={setScene} status={status} language={language} setLanguage={setLanguage} />
        </UnsavedChangesProvider>
      </I18nProvider>
    </ClientProvider>
  );
}

/** The sidebar and the current scene; leaving a scene with unsaved edits asks first. */
function Frame({
  scene,
  setScene,
  status,
  language,
  setLanguage,
}: {
  scene: SceneId | null;
  setScene: (scene: SceneId) => void;
  status: Status | null;
  language: Language;
  setLanguage: (language: Language) => void;
}) {
  const [invoice, setInvoice] = useState<InvoiceRef | null>(null);
  const confirmLeave = useConfirmLeave();
  const current = scene ?? 'overview';
  const navigate = (next: SceneId) => {
    if (next === current) return;
    void confirmLeave().then((leave) => leave && setScene(next));
  };
  return (
    <div className="app">
      {status && <Sidebar current={current} onSelect={navigate} {...status} />}
      <main className="content">
        {scene === null ? null : current === 'overview' ? (
          <Dashboard />
        ) : current === 'orders' ? (
          <Orders onOpenInvoice={(ref) => { setInvoice(ref); navigate('invoices'); }} />
        ) : current === 'log' ? (
          <ErrorLog />
        ) : current === 'mail' ? (
          <MailTemplate initialLanguage={language} />
        ) : current === 'invoices' ? (
          <InvoicePreview initial={invoice} />
        ) : current === 'import' ? (
          <ImportOrders />
        ) : current === 'settings' ? (
          <Settings onSaved={(s) => setLanguage(s.language)} />
        ) : (
          <SetupWizard onFinished={() => setScene('overview')} />
        )}
      </main>
    </div>
  );
}
