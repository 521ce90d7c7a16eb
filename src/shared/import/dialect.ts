import Papa from 'papaparse';
import type { CsvDialect, Delimiter } from './types';

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];
/** A mixed file is parsed with its breaks made LF (normalizeBreaks). */
const NEWLINES = { crlf: '\r\n', lf: '\n', cr: '\r', mixed: '\n' } as const;
export const newlineOf = (d: CsvDialect['lineEnding']): string => NEWLINES[d];

/** CRLF and lone CR as LF. A CR at the very end may be half a CRLF: the caller carries it over. */
export const normalizeBreaks = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * CRLF, LF or CR, by which is most common in the sample between rows. Breaks inside quoted cells are
 * not counted: Excel writes a cell's own line breaks as bare LF even in a CRLF file, so a notes column
 * would otherwise outvote the real row ends. A quote opens a cell only at a field start (after a line
 * break or one of the candidate delimiters), so the inch sign in `27" screen` does not. A quote still
 * open at the end (the sample was cut inside a cell, or a stray quote) hides only what follows it;
 * if that leaves no break at all, every break counts. More than one kind between rows (exports from
 * different tools concatenated, a file edited by hand) is `mixed`: parsed with a single newline, the
 * rows ending otherwise would run together and the header would be missed.
 */
export function detectLineEnding(text: string): CsvDialect['lineEnding'] {
  // Without a CR, whatever the quotes, LF is the only kind there is (and the answer without breaks):
  // most exports need no character-by-character count of their 1 MB sample (≈ 10 ms, twice per sniff).
  if (!text.includes('\r')) return 'lf';
  let { crlf, lf, cr } = countBreaks(text, true);
  if (crlf + lf + cr === 0) ({ crlf, lf, cr } = countBreaks(text, false));
  else if ([crlf, lf, cr].filter((n) => n > 0).length > 1) return 'mixed';
  if (cr > crlf && cr > lf) return 'cr';
  return crlf > lf ? 'crlf' : 'lf';
}

/** \n \r , ; tab | */
const FIELD_START = new Set([10, 13, 44, 59, 9, 124]);

function countBreaks(text: string, skipQuoted: boolean): { crlf: number; lf: number; cr: number } {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      }
    } else if (c === 34) {
      quoted = skipQuoted && (i === 0 || FIELD_START.has(text.charCodeAt(i - 1)));
    } else if (c === 13) {
      if (i === text.length - 1) break; // half of a CRLF cut by the sample, or a lone CR: unknown
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  return { crlf, lf, cr };
}

/** Drops a line cut off at the end of a sample (the rest of it is beyond the bytes we read). */
export function completeLines(sample: string, atEndOfFile: boolean): string {
  if (atEndOfFile) return sample;
  const cut = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  return cut < 0 ? sample : sample.slice(0, cut);
}

const nonEmpty = (row: string[]): number => row.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);

function modalWidth(rows: string[][]): { width: number; share: number } {
  const counts = new Map<number, number>();
  let considered = 0;
  for (const r of rows) {
    if (nonEmpty(r) === 0) continue;
    considered++;
    counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) {
    if (n > best || (n === best && w > width)) [width, best] = [w, n];
  }
  return { width, share: considered ? best / considered : 0 };
}

export interface SniffedLayout {
  dialect: Omit<CsvDialect, 'encoding' | 'bomLength'>;
  /** Data rows of the sample after the header. */
  rows: string[][];
}

/**
 * Finds the delimiter, line ending and header row from a decoded sample of complete lines. Each
 * candidate delimiter is parsed with papaparse (so quotes and quoted newlines are honoured); the one
 * giving the most rows of one consistent width above 1 wins. The header is the first row of that
 * width, so report titles above it are skipped. Undefined when no delimiter gives two columns.
 */
export function sniffLayout(text: string): SniffedLayout | undefined {
  const lineEnding = detectLineEnding(text);
  const sample = lineEnding === 'mixed' ? normalizeBreaks(text) : text;
  let best: { delimiter: Delimiter; rows: string[][]; width: number; score: number } | undefined;
  for (const delimiter of DELIMITERS) {
    // A delimiter absent from the sample gives rows of one cell, never the winner. Parsing with it
    // anyway is what cost: in a quoted CSV every `",` is a malformed quote for `;`, and papaparse
    // then scans the whole 1 MB sample, recording an error per cell (≈ 0.3–1 s for each of `;` tab
    // `|`; the sniff runs in each part of an import as well as in the wizard).
    if (!sample.includes(delimiter)) continue;
    const parsed = Papa.parse<string[]>(sample, { delimiter, newline: NEWLINES[lineEnding], preview: 500 });
    const rows = parsed.data;
    const { width, share } = modalWidth(rows);
    if (width < 2) continue;
    const score = share * 1000 + width;
    if (!best || score > best.score) best = { delimiter, rows, width, score };
  }
  if (!best) return undefined;
  const headerIndex = best.rows.findIndex(
    (r) => r.length === best.width && nonEmpty(r) >= Math.ceil(best.width / 2),
  );
  if (headerIndex < 0) return undefined;
  const headers = best.rows[headerIndex]!.map((h) => h.trim());
  return {
    dialect: { delimiter: best.delimiter, lineEnding, headerIndex, headers },
    rows: best.rows.slice(headerIndex + 1),
  };
}
