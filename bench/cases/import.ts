/**
 * One run of an import benchmark, in its own process (see harness/child.ts), on the built bundle
 * (out/bench/import.js, vite.bench.config.ts) so both modes run built code under plain `node`:
 *   full  <csv>  the real path — runImport (worker thread, sniff, papaparse, mapper, columnar store)
 *                then the compliance engine — plus, on the imported store, a few timed recomputes;
 *   parse <csv>  the baseline: the same file through the bare parser (papaparse on a UTF-8 stream),
 *                counting rows and nothing else;
 *   full <xlsx>  the same real path on a workbook (the importer's exceljs streaming reader);
 *   xlsx-read <xlsx>  the workbook's floor: exceljs's streaming reader, with the importer's options,
 *                visiting every row of every sheet and nothing else.
 * The parent generates the file (bench/generate/dataset.ts) before any timing and passes its path.
 */
import { createReadStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { measure } from '../../src/shared/compliance/engine';
import { runImport } from '../../src/main/import/run-import';
import { childMain, peakRssMb } from '../harness/child';
import { timeRuns, type Spread } from '../harness/stats';
import type { Clause, Workbook } from '../../src/shared/workbook/schema';
import { benchWorkbook, importRequest } from './workload';

export interface FullRun {
  mode: 'full';
  bytes: number;
  rows: number;
  importMs: number;
  measureMs: number;
  wallMs: number;
  /** CPU time of the whole process (all threads) for import + measure: less sensitive to a busy machine. */
  cpuMs: number;
  peakRssMb: number;
  /** Recompute after every clause's target changed: nothing per clause is reused. */
  recompute: Spread;
  /** Recompute after one clause's target changed: the other clauses' results are reused. */
  recomputeOne: Spread;
  clauses: { id: string; status: string[] }[];
  breaches: number;
}
export interface ParseRun {
  mode: 'parse' | 'xlsx-read';
  bytes: number;
  rows: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

async function full(path: string): Promise<FullRun> {
  const workbook = benchWorkbook();
  const req = importRequest(path, workbook);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const imported = await runImport(req);
  const t1 = performance.now();
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.error)}`);
  const { records } = imported.value;
  const result = measure(workbook, records);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  const rss = peakRssMb();
  // Each recompute measures a workbook whose targets differ from every earlier one, as after an edit:
  // re-measuring an unchanged workbook would time only the per-clause cache.
  let edit = 0;
  const recompute = await timeRuns(
    () =>
      measure(
        editTargets(workbook, ++edit, () => true),
        records,
      ),
    {
      runs: 5,
      warmup: 1,
    },
  );
  const edited = workbook.clauses.find((c) => c.type !== 'qualitative')!;
  const recomputeOne = await timeRuns(
    () =>
      measure(
        editTargets(workbook, ++edit, (c) => c === edited),
        records,
      ),
    { runs: 5, warmup: 1 },
  );
  return {
    mode: 'full',
    bytes: statSync(path).size,
    rows: records.size,
    importMs: t1 - t0,
    measureMs: t2 - t1,
    wallMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: rss,
    recompute,
    recomputeOne,
    clauses: result.clauses.map((c) => ({ id: c.id, status: c.periods.map((p) => p.status) })),
    breaches: result.breaches.total,
  };
}

/** The workbook with the target of the chosen clauses nudged by a step unique to edit number `k`. */
function editTargets(workbook: Workbook, k: number, chosen: (c: Clause) => boolean): Workbook {
  const share = (s: number) => Math.max(0, s - k * 1e-4);
  const clauses = workbook.clauses.map((c): Clause => {
    if (!chosen(c)) return c;
    switch (c.type) {
      case 'volume':
        return { ...c, target: c.target + k };
      case 'conversion':
        return { ...c, targetRate: share(c.targetRate) };
      case 'velocity':
        return { ...c, targetDays: c.targetDays + k * 0.01 };
      case 'revenue':
        return { ...c, target: c.target + k };
      case 'capacity':
        return { ...c, perRep: c.perRep + k };
      case 'qualitative':
        return c;
      default:
        return { ...c, targetShare: share(c.targetShare) };
    }
  });
  return { ...workbook, clauses };
}

async function parseOnly(path: string): Promise<ParseRun> {
  let rows = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: ',', newline: '\n', quoteChar: '"' });
  await pipeline(
    createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    parser as unknown as NodeJS.ReadWriteStream,
    new Writable({
      objectMode: true,
      write(_row: string[], _enc, done) {
        rows++;
        done();
      },
    }),
  );
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { mode: 'parse', bytes: statSync(path).size, rows: rows - 1, wallMs, cpuMs, peakRssMb: peakRssMb() };
}

/** The raw streaming read of a workbook, as src/main/import/read-xlsx.ts opens it. */
async function xlsxRead(path: string): Promise<ParseRun> {
  let rows = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path, { highWaterMark: 1 << 16 }), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const sheet of reader) for await (const _row of sheet) rows++;
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { mode: 'xlsx-read', bytes: statSync(path).size, rows, wallMs, cpuMs, peakRssMb: peakRssMb() };
}

childMain(async () => {
  const [mode, path] = process.argv.slice(2);
  if (!path) throw new Error('usage: import.js full|parse|xlsx-read <path>');
  if (mode === 'full') return full(path);
  if (mode === 'parse') return parseOnly(path);
  if (mode === 'xlsx-read') return xlsxRead(path);
  throw new Error(`mode must be full, parse or xlsx-read, not ${mode}`);
});
