/**
 * Limits end with a message that says so, before memory is at risk: a workbook over 100 MB and a CSV
 * over 2 GB are refused from their size alone (sparse files here, so the test writes almost nothing),
 * an import over the row limit stops reading and names the limit (every part of a split file counting
 * toward it), and one that holds more memory than its budget stops at once and says where.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile, MAX_WORKBOOK_BYTES } from '../../../src/main/services/workbook-files';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { sniffFile } from '../../../src/main/import/sources';
import { importFiles, readPart } from '../../../src/main/import/import-files';
import { runImport } from '../../../src/main/import/run-import';
import { createFileHandlers } from '../../../src/main/handlers/files';
import { newSession } from '../../../src/main/handlers/types';
import { ImportError } from '../../../src/shared/import/errors';
import { settleParts } from '../../../src/shared/import/parts';
import { DEFAULT_LIMITS } from '../../../src/shared/import/types';
import { AppFailure, type AppError } from '../../../src/shared/errors/result';
import { createI18n, errorMessage } from '../../../src/shared/i18n';
import { testPorts } from './test-ports';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pacto-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const en = createI18n('en').t;
const es = createI18n('es').t;

/** A file of `bytes` bytes that occupies (almost) no disk: a hole, read back as zeros. */
function sparse(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

/** A CRM-like export with `rows` leads. */
function leads(name: string, rows: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  writeSync(fd, 'lead_id,created_at,owner\n');
  for (let i = 1; i <= rows; i++)
    writeSync(fd, `L${i},2026-02-${String((i % 28) + 1).padStart(2, '0')},Ana\n`);
  closeSync(fd);
  return path;
}

describe('workbook size limit', () => {
  it('is 100 MB', () => {
    expect(MAX_WORKBOOK_BYTES).toBe(100 * 1024 * 1024);
  });

  it('refuses a 101 MB workbook from its size, saying how big it is and what the limit is', async () => {
    const path = sparse('huge.pacto', 101 * 1024 * 1024);
    const error = await readWorkbookFile(nodeFiles, path).then(
      () => null,
      (e: unknown) => (e instanceof AppFailure ? e.toError() : e),
    );
    expect(error).toEqual({ code: 'file.tooLarge', params: { file: 'huge.pacto', size: 101, limit: 100 } });
    expect(errorMessage(en, error as AppError)).toBe(
      '“huge.pacto” is 101 MB; Pacto opens workbooks up to 100 MB.',
    );
    expect(errorMessage(es, error as AppError)).toBe(
      '«huge.pacto» ocupa 101 MB; Pacto abre acuerdos de hasta 100 MB.',
    );
  });

  it('opening it from the dialog leaves the open document as it was', async () => {
    const path = sparse('huge2.pacto', 120 * 1024 * 1024);
    const session = newSession();
    session.path = join(dir, 'current.pacto');
    const handlers = createFileHandlers(
      testPorts(dir, { dialogs: { openFiles: async () => [path], saveFile: async () => null } }),
    );
    const r = await handlers
      .openWorkbook({}, { session, emit: () => undefined })
      .catch((e: unknown) =>
        e instanceof AppFailure ? { ok: false as const, error: e.toError() } : Promise.reject(e),
      );
    expect(r).toMatchObject({ ok: false, error: { code: 'file.tooLarge', params: { size: 120 } } });
    expect(session.path).toBe(join(dir, 'current.pacto'));
  });
});

describe('CSV size limit', () => {
  it('refuses a 2.1 GB export before reading it, saying so in both languages', async () => {
    const r = await sniffFile(sparse('crm-dump.csv', 2_100_000_000));
    expect(r).toEqual({
      ok: false,
      error: { code: ImportError.tooLarge, params: { file: 'crm-dump.csv', size: 2100, limit: 2000 } },
    });
    if (r.ok) return;
    expect(errorMessage(en, r.error)).toContain(
      '“crm-dump.csv” is 2100 MB; Pacto imports files up to 2000 MB.',
    );
    expect(errorMessage(es, r.error)).toContain('2100');
    expect(errorMessage(es, r.error)).toContain('2000');
  });
});

const req = (path: string, maxRows = DEFAULT_LIMITS.maxRows) => ({
  sources: [{ path }],
  mapping: { id: 'lead_id', created: 'created_at', owner: 'owner' },
  timeZone: 'Europe/Madrid',
  limits: { maxRows },
});

describe('row limit', () => {
  it('imports exactly up to the limit', async () => {
    const r = await importFiles(req(leads('at-limit.csv', 1000), 1000));
    expect(r.ok && r.value.records.size).toBe(1000);
  });

  it('one row over the limit ends with tooManyRows, naming the file and the limit', async () => {
    const r = await importFiles(req(leads('over-limit.csv', 1001), 1000));
    expect(r).toEqual({
      ok: false,
      error: { code: ImportError.tooManyRows, params: { file: 'over-limit.csv', limit: 1000 } },
    });
    if (!r.ok)
      expect(errorMessage(en, r.error)).toBe(
        '“over-limit.csv” has more than 1000 records, the most Pacto imports at once. Export a shorter period.',
      );
  });

  it('the worker the app uses reports it the same way, read in one part or two', async () => {
    const path = leads('over-limit-worker.csv', 25_000);
    for (const parts of [1, 2]) {
      const r = await runImport(req(path, 20_000), { parts });
      expect(r).toEqual({
        ok: false,
        error: { code: ImportError.tooManyRows, params: { file: 'over-limit-worker.csv', limit: 20_000 } },
      });
    }
    // Two parts of 12,500 records each are within the limit alone, not together.
    const atLimit = await runImport(req(path, 25_000), { parts: 2 });
    expect(atLimit.ok && atLimit.value.records.size).toBe(25_000);
  }, 60_000);
});

describe('row limit across the parts of a split file', () => {
  it('counts every part’s records together, so the part read last stops as the total passes it', async () => {
    const path = leads('over-limit-parts.csv', 25_000);
    const records = new Int32Array(new SharedArrayBuffer(4));
    const request = { ...req(path), limits: { maxRows: 20_000 } };
    const parts = [];
    for (const index of [0, 1]) {
      const r = await readPart(request, {}, { index, count: 2, records });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      parts.push(r.value.parsed);
    }
    // Part 0 read its half (about 12,500 leads); part 1 stopped as the total passed 20,000 (it is
    // checked every 1,024 rows), though its own half alone is under the limit.
    const first = parts[0]!.summary.records;
    expect(parts[0]!.summary.tooMany).toBe(false);
    expect(first).toBeGreaterThan(12_000);
    expect(parts[1]!.summary.tooMany).toBe(true);
    expect(parts[1]!.summary.records).toBeGreaterThan(20_000 - first);
    expect(parts[1]!.summary.records).toBeLessThanOrEqual(20_000 - first + 1_024);
    expect(parts[1]!.summary.records).toBeLessThan(25_000 - first);
    expect(
      settleParts(
        parts[0]!.plan,
        parts[0]!.ctx,
        parts.map((p) => p.summary),
      ),
    ).toEqual({
      ok: false,
      error: { code: ImportError.tooManyRows, params: { file: 'over-limit-parts.csv', limit: 20_000 } },
    });
  });
});

describe('memory limit', () => {
  // The process running the tests holds far more than 5 MB: the first check (8,192 leads in: row 8,193) stops it.
  const tight = (path: string) => ({ ...req(path), limits: { maxMemoryBytes: 5_000_000 } });

  it('stops reading once the process holds more than the budget, naming file, row and budget', async () => {
    const r = await importFiles(tight(leads('memory.csv', 40_000)));
    expect(r).toEqual({
      ok: false,
      error: { code: ImportError.outOfMemory, params: { file: 'memory.csv', row: 8193, limit: 5 } },
    });
    if (r.ok) return;
    expect(errorMessage(en, r.error)).toBe(
      '“memory.csv” is too large to import on this computer: Pacto stopped at row 8193, when the import had taken 5 MB of memory. Nothing was changed. Export a shorter period or fewer columns.',
    );
    expect(errorMessage(es, r.error)).toBe(
      '«memory.csv» es demasiado grande para importarlo en este equipo: Pacto se detuvo en la fila 8193, cuando la importación ocupaba 5 MB de memoria. No se ha cambiado nada. Exporta un periodo más corto o menos columnas.',
    );
  });

  it('the workers the app and the CLI use stop the same way, read in one part or two', async () => {
    const path = leads('memory-worker.csv', 40_000);
    for (const parts of [1, 2]) {
      const r = await runImport(tight(path), { parts });
      expect(r).toEqual({
        ok: false,
        error: { code: ImportError.outOfMemory, params: { file: 'memory-worker.csv', row: 8193, limit: 5 } },
      });
    }
  }, 60_000);

  it('is under 1 GB by default, and a budget the import stays within changes nothing', async () => {
    expect(DEFAULT_LIMITS.maxMemoryBytes).toBeLessThan(1_000_000_000);
    const r = await importFiles({ ...req(leads('roomy.csv', 20_000)), limits: { maxMemoryBytes: 64e9 } });
    expect(r.ok && r.value.records.size).toBe(20_000);
  });
});
