import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HEADERS, hubspotContactChunks } from '../../../bench/generate/hubspot-contacts';
import { TWIN_SHEET, writeXlsxTwin } from '../../../bench/generate/xlsx-twin';
import { main } from '../../../src/main/cli/index';
import { createImportHandlers } from '../../../src/main/handlers/import';
import { newSession } from '../../../src/main/handlers/types';
import { acceptDroppedPaths } from '../../../src/main/import/session-imports';
import { importFiles } from '../../../src/main/import/import-files';
import { cellText } from '../../../src/main/import/read-xlsx';
import { runImport } from '../../../src/main/import/run-import';
import { sniffFile } from '../../../src/main/import/sources';
import { suggestMapping, type StageRef } from '../../../src/shared/import/presets';
import type { FieldMapping, ImportOutcome, ImportRequest } from '../../../src/shared/import/types';
import { measure } from '../../../src/shared/compliance/engine';
import { textAt, type RecordSet } from '../../../src/shared/records/record-set';
import { defaultStages } from '../../../src/shared/workbook/blank';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import type { Ports } from '../../../src/main/ports';

/*
 * The Excel fixtures (test/fixtures/xlsx/, written by LibreOffice: see make_fixtures.py there) against
 * their CSV twins: the same export as an .xlsx with date-typed cells and as the CSV HubSpot or
 * Salesforce writes must import to the same records and report.
 */
const dir = new URL('../../fixtures/xlsx/', import.meta.url).pathname;
const artifacts = new URL('../../artifacts/xlsx/', import.meta.url).pathname;
const STAGES: StageRef[] = defaultStages('en').map((s) => ({ id: s.id, kind: s.kind }));
const MADRID = 'Europe/Madrid';
const utc = Date.UTC;

