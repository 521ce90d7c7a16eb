/**
 * The CSV importer against hostile input, property-based: whatever the bytes, sniffing and importing
 * end with a valid result or an error that has a message in both languages; never an exception, a
 * hang or a silently wrong table. Well-formed CSV in any dialect and encoding reads back exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sniffFile } from '../../../src/main/import/sources';
import { importFiles } from '../../../src/main/import/import-files';
import { ImportError } from '../../../src/shared/import/errors';
import { textAt } from '../../../src/shared/records/record-set';
import type { Result } from '../../../src/shared/errors/result';
import { clearError, withDeadline } from './clear-error';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pacto-hostile-csv-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileWith = (bytes: Uint8Array | string, ext = 'csv'): string => {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
};

const IMPORT_CODES = new Set<string>(Object.values(ImportError));

/** Sniffs, then imports with the first column as id: each step a valid result or a clear error. */
async function sniffAndImport(path: string): Promise<Result<unknown>> {
  const sniffed = await withDeadline(sniffFile(path), 10_000);
  if (!sniffed.ok) {
    clearError(sniffed.error, IMPORT_CODES);
    return sniffed;
  }
  const headers = sniffed.value.dialect.headers;
  const imported = await withDeadline(
    importFiles(
      { sources: [{ path }], mapping: { id: headers[0] ?? '' }, timeZone: 'Europe/Madrid' },
      { now: () => Date.parse('2026-05-04T12:00:00Z') },
    ),
    20_000,
  );
  if (!imported.ok) clearError(imported.error, IMPORT_CODES);
  else expect(imported.value.records.size).toBe(imported.value.records.ids.length);
  return imported;
}

describe('random bytes', () => {
  it('any bytes: a result or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        await sniffAndImport(fileWith(bytes));
      }),
      { seed: 101, numRuns: 150 },
    );
  }, 120_000);

  it('CSV-ish garbage (separators, unbalanced quotes, stray CR/LF, BOMs): a result or a clear error', async () => {
    const piece = fc.constantFrom(
      ',',
      ';',
      '\t',
      '|',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      'id',
      'a',
      'é',
      'Ã©',
      ' ',
      '0',
      '2026-01-05',
      '\ufeff',
      '€',
      '\u0000',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 400 }),
        fc.constantFrom('utf-8', 'utf-16le', 'windows-1252'),
        async (parts, enc) => {
          await sniffAndImport(fileWith(iconv.encode(parts.join(''), enc)));
        },
      ),
      { seed: 102, numRuns: 150 },
    );
  }, 120_000);
});

