import { z } from 'zod';
import { channel } from './channel';
import { ACTIVITY_CHANNELS } from '../records/record-set';
import type { AppError } from '../errors/result';
import type { ImportedFile, ImportReport, SniffResult } from '../import/types';

/** A file the user chose or dropped: main keeps its path and hands the renderer only a token. */
export interface ImportSource {
  token: string;
  name: string;
  size: number;
  /** How to read it, or why it cannot be read (shown before anything is imported). */
  sniff: SniffResult | null;
  error: AppError | null;
}

/** What the renderer learns of a finished import; the records themselves stay in main. */
export interface ImportSummary {
  /** Names the records held in main for the step that measures them (`importedRecords`). */
  importId: string;
  size: number;
  /** ISO instant used as the export's "as of". */
  asOf: string;
  report: ImportReport;
  files: ImportedFile[];
}

const Token = z.string().min(1).max(64);
const ColumnRef = z.string().max(600);
/** An Excel sheet name (Excel allows 31 characters; other writers more). */
const SheetName = z.string().min(1).max(200);

export const ImportRunInput = z
  .object({
    tokens: z.array(Token).min(1).max(2),
    join: z
      .object({
        sourceIndex: z.number().int().min(0).max(1),
        leftColumn: z.string().max(500),
        rightColumn: z.string().max(500),
      })
      .strict()
      .optional(),
    mapping: z.record(z.string().max(128), ColumnRef),
    timeZone: z.string().min(1).max(64),
    dateOrder: z.record(ColumnRef, z.enum(['dmy', 'mdy'])).optional(),
    asOf: z.string().max(40).optional(),
    /** The sheet to read of each Excel workbook, by token (default: the sniffed one). */
    sheets: z.record(Token, SheetName).optional(),
    /** Activity exports, each with its own mapping (`id`, `activity:*` → `0:<header>`). */
    activities: z
      .array(
        z
          .object({
            token: Token,
            sheet: SheetName.optional(),
            mapping: z.record(z.string().max(128), ColumnRef),
            channel: z.enum(ACTIVITY_CHANNELS).optional(),
          })
          .strict(),
      )
      .max(10)
      .optional(),
    /** Stage ids in order and each current-stage value's stage (normalised value → id). */
    stageValues: z
      .object({
        order: z.array(z.string().min(1).max(64)).max(50),
        values: z
          .record(z.string().max(200), z.string().min(1).max(64))
          .refine((v) => Object.keys(v).length <= 2000, 'too many stage values'),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ImportSniffSheetInput = z.object({ token: Token, sheet: SheetName }).strict();

const Empty = z.object({}).strict();

export const importChannels = {
  /** Opens the system dialog for one or two CSV or Excel files and sniffs them; null when cancelled. */
  importChooseFiles: channel<ImportSource[] | null>()(Empty),
  /** Files dropped on the window since the last call (their paths came from the preload, not the page). */
  importTakeDropped: channel<ImportSource[]>()(Empty),
  /** Sniffs another sheet of a chosen Excel workbook. */
  importSniffSheet: channel<SniffResult>()(ImportSniffSheetInput),
  /** Imports the chosen files; progress arrives as `import:progress` events. */
  importRun: channel<ImportSummary>()(ImportRunInput),
  /** Stops the running import; it then resolves with `import:errors.cancelled`. */
  importCancel: channel<null>()(Empty),
};

/**
 * Sent by the preload (never the page) with the paths of files dropped on the window, which it reads
 * with Electron's webUtils from the real File objects of the drop. Not a contract channel: the page
 * cannot name paths; it then calls `importTakeDropped`.
 */
export const DROPPED_FILES_CHANNEL = 'import:dropped-files';
