import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { i18n } from 'i18next';
import type { MenuCommand } from '../shared/ipc/events';

/**
 * The native menu. App commands are sent to the renderer, which owns undo history and the document;
 * their accelerators are shown but not registered (`registerAccelerator: false`) because the renderer
 * handles the same keys itself — one path for keyboard and menu, in the app and in tests.
 */
export function buildMenu(t: i18n['t'], send: (command: MenuCommand) => void, isMac: boolean): Menu {
  const cmd = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        cmd(t('actions.new'), 'CmdOrCtrl+N', 'new'),
        cmd(t('actions.open'), 'CmdOrCtrl+O', 'open'),
        { type: 'separator' },
        cmd(t('actions.save'), 'CmdOrCtrl+S', 'save'),
        cmd(t('actions.saveAs'), 'CmdOrCtrl+Shift+S', 'saveAs'),
        { type: 'separator' },
        cmd(t('nav.settings'), 'CmdOrCtrl+,', 'settings'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('menu.quit') }]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        cmd(t('actions.undo'), 'CmdOrCtrl+Z', 'undo'),
        cmd(t('actions.redo'), 'CmdOrCtrl+Shift+Z', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        cmd(t('actions.presentation'), 'F5', 'presentation'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: t('menu.window'), role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
