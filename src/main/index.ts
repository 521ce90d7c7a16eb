import { app, BrowserWindow, Menu } from 'electron';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { installSecurity } from './security';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import { rendererSource } from './security-policy';
import { electronPorts, electronSettings } from './adapters/electron-ports';
import { createHandlers } from './handlers';
import { newSession, type HandlerContext } from './handlers/types';
import { registerIpc } from './ipc/register';
import { registerDropIpc } from './import/drop-ipc';
import { buildMenu } from './menu';
import { createMainWindow } from './window';
import { createI18n, languageFromLocale } from '../shared/i18n';
import { RecoveryStore } from './services/workbook-files';
import { offerOsOpen } from './handlers/os-open';
import type { EventName, EventPayload } from '../shared/ipc/contract';

// The thin Electron layer: wiring only. Behaviour lives in handlers/ and services/, tested without Electron.
const here = dirname(fileURLToPath(import.meta.url));
const workbookArg = (argv: string[]) => argv.slice(1).find((a) => a.endsWith('.pacto') && !a.startsWith('-'));

// Decided once: a packaged app always loads app://pacto/ and ignores ELECTRON_RENDERER_URL.
const renderer = rendererSource(app.isPackaged, process.env);

if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();
installSecurity(renderer.devServerUrl);

const settings = electronSettings();
let win: BrowserWindow | null = null;
const session = newSession(() => win?.close());

const emit = <E extends EventName>(event: E, payload: EventPayload<E>) =>
  win?.webContents.send(event, payload);
const ctx: HandlerContext = { session, emit };
const i18nNow = () => {
  const ports = electronPorts(settings);
  return createI18n(settings.get().language ?? languageFromLocale(ports.systemLocale));
};
const refreshMenu = () =>
  Menu.setApplicationMenu(
    buildMenu(i18nNow().t, (command) => emit('menu:command', { command }), process.platform === 'darwin'),
  );

// A file double-clicked while Pacto starts, or given as an argument, waits for the renderer's startup.
const openFromOs = (path: string): void => offerOsOpen(path, ctx);
const firstFile = workbookArg(process.argv);
if (firstFile) openFromOs(firstFile);

app.on('open-file', (event, path) => {
  event.preventDefault();
  openFromOs(path);
});
app.on('second-instance', (_e, argv) => {
  const path = workbookArg(argv);
  if (path) openFromOs(path);
  if (win?.isMinimized()) win.restore();
  win?.focus();
});

void app.whenReady().then(() => {
  const ports = electronPorts(settings);
  serveAppFiles(join(here, '../renderer'));
  const handlers = createHandlers(ports);
  registerIpc({
    handlers,
    // Only our one main window gets a context; any other window's request is refused.
    contextFor: (sender) => (sender === win ? ctx : undefined),
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender) ?? undefined,
    after: (channel) => {
      if (channel === 'setSettings') refreshMenu();
      if (channel === 'setDirty' || channel.startsWith('save')) win?.setDocumentEdited(session.dirty);
    },
    devServerUrl: renderer.devServerUrl,
  });
  registerDropIpc(() => session, renderer.devServerUrl);
  refreshMenu();
  win = createMainWindow({
    preload: join(here, '../preload/preload.cjs'),
    url: renderer.url,
    settings,
    session,
    t: () => i18nNow().t,
    onSaveThenClose: () => emit('menu:command', { command: 'saveThenClose' }),
    onDiscard: () => void new RecoveryStore(ports.files, ports.userDataDir).discard(),
  });
  win.on('closed', () => (win = null));
});

app.on('window-all-closed', () => app.quit());
