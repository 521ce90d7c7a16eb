/**
 * The corpus of nasty files in test/fixtures/nasty/ (see its README): each CSV and workbook ends with
 * the outcome written here, reasoned from what the file is, and every refusal is a clear message.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { sniffFile } from '../../../src/main/import/sources';
import { importFiles } from '../../../src/main/import/import-files';
import { readWorkbookFile } from '../../../src/main/services/workbook-files';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { ImportError } from '../../../src/shared/import/errors';
import { textAt } from '../../../src/shared/records/record-set';
import { AppFailure } from '../../../src/shared/errors/result';
import { clearError } from './clear-error';

const NASTY = join(import.meta.dirname, '../../fixtures/nasty');
const IMPORT_CODES = new Set<string>(Object.values(ImportError));
const FILE_CODES = new Set([
  'file.notJson',
  'file.notJsonAt',
  'file.truncated',
  'file.tooDeep',
  'file.notText',
  'file.foreign',
  'file.newerVersion',
  'file.invalid',
  'file.read',
  'file.tooLarge',
]);

async function importNasty(name: string, mapping: Record<string, string> = {}) {
  const path = join(NASTY, name);
  const sniffed = await sniffFile(path);
  if (!sniffed.ok) return sniffed;
  const id = sniffed.value.dialect.headers[0]!;
  return importFiles(
    { sources: [{ path }], mapping: { id, ...mapping }, timeZone: 'Europe/Madrid' },
    { now: () => Date.parse('2026-05-04T12:00:00Z') },
  );
}

describe('nasty CSV files', () => {
  it.each([
    ['empty.csv', ImportError.empty],
    ['bom-only.csv', ImportError.empty],
    ['whitespace-only.csv', ImportError.empty],
    ['png-named.csv', ImportError.binary],
    ['xlsx-named.csv', ImportError.xlsxUnreadable],
    ['nul-bytes.csv', ImportError.binary],
    ['json-as.csv', ImportError.notCsv],
    ['html-as.csv', ImportError.notCsv],
    ['single-column.csv', ImportError.notCsv],
  ])('%s is refused with %s', async (name, code) => {
    const r = await importNasty(name);
    expect(r).toMatchObject({ ok: false, error: { code } });
    if (!r.ok) {
      clearError(r.error, IMPORT_CODES);
      expect(r.error.params?.file).toBe(name);
    }
  });

  it('UTF-16 without a BOM, semicolons and CRLF: read with its accents', async () => {
    const r = await importNasty('utf16le-no-bom.csv', { owner: 'nombre' });
    if (!r.ok) throw new Error(r.error.code);
    expect([...r.value.records.ids]).toEqual(['1', '2']);
    expect([0, 1].map((i) => textAt(r.value.records.owner, i))).toEqual(['Núñez', 'Peña']);
  });

  it('old-Mac CR line endings are rows', async () => {
    const r = await importNasty('cr-only.csv');
    if (!r.ok) throw new Error(r.error.code);
    expect([...r.value.records.ids]).toEqual(['1', '2']);
  });

  it('formula- and HTML-looking cells are kept as the text they are', async () => {
    const r = await importNasty('formula-injection.csv', { owner: 'name', channel: 'notes' });
    if (!r.ok) throw new Error(r.error.code);
    expect([...r.value.records.ids]).toEqual(['1', '2']);
    expect([0, 1].map((i) => textAt(r.value.records.owner, i))).toEqual([
      '=HYPERLINK("http://evil.example","x")',
      '@SUM(A1:A2)',
    ]);
    expect([0, 1].map((i) => textAt(r.value.records.channel, i))).toEqual([
      '+1+1',
      '<img src=x onerror=alert(1)>',
    ]);
  });

  it('garbled (double-encoded) text is imported and flagged', async () => {
    const r = await importNasty('mojibake.csv');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.report.mojibake?.value).toContain('JosÃ©');
  });

  // An unterminated quote would swallow the rest of the file into one cell (1 record instead of 3):
  // the import is refused, naming the file and the row where the quote opens (header = row 1).
  it('an unterminated quote does not silently swallow the following rows', async () => {
    const r = await importNasty('unterminated-quote.csv');
    expect(r).toMatchObject({
      ok: false,
      error: { code: ImportError.unterminatedQuote, params: { file: 'unterminated-quote.csv', row: 2 } },
    });
    if (!r.ok) clearError(r.error, IMPORT_CODES);
  });
});

describe('nasty workbook files', () => {
  const open = async (name: string) => {
    try {
      return { ok: true as const, value: await readWorkbookFile(nodeFiles, join(NASTY, name)) };
    } catch (e) {
      if (!(e instanceof AppFailure)) throw e;
      return { ok: false as const, error: e.toError() };
    }
  };

  it.each([
    ['truncated.pacto', 'file.truncated', undefined],
    ['not-utf8.pacto', 'file.notText', undefined],
    ['nan.pacto', 'file.notJson', undefined],
    ['foreign.pacto', 'file.foreign', undefined],
    ['array.pacto', 'file.foreign', undefined],
    ['null.pacto', 'file.foreign', undefined],
    ['schema-v0.pacto', 'file.foreign', undefined],
    ['newer.pacto', 'file.newerVersion', undefined],
    ['wrong-types.pacto', 'file.invalid', 'personas'],
    ['huge-string.pacto', 'file.invalid', 'notes'],
    // 100 000 nested arrays: the parser runs out of stack; the message says the nesting, not the stack.
    ['deep-nesting.pacto', 'file.tooDeep', undefined],
    ['bad-date.pacto', 'file.invalid', 'meta.updatedAt'],
  ])('%s is refused with %s', async (name, code, field) => {
    const r = await open(name);
    expect(r).toMatchObject({ ok: false, error: { code } });
    if (!r.ok) {
      clearError(r.error, FILE_CODES);
      expect(r.error.params?.file).toBe(name);
      if (field) expect(r.error.params?.field).toBe(field);
    }
  });

  it('prototype-pollution keys are dropped: the workbook opens and no prototype changes', async () => {
    const r = await open('proto-pollution.pacto');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.doc.meta.title).toBe('Nasty base');
    expect(Object.getPrototypeOf(r.value.doc)).toBe(Object.prototype);
    expect(Object.keys(r.value.doc)).not.toContain('__proto__');
    expect(Object.keys(r.value.doc)).not.toContain('constructor');
    expect((r.value.doc.meta as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
