/**
 * The Electron layer's modules, one by one, against the fake `electron`: the main window (options,
 * remembered bounds, the unsaved-changes question), the app:// protocol, IPC registration with its
 * sender check, the navigation lock and the menu.
 */
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveAppFiles } from '../../../src/main/app-protocol';
import { registerIpc } from '../../../src/main/ipc/register';
import { buildMenu } from '../../../src/main/menu';
import { installSecurity } from '../../../src/main/security';
import { createMainWindow } from '../../../src/main/window';
import { memorySettings } from '../../../src/main/adapters/memory-settings';
import type { StoredSettings } from '../../../src/main/ports';
import { newSession, type HandlerContext, type Handlers } from '../../../src/main/handlers/types';
import { createI18n } from '../../../src/shared/i18n';
import { ok } from '../../../src/shared/errors/result';
import { channelNames } from '../../../src/shared/ipc/contract';
import {
  fake,
  FakeBrowserWindow,
  invoke,
  invokeEvent,
  preventable,
  resetFakeElectron,
  settle,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule));

beforeEach(() => void resetFakeElectron());

describe('main window', () => {
  function open(opts: { bounds?: StoredSettings['windowBounds']; dirty?: boolean } = {}) {
    const settings = memorySettings({ windowBounds: opts.bounds ?? null });
    const session = newSession();
    session.dirty = opts.dirty ?? false;
    const saveThenClose = vi.fn();
    const discard = vi.fn();
    const win = createMainWindow({
      preload: '/app/out/preload/preload.cjs',
      url: 'app://pacto/index.html',
      settings,
      session,
      t: () => createI18n('es').t,
      onSaveThenClose: saveThenClose,
      onDiscard: discard,
    }) as unknown as FakeBrowserWindow;
    return { win, settings, session, saveThenClose, discard };
  }

  it('opens hidden at 1280×820 (minimum 900×600), shows when ready, loads the page it is given', () => {
    const { win } = open();
    expect(win.options).toMatchObject({
      width: 1280,
      height: 820,
      minWidth: 900,
      minHeight: 600,
      show: false,
    });
    expect(win.options).not.toHaveProperty('x');
    expect(win.loadedUrl).toBe('app://pacto/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('reopens where it was when that place is on a screen, maximised if it was', () => {
    fake().displays.push({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } });
    const { win } = open({ bounds: { x: 100, y: 50, width: 1000, height: 700, maximized: true } });
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    expect(win.maximized).toBe(true);
  });

  it('ignores remembered bounds on a screen that is gone', () => {
    fake().displays.push({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } });
    const { win } = open({ bounds: { x: 2500, y: 50, width: 1000, height: 700, maximized: true } });
    expect(win.options).toMatchObject({ width: 1280, height: 820 });
    expect(win.options).not.toHaveProperty('x');
    expect(win.maximized).toBe(false);
  });

  it('closes without asking when nothing is unsaved, remembering its bounds', () => {
    const { win, settings } = open();
    win.close();
    expect(win.closed).toBe(true);
    expect(fake().messageBoxes).toEqual([]);
    expect(settings.get().windowBounds).toEqual({ x: 40, y: 30, width: 1100, height: 700, maximized: false });
  });

  it('asks about unsaved changes in the UI language: save, discard or cancel', () => {
    const saving = open({ dirty: true });
    fake().messageBoxAnswers.push(0);
    saving.win.close();
    expect(fake().messageBoxes[0]).toMatchObject({
      buttons: ['Guardar', 'No guardar', 'Cancelar'],
      defaultId: 0,
      cancelId: 2,
    });
    expect(saving.win.closed).toBe(false);
    expect(saving.saveThenClose).toHaveBeenCalledWith(saving.win);

    const discarding = open({ dirty: true });
    fake().messageBoxAnswers.push(1);
    discarding.win.close();
    expect(discarding.win.closed).toBe(true);
    expect(discarding.session.dirty).toBe(false);
    expect(discarding.discard).toHaveBeenCalledOnce();

    const cancelling = open({ dirty: true });
    fake().messageBoxAnswers.push(2);
    cancelling.win.close();
    expect(cancelling.win.closed).toBe(false);
    expect(cancelling.saveThenClose).not.toHaveBeenCalled();
    expect(cancelling.discard).not.toHaveBeenCalled();
  });
});

