import { BrowserWindow, type Rectangle, type WebPreferences } from 'electron';
import { APP_START_URL } from './protocol';
import { hardenWebContents } from './security';

/** Electron security checklist #2–#4, #6–#12: the renderer gets no Node and no privileges. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  bounds?: Partial<Rectangle>;
  /** While false, closing the window only hides it: the app keeps syncing in the tray. */
  isQuitting: () => boolean;
  onBoundsChanged?: (bounds: Rectangle) => void;
  /** Start hidden (started at login). */
  startHidden?: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    ...options.bounds,
    show: false,
    title: 'LedgerBridge',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  hardenWebContents(window.webContents);
  // The page asks before unsaved edits are lost on its own screens; by the time the window
  // really closes the owner chose Quit and the engine is stopped, so the page may not hold it.
  window.webContents.on('will-prevent-unload', (event) => event.preventDefault());
  window.on('close', (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
  const saveBounds = () => options.onBoundsChanged?.(window.getBounds());
  window.on('resized', saveBounds);
  window.on('moved', saveBounds);
  if (!options.startHidden) window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}

/** Brings the window to the front (tray "Open", a second app start). */
export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
