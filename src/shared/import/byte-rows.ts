import type { CsvDialect } from './types';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A row as a parser hands it over: decoded cells, or a view of undecoded bytes (see ByteRow). */
export type CsvRow = string[] | ByteRow;

/** The row's cells as strings (a ByteRow decodes them; it is reused, so keep this copy instead). */
export const cellsOf = (row: CsvRow): string[] => (Array.isArray(row) ? row : row.cells());

/** Cell i as a string ('' past the row's end). */
export const cellAt = (row: CsvRow, i: number): string =>
  Array.isArray(row) ? (row[i] ?? '') : i < row.length ? row.cell(i) : '';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** ASCII whitespace, what trim() removes below U+0080 (TAB, LF, VT, FF, CR, space). */
export const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * One row of a UTF-8 file as ranges of its bytes: a cell becomes a string only when someone reads it
 * (`cell`). The importer reads ids, dates and repeated labels straight from the bytes, so most cells
 * of a million-row export never become strings. The view is reused for the next row: copy with
 * `cells()` what must outlive the call.
 */
export class ByteRow {
  bytes: Uint8Array = new Uint8Array(0);
  length = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 1 where the quoted cell holds `""` escapes (its bytes are not its text as they stand). */
  escaped = new Uint8Array(64);

  /** Appends a cell; `push` is only the parser's. */
  push(start: number, end: number, escaped: boolean): void {
    const k = this.length;
    if (k === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.escaped = grow(this.escaped);
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.escaped[k] = escaped ? 1 : 0;
    this.length = k + 1;
  }

  /** Cell i decoded, exactly as the text parser reads it (U+FFFD for bad bytes, `""` as `"`). */
  cell(i: number): string {
    const text = decoder.decode(this.bytes.subarray(this.starts[i], this.ends[i]));
    return this.escaped[i] ? text.replaceAll('""', '"') : text;
  }

  /** Where cell i starts once leading ASCII whitespace is skipped. */
  trimmedStart(i: number): number {
    const { bytes } = this;
    const end = this.ends[i]!;
    let at = this.starts[i]!;
    while (at < end && isAsciiSpace(bytes[at]!)) at++;
    return at;
  }

  /** Where cell i ends once trailing ASCII whitespace is dropped, not before `from`. */
  trimmedEnd(i: number, from: number): number {
    const { bytes } = this;
    let at = this.ends[i]!;
    while (at > from && isAsciiSpace(bytes[at - 1]!)) at--;
    return at;
  }

  /** The bytes `[start, end)` of this row's buffer decoded (a cell's range, or part of one). */
  decode(start: number, end: number): string {
    return decoder.decode(this.bytes.subarray(start, end));
  }

  /**
   * Cells holding more than whitespace, counting no further than `upTo`. A cell starting with a
   * printable ASCII byte is filled; only one starting with an ASCII space or control, or with the
   * lead byte of a Unicode space (U+00A0, U+1680, U+2000–U+205F, U+3000, U+FEFF: C2, E1, E2, E3, EF),
   * is decoded and given to `filled` to tell.
   */
  filledCells(upTo: number, filled: (cell: string) => boolean): number {
    const { bytes, starts, ends } = this;
    let n = 0;
    for (let i = 0; i < this.length; i++) {
      const start = starts[i]!;
      if (start === ends[i]) continue;
      const first = bytes[start]!;
      const plain = first > 32 && first < 127;
      const maybeSpace =
        !plain &&
        (first <= 32 ||
          first === 0xc2 ||
          first === 0xe1 ||
          first === 0xe2 ||
          first === 0xe3 ||
          first === 0xef);
      if ((!maybeSpace || filled(this.cell(i))) && ++n >= upTo) return n;
    }
    return n;
  }

  cells(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.cell(i);
    return out;
  }
}

/** Whether the byte parser reads this file: UTF-8 with LF or CRLF rows (others go through text). */
export const readsBytes = (d: Pick<CsvDialect, 'encoding' | 'lineEnding' | 'delimiter'>): boolean =>
  d.encoding === 'utf-8' && (d.lineEnding === 'lf' || d.lineEnding === 'crlf') && d.delimiter.length === 1;

/**
 * The CSV tokenizer of CsvChunkParser's fast path, over UTF-8 bytes instead of decoded text: the
 * delimiter, quote and line-break bytes are ASCII, which never occur inside a multi-byte character,
 * so rows and cells are found without decoding. Reading a 144 MB export's cells as byte ranges took
 * ≈ 0.33 s, against ≈ 1.8 s to decode it and cut it into strings.
 *
 * It reads well-formed RFC 4180 rows only. At the first thing it does not (a closing quote followed
 * by something else; a quote still open at the end of the file) it stops for good and says where
 * that row starts, so the caller hands the rest of the file to the text parser, which reads such
 * files exactly as before.
 */
export class ByteRowParser {
  private buf = new Uint8Array(1 << 17);
  private used = 0;
  /** A row still open at the last try is tried again only once the carried bytes have doubled. */
  private retryAt = 0;
  private readonly row = new ByteRow();
  private readonly delimiter: number;
  private readonly crlf: boolean;
  /** Set once it met a row it cannot read (see push). */
  stuck = false;

