import type { CellValue, Row, Style, Worksheet, stream } from 'exceljs';
import type { Paper } from '../../../shared/export/print-data';
import { bodyStyle, headerStyle, isFormulaLike, labelStyle, TEXT_FORMAT } from './cells';

type WorkbookWriter = stream.xlsx.WorkbookWriter;

export interface SheetOptions {
  /** Column widths in characters, left to right. */
  widths: number[];
  /** Rows kept visible while scrolling (the title block and the table header). */
  frozenRows: number;
  /** Columns kept visible while scrolling sideways (the row labels). */
  frozenColumns?: number;
  landscape?: boolean;
}

/** Excel's paper-size codes (ECMA-376 §18.18.43). */
const PAPER_CODE = { a4: 9, letter: 1 } as const;

/** A worksheet set up to print like a document: fit to one page wide, header row repeated on screen. */
export function addSheet(wb: WorkbookWriter, name: string, paper: Paper, options: SheetOptions): Worksheet {
  const ws = wb.addWorksheet(sheetName(name), {
    views:
      options.frozenRows > 0 || options.frozenColumns
        ? [{ state: 'frozen', ySplit: options.frozenRows, xSplit: options.frozenColumns ?? 0 }]
        : [],
    pageSetup: {
      paperSize: PAPER_CODE[paper] as never,
      orientation: options.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    // Sheet name and page numbers only: user text never reaches header/footer codes.
    headerFooter: { oddFooter: '&L&A&R&P / &N', evenFooter: '&L&A&R&P / &N' },
  });
  ws.columns = options.widths.map((width) => ({ width }));
  return ws;
}

/** Excel refuses sheet names over 31 characters or containing []:*?/\ . */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

export function addStyledRow(
  ws: Worksheet,
  values: CellValue[],
  style: Partial<Style>,
  formats: (string | undefined)[] = [],
): Row {
  const row = ws.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.style = { ...style, ...(formats[col - 1] ? { numFmt: formats[col - 1] } : {}) };
  });
  protectFormulaLike(row);
  return row;
}

/**
 * Text that a spreadsheet would read as a formula if typed (=, +, −, @, a leading tab or CR) is
 * already stored as a string; its cell also gets the Text number format, which xml-parts.ts marks
 * with quotePrefix, so re-entering the cell in Excel keeps it text.
 */
export function protectFormulaLike(row: Row): void {
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && isFormulaLike(cell.value)) {
      cell.style = { ...cell.style, numFmt: TEXT_FORMAT };
    }
  });
}

/** Points per line of 11 pt text, and the row height Excel uses for one line. */
const LINE_HEIGHT = 15;

/**
 * Sets the row's height to fit its wrapped text: exceljs cannot measure text and Excel does not grow
 * rows on open, so wrapped headers were clipped and long text overlapped the next row. Lines are
 * estimated from the text's length against each column's width in characters (a little generously).
 */
export function fitRowHeight(row: Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    const value = cell.value;
    const content =
      typeof value === 'string'
        ? value
        : cell.formula || value instanceof Date || value === null
          ? ''
          : String(value);
    if (!content) return;
    const width = Math.max(1, (widths[col - 1] ?? 10) - 2);
    const cellLines = content
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
    lines = Math.max(lines, cellLines);
  });
  if (lines > 1) row.height = lines * LINE_HEIGHT;
}

/** Check cells read ✓ (green), ⚠ (amber) or ✗ (red) first; the fill follows that first character. */
export function checkRule(ws: Worksheet, ref: string): void {
  const first = ref.split(':')[0]!;
  const rule = (mark: string, fill: string, font: string, priority: number) => ({
    type: 'expression' as const,
    formulae: [`LEFT(${first},1)="${mark}"`],
    priority,
    style: {
      fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: fill } },
      font: { color: { argb: font } },
    },
  });
  ws.addConditionalFormatting({
    ref,
    rules: [
      rule('✗', 'FFF9DEDC', 'FF8C1D18', 1),
      rule('⚠', 'FFFFF1CC', 'FF7A5200', 2),
      rule('✓', 'FFE3F1E1', 'FF1E5A28', 3),
    ],
  });
}

/** Label / value lines (a fact sheet): bold label in A, the value in B, wrapped and left-aligned. */
export function writeFacts(ws: Worksheet, facts: readonly [string, CellValue, string?][]): void {
  const widths = ws.columns.map((column) => column.width ?? 10);
  for (const [label, value, numFmt] of facts) {
    const row = ws.addRow([label, value]);
    row.getCell(1).style = { ...labelStyle, alignment: { vertical: 'top', wrapText: true } };
    row.getCell(2).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    if (numFmt) row.getCell(2).numFmt = numFmt;
    protectFormulaLike(row);
    fitRowHeight(row, widths);
    row.commit();
  }
}

export interface Column<R> {
  header: string;
  value: (row: R) => CellValue;
  numFmt?: string;
}

/** Rows written between checks that the zip has taken the sheet's output (see zipCaughtUp). */
const ROWS_PER_FLUSH = 500;

/**
 * A header row and one bordered, wrapped row per item; rows are committed as they go (streaming), and
 * every few hundred rows the writer waits for the zip to catch up before writing more.
 */
export async function writeTable<R>(
  ws: Worksheet,
  columns: Column<R>[],
  rows: readonly R[],
  decorate?: (row: Row, item: R) => void,
): Promise<void> {
  const widths = ws.columns.map((column) => column.width ?? 10);
  const header = addStyledRow(
    ws,
    columns.map((column) => column.header),
    headerStyle,
  );
  fitRowHeight(header, widths);
  header.commit();
  const formats = columns.map((column) => column.numFmt);
  // exceljs recognises a style it has already seen only by object identity; any other style object is
  // rendered to XML to be deduplicated, which per cell was most of a 100k-row export's time. Undecorated
  // rows therefore share one style object per column. Decorated rows keep their own copies, because
  // cell setters (numFmt, font…) mutate the cell's style object in place.
  const shared = formats.map((numFmt) => ({ ...bodyStyle, ...(numFmt ? { numFmt } : {}) }));
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i]!;
    const values = columns.map((column) => column.value(item));
    if (decorate) {
      const row = addStyledRow(ws, values, bodyStyle, formats);
      decorate(row, item);
      fitRowHeight(row, widths);
      row.commit();
    } else {
      const row = ws.addRow(values);
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.style = shared[col - 1] ?? bodyStyle;
      });
      protectFormulaLike(row);
      fitRowHeight(row, widths);
      row.commit();
    }
    if ((i + 1) % ROWS_PER_FLUSH === 0) await zipCaughtUp(ws);
  }
}

/** exceljs's streaming worksheet, internally: its output is piped into the zip's entry stream. */
interface SheetStream {
  stream?: { pipes?: EntryStream[] };
}
/** archiver's entry stream (readable-stream 2, which has no `writableNeedDrain` getter). */
interface EntryStream {
  _writableState?: { needDrain?: boolean };
  once(event: 'drain', cb: () => void): void;
}

/**
 * Committed rows go to a buffer piped into the zip's entry stream, which accepts every write and only
 * flags that it wants a drain: a synchronous loop over 100k rows buffered the whole sheet's XML (35 MB)
 * before the zip got to it. Waiting here for the entry to drain keeps that to its high-water mark.
 */
async function zipCaughtUp(ws: Worksheet): Promise<void> {
  const pipes = (ws as unknown as SheetStream).stream?.pipes ?? [];
  await Promise.all(
    pipes.map((p) =>
      p._writableState?.needDrain ? new Promise<void>((resolve) => p.once('drain', resolve)) : undefined,
    ),
  );
}
