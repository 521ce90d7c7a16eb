import i18next from 'i18next';
import { call } from '../api';
import { isDirty, loadWorkbook, markSaved, redo, undo, workbookStore } from '../state/workbook-store';
import { notify, uiStore } from '../state/ui-store';
import type { MenuCommand } from '../../shared/ipc/events';
import type { OpenedWorkbook } from '../../shared/ipc/files';
import type { Language } from '../../shared/workbook/schema';
import type { TemplateName } from '../../shared/workbook/templates';
import { setLanguage } from '../i18n';
import { languageFromLocale } from '../../shared/i18n';

/** What every menu item and shortcut does; one implementation for keyboard, menu and tests. */

export function showOpened(opened: OpenedWorkbook): void {
  loadWorkbook(opened.doc, opened.fileName);
  uiStore.setState({ route: 'workbook' });
  notify(
    opened.migratedFrom
      ? { kind: 'info', key: 'status.migrated', params: { from: opened.migratedFrom } }
      : { kind: 'info', key: 'status.opened', params: { name: opened.fileName ?? i18next.t('untitled') } },
  );
}

/**
 * Asks before unsaved changes would be replaced; true when it is fine to go on. `opening` names a file
 * the OS asked to open, so the question says where the request came from.
 */
export function confirmDiscard(opening: string | null = null): Promise<boolean> {
  if (!dirtyNow()) return Promise.resolve(true);
  return new Promise((resolve) =>
    uiStore.setState({
      confirm: {
        opening,
        answer: (discard) => {
          uiStore.setState({ confirm: null });
          resolve(discard);
        },
      },
    }),
  );
}

export async function newWorkbook(template: TemplateName, lang: Language): Promise<void> {
  if (!(await confirmDiscard())) return;
  const result = await call('newWorkbook', { template, lang });
  if (!result.ok) return notify({ kind: 'error', error: result.error });
  loadWorkbook(result.value.doc, null, false);
  uiStore.setState({ route: 'workbook' });
}

export async function openWorkbook(): Promise<void> {
  if (!(await confirmDiscard())) return;
  const result = await call('openWorkbook', {});
  if (!result.ok) return notify({ kind: 'error', error: result.error });
  if (result.value) showOpened(result.value);
}

export async function openRecent(id: string): Promise<void> {
  if (!(await confirmDiscard())) return;
  const result = await call('openRecent', { id });
  if (!result.ok) return notify({ kind: 'error', error: result.error });
  showOpened(result.value);
}

/** The OS asked to open a workbook (double-click, a second instance): ask first if edits would be lost. */
export async function openFromOs(fileName: string): Promise<void> {
  const open = await confirmDiscard(fileName);
  const result = await call('openFromOs', { open });
  if (!result.ok) return notify({ kind: 'error', error: result.error });
  if (result.value) showOpened(result.value);
}

/** Saves; returns whether the document is now on disk. */
export async function save(as = false): Promise<boolean> {
  const { doc } = workbookStore.getState();
  if (!doc) return false;
  const result = await call(as ? 'saveWorkbookAs' : 'saveWorkbook', { doc });
  if (!result.ok) {
    notify({ kind: 'error', error: result.error });
    return false;
  }
  if (!result.value) return false; // dialog cancelled
  markSaved(doc, result.value.fileName);
  const key = result.value.backupSkipped ? 'status.savedNoBackup' : 'status.saved';
  notify({ kind: 'info', key, params: { name: result.value.fileName } });
  return true;
}

export async function changeLanguage(setting: Language | null): Promise<void> {
  const result = await call('setSettings', { language: setting });
  if (!result.ok) return notify({ kind: 'error', error: result.error });
  const language = setting ?? languageFromLocale(uiStore.getState().systemLocale);
  uiStore.setState({ languageSetting: setting, language });
  setLanguage(language);
}

/** Presentation mode: large type and high contrast, full screen where the platform allows it. */
export function togglePresentation(): void {
  const presentation = !uiStore.getState().presentation;
  uiStore.setState({ presentation, slideEditing: false });
  if (presentation) void document.documentElement.requestFullscreen?.().catch(() => undefined);
  else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export async function runCommand(command: MenuCommand): Promise<void> {
  switch (command) {
    case 'new':
      uiStore.setState({ route: 'start' }); // the start screen offers blank, template or open
      return;
    case 'open':
      return openWorkbook();
    case 'save':
      await save(false);
      return;
    case 'saveAs':
      await save(true);
      return;
    case 'undo':
      return undo();
    case 'redo':
      return redo();
    case 'presentation':
      return togglePresentation();
    case 'settings':
      uiStore.setState({ settingsOpen: true });
      return;
    case 'saveThenClose':
      if (await save(false)) await call('closeWindow', {});
      return;
  }
}

/** Keyboard shortcuts, matching the menu's (whose accelerators are display-only). */
export function commandForKey(e: KeyboardEvent): MenuCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.key === 'F5') return 'presentation';
  if (mod && e.shiftKey && key === 'p') return 'presentation';
  if (!mod) return null;
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (key === 'o') return 'open';
  if (key === 'n') return 'new';
  if (key === ',') return 'settings';
  return null;
}

export const dirtyNow = (): boolean => isDirty(workbookStore.getState());
