import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electronModule from 'electron';
import { CHANNELS, IPC_EVENT_PREFIX, IPC_PREFIX } from '../../../shared/ipc/channels';
import { RENDERER_CSP } from '../../../shared/ipc/csp';
import { acquireSingleInstance } from '../../../main/app/single-instance';
import { applyStartAtLogin } from '../../../main/app/login-item';
import { startShell, type Shell } from '../../../main/app/shell';
import { createMemoryService, type MemoryService } from '../../shared/ipc/memory-service';
import { FakeBrowserWindow, FakeEvent, FakeNotification, FakeTray, resetFakes, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  const electron = createFakeElectron();
  return { ...electron, default: electron };
});

const electron = electronModule as unknown as FakeElectron;
const APP_FRAME = { url: 'app://ledgerbridge/index.html', parent: null };

let dir: string;
let memory: MemoryService;
let shell: Shell;
let disposed: number;
let updatesInstalled: number;
let internalErrors: string[];

async function start(options: Parameters<typeof createMemoryService>[0] = {}) {
  memory = createMemoryService(options);
  shell = await startShell({
    service: memory.service,
    rendererDir: dir,
    preloadPath: '/opt/LedgerBridge/out/preload/index.cjs',
    trayIconDir: '/opt/LedgerBridge/out/main/tray',
    userDataDir: dir,
    validateResponses: true,
    startHidden: false,
    disposeService: async () => {
      disposed++;
    },
    installUpdate: async () => {
      updatesInstalled++;
    },
    onInternalError: (where) => internalErrors.push(where),
  });
  return shell;
}

function invoke(channel: string, payload: unknown, frame: { url: string; parent: unknown } = APP_FRAME) {
  const handler = electron.ipcMain.handlers.get(IPC_PREFIX + channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame: frame }, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}

const tray = () => FakeTray.instances[0];
const window = () => FakeBrowserWindow.instances[0];
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lb-shell-'));
  // On Linux the shell writes the login item into the XDG config folder: never the real one.
  vi.stubEnv('XDG_CONFIG_HOME', join(dir, 'config'));
  disposed = 0;
  updatesInstalled = 0;
  internalErrors = [];
  resetFakes();
  electron.app.listeners.clear();
  electron.app.quitCalls = 0;
  electron.app.singleInstanceLock = true;
  electron.ipcMain.handlers.clear();
  electron.shell.opened = [];
  electron.shell.shownInFolder = [];
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the main window', () => {
  it('runs the renderer without Node, sandboxed and isolated, from app://', async () => {
    await start();
    const prefs = window().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/LedgerBridge/out/preload/index.cjs',
    });
    expect(window().loadedUrl).toBe('app://ledgerbridge/index.html');
  });

  it('hides instead of closing, so syncing continues in the tray', async () => {
    await start();
    window().show();
    const event = window().userCloses();
    expect(event.defaultPrevented).toBe(true);
    expect(window().visible).toBe(false);
    expect(disposed).toBe(0);
  });

  it('reopens where the owner left it', async () => {
    await start();
    window().emit('resized');
    resetFakes();
    electron.ipcMain.handlers.clear();
    await start();
    expect(window().options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
  });

  it('blocks navigation, redirects and webviews, and denies new windows', async () => {
    await start();
    const contents = window().webContents;
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = new FakeEvent();
      contents.emit(name, event, 'https://evil.example/');
      expect(event.defaultPrevented, name).toBe(true);
    }
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/phish' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://secure.e-conomic.com/sales/invoices/20001' })).toEqual({ action: 'deny' });
    await flush();
    // Only the allow-listed link went to the system browser.
    expect(electron.shell.opened).toEqual(['https://secure.e-conomic.com/sales/invoices/20001']);
  });

  it('shows a new support bundle in its folder', async () => {
    await start();
    const result = await invoke('support.createBundle', {});
    expect(result).toEqual({ ok: true, value: { path: '/tmp/ledgerbridge-support-2026-11-27.zip', sizeBytes: 20480, shownInFolder: true } });
    expect(electron.shell.shownInFolder).toEqual(['/tmp/ledgerbridge-support-2026-11-27.zip']);
  });

  it('denies every permission request and sends the CSP on every response', async () => {
    await start();
    const session = electron.session.defaultSession;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) session.permissionRequestHandler!({}, permission, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false]);
    expect(session.permissionCheckHandler!()).toBe(false);
    let headers: Record<string, string[]> | undefined;
    session.headersListener!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [RENDERER_CSP] });
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
  });
});

