/**
 * src/main/index.ts, the app's start-up, run against the fake `electron`: what is wired before the app
 * is ready, what after, in which order, and that a packaged app ignores ELECTRON_RENDERER_URL.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../src/shared/ipc/contract';
import { DROPPED_FILES_CHANNEL } from '../../../src/shared/ipc/import';
import {
  fake,
  invoke,
  invokeEvent,
  preventable,
  resetFakeElectron,
  settle,
  type FakeBrowserWindow,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule));
vi.mock('electron-store', () => import('./fake-electron').then((m) => ({ default: m.FakeStore })));

const DEV = 'http://localhost:5173';

/** Imports index.ts afresh (its top level is the start-up) and lets the app become ready. */
async function start(opts: { packaged: boolean; env?: string; lock?: boolean }): Promise<FakeBrowserWindow> {
  const state = resetFakeElectron();
  state.app.isPackaged = opts.packaged;
  state.app.hasLock = opts.lock ?? true;
  if (opts.env === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = opts.env;
  vi.resetModules();
  await import('../../../src/main/index');
  state.calls.push('-- ready --');
  state.ready();
  await settle();
  expect(state.windows).toHaveLength(1);
  return state.windows[0]!;
}

const saved = process.env.ELECTRON_RENDERER_URL;
beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  if (saved === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = saved;
});

describe('start-up order', () => {
  it('takes the single-instance lock, registers the scheme and the navigation lock before the app is ready', async () => {
    await start({ packaged: true });
    const { calls } = fake();
    const beforeReady = calls.slice(0, calls.indexOf('-- ready --'));
    expect(beforeReady.slice(0, 3)).toEqual([
      'requestSingleInstanceLock',
      'protocol.registerSchemesAsPrivileged',
      'app.on web-contents-created',
    ]);
    // Privileged schemes can only be registered before ready; no window exists yet.
    expect(beforeReady).not.toContain('new BrowserWindow');
    expect(fake().schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('when ready: permissions and the request filter, the app protocol, IPC and the menu, then the window', async () => {
    await start({ packaged: true });
    const after = fake().calls.slice(fake().calls.indexOf('-- ready --') + 1);
    const at = (call: string) => {
      const i = after.indexOf(call);
      expect(i, call).toBeGreaterThanOrEqual(0);
      return i;
    };
    const window = at('new BrowserWindow');
    for (const call of [
      'session.setPermissionRequestHandler',
      'session.webRequest.onBeforeRequest',
      'protocol.handle app',
      `ipcMain.on ${DROPPED_FILES_CHANNEL}`,
      'Menu.setApplicationMenu',
    ])
      expect(at(call), call).toBeLessThan(window);
    expect(at('loadURL app://pacto/index.html')).toBeGreaterThan(window);
    // Every channel of the contract has its handler before the page can call it.
    expect([...fake().ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('quits when another instance already runs', async () => {
    await start({ packaged: true, lock: false });
    expect(fake().calls.slice(0, 2)).toEqual(['requestSingleInstanceLock', 'quit']);
  });

  it('builds the menu in the OS language (es-ES here) and opens the window hardened', async () => {
    const win = await start({ packaged: true });
    const labels = (fake().menus[0]!.template as { label?: string }[]).map((m) => m.label);
    expect(labels).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana']);
    expect(win.options.webPreferences).toMatchObject({
      preload: expect.stringMatching(/preload[\\/]preload\.cjs$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });
});

describe('where the page comes from', () => {
  it('a packaged app loads app://pacto/ and ignores ELECTRON_RENDERER_URL: it neither navigates to, loads from nor answers that origin', async () => {
    const win = await start({ packaged: true, env: DEV });
    expect(win.loadedUrl).toBe('app://pacto/index.html');

    const fromDev = await invoke('getSettings', invokeEvent(win, `${DEV}/`), {});
    expect(fromDev).toMatchObject({ ok: false, error: { code: 'ipc.forbidden' } });
    expect(await invoke('getSettings', invokeEvent(win, 'app://pacto/index.html'), {})).toEqual({
      ok: true,
      value: { language: null },
    });

    const navigate = preventable();
    win.webContents.emit('will-navigate', navigate, `${DEV}/`);
    expect(navigate.defaultPrevented).toBe(true);
    const cancelled: boolean[] = [];
    for (const url of [`${DEV}/src/main.tsx`, 'app://pacto/assets/index.js'])
      fake().session.beforeRequest!({ url }, (r) => cancelled.push(r.cancel));
    expect(cancelled).toEqual([true, false]);
  });

  it('an unpackaged run started by electron-vite dev loads the dev server and trusts exactly its origin', async () => {
    const win = await start({ packaged: false, env: DEV });
    expect(win.loadedUrl).toBe(DEV);
    expect(await invoke('getSettings', invokeEvent(win, `${DEV}/index.html`), {})).toMatchObject({
      ok: true,
    });
    expect(await invoke('getSettings', invokeEvent(win, 'http://localhost:5174/'), {})).toMatchObject({
      ok: false,
      error: { code: 'ipc.forbidden' },
    });
  });

  it('an unpackaged run without a dev server loads app://pacto/', async () => {
    const win = await start({ packaged: false });
    expect(win.loadedUrl).toBe('app://pacto/index.html');
  });
});

describe('IPC of the running app', () => {
  it('answers only the main window; a request that is not refused runs its after-hook (the menu follows the language)', async () => {
    const win = await start({ packaged: true });
    const { FakeBrowserWindow } = await import('./fake-electron');
    const other = new FakeBrowserWindow({});
    const foreign = await invoke('setSettings', invokeEvent(other, 'app://pacto/index.html'), {
      language: 'en',
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'ipc.forbidden' } });
    expect(fake().menus).toHaveLength(1);

    expect(
      await invoke('setSettings', invokeEvent(win, 'app://pacto/index.html'), { language: 'en' }),
    ).toEqual({ ok: true, value: { language: 'en' } });
    expect(fake().menus).toHaveLength(2);
    const labels = (fake().menus[1]!.template as { label?: string }[]).map((m) => m.label);
    expect(labels).toEqual(['File', 'Edit', 'View', 'Window']);
  });

  it('sends menu commands to the page', async () => {
    const win = await start({ packaged: true });
    const file = (fake().menus[0]!.template as { submenu: { label?: string; click?: () => void }[] }[])[0]!;
    file.submenu.find((i) => i.label === 'Guardar')!.click!();
    expect(win.webContents.sent).toEqual([['menu:command', { command: 'save' }]]);
  });
});
