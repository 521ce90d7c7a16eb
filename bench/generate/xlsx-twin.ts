/**
 * The Excel twin of a generated HubSpot CSV export: the same rows in an .xlsx, as a CRM's "export to
 * Excel" (or a re-save in Excel) holds them — every `… Date` column as date cells with a date format,
 * the amount as a number, text in shared strings — behind a first "Notes" sheet that holds no table
 * (the importer passes over it). Used by the xlsx import test and by `npm run bench`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Dataset } from './dataset';

/** The sheet that holds the contacts. */
export const TWIN_SHEET = 'All contacts';

/** Writes `csvPath`'s rows as an .xlsx at `xlsxPath` (exceljs's streaming writer). */
export async function writeXlsxTwin(csvPath: string, xlsxPath: string): Promise<void> {
  const [header, ...rows] = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: true,
  }).data;
  const dateCols = header!.flatMap((h, i) => (/Date$/.test(h) ? [i] : []));
  const dates = new Set(dateCols);
  const amountCol = header!.indexOf('Amount');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: xlsxPath,
    useSharedStrings: true,
    useStyles: true,
  });
  const notes = book.addWorksheet('Notes');
  notes.addRow(['Exported from HubSpot on 2026-06-30']).commit();
  notes.commit();
  const sheet = book.addWorksheet(TWIN_SHEET);
  sheet.addRow(header!).commit();
  for (const cells of rows) {
    const row = sheet.addRow(
      cells.map((v, i): ExcelJS.CellValue => {
        if (v === '') return null;
        // The CSV's wall-clock `YYYY-MM-DD HH:MM` as a date cell (exceljs writes a Date's UTC fields).
        if (dates.has(i)) return new Date(v.replace(' ', 'T') + ':00Z');
        return i === amountCol ? Number(v) : v;
      }),
    );
    for (const i of dateCols) row.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
    row.commit();
  }
  sheet.commit();
  await book.commit();
}

/** The twin of a bench dataset beside it (`….xlsx`), written once per CSV and version of this file. */
export async function ensureXlsxTwin(csv: Dataset): Promise<string> {
  const path = csv.path.replace(/\.csv$/, '.xlsx');
  const metaPath = `${path}.json`;
  const source = readFileSync(new URL(import.meta.url));
  const key = createHash('sha256').update(source).update(csv.sha256).digest('hex');
  if (existsSync(path) && existsSync(metaPath) && readFileSync(metaPath, 'utf8') === key) return path;
  await writeXlsxTwin(csv.path, path);
  writeFileSync(metaPath, key);
  return path;
}