describe('the tray', () => {
  it('offers Open, Sync now, Pause, the state of automatic posting and Quit in Danish by default', async () => {
    await start();
    expect(tray().menu!.items.filter((i) => i.label).map((i) => i.label)).toEqual(['Åbn LedgerBridge', 'Synkronisér nu', 'Pause', 'Automatisk bogføring: fra', 'Afslut']);
    expect(tray().tooltip).toBe('LedgerBridge — Alt kører');
  });

  it('"Sync now" runs a sync of every shop through the service: the tray stands for all of them', async () => {
    await start();
    tray().item('syncNow').click!();
    await flush();
    expect(memory.calls.filter((c) => c.channel === 'sync.now').map((c) => c.request)).toEqual([{ allShops: true }]);
  });

  it('"Pause" pauses syncing and turns into "Resume", which resumes it', async () => {
    await start();
    tray().item('pause').click!();
    await flush();
    expect(memory.state().paused).toBe(true);
    expect(tray().item('resume').label).toBe('Genoptag');
    expect(tray().item('syncNow').enabled).toBe(false);
    tray().item('resume').click!();
    await flush();
    expect(memory.state().paused).toBe(false);
    expect(tray().item('pause').label).toBe('Pause');
  });

  it('shows automatic posting ON or OFF as the service reports it, and opens the window where it is switched', async () => {
    await start();
    shell.handleEvent({ name: 'status.changed', payload: { trayState: 'ok', paused: false, running: false, lastSyncAt: null, attentionCount: 0, automaticPosting: true } });
    expect(tray().item('automaticPosting').label).toBe('Automatisk bogføring: til');
    window().minimized = true;
    tray().item('automaticPosting').click!();
    expect(window()).toMatchObject({ minimized: false, visible: true, focused: true });
    shell.handleEvent({ name: 'status.changed', payload: { trayState: 'ok', paused: false, running: false, lastSyncAt: null, attentionCount: 0, automaticPosting: false } });
    expect(tray().item('automaticPosting').label).toBe('Automatisk bogføring: fra');
  });

  it('"Open" brings the window forward', async () => {
    await start();
    window().minimized = true;
    tray().item('open').click!();
    expect(window()).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('"Quit" stops the engine once, then really quits and lets the window close', async () => {
    await start();
    tray().item('quit').click!();
    await flush();
    expect(disposed).toBe(1);
    expect(electron.app.quitCalls).toBe(2);
    expect(tray().destroyed).toBe(true);
    expect(window().userCloses().defaultPrevented).toBe(false);
    // A page with unsaved edits does not hold the quit: the engine is already stopped.
    const unload = new FakeEvent();
    window().webContents.emit('will-prevent-unload', unload);
    expect(unload.defaultPrevented).toBe(true);
  });

  it('a fresh installation says in the tray that it is not set up, and offers no sync', async () => {
    await start();
    shell.handleEvent({ name: 'status.changed', payload: { trayState: 'setup', paused: false, running: false, lastSyncAt: null, attentionCount: 0, automaticPosting: false } });
    expect(tray().image).toEqual({ path: '/opt/LedgerBridge/out/main/tray/tray-setup.png' });
    expect(tray().tooltip).toBe('LedgerBridge — Ikke sat op endnu');
    expect(tray().item('syncNow').enabled).toBe(false);
  });

  it('shows the engine state: working, needs attention, paused', async () => {
    await start();
    shell.handleEvent({ name: 'status.changed', payload: { trayState: 'attention', paused: false, running: false, lastSyncAt: null, attentionCount: 3, automaticPosting: false } });
    expect(tray().image).toEqual({ path: '/opt/LedgerBridge/out/main/tray/tray-attention.png' });
    expect(tray().tooltip).toBe('LedgerBridge — Kræver opmærksomhed');
    shell.handleEvent({ name: 'status.changed', payload: { trayState: 'working', paused: true, running: true, lastSyncAt: null, attentionCount: 0, automaticPosting: false } });
    expect(tray().image).toEqual({ path: '/opt/LedgerBridge/out/main/tray/tray-working.png' });
    expect(tray().tooltip).toBe('LedgerBridge — Sat på pause');
  });

  it('with several shops names the ones that need attention in the tooltip and the menu, whose item opens the window', async () => {
    await start();
    const shops = [
      { profile: 'butik-dk', state: 'ok' as const, attentionCount: 0, active: true },
      { profile: 'butik-se', state: 'attention' as const, attentionCount: 2, active: false },
    ];
    shell.handleEvent({ name: 'status.changed', payload: { trayState: 'attention', paused: false, running: false, lastSyncAt: null, attentionCount: 0, automaticPosting: false, shops } });
    expect(tray().image).toEqual({ path: '/opt/LedgerBridge/out/main/tray/tray-attention.png' });
    expect(tray().tooltip).toBe('LedgerBridge — butik-se kræver opmærksomhed');
    expect(tray().item('attentionShops').label).toBe('butik-se kræver opmærksomhed');
    window().minimized = true;
    tray().item('attentionShops').click!();
    expect(window()).toMatchObject({ minimized: false, visible: true });
    // Once the Swedish shop is fine again, the tray says so and the item goes.
    shell.handleEvent({ name: 'status.changed', payload: { trayState: 'ok', paused: false, running: false, lastSyncAt: null, attentionCount: 0, automaticPosting: false, shops: shops.map((s) => ({ ...s, state: 'ok' as const })) } });
    expect(tray().tooltip).toBe('LedgerBridge — Alt kører');
    expect(tray().menu!.items.some((i) => i.id === 'attentionShops')).toBe(false);
  });

  it('says "Update ready" once an update was downloaded, and installs it only when the owner chooses so', async () => {
    await start();
    expect(tray().menu!.items.some((i) => i.id === 'installUpdate')).toBe(false);
    shell.tray.update({ updateReady: '1.4.0' });
    expect(tray().item('installUpdate').label).toBe('Opdatering klar: genstart og installér version 1.4.0');
    expect(updatesInstalled).toBe(0);
    tray().item('installUpdate').click!();
    await flush();
    expect(updatesInstalled).toBe(1);
  });

  it('switches language when the owner changes it in Settings', async () => {
    await start();
    const result = await invoke('settings.update', { language: 'en' });
    expect(result.ok).toBe(true);
    expect(tray().menu!.items.filter((i) => i.label).map((i) => i.label)).toEqual(['Open LedgerBridge', 'Sync now', 'Pause', 'Automatic posting: off', 'Quit']);
  });
});

describe('events from the engine', () => {
  it('are forwarded to the window', async () => {
    await start();
    const payload = { phase: 'processing' as const, processed: 2, total: 5, orderNumber: '1042' };
    shell.handleEvent({ name: 'sync.progress', payload });
    expect(window().webContents.sent).toEqual([{ channel: IPC_EVENT_PREFIX + 'sync.progress', payload }]);
  });

  it('raise desktop notifications for warnings and errors, not for info, and only while enabled', async () => {
    await start();
    const base = { id: 'n1', code: 'LB-2003', title: 'Ordre 1042 fejlede', body: 'Varen findes ikke', orderId: '1042' };
    shell.handleEvent({ name: 'notification', payload: { ...base, severity: 'error' } });
    shell.handleEvent({ name: 'notification', payload: { ...base, severity: 'info' } });
    expect(FakeNotification.instances.map((n) => [n.options.title, n.shown])).toEqual([['Ordre 1042 fejlede', true]]);
    FakeNotification.instances[0].emit('click');
    expect(window().visible).toBe(true);

    await invoke('settings.update', { desktopNotifications: false });
    shell.handleEvent({ name: 'notification', payload: { ...base, severity: 'critical' } });
    expect(FakeNotification.instances).toHaveLength(1);
  });
});

describe('IPC handlers', () => {
  it('exist for every contract channel', async () => {
    await start();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_PREFIX + c).sort());
  });

  it('answer the app page', async () => {
    await start();
    expect(await invoke('sync.pause', {})).toEqual({ ok: true, value: { paused: true } });
  });

  it('refuse foreign pages and sub-frames without calling the engine', async () => {
    await start();
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///etc/passwd', parent: null },
      { url: 'app://other-host/index.html', parent: null },
      { url: 'app://ledgerbridge/index.html', parent: {} },
    ]) {
      expect(await invoke('sync.pause', {}, frame)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(memory.calls).toHaveLength(1); // only settings.get at start-up
  });

  it('refuse malformed payloads with a typed error', async () => {
    await start();
    const result = await invoke('orders.retry', { ids: 'all' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(result.error!.message).toMatch(/ids/);
  });

  it('open an order in e-conomic in the system browser', async () => {
    await start();
    const booked = memory.orders.find((o) => o.bookedInvoiceNumber !== null)!;
    const result = await invoke('orders.openInEconomic', { id: booked.id });
    expect(result.ok).toBe(true);
    expect(electron.shell.opened).toEqual([`https://secure.e-conomic.com/sales/invoices/${booked.bookedInvoiceNumber}`]);
  });
});

describe('single instance', () => {
  it('a second start quits at once', () => {
    electron.app.singleInstanceLock = false;
    expect(acquireSingleInstance(() => undefined)).toBe(false);
    expect(electron.app.quitCalls).toBe(1);
  });

  it('the first instance brings its window forward when a second one starts', async () => {
    expect(acquireSingleInstance(() => shell.showWindow())).toBe(true);
    await start();
    window().hide();
    electron.app.emit('second-instance');
    expect(window()).toMatchObject({ visible: true, focused: true });
  });
});

describe('start at login', () => {
  it('registers a hidden login item on Windows and macOS', () => {
    expect(applyStartAtLogin(true, 'win32')).toBe(true);
    expect(electron.app.loginItems.at(-1)).toEqual({ openAtLogin: true, openAsHidden: true, args: ['--hidden'] });
  });

  it('uses an XDG autostart entry on Linux instead of Electron’s login items (see linux-autostart.test.ts)', () => {
    const before = electron.app.loginItems.length;
    expect(applyStartAtLogin(true, 'linux')).toBe(true);
    expect(electron.app.loginItems.length).toBe(before);
    expect(existsSync(join(dir, 'config', 'autostart', 'ledgerbridge.desktop'))).toBe(true);
  });
});
