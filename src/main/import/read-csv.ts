import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure } from '../../shared/errors/result';
import {
  MOJIBAKE_LEADS,
  MOJIBAKE_MARKS,
  binaryKind,
  detectEncoding,
  findMojibake,
} from '../../shared/import/encoding';
import { ByteRowParser, readsBytes, type CsvRow } from '../../shared/import/byte-rows';
import { CsvChunkParser } from '../../shared/import/csv-chunks';
import { completeLines, sniffLayout } from '../../shared/import/dialect';
import { ImportError } from '../../shared/import/errors';
import { ambiguousDateColumns } from '../../shared/import/sniff-dates';
import { type CsvDialect, type ImportLimits, type SniffResult } from '../../shared/import/types';
import { osErrorDetail } from '../services/file-errors';

/**
 * iconv-lite, loaded for a file that is not UTF-8 only: UTF-8 goes through TextDecoder, and loading
 * the package cost every import thread (the CLI's and each worker) ≈ 20 ms at start.
 */
const iconvLite = async () => (await import('iconv-lite')).default;

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
  // UTF-8 through TextDecoder, as streamRows reads it: the same text, in a third of iconv-lite's time.
  const decoded =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(sample)
      : (await iconvLite()).decode(Buffer.from(sample), encoding);
  const text = completeLines(decoded, sample.length === size);
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
 * Which bytes a part of a split file reads: from `from` (0, or a line break's end, where a later part
 * starts with no header) to `stopAt` if the file can be split there — the parser is between rows and
 * `canStop`, the caller's own check (e.g. no footer rows held), agrees — else on to the end. A range
 * with no `stopAt` (the last part) reads to the end.
 */
export interface ByteRange {
  from: number;
  stopAt?: number;
  canStop?(): boolean;
}

/** Bytes per read, into one reused buffer. */
const CHUNK_BYTES = 1 << 16;
/** Reads between turns of the event loop (1 MB), so a cancel message reaches the reading thread. */
const READS_PER_TURN = 16;

/** findMojibake's leading characters as UTF-8: bytes without any of them need no decoding to check. */
const MOJIBAKE_BYTES = MOJIBAKE_LEADS.map((c) => Buffer.from(c));
const REPLACEMENT = Buffer.from('\ufffd');

const countReplacements = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
};

/**
 * Streams a file through the row parser, calling `onRow` with each row and its 1-based row number
 * (header = headerIndex + 1). A UTF-8 file with LF or CRLF rows is read as bytes (ByteRowParser; its
 * rows decode a cell only when it is read) until a row only the text parser reads, which then takes
 * the rest; other files are decoded and read as text (CsvChunkParser). Only one chunk of bytes and of
 * text is in memory at a time. The file's SHA-256 is computed when it is read whole (no range).
 * Throws `unterminatedQuote` (AppFailure) when a quoted cell never closes.
 */
