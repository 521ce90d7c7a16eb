import { z } from 'zod';
import { channel } from './channel';
import { Language, type Workbook } from '../workbook/schema';
import { templateNames } from '../workbook/templates';

/** What main hands the renderer when a workbook is opened or created. */
export interface OpenedWorkbook {
  doc: Workbook;
  /** The file's base name; null for a workbook never saved. Paths stay in main. */
  fileName: string | null;
  /** Set when the file was written by an older Pacto and migrated on open. */
  migratedFrom?: number;
}

export interface RecentEntry {
  /** Opaque token main resolves to a path; the renderer never handles paths. */
  id: string;
  name: string;
  folder: string;
}

export interface Recovery {
  doc: Workbook;
  fileName: string | null;
  savedAt: string;
}

/** The document travels as unknown and is validated against the workbook schema in main. */
/** A save done; `backupSkipped` when the disk had room for the new file but not for its `.bak` copy. */
export interface SavedWorkbook {
  fileName: string;
  backupSkipped?: boolean;
}

const DocInput = z.object({ doc: z.unknown() });
const Empty = z.object({}).strict();

export const filesChannels = {
  newWorkbook: channel<OpenedWorkbook>()(
    z.object({ template: z.enum(templateNames), lang: Language }).strict(),
  ),
  openWorkbook: channel<OpenedWorkbook | null>()(Empty),
  openRecent: channel<OpenedWorkbook>()(z.object({ id: z.string().max(64) }).strict()),
  /** The answer to a `file:osOpen` push: open the file the OS handed over, or let it go. */
  openFromOs: channel<OpenedWorkbook | null>()(z.object({ open: z.boolean() }).strict()),
  listRecent: channel<RecentEntry[]>()(Empty),
  saveWorkbook: channel<SavedWorkbook | null>()(DocInput.strict()),
  saveWorkbookAs: channel<SavedWorkbook | null>()(DocInput.strict()),
  autosave: channel<null>()(DocInput.strict()),
  discardRecovery: channel<null>()(Empty),
  setDirty: channel<null>()(z.object({ dirty: z.boolean() }).strict()),
};
