import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { exportTranslator, latestResult } from '../../../shared/export/agreement-text';
import { revisionInfo } from '../../../shared/export/revision';
import type { Language, Workbook } from '../../../shared/workbook/schema';
import { formatsFor } from './cells';
import type { SheetContext } from './context';
import type { Paper } from '../../../shared/export/print-data';
import { writeBreachesSheet, writeComplianceSheet, writeOverCapacitySheet } from './sheets/compliance';
import {
  writeCommitmentsSheet,
  writePersonasSheet,
  writeScoringSheet,
  writeStagesSheet,
} from './sheets/definitions';
import { writeFunnelSheet } from './sheets/funnel';
import { writeScenariosSheet } from './sheets/scenarios';
import { writeSummarySheet } from './sheets/summary';
import {
  writeCalendarSheet,
  writeFeedbackSheet,
  writePartiesSheet,
  writePlaybookSheet,
  writeReviewSheet,
} from './sheets/agreement';
import { patchXmlParts } from './xml-parts';

export interface XlsxOptions {
  /** Language of sheet names and labels; the workbook's own by default. */
  lang?: Language;
  paper?: Paper;
  now: Date;
}

/**
 * Writes the agreement as one .xlsx to `output` (a file path or a stream) with exceljs' streaming
 * writer: every row is flushed as it is written, and long tables wait for the zip to take their rows
 * (see writeTable), so a long breach list never sits in memory whole.
 */
export async function writeAgreementXlsx(
  doc: Workbook,
  output: string | Writable,
  options: XlsxOptions,
): Promise<void> {
  const lang = options.lang ?? doc.meta.language;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof output === 'string' ? { filename: output } : { stream: output }),
    useStyles: true,
    useSharedStrings: false,
  });
  const patched = patchXmlParts(wb);
  wb.creator = 'Pacto';
  wb.created = options.now;
  wb.modified = options.now;
  wb.title = doc.meta.title;
  wb.company = doc.meta.company;
  const ctx: SheetContext = {
    wb,
    doc,
    lang,
    t: exportTranslator(lang),
    fmt: formatsFor(lang, doc.meta.currency),
    paper: options.paper ?? (lang === 'en' ? 'letter' : 'a4'),
    revision: revisionInfo(doc),
    exportedAt: options.now,
  };
  // One sheet per section, in the PDF's order, then the live model and the measured results.
  await writeSummarySheet(ctx);
  await writePartiesSheet(ctx);
  await writePersonasSheet(ctx);
  await writeStagesSheet(ctx);
  await writeScoringSheet(ctx);
  await writeCommitmentsSheet(ctx);
  await writeFeedbackSheet(ctx);
  await writePlaybookSheet(ctx);
  writeReviewSheet(ctx);
  await writeCalendarSheet(ctx);
  writeFunnelSheet(ctx);
  writeScenariosSheet(ctx);
  const result = latestResult(doc.imports.snapshots);
  if (result) {
    await writeComplianceSheet(ctx, result);
    await writeBreachesSheet(ctx, result);
    await writeOverCapacitySheet(ctx, result);
  }
  await wb.commit();
  patched();
}
