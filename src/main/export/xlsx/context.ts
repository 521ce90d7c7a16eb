import type { stream } from 'exceljs';
import type { Language, Workbook } from '../../../shared/workbook/schema';
import type { Translate } from '../../../shared/export/agreement-text';
import type { RevisionInfo } from '../../../shared/export/revision';
import type { Formats } from './cells';
import type { Paper } from '../../../shared/export/print-data';

/** Everything a sheet writer needs: the document, its language's labels and formats, the paper. */
export interface SheetContext {
  wb: stream.xlsx.WorkbookWriter;
  doc: Workbook;
  lang: Language;
  t: Translate;
  fmt: Formats;
  paper: Paper;
  revision: RevisionInfo;
  exportedAt: Date;
}
