import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../shared/i18n/lang';
import type { ScreenId } from '../shared/i18n/places';
import type { Client } from './client/client';
import { ClientProvider } from './client/context';
import { Sidebar, type SidebarStatus } from './components/sidebar';
import { UnsavedChangesProvider, useConfirmLeave } from './components/unsaved-changes';
import { I18nProvider } from './i18n';
import { NavigationProvider, useFocusPlace, type Route } from './navigation';
import { Dashboard } from './scenes/dashboard';
import { Days } from './scenes/days';
import { ErrorLog } from './scenes/error-log';
import { ImportOrders } from './scenes/import';
import { Invoices } from './scenes/invoices';
import { MailTemplateScreen } from './scenes/mail-template';
import { Orders } from './scenes/orders';
import { OssVat } from './scenes/oss';
import { Reconciliation } from './scenes/reconciliation';
import { Settings } from './scenes/settings';
import { shownShop } from './scenes/settings/settings-shop';
import { SetupWizard } from './scenes/setup-wizard';

type SyncStatus = Omit<SidebarStatus, 'setUp'>;

/**
 * The app frame: sidebar with the sync's state and automatic posting ON/OFF, and one
 * scene at a time. A fresh installation opens on the setup wizard; afterwards on the
 * overview. Every "go there" (a fix's place, an invoice from an order) is a Route.
 */
export function App({ client }: { client: Client }) {
  const [language, setLanguage] = useState<Lang>('da');
  const [route, setRoute] = useState<Route | null>(null);
  // Unknown until the service answers: nothing is claimed before that, least of all "all good".
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [setUp, setSetUp] = useState(true);
  // The days screen is only offered to a shop that books per day (postingUnit "day").
  const [dayMode, setDayMode] = useState(false);
  // The unit is the shown shop's, also while the wizard sets up a further shop (which has no profile yet).
  const refreshPostingUnit = useCallback(() => {
    client
      .call('shops.list', {})
      .then((shops) => client.call('profile.get', shownShop(shops)))
      .then((p) => setDayMode(p.profile?.postingUnit === 'day'), () => undefined);
  }, [client]);
  // The shop the screens show: a switch (or a new shop saved) renders the scene afresh for it.
  const [activeShop, setActiveShop] = useState<string | null>(null);
  const [shopsVersion, setShopsVersion] = useState(0);

  const refreshStatus = useCallback(() => {
    client.call('dashboard.get', {}).then(
      (d) => setStatus((s) => ({ trayState: d.trayState, paused: d.paused, attentionCount: d.attentionCount ?? s?.attentionCount ?? 0, automaticPosting: d.automaticPosting.on })),
      () => undefined,
    );
  }, [client]);

  useEffect(() => {
    let alive = true;
    client.call('settings.get', {}).then((s) => alive && setLanguage(s.language), () => undefined);
    client.call('wizard.get', {}).then(
      (w) => {
        if (!alive) return;
        setSetUp(w.finished);
        setRoute((current) => current ?? { screen: w.finished ? 'overview' : 'setup' });
      },
      () => alive && setRoute((current) => current ?? { screen: 'overview' }),
    );
    refreshStatus();
    refreshPostingUnit();
    const off = client.on('status.changed', (payload) => {
      setStatus({ trayState: payload.trayState, paused: payload.paused, attentionCount: payload.attentionCount, automaticPosting: payload.automaticPosting });
      refreshPostingUnit();
    });
    return () => {
      alive = false;
      off();
    };
  }, [client, refreshStatus, refreshPostingUnit]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ClientProvider client={client}>
      <I18nProvider language={language}>
        <UnsavedChangesProvider>
          <Frame
            route={route}
            setRoute={setRoute}
            status={status && { ...status, setUp }}
            hidden={dayMode ? [] : ['days']}
            onPostingChanged={refreshStatus}
            onSetUp={() => {
              setSetUp(true);
              setShopsVersion((v) => v + 1);
              refreshStatus();
              refreshPostingUnit();
            }}
            shops={{
              version: shopsVersion,
              activeShop,
              onChanged: (active) => {
                setActiveShop(active);
                refreshStatus();
                refreshPostingUnit();
              },
            }}
            language={language}
            setLanguage={setLanguage}
          />
        </UnsavedChangesProvider>
      </I18nProvider>
    </ClientProvider>
  );
}

/** The sidebar and the current scene; leaving a scene with unsaved edits asks first. */
function Frame({
  route,
  setRoute,
  status,
  hidden,
  onPostingChanged,
  onSetUp,
  shops,
  language,
  setLanguage,
}: {
  route: Route | null;
  setRoute: (route: Route) => void;
  status: SidebarStatus | null;
  hidden: readonly ScreenId[];
  onPostingChanged: () => void;
  onSetUp: () => void;
  shops: { version: number; activeShop: string | null; onChanged: (active: string | null) => void };
  language: Lang;
  setLanguage: (language: Lang) => void;
}) {
  const confirmLeave = useConfirmLeave();
  const current = route ?? { screen: 'overview' };
  const navigation = useMemo(
    () => ({
      route: current,
      go: (next: Route) => {
        // Within one screen nothing is left behind; to another, unsaved edits ask first.
        if (next.screen === current.screen) return setRoute(next);
        void confirmLeave().then((leave) => leave && setRoute(next));
      },
    }),
    [current, confirmLeave, setRoute],
  );
  useFocusPlace(current);

  return (
    <NavigationProvider value={navigation}>
      <div className="app">
        {status && <Sidebar status={status} hidden={hidden} onPostingChanged={onPostingChanged} shops={shops} />}
        <main className="content" key={`${shops.activeShop ?? ''}:${shops.version}`}>
          {route === null ? null : current.screen === 'overview' ? (
            <Dashboard onPostingChanged={onPostingChanged} />
          ) : current.screen === 'orders' ? (
            <Orders />
          ) : current.screen === 'invoices' ? (
            <Invoices />
          ) : current.screen === 'days' ? (
            <Days />
          ) : current.screen === 'reconciliation' ? (
            <Reconciliation />
          ) : current.screen === 'oss' ? (
            <OssVat />
          ) : current.screen === 'log' ? (
            <ErrorLog />
          ) : current.screen === 'mail' ? (
            <MailTemplateScreen initialLanguage={language} />
          ) : current.screen === 'import' ? (
            <ImportOrders />
          ) : current.screen === 'settings' ? (
            <Settings onSaved={(s) => setLanguage(s.language)} />
          ) : (
            <SetupWizard
              onFinished={() => {
                onSetUp();
                setRoute({ screen: 'overview' });
              }}
            />
          )}
        </main>
      </div>
    </NavigationProvider>
  );
}
