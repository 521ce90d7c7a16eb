/**
 * One entry point per step for every kind of source file: CSV (and other delimited text) or an
 * Excel workbook, told apart by content (a zip), not by name. Both give the importer the same
 * sniff (header, preview, ambiguous dates) and the same rows of text.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure, fail, ok, type Result } from '../../shared/errors/result';
import type { CsvRow } from '../../shared/import/byte-rows';
import { ImportError } from '../../shared/import/errors';
import { DEFAULT_LIMITS, type ImportLimits, type SniffResult } from '../../shared/import/types';
import { sniffOrThrow, streamRows, type ByteRange, type StreamStats } from './read-csv';
import { osErrorDetail } from '../services/file-errors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The workbook reader, loaded only for a workbook: exceljs and its zip and XML libraries cost every
 * CSV import ≈ 0.3 s and ≈ 30 MB in each thread that loads them (the CLI and every import worker).
 */
const xlsxReader = () => import('./read-xlsx');

async function isZip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await fh.read(head, 0, 4, 0);
    return bytesRead === 4 && ZIP.every((b, i) => head[i] === b);
  } finally {
    await fh.close();
  }
}

/** Sniffs a source (see sniffFile); throws AppFailure. `sheet` applies to workbooks only. */
export async function sniffSource(
  path: string,
  limits: ImportLimits,
  name: string,
  sheet?: string,
): Promise<SniffResult> {
  let zip: boolean;
  let size: number;
  try {
    size = (await stat(path)).size;
    zip = await isZip(path);
  } catch (e) {
    throw new AppFailure(ImportError.read, { file: name, detail: osErrorDetail(e) });
  }
  if (!zip) return sniffOrThrow(path, limits, name);
  if (size > limits.maxBytes) {
    throw new AppFailure(ImportError.tooLarge, {
      file: name,
      size: Math.ceil(size / 1e6),
      limit: Math.floor(limits.maxBytes / 1e6),
    });
  }
  return (await xlsxReader()).sniffXlsx(path, size, name, sheet);
}

/** Reads a file's first rows and works out how to import it: a CSV's dialect, a workbook's sheet. */
export async function sniffFile(
  path: string,
  opts: { name?: string; limits?: ImportLimits; sheet?: string } = {},
): Promise<Result<SniffResult>> {
  const name = opts.name ?? basename(path);
  try {
    return ok(await sniffSource(path, opts.limits ?? DEFAULT_LIMITS, name, opts.sheet));
  } catch (e) {
    if (e instanceof AppFailure) return { ok: false, error: e.toError() };
    return fail(ImportError.read, { file: name, detail: osErrorDetail(e) });
  }
}

/**
 * Streams a sniffed source's data rows to `onRow` (see streamRows). A workbook is read whole, in one
 * part: `range` applies to CSV only.
 */
export async function streamSource(
  path: string,
  sniff: SniffResult,
  onRow: (row: CsvRow, rowNumber: number) => void,
  opts: { signal?: AbortSignal; onBytes?: (bytes: number) => void; name: string; range?: ByteRange },
): Promise<StreamStats> {
  if (sniff.xlsx)
    return (await xlsxReader()).streamXlsxRows(path, sniff.xlsx.sheet, sniff.dialect, onRow, opts);
  return streamRows(path, sniff.dialect, onRow, opts);
}
