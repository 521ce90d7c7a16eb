/**
 * Reads Excel workbooks (.xlsx) for the importer: exceljs's streaming WorkbookReader, one row at a
 * time, turned into the same rows of text a CSV gives, so the mapper, report and limits are the
 * CSV's. Date cells (a number with a date format) become wall-clock text (`2026-01-20 14:55:00`),
 * read by the shared date layer in the export's zone as a CSV's dates are.
 */
import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { AppFailure } from '../../shared/errors/result';
import { findMojibake } from '../../shared/import/encoding';
import { ImportError } from '../../shared/import/errors';
import { ambiguousDateColumns } from '../../shared/import/sniff-dates';
import type { CsvDialect, SniffResult } from '../../shared/import/types';
import type { StreamStats } from './read-csv';

const PREVIEW_ROWS = 200;
/** Rows looked at for the header: report titles and filters above it are a few rows at most. */
const HEADER_SEARCH_ROWS = 30;

/*
 * Two fixes to exceljs's streaming reader, applied once. exceljs 4.4 takes `date1904="1"` for the
 * 1904 date system but not `date1904="true"`, which LibreOffice writes (xsd:boolean allows both):
 * its dates would be four years early. Its parser of that element is patched to read both.
 */
{
  const require = createRequire(import.meta.url);
  type PropsXform = { prototype: { parseOpen(node: XmlNode): boolean; model?: { date1904?: boolean } } };
  type XmlNode = { name: string; attributes: Record<string, string> };
  const Props = require('exceljs/lib/xlsx/xform/book/workbook-properties-xform.js') as PropsXform;
  const parseOpen = Props.prototype.parseOpen;
  Props.prototype.parseOpen = function (this: { model?: { date1904?: boolean } }, node: XmlNode) {
    const taken = parseOpen.call(this, node);
    if (taken && node.attributes.date1904 === 'true' && this.model) this.model.date1904 = true;
    return taken;
  };

  /*
   * unzipper 0.10 (exceljs's unzip) emits 'end' as soon as its input is written, while entries are
   * still being parsed from its buffer. A small workbook arrives in one chunk, so under load
   * exceljs stopped before xl/sharedStrings.xml and every text cell read as empty. Only the end
   * the stream really reaches (after the zip's directory) is let through.
   */
  type Zip = { emit(event: string | symbol, ...args: unknown[]): boolean };
  type ZipState = { _readableState: { endEmitted: boolean }; destroyed: boolean };
  const unzip = createRequire(require.resolve('exceljs'))('unzipper') as { Parse: (opts: unknown) => Zip };
  const Parse = unzip.Parse;
  unzip.Parse = (opts: unknown) => {
    const zip = Parse(opts);
    const emit = zip.emit;
    zip.emit = function (this: Zip & ZipState, event, ...args) {
      if (event === 'end' && !this._readableState.endEmitted) return false;
      if (event === 'close' && !this.destroyed) return false;
      return emit.call(this, event, ...args);
    };
    return zip;
  };
}

/** The parts of exceljs's streaming reader used here (its typings omit the sheet name). */
interface SheetReader extends AsyncIterable<{ number: number; values: unknown }> {
  name: string;
}
interface BookReader extends AsyncIterable<SheetReader> {
  model?: { sheets?: { name: string }[] };
}

/** A dialect for rows that come already split: only the header fields mean anything. */
const sheetDialect = (headerIndex: number, headers: string[]): CsvDialect => ({
  encoding: 'utf-8',
  bomLength: 0,
  delimiter: ',',
  lineEnding: 'lf',
  headerIndex,
  headers,
});

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/**
 * A date cell as wall-clock text. exceljs gives the serial's fields as a UTC Date; Excel keeps
 * times to the millisecond but shows and exports seconds, so it is rounded to the second (an
 * Excel 14:55 is often 14:54:59.9999 in binary). A time with no date (a "due time" column) is
 * written as a time only.
 */
