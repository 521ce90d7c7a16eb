import { z } from 'zod';
import { channel } from './channel';
import { Language } from '../workbook/schema';

/** An exported file: its name to show, and the opaque token main resolves to its path. */
export interface ExportedFile {
  fileName: string;
  token: string;
}

/** The document travels as unknown and is validated against the workbook schema in main. */
const ExportInput = z.object({ doc: z.unknown(), lang: Language, paper: z.enum(['a4', 'letter']) }).strict();

export const exportChannels = {
  /** Asks where to save (Save As), then writes the .xlsx; null when the dialog is cancelled. */
  exportXlsx: channel<ExportedFile | null>()(ExportInput),
  /** Asks where to save, then prints the print view to PDF; null when cancelled. */
  exportPdf: channel<ExportedFile | null>()(ExportInput),
  /** Reveals an exported file in the OS file manager. */
  showExportInFolder: channel<null>()(z.object({ token: z.string().max(64) }).strict()),
};
