import type { CellValue, Row, Style, Worksheet, stream } from 'exceljs';
import type { Paper } from '../../../shared/export/print-data';
import { bodyStyle, headerStyle } from './cells';

type WorkbookWriter = stream.xlsx.WorkbookWriter;

export interface SheetOptions {
  /** Column widths in characters, left to right. */
  widths: number[];
  /** Rows kept visible while scrolling (the title block and the table header). */
  frozenRows: number;
  landscape?: boolean;
}

/** Excel's paper-size codes (ECMA-376 §18.18.43). */
const PAPER_CODE = { a4: 9, letter: 1 } as const;

/** A worksheet set up to print like a document: fit to one page wide, header row repeated on screen. */
export function addSheet(wb: WorkbookWriter, name: string, paper: Paper, options: SheetOptions): Worksheet {
  const ws = wb.addWorksheet(sheetName(name), {
    views: options.frozenRows > 0 ? [{ state: 'frozen', ySplit: options.frozenRows, xSplit: 0 }] : [],
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
  return row;
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
  addStyledRow(
    ws,
    columns.map((column) => column.header),
    headerStyle,
  ).commit();
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
      row.commit();
    } else {
      const row = ws.addRow(values);
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.style = shared[col - 1] ?? bodyStyle;
      });
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