describe('app:// protocol', () => {
  const root = join(sep, 'opt', 'pacto', 'renderer');

  it('registers app as a standard, secure scheme with fetch', () => {
    registerAppScheme();
    expect(fake().schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves files below the renderer folder and answers 403 to anything else, without touching the disk', async () => {
    serveAppFiles(root);
    const handler = fake().protocolHandlers.get('app')!;
    const page = (await handler({ url: 'app://pacto/assets/index.js' })) as Response;
    expect(await page.text()).toBe(`contents of ${pathToFileURL(join(root, 'assets', 'index.js'))}`);
    for (const url of [
      'app://pacto/..%2f..%2fetc%2fpasswd',
      'app://pacto/index.html%00.png',
      'app://evil/x.js',
    ]) {
      const refused = (await handler({ url })) as Response;
      expect(refused.status, url).toBe(403);
    }
    expect(fake().fetched).toHaveLength(1);
  });
});

describe('IPC registration', () => {
  function wire() {
    const ran: string[] = [];
    const handlers = Object.fromEntries(
      channelNames.map((c) => [c, async (input: unknown) => (ran.push(c), ok(input))]),
    ) as unknown as Handlers;
    const main = new FakeBrowserWindow({});
    const ctx: HandlerContext = { session: newSession(), emit: () => undefined };
    const after: string[] = [];
    registerIpc({
      handlers,
      contextFor: (w) => (w === (main as unknown) ? ctx : undefined),
      windowOf: (e) => FakeBrowserWindow.fromWebContents(e.sender as never) as never,
      after: (c) => void after.push(c),
      devServerUrl: undefined,
    });
    return { main, ran, after };
  }

  it('registers every contract channel once, replacing a previous registration', () => {
    wire();
    expect([...fake().ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
    expect(fake().removedHandlers.sort()).toEqual([...channelNames].sort());
    // A second registration (a reloaded main) replaces the handlers instead of throwing.
    expect(() => wire()).not.toThrow();
  });

  it('runs a handler only for our window showing our page, with the validated input', async () => {
    const { main, ran, after } = wire();
    const stranger = new FakeBrowserWindow({});
    for (const event of [
      invokeEvent(stranger, 'app://pacto/index.html'),
      invokeEvent(null, 'app://pacto/index.html'),
      invokeEvent(main, 'https://evil.example/'),
      invokeEvent(main, 'file:///tmp/x.html'),
    ])
      expect(await invoke('getSettings', event, {})).toMatchObject({
        ok: false,
        error: { code: 'ipc.forbidden' },
      });
    expect(ran).toEqual([]);
    expect(after).toEqual([]);

    // A malformed payload is refused by validation (and is not a forbidden sender, so `after` runs).
    expect(
      await invoke('setSettings', invokeEvent(main, 'app://pacto/index.html'), { language: 'fr' }),
    ).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    expect(ran).toEqual([]);
    expect(
      await invoke('setSettings', invokeEvent(main, 'app://pacto/index.html'), { language: 'es' }),
    ).toEqual({
      ok: true,
      value: { language: 'es' },
    });
    expect(ran).toEqual(['setSettings']);
    expect(after).toEqual(['setSettings', 'setSettings']);
  });
});

describe('navigation lock', () => {
  it('keeps every webContents on the app: no navigation away, redirects, webviews or new windows', async () => {
    installSecurity(undefined);
    const win = new FakeBrowserWindow({});
    const wc = win.webContents;
    const go = (event: string, url: string) => {
      const e = preventable();
      wc.emit(event, e, url);
      return e.defaultPrevented;
    };
    expect(go('will-navigate', 'app://pacto/index.html#/scenarios')).toBe(false);
    expect(go('will-navigate', 'https://evil.example/')).toBe(true);
    expect(go('will-redirect', 'app://pacto/index.html')).toBe(true);
    expect(go('will-attach-webview', '')).toBe(true);
    expect(wc.windowOpenHandler!({ url: 'https://example.com/sla' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake().openedExternally).toEqual(['https://example.com/sla']);

    fake().ready();
    await settle();
    const granted: boolean[] = [];
    for (const p of ['fullscreen', 'media', 'geolocation'])
      fake().session.permissionRequest!(wc, p, (g) => granted.push(g));
    expect(granted).toEqual([true, false, false]);
    expect(fake().session.permissionCheck!(wc, 'notifications')).toBe(false);
  });
});

describe('menu', () => {
  type Item = {
    label?: string;
    role?: string;
    accelerator?: string;
    registerAccelerator?: boolean;
    click?: () => void;
    submenu?: Item[];
  };
  const build = (isMac: boolean, lang: 'es' | 'en' = 'en') => {
    const sent: string[] = [];
    const menu = buildMenu(createI18n(lang).t, (c) => void sent.push(c), isMac) as unknown as {
      template: Item[];
    };
    const items = menu.template.flatMap((m) => m.submenu ?? []);
    return { top: menu.template, items, sent };
  };

  it('sends every app command to the page; the keys are shown, not registered (the page handles them)', () => {
    const { items, sent } = build(false);
    const commands = items.filter((i) => i.click);
    for (const item of commands) {
      expect(item.registerAccelerator, item.label).toBe(false);
      item.click!();
    }
    expect(sent).toEqual(['new', 'open', 'save', 'saveAs', 'settings', 'undo', 'redo', 'presentation']);
    expect(commands.map((i) => i.accelerator)).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      'CmdOrCtrl+S',
      'CmdOrCtrl+Shift+S',
      'CmdOrCtrl+,',
      'CmdOrCtrl+Z',
      'CmdOrCtrl+Shift+Z',
      'F5',
    ]);
  });

  it('has the app menu on macOS and Quit in File elsewhere, in the UI language', () => {
    const mac = build(true, 'es');
    expect(mac.top[0]).toEqual({ role: 'appMenu' });
    expect(mac.items.some((i) => i.role === 'quit')).toBe(false);
    const linux = build(false, 'es');
    expect(linux.top.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana']);
    expect(linux.top[0]!.submenu!.at(-1)).toEqual({ role: 'quit', label: 'Salir' });
  });
});
