import type { PrintData } from '../../shared/export/print-data';
import type { FilePort } from '../ports';
import { writeFileAtomic } from '../services/atomic-write';
import type { PdfRenderer } from './pdf-renderer';
import { printAgreement } from './pdf/print-agreement';
import { writeAgreementXlsx } from './xlsx/write-agreement-xlsx';

/**
 * Writing the exported files, shared by the app's handlers and `pacto export`, through the one atomic
 * write: a failed export never leaves half a file under the name.
 */
export async function exportXlsxFile(
  files: FilePort,
  path: string,
  data: PrintData,
  now: Date,
): Promise<void> {
  await writeFileAtomic(files, path, (temp) =>
    writeAgreementXlsx(data.doc, temp, { lang: data.lang, paper: data.paper, now }),
  );
}

export async function exportPdfFile(
  files: FilePort,
  renderer: PdfRenderer,
  path: string,
  data: PrintData,
  now: Date,
): Promise<void> {
  await writeFileAtomic(files, path, await printAgreement(renderer, data, now));
}
