import { app, session, shell as electronShell, type BrowserWindow } from 'electron';
import type { AppEvent, AppService } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/i18n/lang';
import { broadcastEvent, registerIpcHandlers } from './ipc';
import { applyStartAtLogin } from './login-item';
import { createDesktopNotifier } from './notifications';
import { serveRenderer } from './protocol';
import { hardenSession, openExternalSafely, openShopAdminSafely } from './security';
import { withShellHooks } from './service-hooks';
import { createTray, type TrayController } from './tray';
import { openUiPrefs } from './ui-prefs';
import { createMainWindow, revealWindow } from './window';

export interface ShellOptions {
  service: AppService;
  rendererDir: string;
  preloadPath: string;
  trayIconDir: string;
  userDataDir: string;
  /** Check every engine response against the contract (development builds). */
  validateResponses: boolean;
  startHidden: boolean;
  /** Stops the engine cleanly; called once, before the app exits. */
  disposeService: () => Promise<void>;
  /** Installs the downloaded update between syncs (the tray's "Update ready" item). */
  installUpdate?: () => Promise<void>;
  onInternalError: (where: string, error: unknown) => void;
}

export interface Shell {
  window: BrowserWindow;
  tray: TrayController;
  handleEvent(event: AppEvent): void;
  showWindow(): void;
}

/**
 * Wires window, tray, IPC, notifications and login item around one AppService.
 * Called once `app` is ready. The app lives in the tray: closing the window
 * hides it, and only "Quit" (tray, menu or OS) ends syncing.
 */
export async function startShell(options: ShellOptions): Promise<Shell> {
  hardenSession(session.defaultSession);
  serveRenderer(options.rendererDir);

  const settings = await options.service['settings.get']({});
  let language: Lang = settings.language;
  let desktopNotifications = settings.desktopNotifications;
  applyStartAtLogin(settings.startAtLogin);

  let quitting = false;
  let disposing = false;
  let disposed = false;
  const prefs = openUiPrefs(options.userDataDir);

  const service = withShellHooks(options.service, {
    onSettingsChanged(next) {
      desktopNotifications = next.desktopNotifications;
      applyStartAtLogin(next.startAtLogin);
      if (next.language !== language) {
        language = next.language;
        tray.update({ language });
      }
    },
    async onOpenUrl(url) {
      if (!(await openExternalSafely(url))) options.onInternalError('openExternal', new Error('refused a URL outside the allow-list'));
    },
    async onOpenShopUrl(url) {
      if (!(await openShopAdminSafely(url))) options.onInternalError('openExternal', new Error('refused a shop address that is not https'));
    },
    onShowInFolder(path) {
      electronShell.showItemInFolder(path);
      return true;
    },
  });
  const disposeIpc = registerIpcHandlers(service, {
    validateResponses: options.validateResponses,
    onInternalError: (channel, error) => options.onInternalError(`ipc ${channel}`, error),
  });

  const window = createMainWindow({
    preloadPath: options.preloadPath,
    bounds: prefs.windowBounds(),
    isQuitting: () => quitting,
    onBoundsChanged: (bounds) => prefs.saveWindowBounds(bounds),
    startHidden: options.startHidden,
  });
  const showWindow = () => revealWindow(window);

  const run = (where: string, action: () => Promise<unknown>) => {
    action().catch((error: unknown) => options.onInternalError(where, error));
  };
  const tray = createTray({
    iconDir: options.trayIconDir,
    language,
    actions: {
      open: showWindow,
      // The tray stands for every shop (its state is the worst of them): "Sync now" syncs them all.
      syncNow: () => run('tray sync', () => service['sync.now']({ allShops: true })),
      pause: () => run('tray pause', async () => tray.update(await service['sync.pause']({}))),
      resume: () => run('tray resume', async () => tray.update(await service['sync.resume']({}))),
      installUpdate: () => run('tray update', async () => options.installUpdate?.()),
      quit: () => app.quit(),
    },
  });
  const notify = createDesktopNotifier({ enabled: () => desktopNotifications, onClick: showWindow });

  // Without a listener Electron quits when the last window closes; ours only hides.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', (event) => {
    quitting = true;
    if (disposed) return;
    // Finish the engine's in-flight work before the process ends, then quit for real.
    event.preventDefault();
    if (disposing) return;
    disposing = true;
    disposeIpc();
    tray.dispose();
    options
      .disposeService()
      .catch((error: unknown) => options.onInternalError('dispose', error))
      .finally(() => {
        disposed = true;
        app.quit();
      });
  });

  return {
    window,
    tray,
    showWindow,
    handleEvent(event) {
      broadcastEvent([window.webContents], event);
      if (event.name === 'status.changed') {
        const { trayState, paused, automaticPosting, shops = [] } = event.payload;
        // One shop's name says nothing new; with several, the tray names those that need the owner.
        const attentionShops = shops.length > 1 ? shops.filter((s) => s.state === 'attention').map((s) => s.profile) : [];
        tray.update({ state: trayState, paused, automaticPosting, attentionShops });
      }
      if (event.name === 'notification') notify(event.payload);
    },
  };
}
