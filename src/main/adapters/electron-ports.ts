import { app, dialog, shell, BrowserWindow } from 'electron';
import Store from 'electron-store';
import type { DialogPort, Ports, SettingsPort, StoredSettings } from '../ports';
import { nodeFiles } from './node-files';
import { DEFAULT_SETTINGS } from './memory-settings';
import { ElectronPdfRenderer } from '../export/electron-pdf';
import { APP_ORIGIN } from '../security-policy';

/** Preferences and the recent list, in the user's app-data folder (electron-store). */
export function electronSettings(): SettingsPort {
  const store = new Store<StoredSettings>({ name: 'settings', defaults: DEFAULT_SETTINGS });
  return {
    get: () => ({ ...DEFAULT_SETTINGS, ...store.store }),
    set: (patch) => {
      for (const [key, value] of Object.entries(patch)) store.set(key, value);
    },
  };
}

function electronDialogs(): DialogPort {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    async openFiles({ title, filters, multiple }) {
      const props: ('openFile' | 'multiSelections')[] = multiple
        ? ['openFile', 'multiSelections']
        : ['openFile'];
      const win = parent();
      const result = win
        ? await dialog.showOpenDialog(win, { title, filters, properties: props })
        : await dialog.showOpenDialog({ title, filters, properties: props });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async saveFile({ title, defaultName, filters }) {
      const win = parent();
      const result = win
        ? await dialog.showSaveDialog(win, { title, defaultPath: defaultName, filters })
        : await dialog.showSaveDialog({ title, defaultPath: defaultName, filters });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

export function electronPorts(settings: SettingsPort): Ports {
  return {
    files: nodeFiles,
    dialogs: electronDialogs(),
    settings,
    clock: { now: () => new Date() },
    shell: {
      openExternal: (url) => shell.openExternal(url),
      showItemInFolder: (path) => shell.showItemInFolder(path),
    },
    // The app prints its own print view with Chromium's printToPDF (tests and the CLI use a system Chromium).
    pdf: new ElectronPdfRenderer(`${APP_ORIGIN}/print.html`),
    userDataDir: app.getPath('userData'),
    systemLocale: app.getLocale(),
    version: app.getVersion(),
  };
}
