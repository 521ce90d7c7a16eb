import { z } from 'zod';
import { channel } from './channel';
import { Language } from '../workbook/schema';
import type { OpenedWorkbook, Recovery } from './files';
import type { AppError } from '../errors/result';

export interface Settings {
  /** The chosen UI language; null follows the OS. */
  language: Language | null;
}

export interface Startup {
  settings: Settings;
  /** The OS locale (BCP 47), used when settings.language is null. */
  systemLocale: string;
  version: string;
  /** A workbook passed on the command line or by double-click, opened before the UI was ready. */
  opened: OpenedWorkbook | null;
  openError: AppError | null;
  /** Unsaved work autosaved before the app last stopped. */
  recovery: Recovery | null;
}

const Empty = z.object({}).strict();

export const appChannels = {
  startup: channel<Startup>()(Empty),
  getSettings: channel<Settings>()(Empty),
  setSettings: channel<Settings>()(z.object({ language: Language.nullable().optional() }).strict()),
  openExternal: channel<null>()(z.object({ url: z.string().max(2048) }).strict()),
  /** Closes the window after the renderer saved in answer to a close request. */
  closeWindow: channel<null>()(Empty),
};