export function dateCellText(d: Date): string {
  const t = Math.round(d.getTime() / 1000) * 1000;
  if (Number.isNaN(t)) return '';
  const x = new Date(t);
  const time = `${pad2(x.getUTCHours())}:${pad2(x.getUTCMinutes())}:${pad2(x.getUTCSeconds())}`;
  // A serial below 1 (1899-12-30 in the 1900 date system) is a time-only cell.
  if (t < Date.UTC(1900, 0, 1)) return time;
  return `${x.getUTCFullYear()}-${pad2(x.getUTCMonth() + 1)}-${pad2(x.getUTCDate())} ${time}`;
}

/** A cell value as exceljs reads it, as the text a CSV export of the same sheet would hold. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateCellText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('');
    if ('error' in o) return String(o.error);
    // A formula's cached result; a hyperlink's shown text.
    if ('result' in o) return cellText(o.result);
    if ('formula' in o || 'sharedFormula' in o) return '';
    if ('text' in o) return cellText(o.text);
  }
  return '';
}

/** exceljs's sparse 1-based row values as dense text, at least `width` cells (an empty cell is absent). */
function rowTexts(values: unknown, width: number): string[] {
  const vals = Array.isArray(values) ? (values as unknown[]) : [];
  let n = Math.max(width, vals.length - 1);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = cellText(vals[i + 1]);
  // Cells past the header that are empty are just formatting: not a ragged row.
  while (n > width && out[n - 1]!.trim() === '') n--;
  out.length = n;
  return out;
}

const filled = (row: string[]): number => row.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);

/**
 * The header among a sheet's first rows: as for CSV, the first row that fills at least half of the
 * widest row (so a report title or filter lines above it are skipped), with two cells or more.
 */
export function findHeader(rows: { number: number; cells: string[] }[]): number {
  const width = Math.max(0, ...rows.map((r) => filled(r.cells) && r.cells.length));
  if (width < 2) return -1;
  return rows.findIndex((r) => filled(r.cells) >= Math.max(2, Math.ceil(width / 2)));
}

interface Opened {
  stream: ReadStream;
  reader: BookReader;
  /** Bytes read so far. */
  bytes(): number;
  /** The file's SHA-256: what the reader left unread (the zip's directory) is hashed too. */
  sha256(): Promise<string>;
}

function open(
  path: string,
  opts: { signal?: AbortSignal; onBytes?(n: number): void; hash?: boolean },
): Opened {
  const stream = createReadStream(path, { highWaterMark: 1 << 16, signal: opts.signal });
  const hash = opts.hash ? createHash('sha256') : undefined;
  let bytes = 0;
  let ended = false;
  let detached = false;
  stream.on('data', (chunk) => {
    if (detached) return;
    hash?.update(chunk as Buffer);
    bytes += chunk.length;
    opts.onBytes?.(bytes);
  });
  stream.on('end', () => (ended = true));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    // Styles hold the number formats that tell a date cell from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as BookReader;
  return {
    stream,
    reader,
    bytes: () => bytes,
    async sha256() {
      if (!hash) throw new Error('sha256: not hashing');
      if (!ended) {
        detached = true;
        stream.pause();
        for await (const chunk of createReadStream(path, { start: bytes, highWaterMark: 1 << 16 })) {
          hash.update(chunk as Buffer);
          bytes += (chunk as Buffer).length;
        }
      }
      return hash.digest('hex');
    },
  };
}

const unreadable = (file: string, e: unknown): AppFailure =>
  e instanceof AppFailure
    ? e
    : new AppFailure(ImportError.xlsxUnreadable, {
        file,
        detail: e instanceof Error ? e.message : String(e),
      });

/**
 * Moves past a sheet we do not read. exceljs parks the sheets that come before the shared strings in
 * temp files and deletes each one as soon as the reader moves on; a sheet never iterated is deleted
 * before its lazily opened stream opens, which throws an uncaught ENOENT. Reading one row opens it.
 */
async function passOver(ws: SheetReader): Promise<void> {
  for await (const _row of ws) break;
}

const sheetNames = (reader: BookReader): string[] => (reader.model?.sheets ?? []).map((s) => s.name);

/**
 * Sniffs a workbook: the sheet asked for, or else the first sheet that holds a header and rows; its
 * header row, a preview, and the date columns whose order is ambiguous (dates typed as text).
 * Throws AppFailure naming the file (and sheet) when there is no such sheet or the file is no xlsx.
 */
