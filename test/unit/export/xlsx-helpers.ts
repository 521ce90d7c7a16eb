import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAgreementXlsx, type XlsxOptions } from '../../../src/main/export/xlsx/write-agreement-xlsx';
import type { Workbook } from '../../../src/shared/workbook/schema';

export async function exportAndRead(
  doc: Workbook,
  options: XlsxOptions,
): Promise<{ path: string; book: ExcelJS.Workbook }> {
  const path = join(mkdtempSync(join(tmpdir(), 'pacto-xlsx-')), 'agreement.xlsx');
  await writeAgreementXlsx(doc, path, options);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return { path, book };
}

export function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${book.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** Row numbers whose first cell is exactly `label`. */
export function rowsLabelled(ws: ExcelJS.Worksheet, label: string): number[] {
  const rows: number[] = [];
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === label) rows.push(n);
  });
  return rows;
}

/** The sheet as HyperFormula input: formulas as "=…", dates as text (no formula reads them). */
export function sheetForHyperFormula(ws: ExcelJS.Worksheet): (string | number | boolean | null)[][] {
  const data: (string | number | boolean | null)[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: (string | number | boolean | null)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const v = cell.value;
      if (cell.formula) row.push(`=${cell.formula}`);
      else if (v instanceof Date) row.push(v.toISOString());
      else if (v === null || v === undefined) row.push(null);
      else if (typeof v === 'object') row.push(String(cell.text));
      else row.push(v);
    }
    data.push(row);
  }
  return data;
}

/** One part of the .xlsx package as text (e.g. xl/styles.xml), read with a zip library. */
export async function xlsxPart(path: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name} in ${path}`);
  return file.async('string');
}

/** The worksheet part (xl/worksheets/sheetN.xml) of the sheet named `name`. */
export function sheetPartName(book: ExcelJS.Workbook, name: string): string {
  return `xl/worksheets/sheet${book.worksheets.findIndex((w) => w.name === name) + 1}.xml`;
}