async function run(sources: ImportRequest['sources'], mapping: FieldMapping): Promise<ImportOutcome> {
  const r = await importFiles(
    { sources, mapping, timeZone: MADRID },
    { now: () => Date.parse('2026-05-04T12:00:00Z') },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Every column of a record set as plain arrays, for a deep comparison. */
function columns(r: RecordSet): Record<string, unknown> {
  const out: Record<string, unknown> = { size: r.size, ids: [...r.ids], asOf: r.asOf };
  for (const [k, v] of Object.entries(r.stageEntered)) out[`stage:${k}`] = [...v];
  for (const [k, v] of Object.entries(r)) {
    if (v instanceof Float64Array) out[k] = [...v];
    else if (v && typeof v === 'object' && 'codes' in v)
      out[k] = Array.from({ length: r.size }, (_, i) => textAt(v as never, i) ?? null);
  }
  return out;
}

/** The report with file names blanked: the twins differ only in their names. */
const reportOf = (o: ImportOutcome, names: string[]): string => {
  let s = JSON.stringify(o.report);
  for (const n of names) s = s.split(JSON.stringify(n)).join('"FILE"');
  return s;
};

describe('Excel workbooks (.xlsx)', () => {
  it('sniffs the first sheet with a table: header, preview with dates as wall-clock text, sheet list', async () => {
    const s = await sniffFile(dir + 'crm-export.xlsx');
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    expect(s.value.xlsx).toEqual({ sheet: 'Contacts', sheets: ['Contacts', 'Deals'] });
    const twin = await sniffFile(dir + 'crm-export-contacts.csv');
    if (!twin.ok) throw new Error('twin');
    expect(s.value.dialect.headers).toEqual(twin.value.dialect.headers);
    expect(s.value.dialect.headerIndex).toBe(0);
    expect(s.value.preview).toHaveLength(6);
    // Date cells as text the date layer reads; the 12-digit id typed as a number reads as the same text.
    expect(s.value.preview[0]!.slice(0, 4)).toEqual([
      '101234567890',
      'Ana',
      "O'Connor",
      '2026-01-20 14:55:00',
    ]);
    expect(s.value.preview[1]![0]).toBe('101234567891');
    expect(s.value.preview[5]![3]).toBe('2026-07-02 16:45:30');
    expect(s.value.preview[2]![10]).toBe('2026-02-04 15:30');
  });

  it('a sheet by name: a Salesforce formatted report with title rows above the header', async () => {
    const s = await sniffFile(dir + 'crm-export.xlsx', { sheet: 'Deals' });
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    expect(s.value.xlsx?.sheet).toBe('Deals');
    expect(s.value.dialect.headerIndex).toBe(3); // header on the sheet's row 4
    expect(s.value.dialect.headers[0]).toBe('Opportunity ID');
  });

  it('imports the contacts sheet exactly as its CSV twin, HubSpot preset and all', async () => {
    const s = await sniffFile(dir + 'crm-export.xlsx');
    if (!s.ok) throw new Error('sniff');
    const suggestion = suggestMapping([s.value.dialect.headers], STAGES);
    expect(suggestion.presetId).toBe('hubspot');
    const xlsx = await run([{ path: dir + 'crm-export.xlsx' }], suggestion.mapping);
    const csv = await run([{ path: dir + 'crm-export-contacts.csv' }], suggestion.mapping);
    expect(columns(xlsx.records)).toEqual(columns(csv.records));
    expect(reportOf(xlsx, ['crm-export.xlsx'])).toBe(reportOf(csv, ['crm-export-contacts.csv']));
    const r = xlsx.records;
    // Hand-checked instants: Madrid is UTC+1 until 2026-03-29 02:00, UTC+2 after.
    expect(r.created![0]).toBe(utc(2026, 0, 20, 13, 55));
    expect(r.created![2]).toBe(utc(2026, 1, 2, 23, 0)); // a date-only cell: local midnight
    expect(r.created![3]).toBe(utc(2026, 2, 29, 0, 30));
    expect(r.created![5]).toBe(utc(2026, 6, 2, 14, 45, 30));
    expect(r.firstTouch![2]).toBe(utc(2026, 1, 4, 14, 30)); // typed as text in the sheet
    expect(xlsx.report.unparsed.firstTouch).toEqual({
      count: 1,
      examples: [{ file: 'crm-export.xlsx', row: 6, column: 'First outreach date', value: 'not yet' }],
    });
    expect(xlsx.files).toEqual([
      expect.objectContaining({
        name: 'crm-export.xlsx',
        rows: 6,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
  });

  it('the second sheet, with its report footer, imports as its CSV twin', async () => {
    const mapping: FieldMapping = {
      id: 'Opportunity ID',
      owner: 'Opportunity Owner',
      status: 'Stage',
      amount: 'Amount',
      created: 'Created Date',
      'stage:customer': 'Close Date',
    };
    const xlsx = await run([{ path: dir + 'crm-export.xlsx', sheet: 'Deals' }], mapping);
    const csv = await run([{ path: dir + 'crm-export-deals.csv' }], mapping);
    expect(columns(xlsx.records)).toEqual(columns(csv.records));
    expect(reportOf(xlsx, ['crm-export.xlsx'])).toBe(reportOf(csv, ['crm-export-deals.csv']));
    expect([...xlsx.records.amount!]).toEqual([12500, 177000, NaN]);
    expect(xlsx.records.created![1]).toBe(utc(2026, 0, 4, 23, 0));
    // "Grand Totals" and the confidentiality notice: a footer, on the sheet’s rows 9 and 10.
    expect(xlsx.report.skipped.footer?.count).toBe(2);
    expect(xlsx.report.skipped.footer?.examples.map((e) => e.row)).toEqual([9, 10]);
  });

  it('the 1904 date system (a workbook from old Excel for Mac) gives the same dates', async () => {
    const mapping: FieldMapping = {
      id: 'Record ID',
      created: 'Create Date',
      firstTouch: 'First outreach date',
    };
    const a = await run([{ path: dir + 'contacts-1904.xlsx' }], mapping);
    const b = await run([{ path: dir + 'crm-export.xlsx' }], mapping);
    expect(columns(a.records)).toEqual(columns(b.records));
    expect(a.records.created![0]).toBe(utc(2026, 0, 20, 13, 55));
  });

  it('cells: rich text, errors, booleans, formulas and times read as a CSV would hold them', () => {
    expect(cellText({ richText: [{ text: 'Laura ' }, { text: 'Gil' }] })).toBe('Laura Gil');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ formula: 'A1*2', result: 25000 })).toBe('25000');
    expect(cellText({ text: 'web', hyperlink: 'https://example.com' })).toBe('web');
    // 14:54:59.9996 in binary floating point is Excel's 14:55.
    expect(cellText(new Date(Date.UTC(2026, 0, 20, 14, 54, 59, 999.6)))).toBe('2026-01-20 14:55:00');
    // A time-only cell (serial below 1): 1899-12-30 in exceljs's reading.
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 9, 30)))).toBe('09:30:00');
  });

  it('errors name the file and the sheet', async () => {
    expect(await sniffFile(dir + 'crm-export.xlsx', { sheet: 'Leads' })).toEqual({
      ok: false,
      error: {
        code: 'import:errors.noSheet',
        params: { file: 'crm-export.xlsx', sheet: 'Leads', sheets: 'Contacts, Deals' },
      },
    });
    const r = await importFiles({
      sources: [{ path: dir + 'crm-export.xlsx', sheet: 'Leads' }],
      mapping: { id: 'Record ID' },
      timeZone: MADRID,
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('import:errors.noSheet');
  });

  it("the wizard's channels: a workbook is granted like a CSV, another sheet sniffed and imported by token", async () => {
    const h = createImportHandlers({} as Ports);
    const session = newSession();
    const ctx = { session, emit: () => undefined };
    acceptDroppedPaths(session, [dir + 'crm-export.xlsx']);
    const taken = await h.importTakeDropped({}, ctx);
    if (!taken.ok) throw new Error('take');
    const token = taken.value[0]!.token;
    expect(taken.value[0]!.sniff?.xlsx?.sheet).toBe('Contacts');
    const deals = await h.importSniffSheet({ token, sheet: 'Deals' }, ctx);
    expect(deals.ok && deals.value.dialect.headers[0]).toBe('Opportunity ID');
    expect(await h.importSniffSheet({ token: 'never-granted', sheet: 'Deals' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'import:errors.badSource' },
    });
    const run = await h.importRun(
      {
        tokens: [token],
        sheets: { [token]: 'Deals' },
        mapping: { id: '0:Opportunity ID' },
        timeZone: MADRID,
      },
      ctx,
    );
    expect(run.ok && run.value.size).toBe(3);
  });

  it('pacto measure: an .xlsx source gives the JSON of its CSV twin; --sheet picks a sheet', async () => {
    mkdirSync(artifacts, { recursive: true });
    const wb = join(artifacts, 'b2b.pacto');
    writeFileSync(wb, serializeWorkbook(createFromTemplate('b2b', 'en', new Date('2026-01-15T09:00:00Z'))));
    const cli = async (...args: string[]) => {
      let out = '';
      let err = '';
      const io = {
        stdout: (t: string) => void (out += t),
        stderr: (t: string) => void (err += t),
        cwd: dir,
        env: {},
      };
      const code = await main(['measure', '-w', wb, '--json', '--lang', 'en', ...args], io);
      return { code, out, err };
    };
    const x = await cli('-s', 'crm-export.xlsx', '--sheet', 'Contacts', '--preset', 'hubspot');
    const c = await cli('-s', 'crm-export-contacts.csv', '--preset', 'hubspot');
    // The same import warnings (one unreadable first-touch value), naming each its own file.
    expect(c.err).toContain('1 value in “First outreach date” could not be read');
    expect([x.code, x.err]).toEqual([0, c.err.replaceAll('crm-export-contacts.csv', 'crm-export.xlsx')]);
    // The twins differ only in their file names (files, each source's coverage, the import report).
    const withoutFiles = (o: string) => {
      const named = o.replaceAll('crm-export.xlsx', 'twin').replaceAll('crm-export-contacts.csv', 'twin');
      const r = JSON.parse(named) as { sources: { name: string }[] };
      return { ...r, files: undefined, sources: r.sources.map((s) => ({ ...s, name: undefined })) };
    };
    expect(withoutFiles(x.out)).toEqual(withoutFiles(c.out));
    expect(JSON.parse(x.out).files[0]).toMatchObject({ name: 'crm-export.xlsx', rows: 6 });
    const deals = await cli('-s', 'crm-export.xlsx', '--sheet', 'Deals', '--preset', 'salesforce');
    expect([deals.code, deals.err]).toEqual([
      0,
      'Warning: 2 rows skipped — Report footer (totals, notices); first: crm-export.xlsx, row 9: Grand Totals (3 records)\n',
    ]);
    expect(JSON.parse(deals.out).records).toBe(3);
    const bad = await cli('-s', 'crm-export-contacts.csv', '--sheet', 'Deals');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('1 --sheet options but 0 .xlsx sources');
    const missing = await cli('-s', 'crm-export.xlsx', '--sheet', 'Leads');
    expect([missing.code, missing.err]).toEqual([
      1,
      'pacto measure: “crm-export.xlsx” has no sheet “Leads”. Its sheets: Contacts, Deals.\n',
    ]);
  });

  it('a 100k-row sheet behind a notes sheet imports as its CSV twin, in the import worker', async () => {
    // The bench's seeded HubSpot generator writes the CSV; the workbook holds the same values with
    // every date as a date cell, the amount as a number, and a notes sheet first (no table: skipped).
    const rows = 100_000;
    mkdirSync(artifacts, { recursive: true });
    const csvPath = join(artifacts, 'contacts-100k.csv');
    const xlsxPath = join(artifacts, 'contacts-100k.xlsx');
    writeFileSync(csvPath, [...hubspotContactChunks({ rows, seed: 1313 })].join(''));
    await writeXlsxTwin(csvPath, xlsxPath);
    const parsed = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), { delimiter: ',', preview: 2 }).data;

    const s = await sniffFile(xlsxPath);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    expect(s.value.xlsx).toEqual({ sheet: TWIN_SHEET, sheets: ['Notes', TWIN_SHEET] });
    // Date cells (not serial numbers) in the sheet: read as wall-clock text.
    const created = HEADERS.indexOf('Create Date');
    expect(s.value.preview[0]![created]).toBe(parsed[1]![created] + ':00');
    const { mapping } = suggestMapping([s.value.dialect.headers], STAGES);
    const req = (path: string): ImportRequest => ({ sources: [{ path }], mapping, timeZone: MADRID });
    const [x, c] = [await runImport(req(xlsxPath)), await runImport(req(csvPath))];
    if (!x.ok || !c.ok) throw new Error(JSON.stringify([x, c]));
    expect(x.value.records.size).toBe(rows);
    expect(columns(x.value.records)).toEqual(columns(c.value.records));
    expect(reportOf(x.value, ['contacts-100k.xlsx'])).toBe(reportOf(c.value, ['contacts-100k.csv']));
    // The measured snapshot — every clause's verdict per period, the funnel, the breaches — of the B2B
    // template on each import is the same, and it is not an empty one.
    const workbook = createFromTemplate('b2b', 'en', new Date('2026-01-15T09:00:00Z'));
    const [mx, mc] = [measure(workbook, x.value.records), measure(workbook, c.value.records)];
    const named = (r: unknown, name: string) => JSON.stringify(r).split(JSON.stringify(name)).join('"FILE"');
    expect(named(mx, 'contacts-100k.xlsx')).toBe(named(mc, 'contacts-100k.csv'));
    const verdicts = mx.clauses.flatMap((cl) => cl.periods.map((p) => p.status));
    expect(verdicts).toContain('met');
    expect(verdicts).toContain('missed');
    expect(mx.breaches.total).toBeGreaterThan(1000);
  }, 120_000);
  it("a workbook's zip is read to its last entry, however slowly its entries are taken", async () => {
    // unzipper emitted 'end' once its input was written; a reader slower than the file (a loaded
    // machine) lost the entries after that, here xl/sharedStrings.xml, and text cells read empty.
    const fromExcelJs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
    const unzip = fromExcelJs('unzipper') as { Parse(o: object): NodeJS.ReadWriteStream };
    // exceljs's own way of walking the entries: it stops at the zip's 'end'.
    const iterateStream = fromExcelJs('./lib/utils/iterate-stream.js') as (
      s: NodeJS.ReadableStream,
    ) => AsyncIterable<{ path: string; autodrain(): void }>;
    const zip = unzip.Parse({ forceStream: true });
    zip.end(readFileSync(dir + 'crm-export.xlsx'));
    const seen: string[] = [];
    for await (const entry of iterateStream(zip)) {
      await new Promise((r) => setTimeout(r, 15));
      seen.push(entry.path);
      entry.autodrain();
    }
    expect(seen).toContain('xl/sharedStrings.xml');
    expect(seen).toHaveLength(10);
  });
});