export async function sniffXlsx(
  path: string,
  size: number,
  name: string,
  sheet?: string,
): Promise<SniffResult> {
  const { stream, reader } = open(path, {});
  let names: string[] = [];
  try {
    for await (const ws of reader) {
      names = sheetNames(reader);
      if (sheet !== undefined && ws.name !== sheet) {
        await passOver(ws);
        continue;
      }
      const rows: { number: number; cells: string[] }[] = [];
      let header = -1;
      for await (const row of ws) {
        rows.push({ number: row.number, cells: rowTexts(row.values, 0) });
        if (header < 0 && rows.length >= HEADER_SEARCH_ROWS) header = findHeader(rows);
        if (header >= 0 && rows.length > header + PREVIEW_ROWS) break;
        if (header < 0 && rows.length >= HEADER_SEARCH_ROWS) break;
      }
      if (header < 0) header = findHeader(rows);
      const found = header >= 0 ? tableOf(rows, header) : undefined;
      if (found && found.preview.length > 0) {
        return {
          name,
          size,
          dialect: sheetDialect(found.headerIndex, found.headers),
          preview: found.preview,
          ambiguousDateColumns: ambiguousDateColumns(found.headers, found.preview),
          mojibake: findMojibake(found.preview.map((r) => r.join(' ')).join('\n')),
          xlsx: { sheet: ws.name, sheets: names },
        };
      }
      if (sheet !== undefined) throw new AppFailure(ImportError.emptySheet, { file: name, sheet });
    }
  } catch (e) {
    throw unreadable(name, e);
  } finally {
    stream.destroy();
  }
  if (!reader.model)
    throw new AppFailure(ImportError.xlsxUnreadable, { file: name, detail: 'no xl/workbook.xml' });
  if (sheet !== undefined && !names.includes(sheet))
    throw new AppFailure(ImportError.noSheet, { file: name, sheet, sheets: names.join(', ') });
  throw new AppFailure(ImportError.emptySheet, { file: name, sheet: names[0] ?? '' });
}

function tableOf(rows: { number: number; cells: string[] }[], header: number) {
  const headerRow = rows[header]!;
  const headers = headerRow.cells.map((h) => h.trim());
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  const preview = rows
    .slice(header + 1, header + 1 + PREVIEW_ROWS)
    .map((r) => padTo(r.cells, headers.length));
  while (preview.length > 0 && preview.at(-1)!.every((c) => c.trim() === '')) preview.pop();
  return { headerIndex: headerRow.number - 1, headers, preview };
}

function padTo(cells: string[], width: number): string[] {
  const out = cells.slice();
  while (out.length < width) out.push('');
  while (out.length > width && out.at(-1)!.trim() === '') out.pop();
  return out;
}

/**
 * Streams the rows below the header of one sheet to `onRow`, numbered as the sheet numbers them
 * (header = headerIndex + 1), each at least as wide as the header. The whole file is read (other
 * sheets are skipped unparsed), so the SHA-256 is the file's.
 */
export async function streamXlsxRows(
  path: string,
  sheet: string,
  dialect: CsvDialect,
  onRow: (row: string[], rowNumber: number) => void,
  opts: { signal?: AbortSignal; onBytes?: (bytes: number) => void; name: string },
): Promise<StreamStats> {
  const file = open(path, { signal: opts.signal, onBytes: opts.onBytes, hash: true });
  const width = dialect.headers.length;
  let last = dialect.headerIndex + 1;
  let found = false;
  try {
    for await (const ws of file.reader) {
      if (ws.name !== sheet) {
        await passOver(ws);
        continue;
      }
      found = true;
      for await (const row of ws) {
        if (row.number <= dialect.headerIndex + 1) continue;
        last = row.number;
        onRow(rowTexts(row.values, width), row.number);
      }
    }
    if (!found) throw new AppFailure(ImportError.noSheet, { file: opts.name, sheet, sheets: '' });
    const sha256 = await file.sha256();
    return { size: file.bytes(), sha256, rows: last, invalidBytes: 0, toEnd: true };
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    throw unreadable(opts.name, e);
  } finally {
    file.stream.destroy();
  }
}
