/**
 * A fake `electron` module (as Electron Fiddle's tests mock it), enough for the Electron layer of
 * src/main to run under vitest: it records what the code asks of Electron, in order, and lets a test
 * play Electron's part (app ready, an IPC request, a close, a dialog answer).
 *
 * Use: `vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule))` and
 * `vi.mock('electron-store', …)` if the code builds settings. The state lives on globalThis, so it is
 * the same object after `vi.resetModules()`; `resetFakeElectron()` empties it between tests.
 */
type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
  }
}

/** An event whose default a listener may prevent (will-navigate, close…). */
export function preventable(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends Emitter {
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends Emitter {
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return fake().windows.find((w) => w.webContents === contents) ?? null;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return null;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  maximized = false;
  shown = false;
  closed = false;
  documentEdited = false;
  normalBounds: Bounds = { x: 40, y: 30, width: 1100, height: 700 };

  constructor(readonly options: Record<string, unknown>) {
    super();
    const state = fake();
    state.windows.push(this);
    state.calls.push('new BrowserWindow');
    state.app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    fake().calls.push(`loadURL ${url}`);
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  getTitle(): string {
    return 'sla.pacto';
  }
  getNormalBounds(): Bounds {
    return this.normalBounds;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  /** As Electron: 'close' may be prevented; otherwise the window closes. */
  close(): void {
    const event = preventable();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.closed = true;
    this.emit('closed');
  }
  destroy(): void {
    this.closed = true;
  }
}

type IpcHandler = (event: unknown, payload: unknown) => unknown;

function createState() {
  let ready: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const calls: string[] = [];
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    hasLock: true,
    requestSingleInstanceLock() {
      calls.push('requestSingleInstanceLock');
      return this.hasLock;
    },
    quit() {
      calls.push('quit');
    },
    whenReady() {
      return readyPromise;
    },
    getPath: (name: string) => `/fake/${name}`,
    getLocale: () => 'es-ES',
    getVersion: () => '9.9.9',
  });
  const origOn = app.on.bind(app);
  app.on = (event: string, listener: Listener) => {
    calls.push(`app.on ${event}`);
    return origOn(event, listener);
  };
  const session = {
    permissionRequest: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((wc: unknown, p: string) => boolean),
    beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  };
  return {
    calls,
    app,
    /** Resolves app.whenReady(); await `settle()` after it for the .then callbacks to run. */
    ready,
    windows: [] as FakeBrowserWindow[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => unknown>(),
    fetched: [] as string[],
    ipcHandlers: new Map<string, IpcHandler>(),
    ipcListeners: new Map<string, IpcHandler[]>(),
    removedHandlers: [] as string[],
    menus: [] as { template: unknown[] }[],
    messageBoxAnswers: [] as number[],
    messageBoxes: [] as Record<string, unknown>[],
    displays: [] as { workArea: Bounds }[],
    session,
    openedExternally: [] as string[],
  };
}

type FakeState = ReturnType<typeof createState>;
const KEY = '__pactoFakeElectron';

/** The current fake Electron state. */
export function fake(): FakeState {
  const g = globalThis as unknown as Record<string, FakeState | undefined>;
  return (g[KEY] ??= createState());
}

export function resetFakeElectron(): FakeState {
  (globalThis as unknown as Record<string, FakeState | undefined>)[KEY] = createState();
  return fake();
}

/** Lets pending promise callbacks (whenReady().then…) run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** An ipcMain invoke event from `win`'s main frame showing `frameUrl`. */
export function invokeEvent(win: FakeBrowserWindow | null, frameUrl: string) {
  return { sender: win?.webContents ?? new FakeWebContents(), senderFrame: { url: frameUrl } };
}

/** Calls the handler registered for `channel` as a renderer's `ipcRenderer.invoke` would. */
export function invoke(channel: string, event: unknown, payload: unknown): Promise<unknown> {
  const handler = fake().ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler(event, payload));
}

// Every member reads the current state, so one module object serves every test.
const app = new Proxy({} as FakeState['app'], {
  get(_target, key) {
    const current = fake().app as unknown as Record<string | symbol, unknown>;
    const value = current[key];
    return typeof value === 'function' ? (value as Listener).bind(current) : value;
  },
});

export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  protocol: {
    registerSchemesAsPrivileged(schemes: unknown[]) {
      fake().calls.push('protocol.registerSchemesAsPrivileged');
      fake().schemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: { url: string }) => unknown) {
      fake().calls.push(`protocol.handle ${scheme}`);
      fake().protocolHandlers.set(scheme, handler);
    },
  },
  net: {
    fetch(url: string) {
      fake().fetched.push(url);
      return Promise.resolve(new Response(`contents of ${url}`));
    },
  },
  ipcMain: {
    handle(channel: string, handler: IpcHandler) {
      if (fake().ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      fake().ipcHandlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      fake().removedHandlers.push(channel);
      fake().ipcHandlers.delete(channel);
    },
    on(channel: string, listener: IpcHandler) {
      fake().calls.push(`ipcMain.on ${channel}`);
      fake().ipcListeners.set(channel, [...(fake().ipcListeners.get(channel) ?? []), listener]);
    },
    removeAllListeners(channel: string) {
      fake().ipcListeners.delete(channel);
    },
  },
  Menu: {
    buildFromTemplate(template: unknown[]) {
      return { template };
    },
    setApplicationMenu(menu: { template: unknown[] }) {
      fake().calls.push('Menu.setApplicationMenu');
      fake().menus.push(menu);
    },
  },
  dialog: {
    showMessageBoxSync(_win: unknown, options: Record<string, unknown>) {
      fake().messageBoxes.push(options);
      return fake().messageBoxAnswers.shift() ?? (options.cancelId as number);
    },
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
  },
  screen: {
    getAllDisplays: () => fake().displays,
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler(h: FakeState['session']['permissionRequest']) {
        fake().calls.push('session.setPermissionRequestHandler');
        fake().session.permissionRequest = h;
      },
      setPermissionCheckHandler(h: FakeState['session']['permissionCheck']) {
        fake().session.permissionCheck = h;
      },
      webRequest: {
        onBeforeRequest(h: FakeState['session']['beforeRequest']) {
          fake().calls.push('session.webRequest.onBeforeRequest');
          fake().session.beforeRequest = h;
        },
      },
    },
  },
  shell: {
    openExternal(url: string) {
      fake().openedExternally.push(url);
      return Promise.resolve();
    },
    showItemInFolder() {},
  },
};

/** electron-store, in memory: the defaults, then what `set` wrote. */
export class FakeStore<T extends Record<string, unknown>> {
  store: T;
  constructor(opts: { defaults: T }) {
    this.store = { ...opts.defaults };
  }
  set(key: string, value: unknown): void {
    this.store = { ...this.store, [key]: value };
  }
}