/** A CSV writer of our own (RFC 4180 quoting), so the expectation does not come from papaparse. */
function writeCsv(rows: string[][], delimiter: string, eol: string, quoteAll: boolean): string {
  const cell = (c: string) =>
    quoteAll || c.includes(delimiter) || /["\r\n]/.test(c) || c !== c.trim()
      ? `"${c.replace(/"/g, '""')}"`
      : c;
  return rows.map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}

describe('well-formed CSV in any dialect and encoding', () => {
  // Letters people type in names and notes, quotes, the delimiter itself and line breaks inside cells.
  const latin = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 áéíóúñÑüçàèÁÉ€.-_"\'()/\n';
  const text = fc.string({ unit: fc.constantFrom(...latin), maxLength: 30 });
  const table = fc
    .record({
      width: fc.integer({ min: 2, max: 6 }),
      height: fc.integer({ min: 1, max: 40 }),
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      eol: fc.constantFrom('\r\n', '\n'),
      quoteAll: fc.boolean(),
      encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'windows-1252'),
    })
    .chain((t) =>
      fc.record({
        t: fc.constant(t),
        cells: fc.array(fc.array(text, { minLength: t.width - 1, maxLength: t.width - 1 }), {
          minLength: t.height,
          maxLength: t.height,
        }),
      }),
    );

  it('sniffs the dialect and header and imports every row with its text intact', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ t, cells }) => {
        const headers = Array.from({ length: t.width }, (_, i) => (i === 0 ? 'record_id' : `col ${i}`));
        const rows = cells.map((r, i) => [`ID-${1000 + i}`, ...r]);
        const csv = writeCsv([headers, ...rows], t.delimiter, t.eol, t.quoteAll);
        const bytes =
          t.encoding === 'utf-8'
            ? iconv.encode(csv, 'utf-8')
            : t.encoding === 'utf-8-bom'
              ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(csv, 'utf-8')])
              : t.encoding === 'utf-16le-bom'
                ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv, 'utf-16le')])
                : iconv.encode(csv, 'windows-1252');
        const path = fileWith(bytes);
        const sniffed = await sniffFile(path);
        if (!sniffed.ok) throw new Error(`refused: ${JSON.stringify(sniffed.error)}`);
        expect(sniffed.value.dialect.delimiter).toBe(t.delimiter);
        expect(sniffed.value.dialect.headers).toEqual(headers);
        expect(sniffed.value.preview).toEqual(rows.slice(0, 200));
        const imported = await importFiles(
          { sources: [{ path }], mapping: { id: 'record_id', owner: 'col 1' }, timeZone: 'Europe/Madrid' },
          { now: () => Date.parse('2026-05-04T12:00:00Z') },
        );
        if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.error)}`);
        const { records, report } = imported.value;
        expect(report.rowsRead).toBe(rows.length);
        expect([...records.ids]).toEqual(rows.map((r) => r[0]));
        const owners = rows.map((_, i) => textAt(records.owner, i) ?? '');
        // The importer reads CRM placeholders for "no value" as empty (its documented list).
        const asRead = (c: string) =>
          ['n/a', '#n/a', 'null', 'none', '-', '—'].includes(c.trim().toLowerCase()) ? '' : c.trim();
        expect(owners).toEqual(rows.map((r) => asRead(r[1]!)));
      }),
      { seed: 103, numRuns: 120 },
    );
  }, 120_000);
});

describe('edge files', () => {
  it('a 0-byte file is “empty”', async () => {
    const r = await sniffFile(fileWith(new Uint8Array()));
    expect(r).toMatchObject({ ok: false, error: { code: ImportError.empty } });
  });

  it('a PNG, a PDF, a broken xlsx, an old .xls and a file with NULs are refused as what they are', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await sniffFile(fileWith(png, 'png'))).toMatchObject({
      ok: false,
      error: { code: ImportError.binary },
    });
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n');
    expect(await sniffFile(fileWith(pdf))).toMatchObject({ ok: false, error: { code: ImportError.binary } });
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0]);
    expect(await sniffFile(fileWith(zip, 'xlsx'))).toMatchObject({
      ok: false,
      error: { code: ImportError.xlsxUnreadable },
    });
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await sniffFile(fileWith(xls, 'xls'))).toMatchObject({
      ok: false,
      error: { code: ImportError.spreadsheet },
    });
    const nul = Buffer.from('id,name\n1,Ana\u0000\n2,Luis\n');
    expect(await sniffFile(fileWith(nul))).toMatchObject({ ok: false, error: { code: ImportError.binary } });
  });

  it('truncated last line and ragged rows: imported, the short rows reported', async () => {
    const path = fileWith('id,name,email\n1,Ana,ana@x.es\n2,Luis\n3,Marta,marta@x.es\n4,Jo"');
    const r = await sniffAndImport(path);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { records, report } = r.value as Awaited<ReturnType<typeof importFiles>> extends Result<infer T>
      ? T
      : never;
    expect([...records.ids]).toEqual(['1', '2', '3', '4']);
    expect(report.raggedRows.count).toBe(2);
  });

  it('a 2 MB cell in a normal file is read whole', async () => {
    const big = 'x'.repeat(2_000_000);
    const path = fileWith(`id,notes\n1,short\n2,"${big}"\n3,end\n`);
    const r = await sniffAndImport(path);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect([...(r.value as { records: { ids: Iterable<string> } }).records.ids]).toEqual(['1', '2', '3']);
  });

  // Line breaks inside quoted cells (bare LF, as Excel writes them) outnumber the CRLF row ends here;
  // counting them read the file as LF and left a trailing "\r" in every row's last cell.
  it('a CRLF export with multi-line notes keeps its last column clean', async () => {
    const lines = ['id,notes,owner'];
    for (let i = 1; i <= 10; i++) lines.push(`${i},"line one\nline two\nline three",Ana`);
    const sniffed = await sniffFile(fileWith(lines.join('\r\n') + '\r\n'));
    expect(sniffed.ok && sniffed.value.dialect.lineEnding).toBe('crlf');
    expect(sniffed.ok && sniffed.value.preview[0]).toEqual(['1', 'line one\nline two\nline three', 'Ana']);
  });

  /** Writes `size` bytes made of `unit` repeated, in 1 MB chunks, without building the string. */
  function bigFile(unit: string, size: number): string {
    const path = join(dir, `big${n++}.csv`);
    const chunk = Buffer.from(unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000));
    const fd = openSync(path, 'w');
    for (let written = 0; written < size; written += chunk.length)
      writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
    closeSync(fd);
    return path;
  }

  it('a single 50 MB line without separators is “not a CSV”', async () => {
    const r = await sniffAndImport(bigFile('abcdefghij', 50_000_000));
    expect(r).toMatchObject({ ok: false, error: { code: ImportError.notCsv } });
  }, 60_000);

  it('a single 50 MB line of comma-separated values ends with a clear error, not a crash', async () => {
    const r = await sniffAndImport(bigFile('lead,', 50_000_000));
    // A header of 10 million columns and no data row: nothing to import.
    expect(r).toMatchObject({ ok: false, error: { code: ImportError.noRecords } });
  }, 60_000);
});
