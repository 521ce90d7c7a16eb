import { create } from 'zustand';
import type { Language } from '../../shared/workbook/schema';
import type { AppError } from '../../shared/errors/result';
import type { Recovery } from '../../shared/ipc/files';

/** A status line, kept as a catalog key so it follows a language switch. Errors use the `errors` namespace. */
export type Notice =
  | { kind: 'info'; key: string; params?: Record<string, string | number> }
  | { kind: 'error'; error: AppError };

interface UiState {
  ready: boolean;
  route: string;
  presentation: boolean;
  /** In presentation mode, the slide on screen has been made editable (it is read-only otherwise). */
  slideEditing: boolean;
  /** The UI language in effect; `languageSetting` null means it follows the OS. */
  language: Language;
  languageSetting: Language | null;
  systemLocale: string;
  notice: Notice | null;
  recovery: Recovery | null;
  settingsOpen: boolean;
  /**
   * A pending "discard unsaved changes?" question, answered by ConfirmDiscard; `opening` names the file
   * the OS asked to open (null for New and Open, which the user chose in the app).
   */
  confirm: { opening: string | null; answer: (discard: boolean) => void } | null;
}

export const uiStore = create<UiState>()(() => ({
  ready: false,
  route: 'workbook',
  presentation: false,
  slideEditing: false,
  language: 'en',
  languageSetting: null,
  systemLocale: 'en',
  notice: null,
  recovery: null,
  settingsOpen: false,
  confirm: null,
}));

export const useUi = <T>(selector: (s: UiState) => T): T => uiStore(selector);
export const notify = (notice: Notice | null): void => uiStore.setState({ notice });
