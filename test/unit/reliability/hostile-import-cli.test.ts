/**
 * `pacto measure` on hostile exports (test/fixtures/nasty/, see its README): nothing is measured
 * without a word, and nothing imported makes the workbook unsavable. Expected rows, columns and month
 * spans are read off the fixtures by eye.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFiles } from '../../../src/main/adapters/node-files';
import { main } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/types';
import { readWorkbookFile, writeWorkbookFile } from '../../../src/main/services/workbook-files';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import type { ImportReport } from '../../../src/shared/import/types';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

const NASTY = resolve('test/fixtures/nasty');
const NOW = new Date('2026-05-04T12:00:00Z');

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: NASTY, env: {} };
  return main(args, io).then((code) => ({ code, out, err }));
}

interface Measured {
  import: ImportReport;
  records: number;
  clauses: { id: string; months: { month: string }[] }[];
}

let dir = '';
const workbook = (name: string): string => {
  const path = join(dir, name);
  writeFileSync(path, serializeWorkbook(createFromTemplate('b2b', 'en', NOW)));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pacto-hostile-cli-'));
});

describe('a HubSpot export with one 1900-01-01 placeholder', () => {
  it('is measured over its real six months, saved, reopened, saved again and measured again', async () => {
    const wb = workbook('placeholder.pacto');
    const args = ['measure', '-w', wb, '-s', 'placeholder-date-hubspot.csv', '--preset', 'hubspot'];
    const first = await run([...args, '--save', '--json', '--lang', 'en']);
    expect(first.err).toContain(
      'Warning: 1 implausible date in “Create Date” set aside, not measured (before 1990-01-01 or after ',
    );
    expect(first.err).toContain('first: placeholder-date-hubspot.csv, row 18, “Create Date”: 1900-01-01');
    expect(first.err).toContain('row 18, “Became a Lead Date”: 1900-01-01');
    expect(first.code).toBe(0);
    const result = JSON.parse(first.out) as Measured;
    expect(result.records).toBe(38);
    expect(result.import.implausibleDates.created?.count).toBe(1);
    expect(result.import.implausibleDates['stage:lead']?.count).toBe(1);
    // November 2025 to April 2026 (the latest date, a customer on 25 April), not 1,514 months from 1900.
    const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];
    for (const c of result.clauses) expect(c.months.map((m) => m.month)).toEqual(months);

    // Reopened, it is a valid workbook with its snapshot; Ctrl+S (a plain save) still works.
    const reopened = await readWorkbookFile(nodeFiles, wb);
    expect(reopened.doc.imports.snapshots).toHaveLength(1);
    await writeWorkbookFile(nodeFiles, wb, reopened.doc, NOW);
    // And the next month's measurement is saved beside it, in Spanish this time.
    const second = await run([...args, '--save', '--lang', 'es']);
    expect(second.err).toContain('Aviso: 1 fecha inverosímil en «Create Date» apartada, no se mide');
    expect(second.err).toContain(
      'primer caso: placeholder-date-hubspot.csv, fila 18, «Create Date»: 1900-01-01',
    );
    expect(second.code).toBe(0);
    expect((await readWorkbookFile(nodeFiles, wb)).doc.imports.snapshots).toHaveLength(2);
  });
});

describe('years 9999 and 0001', () => {
  it('are listed as implausible and measured in bounded memory: a child capped at a 160 MB heap', () => {
    // Before the fix this file made 97,188 months per clause, 1.2 GB and 195 MB of JSON; under this
    // cap the old code died with "JavaScript heap out of memory".
    const wb = workbook('years.pacto');
    const child = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=160',
        '--import',
        'tsx',
        'src/main/cli/run.ts',
        'measure',
        '-w',
        wb,
        '-s',
        join(NASTY, 'years-9999-0001.csv'),
        '--preset',
        'hubspot',
        '--json',
        '--lang',
        'en',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(child.stderr).not.toContain('heap out of memory');
    expect(child.status).toBe(0);
    // The output is a few tens of kilobytes, not hundreds of megabytes.
    expect(child.stdout.length).toBeLessThan(200_000);
    const result = JSON.parse(child.stdout) as Measured;
    for (const c of result.clauses)
      expect(c.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    const rows = (field: keyof ImportReport['implausibleDates']) =>
      result.import.implausibleDates[field]?.examples.map((e) => [e.row, e.column, e.value]);
    expect(rows('created')).toEqual([[4, 'Create Date', '0001-01-01']]);
    expect(rows('stage:mql')).toEqual([[3, 'Became a Marketing Qualified Lead Date', '9999-12-31 23:59']]);
    expect(rows('stage:customer')).toEqual([[6, 'Became a Customer Date', '9999-12-31']]);
    expect(child.stderr.match(/^Warning: 1 implausible date/gm)).toHaveLength(4);
  });

  it('an "as of" in year 9999 is refused, naming the window', async () => {
    const wb = workbook('asof.pacto');
    const r = await run([
      'measure',
      '-w',
      wb,
      '-s',
      'years-9999-0001.csv',
      '--preset',
      'hubspot',
      '--as-of',
      '9999-12-31T00:00:00Z',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^pacto measure: “9999-12-31T00:00:00Z” is not a plausible “as of” date: it must fall between 1990-01-01 and \d{4}-\d{2}-\d{2}\.\n$/,
    );
  });

  it('--date-window sets the window, and a malformed one is bad usage', async () => {
    const wb = workbook('window.pacto');
    const base = ['measure', '-w', wb, '-s', 'years-9999-0001.csv', '--preset', 'hubspot', '--json'];
    const wide = await run([...base, '--date-window', '0001-01-01..2026-12-31']);
    expect(wide.code).toBe(0);
    const report = (JSON.parse(wide.out) as Measured).import;
    expect(report.dateWindow).toEqual({ from: '0001-01-01T00:00:00.000Z', to: '2026-12-31T00:00:00.000Z' });
    expect(Object.keys(report.implausibleDates).sort()).toEqual(['stage:customer', 'stage:mql']);
    for (const bad of ['2030', 'yesterday..2030-01-01', '..', '1990-01-01..2000-01-01..2010-01-01']) {
      const r = await run([...base, '--date-window', bad, '--lang', 'es']);
      expect(r.code, bad).toBe(2);
      expect(r.err).toContain(`--date-window «${bad}» no es un intervalo de fechas`);
    }
  });
});

describe('what the import used to drop without a word', () => {
  it('100,000 repeated ids: one warning with the count and the first repeat, and the count in the JSON', async () => {
    const wb = workbook('dups.pacto');
    const sub = join(dir, 'dups');
    mkdirSync(sub);
    const header = readFileSync(join(NASTY, 'repeated-header.csv'), 'utf8').split('\n')[0]!;
    const lines = [header];
    for (let i = 0; i < 100_010; i++) {
      const id = i < 10 ? 900 + i : 900 + (i % 10); // ten contacts, each exported 10,001 times
      lines.push(`${id},2026-01-05 09:00,Laura Gil,Organic Search,2026-01-05 09:00,2026-01-06 10:00`);
    }
    writeFileSync(join(sub, 'dups.csv'), lines.join('\n') + '\n');
    const r = await run(['measure', '-w', wb, '-s', join(sub, 'dups.csv'), '--preset', 'hubspot', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Warning: 100000 rows skipped — Repeated ids (first row kept); first: dups.csv, row 12, “Record ID”: 900\n',
    );
    const report = (JSON.parse(r.out) as Measured).import;
    expect(report.rowsRead).toBe(100_010);
    expect(report.rowsUsed).toBe(10);
    expect(report.skipped.duplicateId?.count).toBe(100_000);
    expect(report.duplicateIds.count).toBe(10);
  });

  it('a header repeated mid-file (two exports pasted together) is skipped and said, not counted as a record', async () => {
    const r = await run(['measure', '-w', workbook('rh.pacto'), '-s', 'repeated-header.csv', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Warning: 1 row skipped — The header row again, mid-file: two exports pasted together?; first: repeated-header.csv, row 6:',
    );
    const result = JSON.parse(r.out) as Measured;
    expect(result.records).toBe(7);
    expect(result.import.skipped.header?.count).toBe(1);
    expect(result.import.unparsed).toEqual({});
  });

  it('a stray quote mid-file: the shifted row is named on one line of stderr', async () => {
    const r = await run(['measure', '-w', workbook('sq.pacto'), '-s', 'stray-quote-midfile.csv', '--json']);
    expect(r.code).toBe(0);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Warning: 1 row has more or fewer cells than the header \(kept; a stray quote shifts the columns after it\); first: stray-quote-midfile\.csv, row 3: 5\/6: 502 \| .* ⏎ 503,/,
    );
    const result = JSON.parse(r.out) as Measured;
    // Rows 503 and 504 were swallowed into the quoted cell: four records from six rows, and it says so.
    expect(result.records).toBe(4);
    expect(result.import.raggedRows.count).toBe(1);
  });

  it('a clean export says nothing on stderr; one bad value is one line', async () => {
    const csv = (name: string) => new URL(`../../fixtures/csv/${name}`, import.meta.url).pathname;
    const clean = await run(['measure', '-w', workbook('clean.pacto'), '-s', csv('hubspot-contacts-v2.csv')]);
    expect(clean.code).toBe(0);
    expect(clean.err).toBe('');
    const one = await run(['measure', '-w', workbook('one.pacto'), '-s', csv('hubspot-contacts-en.csv')]);
    expect(one.err).toBe(
      'Warning: 1 value in “First outreach date” could not be read; first: hubspot-contacts-en.csv, row 6, “First outreach date”: not yet\n',
    );
  });
});
