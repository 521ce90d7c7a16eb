import { pushEvent } from './channel';
import type { ImportProgress } from '../import/types';

/** Commands that the native menu (and the renderer's own shortcuts) trigger. */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'undo'
  | 'redo'
  | 'presentation'
  | 'settings'
  /** The user chose "Save" when closing with unsaved changes: save, then close. */
  | 'saveThenClose';

/** Main → renderer pushes. The preload subscribes only to these names. */
export const events = {
  'menu:command': pushEvent<{ command: MenuCommand }>(),
  /**
   * The OS asks to open a .pacto file (double-click, second instance) while the app runs. The renderer
   * asks before unsaved changes would be lost, then answers with `openFromOs`.
   */
  'file:osOpen': pushEvent<{ fileName: string }>(),
  /** Progress of the running CSV import (about ten a second). */
  'import:progress': pushEvent<ImportProgress>(),
};
