import { BrowserWindow, dialog, screen } from 'electron';
import type { i18n } from 'i18next';
import type { SettingsPort } from './ports';
import type { Session } from './handlers/types';

/** The main window: sandboxed, isolated, no Node; bounds remembered; unsaved changes confirmed on close. */
export function createMainWindow(opts: {
  preload: string;
  url: string;
  settings: SettingsPort;
  session: Session;
  t: () => i18n['t'];
  onSaveThenClose: (win: BrowserWindow) => void;
  onDiscard: () => void;
}): BrowserWindow {
  const saved = opts.settings.get().windowBounds;
  const visible = saved && screen.getAllDisplays().some((d) => rectsOverlap(d.workArea, saved));
  const win = new BrowserWindow({
    width: visible ? saved.width : 1280,
    height: visible ? saved.height : 820,
    ...(visible ? { x: saved.x, y: saved.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    // Spelled out here (not spread from a constant) so the electronegativity scan can read them.
    webPreferences: {
      preload: opts.preload,
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
    },
  });
  if (visible && saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  win.on('close', (event) => {
    const { x, y, width, height } = win.getNormalBounds();
    opts.settings.set({ windowBounds: { x, y, width, height, maximized: win.isMaximized() } });
    if (!opts.session.dirty) return;
    event.preventDefault();
    const t = opts.t();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: t('confirmClose.title'),
      message: t('confirmClose.body', { name: win.getTitle() }),
      buttons: [t('confirmClose.save'), t('confirmClose.discard'), t('confirmClose.cancel')],
      defaultId: 0,
      cancelId: 2,
    });
    if (choice === 0) opts.onSaveThenClose(win);
    if (choice === 1) {
      opts.session.dirty = false;
      opts.onDiscard();
      win.close();
    }
  });
  void win.loadURL(opts.url);
  return win;
}

const rectsOverlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
