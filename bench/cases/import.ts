/**
 * One run of an import benchmark, in its own process (see harness/child.ts):
 *   full  <size>  the real path — runImport (worker thread, sniff, papaparse, mapper, columnar store)
 *                 then the compliance engine — plus, on the imported store, a few timed recomputes;
 *   parse <size>  the baseline: the same file through the bare parser (papaparse on a UTF-8 stream),
 *                 counting rows and nothing else.
 */
import { createReadStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import Papa from 'papaparse';
import { measure } from '../../src/shared/compliance/engine';
import { runImport } from '../../src/main/import/run-import';
import { ensureDataset } from '../generate/dataset';
import { childMain, peakRssMb } from '../harness/child';
import { timeRuns, type Spread } from '../harness/stats';
import { ROWS, SEED, benchWorkbook, importRequest, isSize } from './workload';

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
  recompute: Spread;
  clauses: { id: string; status: string[] }[];
  breaches: number;
}
export interface ParseRun {
  mode: 'parse';
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
  const recompute = await timeRuns(() => measure(workbook, records), { runs: 5, warmup: 1 });
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
    clauses: result.clauses.map((c) => ({ id: c.id, status: c.months.map((m) => m.status) })),
    breaches: result.breaches.total,
  };
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

childMain(async () => {
  const [mode, size] = process.argv.slice(2);
  if (!isSize(size)) throw new Error(`size must be 100k or 1m, not ${size}`);
  const { path } = ensureDataset({ rows: ROWS[size], seed: SEED });
  if (mode === 'full') return full(path);
  if (mode === 'parse') return parseOnly(path);
  throw new Error(`mode must be full or parse, not ${mode}`);
});
