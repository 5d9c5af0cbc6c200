/**
 * A recording stand-in for the parts of `electron` the shell uses, so the
 * shell's wiring runs under plain Node (the Electron binary cannot be
 * downloaded here). Every fake keeps what it was asked to do.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
    return (this.listeners.get(event) ?? []).length > 0;
  }
}

export class FakeEvent {
  defaultPrevented = false;
  preventDefault() {
    this.defaultPrevented = true;
  }
}

class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: Array<{ channel: string; payload: unknown }> = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  visible = false;
  focused = false;
  minimized = false;
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {
    this.focused = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  getBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  /** What the user does with the window's close button. */
  userCloses(): FakeEvent {
    const event = new FakeEvent();
    this.emit('close', event);
    return event;
  }
}

export interface MenuItemLike {
  id?: string;
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
}

export class FakeTray extends Emitter {
  static instances: FakeTray[] = [];
  image: unknown;
  tooltip = '';
  menu: { items: MenuItemLike[] } | null = null;
  destroyed = false;
  constructor(image: unknown) {
    super();
    this.image = image;
    FakeTray.instances.push(this);
  }
  setImage(image: unknown) {
    this.image = image;
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: { items: MenuItemLike[] }) {
    this.menu = menu;
  }
  destroy() {
    this.destroyed = true;
  }
  item(id: string): MenuItemLike {
    const found = this.menu?.items.find((i) => i.id === id);
    if (!found) throw new Error(`no tray menu item "${id}"; items: ${this.menu?.items.map((i) => i.id).join(', ')}`);
    return found;
  }
}

export class FakeNotification extends Emitter {
  static instances: FakeNotification[] = [];
  static isSupported() {
    return true;
  }
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
    FakeNotification.instances.push(this);
  }
  show() {
    this.shown = true;
  }
}

export class FakeApp extends Emitter {
  singleInstanceLock = true;
  quitCalls = 0;
  loginItems: unknown[] = [];
  isPackaged = false;
  requestSingleInstanceLock() {
    return this.singleInstanceLock;
  }
  /** Like Electron: quitting emits before-quit, which a listener may cancel. */
  quit() {
    this.quitCalls++;
    this.emit('before-quit', new FakeEvent());
  }
  exit() {}
  enableSandbox() {}
  paths = new Map<string, string>();
  getPath(name: string) {
    return this.paths.get(name) ?? '/nonexistent-userdata';
  }
  setPath(name: string, path: string) {
    this.paths.set(name, path);
  }
  getVersion() {
    return '0.0.0-test';
  }
  getAppPath() {
    return '/opt/LedgerBridge/resources/app';
  }
  whenReady() {
    return Promise.resolve();
  }
  setLoginItemSettings(settings: unknown) {
    this.loginItems.push(settings);
  }
  getLoginItemSettings() {
    return { wasOpenedAsHidden: false };
  }
}

type HeadersListener = (details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders?: Record<string, string[]> }) => void) => void;

export class FakeSession {
  permissionRequestHandler: null | ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void) = null;
  permissionCheckHandler: null | (() => boolean) = null;
  headersListener: HeadersListener | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler;
  }
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  };
}

export class FakeIpcRenderer extends Emitter {
  invoked: Array<{ channel: string; payload: unknown }> = [];
  async invoke(channel: string, payload: unknown) {
    this.invoked.push({ channel, payload });
    return { ok: true, value: { echoed: channel } };
  }
  removeListener(event: string, listener: Listener) {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
}

export function createFakeElectron() {
  const app = new FakeApp();
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handlers,
    handle(channel: string, handler: Listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      handlers.delete(channel);
    },
    on() {},
  };
  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      this.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      this.handlers.set(scheme, handler);
    },
  };
  const defaultSession = new FakeSession();
  const shell = {
    opened: [] as string[],
    shownInFolder: [] as string[],
    async openExternal(url: string) {
      this.opened.push(url);
    },
    showItemInFolder(path: string) {
      this.shownInFolder.push(path);
    },
  };
  const ipcRenderer = new FakeIpcRenderer();
  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld(key: string, api: unknown) {
      this.exposed.set(key, api);
    },
  };
  const crashReporter = {
    /** The options of each start, with where crash dumps go at that moment. */
    started: [] as Array<{ options: Record<string, unknown>; crashDumps: string }>,
    start(options: Record<string, unknown>) {
      this.started.push({ options, crashDumps: app.getPath('crashDumps') });
    },
  };
  const electron = {
    app,
    crashReporter,
    ipcMain,
    ipcRenderer,
    contextBridge,
    protocol,
    session: { defaultSession },
    shell,
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    Notification: FakeNotification,
    Menu: { buildFromTemplate: (items: MenuItemLike[]) => ({ items }) },
    nativeImage: { createFromPath: (path: string) => ({ path }) },
    dialog: { showErrorBox() {} },
  };
  return electron;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

export function resetFakes() {
  FakeBrowserWindow.instances = [];
  FakeTray.instances = [];
  FakeNotification.instances = [];
}
