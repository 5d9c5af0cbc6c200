import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Language } from '../shared/ipc/schemas/common';
import type { Client } from './bridge/client';
import { ClientProvider } from './bridge/context';
import { Sidebar, type SidebarStatus } from './components/sidebar';
import { I18nProvider } from './i18n';
import { NavigationProvider, useFocusPlace, type Route } from './navigation';
import { Dashboard } from './scenes/dashboard';
import { ErrorLog } from './scenes/error-log';
import { Invoices } from './scenes/invoices';
import { MailTemplate } from './scenes/mail-template';
import { Orders } from './scenes/orders';
import { Reconciliation } from './scenes/reconciliation';
import { Settings } from './scenes/settings';
import { SetupWizard } from './scenes/setup-wizard';

/**
 * The app frame: sidebar with the sync's state and automatic posting ON/OFF, and one
 * scene at a time. A fresh installation opens on the setup wizard; afterwards on the
 * overview. Every "go there" (a fix's place, an invoice from an order) is a Route.
 */
export function App({ client }: { client: Client }) {
  const [language, setLanguage] = useState<Language>('da');
  const [route, setRoute] = useState<Route | null>(null);
  const [status, setStatus] = useState<SidebarStatus>({ trayState: 'ok', paused: false, attentionCount: 0, automaticPosting: false, setUp: true });

  const refreshStatus = useCallback(() => {
    client.call('dashboard.get', {}).then(
      (d) => setStatus((s) => ({ ...s, trayState: d.trayState, paused: d.paused, attentionCount: d.attentionCount ?? s.attentionCount, automaticPosting: d.automaticPosting.on })),
      () => undefined,
    );
  }, [client]);

  useEffect(() => {
    let alive = true;
    client.call('settings.get', {}).then((s) => alive && setLanguage(s.language), () => undefined);
    client.call('wizard.get', {}).then(
      (w) => {
        if (!alive) return;
        setStatus((s) => ({ ...s, setUp: w.finished }));
        setRoute((current) => current ?? { screen: w.finished ? 'overview' : 'setup' });
      },
      () => alive && setRoute((current) => current ?? { screen: 'overview' }),
    );
    refreshStatus();
    const off = client.on('status.changed', (payload) =>
      setStatus((s) => ({ ...s, trayState: payload.trayState, paused: payload.paused, attentionCount: payload.attentionCount, automaticPosting: payload.automaticPosting })),
    );
    return () => {
      alive = false;
      off();
    };
  }, [client, refreshStatus]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const current = route ?? { screen: 'overview' };
  const navigation = useMemo(() => ({ route: current, go: (next: Route) => setRoute(next) }), [current]);
  useFocusPlace(current);

  return (
    <ClientProvider client={client}>
      <I18nProvider language={language}>
        <NavigationProvider value={navigation}>
          <div className="app">
            <Sidebar status={status} onPostingChanged={refreshStatus} />
            <main className="content">
              {route === null ? null : current.screen === 'overview' ? (
                <Dashboard onPostingChanged={refreshStatus} />
              ) : current.screen === 'orders' ? (
                <Orders />
              ) : current.screen === 'invoices' ? (
                <Invoices />
              ) : current.screen === 'reconciliation' ? (
                <Reconciliation />
              ) : current.screen === 'log' ? (
                <ErrorLog />
              ) : current.screen === 'mail' ? (
                <MailTemplate initialLanguage={language} />
              ) : current.screen === 'settings' ? (
                <Settings onSaved={(s) => setLanguage(s.language)} />
              ) : (
                <SetupWizard
                  onFinished={() => {
                    setStatus((s) => ({ ...s, setUp: true }));
                    setRoute({ screen: 'overview' });
                  }}
                />
              )}
            </main>
          </div>
        </NavigationProvider>
      </I18nProvider>
    </ClientProvider>
  );
}
