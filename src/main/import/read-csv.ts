import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { AppFailure } from '../../shared/errors/result';
import { binaryKind, detectEncoding, findMojibake } from '../../shared/import/encoding';
import { CsvChunkParser } from '../../shared/import/csv-chunks';
import { completeLines, sniffLayout } from '../../shared/import/dialect';
import { ImportError } from '../../shared/import/errors';
import { ambiguousDateColumns } from '../../shared/import/sniff-dates';
import { type CsvDialect, type ImportLimits, type SniffResult } from '../../shared/import/types';
import { osErrorDetail } from '../services/file-errors';

/** Enough to see the header, a preview and the dialect of any export, without reading it all. */
const SAMPLE_BYTES = 1 << 20;
const PREVIEW_ROWS = 200;
const MB = 1_000_000;

/** Sniffs a CSV (see sniffFile in sources.ts): throws AppFailure. */
export async function sniffOrThrow(path: string, limits: ImportLimits, name: string): Promise<SniffResult> {
  let size: number;
  let sample: Uint8Array;
  try {
    size = (await stat(path)).size;
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      sample = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new AppFailure(ImportError.read, { file: name, detail: osErrorDetail(e) });
  }
  if (size === 0) throw new AppFailure(ImportError.empty, { file: name });
  if (size > limits.maxBytes) {
    throw new AppFailure(ImportError.tooLarge, {
      file: name,
      size: Math.ceil(size / MB),
      limit: Math.floor(limits.maxBytes / MB),
    });
  }
  const { encoding, bomLength } = detectEncoding(sample);
  const kind = binaryKind(sample, encoding);
  if (kind === 'xlsx') throw new AppFailure(ImportError.spreadsheet, { file: name });
  if (kind) throw new AppFailure(ImportError.binary, { file: name });
  const text = completeLines(iconv.decode(Buffer.from(sample), encoding), sample.length === size);
  if (text.trim() === '') throw new AppFailure(ImportError.empty, { file: name });
  // JSON, HTML and XML split on commas too; refuse them before the delimiter sniffer is fooled.
  if (/^\s*[{[<]/.test(text)) throw new AppFailure(ImportError.notCsv, { file: name });
  const layout = sniffLayout(text);
  if (!layout) throw new AppFailure(ImportError.notCsv, { file: name });
  const preview = layout.rows.slice(0, PREVIEW_ROWS);
  while (preview.length > 0 && preview.at(-1)!.every((c) => c.trim() === '')) preview.pop();
  return {
    name,
    size,
    dialect: { encoding, bomLength, ...layout.dialect },
    preview,
    ambiguousDateColumns: ambiguousDateColumns(layout.dialect.headers, layout.rows),
    mojibake: findMojibake(text),
  };
}

export interface StreamStats {
  /** Bytes read. */
  size: number;
  /** Of the whole file; absent when only part of it was read. */
  sha256?: string;
  /** Rows the parser produced, header and preamble included (part 0), or from the part's start. */
  rows: number;
  invalidBytes: number;
  mojibake?: string;
  /** Whether the read went on to the end of the file. */
  toEnd: boolean;
}

/**
 * Which bytes to read. Part 0 of a split reads from the start and stops at `stopAt` if the file can be
 * split there (`canStop`: the caller's own check, e.g. no footer rows held), else reads on to the end.
 * Later parts start at `from`, a row boundary, with no header.
 */
export type ByteRange = { stopAt: number; canStop(): boolean } | { from: number };

/**
 * Streams a file through decoding and the chunk parser, calling `onRow` with each row and its 1-based
 * row number (header = headerIndex + 1). Only one chunk of bytes and of text is in memory at a time.
 * Throws `unterminatedQuote` (AppFailure) when a quoted cell never closes.
 */
export async function streamRows(
  path: string,
  dialect: CsvDialect,
  onRow: (row: string[], rowNumber: number) => void,
  opts: { signal?: AbortSignal; onBytes?: (bytes: number) => void; name?: string; range?: ByteRange } = {},
): Promise<StreamStats> {
  const from = opts.range && 'from' in opts.range ? opts.range.from : 0;
  const hash = from === 0 ? createHash('sha256') : undefined;
  // UTF-8 through TextDecoder: same text and the same U+FFFD for bad bytes as iconv-lite's decoder
  // (Node's StringDecoder), in ~60% of the time (0.3 s against 0.48 s for 144 MB). A later part
  // starts mid-file: a U+FEFF there is text, not a byte-order mark.
  const utf8 = dialect.encoding === 'utf-8' ? new TextDecoder('utf-8', { ignoreBOM: from > 0 }) : undefined;
  const decoder = utf8
    ? {
        write: (b: Buffer): string => utf8.decode(b, { stream: true }),
        end: (): string => utf8.decode(),
      }
    : iconv.getDecoder(dialect.encoding);
  const countInvalid = dialect.encoding !== 'windows-1252';
  let size = 0;
  let invalidBytes = 0;
  let mojibake: string | undefined;
  let index = 0;
  const header = from > 0 ? -1 : dialect.headerIndex;
  const csv = new CsvChunkParser(dialect, (row) => {
    index++;
    if (index > header + 1) onRow(row, index);
  });
  const feed = (text: string): void => {
    if (countInvalid)
      for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) invalidBytes++;
    if (mojibake === undefined) mojibake = findMojibake(text);
    csv.push(text);
  };
  // 64 KB reads: the text of a 1 MB chunk (and its copy joined to the carried-over row) are large
  // objects that only a full GC frees, so a 1M-row import held ~60 MB more at its peak; smaller ones
  // die young, at no cost in time.
  const read = async (start: number, end?: number): Promise<void> => {
    const stream = createReadStream(path, {
      highWaterMark: 1 << 16,
      signal: opts.signal,
      start,
      ...(end !== undefined ? { end: end - 1 } : {}),
    });
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      hash?.update(buf);
      size += buf.length;
      feed(decoder.write(buf));
      opts.onBytes?.(size);
    }
  };
  const range = opts.range;
  let toEnd = true;
  if (range && 'stopAt' in range) {
    await read(0, range.stopAt);
    // Stop only where reading on would not change a row: the parser is between rows, past the header.
    if (csv.flush() && index > header + 1 && range.canStop()) toEnd = false;
    else await read(range.stopAt);
  } else await read(from);
  if (toEnd) {
    const tail = decoder.end();
    if (tail) feed(tail);
    csv.end();
  }
  // A quote left open swallows the rest of the file into one cell: refuse it rather than import a
  // silently shortened table.
  if (csv.unterminatedQuoteRow !== undefined) {
    throw new AppFailure(ImportError.unterminatedQuote, {
      file: opts.name ?? basename(path),
      row: csv.unterminatedQuoteRow,
    });
  }
  return {
    size,
    ...(hash && toEnd ? { sha256: hash.digest('hex') } : {}),
    rows: index,
    invalidBytes,
    mojibake,
    toEnd,
  };
}

/**
 * Where to split a file for two parts: just after the first line break past the middle. Only for
 * encodings where a 0x0A byte is always a line break (UTF-8, Windows-1252) and `\n`-ended rows;
 * undefined when no break is near the middle. Part 0 confirms the split (see ByteRange).
 */
export async function splitPoint(
  path: string,
  size: number,
  dialect: CsvDialect,
): Promise<number | undefined> {
  if (dialect.encoding !== 'utf-8' && dialect.encoding !== 'windows-1252') return undefined;
  if (dialect.lineEnding === 'cr') return undefined;
  const middle = Math.floor(size / 2);
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(SAMPLE_BYTES, size - middle));
    const { bytesRead } = await fh.read(buf, 0, buf.length, middle);
    const at = buf.subarray(0, bytesRead).indexOf(0x0a);
    const split = at < 0 ? undefined : middle + at + 1;
    return split !== undefined && split < size ? split : undefined;
  } finally {
    await fh.close();
  }
}
