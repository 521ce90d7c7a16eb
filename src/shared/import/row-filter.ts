import { cellAt, cellsOf, type CsvRow } from './byte-rows';

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

/** Non-empty cells, counting no further than `upTo` (rows are checked one by one: keep it cheap). */
const nonEmptyCells = (row: CsvRow, upTo = Infinity): number => {
  if (!Array.isArray(row)) return row.filledCells(upTo, filled);
  let n = 0;
  for (const c of row) if (filled(c) && ++n >= upTo) return n;
  return n;
};

/**
 * Whether the first cell may match BOILERPLATE, told from its first character other than ASCII
 * whitespace: one of `gGtTcC(`, or a non-ASCII one (©, or a Unicode space before the text). Rows of
 * few filled cells are common (exports with many empty dates): their first cell, usually an id, is
 * then not decoded.
 */
function mayStartBoilerplate(row: CsvRow): boolean {
  if (Array.isArray(row)) return true;
  const i = row.trimmedStart(0);
  if (i === row.ends[0]) return false;
  const first = row.bytes[i]!;
  const c = first | 0x20; // ASCII lower case (for letters)
  return first >= 0x80 || c === 0x67 || c === 0x74 || c === 0x63 || first === 0x28;
}

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
    return (
      cells <= limit && row.length > 0 && mayStartBoilerplate(row) && BOILERPLATE.test(cellAt(row, 0).trim())
    );
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
