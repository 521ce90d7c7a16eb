import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure } from '../../shared/errors/result';
import type { PrintData } from '../../shared/export/print-data';
import type { FilePort } from '../ports';
import type { PdfRenderer } from './pdf-renderer';
import { writeAgreementXlsx } from './xlsx/write-agreement-xlsx';

/**
 * Writing the exported files, shared by the app's handlers and `pacto export`. Each file is written
 * beside its target and renamed over it, so a failed export never leaves half a file under the name.
 */
export async function exportXlsxFile(path: string, data: PrintData, now: Date): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeAgreementXlsx(data.doc, temp, { lang: data.lang, paper: data.paper, now });
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw asWriteFailure(path, e);
  }
}

export async function exportPdfFile(
  files: FilePort,
  renderer: PdfRenderer,
  path: string,
  data: PrintData,
): Promise<void> {
  const pdf = await renderer.render(data);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await files.writeFileDurable(temp, pdf);
    await files.rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw asWriteFailure(path, e);
  }
}

function asWriteFailure(path: string, e: unknown): AppFailure {
  if (e instanceof AppFailure) return e;
  return new AppFailure('file.write', {
    file: basename(path),
    detail: e instanceof Error ? e.message : String(e),
  });
}