export async function streamRows(
  path: string,
  dialect: CsvDialect,
  onRow: (row: CsvRow, rowNumber: number) => void,
  opts: { signal?: AbortSignal; onBytes?: (bytes: number) => void; name?: string; range?: ByteRange } = {},
): Promise<StreamStats> {
  const range = opts.range;
  const from = range?.from ?? 0;
  const hash = range ? undefined : createHash('sha256');
  const countInvalid = dialect.encoding !== 'windows-1252';
  let size = 0;
  let invalidBytes = 0;
  let mojibake: string | undefined;
  let index = 0;
  const header = from > 0 ? -1 : dialect.headerIndex;
  const emit = (row: CsvRow): void => {
    index++;
    if (index > header + 1) onRow(row, index);
  };
  const feed = (text: string): void => {
    if (countInvalid) invalidBytes += countReplacements(text);
    if (mojibake === undefined) mojibake = findMojibake(text);
  };

  // The byte parser checks what it read for bad bytes and mojibake without decoding the usual run.
  const utf8Text = new TextDecoder('utf-8', { ignoreBOM: true });
  const checkBytes = (b: Uint8Array): void => {
    const buf = Buffer.from(b.buffer, b.byteOffset, b.length);
    const suspect =
      mojibake === undefined &&
      MOJIBAKE_MARKS.some((mark) => buf.indexOf(mark) >= 0) &&
      MOJIBAKE_BYTES.some((lead) => buf.indexOf(lead) >= 0);
    if (suspect || !isUtf8(buf) || buf.indexOf(REPLACEMENT) >= 0) feed(utf8Text.decode(buf));
  };
  let bytes = readsBytes(dialect) ? new ByteRowParser(dialect, emit, checkBytes) : undefined;
  // A file starting with a byte-order mark: the byte parser skips it, as the text decoder does.
  let skipBom = bytes !== undefined && from === 0;
  const iconv = dialect.encoding === 'utf-8' ? undefined : await iconvLite();

  // The text path: from the start for other files, or from where the byte parser stopped. UTF-8
  // through TextDecoder: same text and the same U+FFFD for bad bytes as iconv-lite's decoder (Node's
  // StringDecoder), in ~60% of the time. A later part starts mid-file: a U+FEFF there is text.
  let text:
    { decode(b: Uint8Array): string; tail(): string; csv: CsvChunkParser; rowsBefore: number } | undefined;
  const startText = (ignoreBOM: boolean): NonNullable<typeof text> => {
    const utf8 = dialect.encoding === 'utf-8' ? new TextDecoder('utf-8', { ignoreBOM }) : undefined;
    const other = utf8 ? undefined : iconv!.getDecoder(dialect.encoding);
    return {
      // iconv-lite's UTF-16 decoder holds on to the first bytes it is given: it gets its own copy.
      decode: (b) => (utf8 ? utf8.decode(b, { stream: true }) : other!.write(Buffer.from(b))),
      tail: () => (utf8 ? utf8.decode() : (other!.end() ?? '')),
      csv: new CsvChunkParser(dialect, emit),
      rowsBefore: index,
    };
  };
  const pushString = (t: NonNullable<typeof text>, s: string): void => {
    feed(s);
    t.csv.push(s);
  };
  const pushText = (t: NonNullable<typeof text>, b: Uint8Array): void => pushString(t, t.decode(b));
  /** After a byte-parser call: if it met a row it cannot read, the text parser takes that row on. */
  const handOver = (readOn: boolean): void => {
    if (!bytes || readOn) return;
    text = startText(true);
    pushText(text, bytes.carried);
    bytes = undefined;
  };
  if (!bytes) text = startText(from > 0);

  // 64 KB reads: the text of a 1 MB chunk (and its copy joined to the carried-over row) are large
  // objects that only a full GC frees, so a 1M-row import held ~60 MB more at its peak; smaller ones
  // die young, at no cost in time. Synchronous reads into one buffer (this runs in a worker): a
  // read stream's fresh buffer and thread-pool round trip per chunk cost ≈ 0.25 s of CPU per 144 MB.
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, 'r');
  const read = async (start: number, end = Infinity): Promise<void> => {
    for (let pos = start, reads = 0; pos < end;) {
      opts.signal?.throwIfAborted();
      const n = readSync(fd, buf, 0, Math.min(CHUNK_BYTES, end - pos), pos);
      if (n === 0) break;
      pos += n;
      let chunk = buf.subarray(0, n);
      hash?.update(chunk);
      size += n;
      if (skipBom) {
        const bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
        chunk = bom ? chunk.subarray(3) : chunk;
        skipBom = false;
      }
      if (bytes) handOver(bytes.push(chunk));
      else pushText(text!, chunk);
      opts.onBytes?.(size);
      if (++reads % READS_PER_TURN === 0) await new Promise((r) => setImmediate(r));
    }
  };
  /** Reads every complete row so far; whether the read ended between rows. */
  const flush = (): boolean => {
    if (bytes) {
      const done = bytes.flush();
      handOver(!bytes.stuck);
      if (bytes) return done;
    }
    return text!.csv.flush();
  };
  let toEnd = true;
  try {
    if (range?.stopAt !== undefined) {
      await read(from, range.stopAt);
      // Stop only where reading on would not change a row: the parser is between rows, past the header.
      if (flush() && index > header + 1 && (range.canStop?.() ?? true)) toEnd = false;
      else await read(range.stopAt);
    } else await read(from);
  } finally {
    closeSync(fd);
  }
  if (toEnd && bytes) handOver(bytes.end());
  if (toEnd && text) {
    const tail = text.tail();
    if (tail) pushString(text, tail);
    text.csv.end();
  }
  // A quote left open swallows the rest of the file into one cell: refuse it rather than import a
  // silently shortened table.
  if (text?.csv.unterminatedQuoteRow !== undefined) {
    throw new AppFailure(ImportError.unterminatedQuote, {
      file: opts.name ?? basename(path),
      row: text.rowsBefore + text.csv.unterminatedQuoteRow,
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

/** How far past an even share of the file a part's first line break is looked for. */
const SPLIT_SEARCH_BYTES = 1 << 16;

/**
 * Where to split a file for `count` parts: just after the first line break past each k/count of it.
 * Only for encodings where a 0x0A byte is always a line break (UTF-8, Windows-1252) and `\n`-ended
 * rows. Increasing offsets, fewer than count − 1 when no break is near an even share (a row longer
 * than 64 KB): the parts then are fewer. Each part confirms its end (see ByteRange).
 */
export async function splitPoints(
  path: string,
  size: number,
  dialect: CsvDialect,
  count: number,
): Promise<number[]> {
  if (dialect.encoding !== 'utf-8' && dialect.encoding !== 'windows-1252') return [];
  if (dialect.lineEnding === 'cr') return [];
  const out: number[] = [];
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SPLIT_SEARCH_BYTES);
    for (let k = 1; k < count; k++) {
      const at = Math.floor((size * k) / count);
      if (at <= (out.at(-1) ?? 0)) continue;
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, size - at), at);
      const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
      const split = at + nl + 1;
      if (nl >= 0 && split < size) out.push(split);
    }
  } finally {
    await fh.close();
  }
  return out;
}
