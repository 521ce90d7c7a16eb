import { cellAt, cellsOf, type ByteRow, type CsvRow } from './byte-rows';

/**
 * Holds back rows that might be a report footer. Salesforce report exports end with a blank line,
 * `"Grand Totals (N records)"`, `"Confidential Information - Do Not Distribute"` and a copyright line;
 * other tools add totals rows. A suspicious row is only known to be a footer once nothing but
 * suspicious rows follows it, so such rows wait here until a normal row (release them as data) or the
 * end of the file (drop them as footer).
 */
const BOILERPLATE =
  /^(grand totals?|totals?|total general|totales|confidential|confidencial|copyright|\(c\)|©|generated|generado)/i;

/** Whether a cell holds more than whitespace (a printable ASCII first character settles it, no trim). */
const filled = (c: string): boolean => {
  if (c === '') return false;
  const first = c.charCodeAt(0);
  return (first > 32 && first < 127) || c.trim() !== '';
};

/**
 * Whether cell i of a byte row holds more than whitespace. Only a cell starting with an ASCII space or
 * control, or with the lead byte of a Unicode space (U+00A0, U+1680, U+2000–U+205F, U+3000, U+FEFF:
 * C2, E1, E2, E3, EF), is decoded to tell.
 */
const filledAt = (row: ByteRow, i: number): boolean => {
  const start = row.starts[i]!;
  if (start === row.ends[i]) return false;
  const first = row.bytes[start]!;
  if (first > 32 && first < 127) return true;
  const maybeSpace =
    first <= 32 || first === 0xc2 || first === 0xe1 || first === 0xe2 || first === 0xe3 || first === 0xef;
  return !maybeSpace || filled(row.cell(i));
};

/** Non-empty cells, counting no further than `upTo` (rows are checked one by one: keep it cheap). */
const nonEmptyCells = (row: CsvRow, upTo = Infinity): number => {
  let n = 0;
  if (Array.isArray(row)) {
    for (const c of row) if (filled(c) && ++n >= upTo) return n;
  } else {
    for (let i = 0; i < row.length; i++) if (filledAt(row, i) && ++n >= upTo) return n;
  }
  return n;
};

export interface RowSink {
  data(row: CsvRow, rowNumber: number): void;
  footer(row: string[], rowNumber: number): void;
}

export class FooterFilter {
  private held: { row: string[]; n: number }[] = [];
  constructor(
    private readonly width: number,
    private readonly sink: RowSink,
  ) {}

  private suspicious(row: CsvRow): boolean {
    // The checks below tell apart at most width/2 cells, so counting stops there.
    const limit = Math.max(1, this.width / 2);
    const cells = nonEmptyCells(row, Math.floor(limit) + 1);
    if (cells === 0) return true;
    if (this.width > 2 && cells === 1 && row.length <= 2) return true;
    return cells <= limit && row.length > 0 && BOILERPLATE.test(cellAt(row, 0).trim());
  }

  push(row: CsvRow, rowNumber: number): void {
    if (this.suspicious(row)) {
      // A byte row is a reused view: the held copy is its text.
      this.held.push({ row: cellsOf(row), n: rowNumber });
      return;
    }
    for (const h of this.held) this.sink.data(h.row, h.n);
    this.held = [];
    this.sink.data(row, rowNumber);
  }

  /** Whether rows are held back: the file cannot be split here, they depend on what follows. */
  get holding(): boolean {
    return this.held.length > 0;
  }

  /** Held rows are the footer; blank lines among them (and the file's final newline) are just dropped. */
  end(): void {
    for (const h of this.held) if (nonEmptyCells(h.row) > 0) this.sink.footer(h.row, h.n);
    this.held = [];
  }
}