  constructor(
    dialect: Pick<CsvDialect, 'delimiter' | 'lineEnding'>,
    private readonly onRow: (row: ByteRow) => void,
    /** Called with each run of bytes whose rows were all emitted (for byte-level checks). */
    private readonly onConsumed: (bytes: Uint8Array) => void = () => {},
  ) {
    this.delimiter = dialect.delimiter.charCodeAt(0);
    this.crlf = dialect.lineEnding === 'crlf';
  }

  /** Bytes carried over: the start of a row that has not ended yet. */
  get carried(): Uint8Array {
    return this.buf.subarray(0, this.used);
  }

  /**
   * Reads the complete rows of what has arrived. Returns false when it met a row it cannot read:
   * `carried` then starts with that row, and nothing more may be pushed.
   */
  push(bytes: Uint8Array): boolean {
    if (this.used + bytes.length > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.used + bytes.length));
      next.set(this.buf.subarray(0, this.used));
      this.buf = next;
    }
    this.buf.set(bytes, this.used);
    this.used += bytes.length;
    if (this.used < this.retryAt) return true;
    return this.run(false);
  }

  /** Reads every complete row carried; true when nothing is left (the bytes ended between rows). */
  flush(): boolean {
    if (!this.run(false)) return false;
    return this.used === 0;
  }

  /** Reads the last row, which needs no line break. False as for `push`. */
  end(): boolean {
    return this.run(false) && this.run(true);
  }

  private run(last: boolean): boolean {
    const stop = this.rows(last);
    const ok = stop >= 0;
    if (!ok) this.stuck = true;
    const at = ok ? stop : -stop - 1;
    if (at > 0) {
      this.onConsumed(this.buf.subarray(0, at));
      this.buf.copyWithin(0, at, this.used);
      this.used -= at;
    }
    this.retryAt = ok && this.used > 0 ? this.used * 2 : 0;
    return ok;
  }

  private lineBreakAt(i: number, len: number): boolean {
    const b = this.buf;
    if (this.crlf) return b[i] === CR && i + 1 < len && b[i + 1] === LF;
    return b[i] === LF;
  }

  /**
   * Emits the complete rows of the buffer; returns where the first row not emitted starts, or
   * −(that + 1) when it stopped at a row it cannot read.
   */
  private rows(last: boolean): number {
    const b = this.buf;
    const len = this.used;
    const delimiter = this.delimiter;
    const breakLength = this.crlf ? 2 : 1;
    const row = this.row;
    row.bytes = b;
    row.length = 0;
    let pos = 0;
    let rowStart = 0;
    if (len === 0) return 0;
    for (;;) {
      let start: number;
      let end: number;
      let next: number;
      let escaped = false;
      if (b[pos] === QUOTE) {
        start = pos + 1;
        let close = start;
        for (;;) {
          while (close < len && b[close] !== QUOTE) close++;
          if (close >= len) return last ? -rowStart - 1 : rowStart;
          if (close + 1 < len && b[close + 1] === QUOTE) {
            escaped = true;
            close += 2;
            continue;
          }
          break;
        }
        end = close;
        next = close + 1;
        if (next < len && b[next] !== delimiter && !this.lineBreakAt(next, len)) {
          // A CR of CRLF may be the last byte so far: wait for the rest before judging.
          if (!last && this.crlf && b[next] === CR && next + 1 === len) return rowStart;
          return -rowStart - 1;
        }
      } else {
        next = pos;
        for (; next < len; next++) {
          const c = b[next];
          if (c === delimiter || ((c === LF || c === CR) && this.lineBreakAt(next, len))) break;
        }
        start = pos;
        end = next;
      }
      if (next >= len) {
        if (!last) return rowStart;
        row.push(start, end, escaped);
        this.onRow(row);
        row.length = 0;
        return len;
      }
      row.push(start, end, escaped);
      if (b[next] === delimiter) {
        pos = next + 1;
        continue;
      }
      this.onRow(row);
      row.length = 0;
      pos = next + breakLength;
      rowStart = pos;
      if (pos >= len) return len;
    }
  }
}
