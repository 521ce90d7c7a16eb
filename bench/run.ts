/**
 * `npm run bench`: every benchmark, each heavy run in a fresh process; prints a table and writes
 * bench/results/latest.json (figures = median of the runs with min–max, plus the machine).
 * Options: --only import,xlsx,stall,scenarios,export,startup,big   --runs N (runs per heavy case; default 3)
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FullRun, ParseRun } from './cases/import';
import type { StallRun } from './cases/responsiveness';
import type { ScenarioRun } from './cases/scenarios';
import type { ExportRun } from './cases/export';
import type { StartupRun } from './cases/startup';
import { benchWorkbook, ROWS, SEED, type Size } from './cases/workload';
import { DATA_DIR, ensureDataset } from './generate/dataset';
import { ensureXlsxTwin } from './generate/xlsx-twin';
import { runInChild } from './harness/child';
import { bigImportGroup } from './groups/big-import';
import { runProcess, type ProcessRun } from './harness/process';
import { nodeFiles } from '../src/main/adapters/node-files';
import { writeWorkbookFile } from '../src/main/services/workbook-files';
import { machine } from './harness/machine';
import { figure, table, writeResults, type Figure } from './report';

const GROUPS = ['import', 'xlsx', 'stall', 'scenarios', 'export', 'startup'] as const;
const { values } = parseArgs({ options: { only: { type: 'string' }, runs: { type: 'string' } } });
// `big` (10M rows, bench/groups/big-import.ts) runs only when named.
const only = new Set<string>(values.only ? values.only.split(',') : GROUPS);
const RUNS = Math.max(1, Number(values.runs ?? 3));
const MB = 1_000_000;

const figures: Figure[] = [];
const details: Record<string, unknown> = {};
const started = new Date();
const host = machine();

const times = async <T>(n: number, f: (i: number) => Promise<T>): Promise<T[]> => {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await f(i));
  return out;
};

/** The bench workbook as a .pacto file, for `pacto measure -w` (written before any timing). */
async function benchWorkbookFile(): Promise<string> {
  const path = join(DATA_DIR, 'bench-workbook-es.pacto');
  await writeWorkbookFile(nodeFiles, path, benchWorkbook(), new Date('2026-01-15T09:00:00Z'));
  return path;
}

/** `pacto measure --json` as a user runs it (built CLI, stdout to a file), from spawn to exit. */
const cliRun = (workbook: string, csv: string): Promise<ProcessRun> =>
  runProcess(['bin/pacto.js', 'measure', '-w', workbook, '-s', csv, '--preset', 'hubspot', '--json'], {
    stdoutPath: resolve('bench/results/cli-measure.out.json'),
  });

/** `pacto measure --json` on a workbook's first sheet with a table. */
const cliXlsxRun = (workbook: string, xlsx: string): Promise<ProcessRun> =>
  runProcess(['bin/pacto.js', 'measure', '-w', workbook, '-s', xlsx, '--preset', 'hubspot', '--json'], {
    stdoutPath: resolve('bench/results/cli-measure-xlsx.out.json'),
  });

/** The DuckDB script (read_csv_auto + the same aggregates), from spawn to exit. */
const duckdbRun = (csv: string): Promise<ProcessRun> =>
  runProcess(['out/bench/duckdb.js', csv], { stdoutPath: resolve('bench/results/duckdb.out.json') });

interface ImportTargets {
  wallMs: number;
  rssMb: number;
  ratio: number;
  recomputeMs: number;
  /** `pacto measure --json` against DuckDB, wall time (×). */
  cliVsDuckdb: number;
  cliRssMb: number;
}

async function importGroup(size: Size, target?: ImportTargets) {
  const label = size === '1m' ? '1M' : '100k';
  const { path } = ensureDataset({ rows: ROWS[size], seed: SEED });
  const workbook = await benchWorkbookFile();
  // Alternate the cases within each round, so a burst of load elsewhere hits them all alike.
  const full: FullRun[] = [];
  const cli: ProcessRun[] = [];
  const duck: ProcessRun[] = [];
  const parse: ParseRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    full.push(await runInChild<FullRun>('import.ts', ['full', path]));
    cli.push(await cliRun(workbook, path));
    duck.push(await duckdbRun(path));
    parse.push(await runInChild<ParseRun>('import.ts', ['parse', path]));
  }
  const bytes = full[0]!.bytes;
  const rows = full[0]!.rows;
  figures.push(
    figure(
      `import.${size}.wall`,
      `import+compliance ${label}: wall`,
      'ms',
      full.map((r) => r.wallMs),
      target && { max: target.wallMs },
    ),
    figure(
      `import.${size}.cpu`,
      `import+compliance ${label}: CPU (all threads)`,
      'ms',
      full.map((r) => r.cpuMs),
    ),
    figure(
      `import.${size}.mbps`,
      `import+compliance ${label}: throughput`,
      'MB/s',
      full.map((r) => bytes / MB / (r.wallMs / 1000)),
    ),
    figure(
      `import.${size}.rowsps`,
      `import+compliance ${label}: rows/s`,
      'rows/s',
      full.map((r) => rows / (r.wallMs / 1000)),
    ),
    figure(
      `import.${size}.rss`,
      `import+compliance ${label}: peak RSS`,
      'MB',
      full.map((r) => r.peakRssMb),
      target && { max: target.rssMb },
    ),
    figure(
      `import.${size}.measure`,
      `compliance pass ${label} (first, in the import run)`,
      'ms',
      full.map((r) => r.measureMs),
    ),
    figure(
      `parse.${size}.wall`,
      `parse-only baseline ${label}: wall`,
      'ms',
      parse.map((r) => r.wallMs),
    ),
    figure(
      `parse.${size}.cpu`,
      `parse-only baseline ${label}: CPU`,
      'ms',
      parse.map((r) => r.cpuMs),
    ),
    figure(
      `parse.${size}.rss`,
      `parse-only baseline ${label}: peak RSS`,
      'MB',
      parse.map((r) => r.peakRssMb),
    ),
    figure(
      `import.${size}.ratio`,
      `full path / parse-only ${label} (wall)`,
      '×',
      full.map((r, i) => r.wallMs / parse[i]!.wallMs),
      target && { max: target.ratio },
    ),
    figure(
      `import.${size}.ratioCpu`,
      `full path / parse-only ${label} (CPU)`,
      '×',
      full.map((r, i) => r.cpuMs / parse[i]!.cpuMs),
    ),
    figure(
      `cli.${size}.wall`,
      `pacto measure --json ${label}: wall (process)`,
      'ms',
      cli.map((r) => r.wallMs),
    ),
    figure(
      `cli.${size}.cpu`,
      `pacto measure --json ${label}: CPU (all threads)`,
      'ms',
      cli.map((r) => r.cpuMs),
    ),
    figure(
      `cli.${size}.rss`,
      `pacto measure --json ${label}: peak RSS`,
      'MB',
      cli.map((r) => r.peakRssMb),
      target && { max: target.cliRssMb },
    ),
    figure(
      `duckdb.${size}.wall`,
      `DuckDB read_csv_auto + aggregates ${label}: wall (process)`,
      'ms',
      duck.map((r) => r.wallMs),
    ),
    figure(
      `duckdb.${size}.cpu`,
      `DuckDB read_csv_auto + aggregates ${label}: CPU (all threads)`,
      'ms',
      duck.map((r) => r.cpuMs),
    ),
    figure(
      `duckdb.${size}.rss`,
      `DuckDB read_csv_auto + aggregates ${label}: peak RSS`,
      'MB',
      duck.map((r) => r.peakRssMb),
    ),
    figure(
      `cli.${size}.vsDuckdb`,
      `pacto measure --json / DuckDB ${label} (wall)`,
      '×',
      cli.map((r, i) => r.wallMs / duck[i]!.wallMs),
      target && { max: target.cliVsDuckdb },
    ),
    figure(
      `cli.${size}.vsDuckdbRss`,
      `pacto measure --json / DuckDB ${label} (peak RSS)`,
      '×',
      cli.map((r, i) => r.peakRssMb / duck[i]!.peakRssMb),
    ),
    figure(
      `import.${size}.vsDuckdb`,
      `import+compliance (in process) / DuckDB ${label} (wall)`,
      '×',
      full.map((r, i) => r.wallMs / duck[i]!.wallMs),
    ),
    figure(
      `recompute.${size}`,
      `recompute metrics on imported ${label} store (all clauses changed)`,
      'ms',
      full.flatMap((r) => r.recompute.samples),
      target && { max: target.recomputeMs },
    ),
    figure(
      `recompute.${size}.one`,
      `recompute metrics on imported ${label} store (one clause edited)`,
      'ms',
      full.flatMap((r) => r.recomputeOne.samples),
    ),
  );
  details[`import.${size}`] = {
    bytes,
    rows,
    breaches: full[0]!.breaches,
    clauses: full[0]!.clauses,
    full,
    cli,
    duckdb: duck,
    parse,
  };
}

/**
 * The 100k-row export as an .xlsx (bench/generate/xlsx-twin.ts: date cells, a notes sheet first)
 * through the app's import path and `pacto measure --json`. DuckDB cannot read .xlsx offline (its
 * spatial/excel extensions are downloads), so the peers, alternated in the same rounds, are the same
 * rows as CSV through Pacto and through DuckDB, and the floor of exceljs's streaming read alone.
 */
async function xlsxGroup() {
  const csv = ensureDataset({ rows: ROWS['100k'], seed: SEED });
  const xlsx = await ensureXlsxTwin(csv);
  const workbook = await benchWorkbookFile();
  const app: FullRun[] = [];
  const appCsv: FullRun[] = [];
  const cli: ProcessRun[] = [];
  const floor: ParseRun[] = [];
  const duck: ProcessRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await runInChild<FullRun>('import.ts', ['full', xlsx]));
    cli.push(await cliXlsxRun(workbook, xlsx));
    floor.push(await runInChild<ParseRun>('import.ts', ['xlsx-read', xlsx]));
    appCsv.push(await runInChild<FullRun>('import.ts', ['full', csv.path]));
    duck.push(await duckdbRun(csv.path));
  }
  const ratio = (a: number[], b: number[]) => a.map((x, i) => x / b[i]!);
  const f = (id: string, label: string, unit: string, v: number[]) =>
    figures.push(figure(`xlsx.100k.${id}`, `xlsx 100k: ${label}`, unit, v));
  f(
    'import',
    'import (app path, exceljs in the worker)',
    'ms',
    app.map((r) => r.importMs),
  );
  f(
    'wall',
    'import+compliance: wall',
    'ms',
    app.map((r) => r.wallMs),
  );
  f(
    'cpu',
    'import+compliance: CPU (all threads)',
    'ms',
    app.map((r) => r.cpuMs),
  );
  f(
    'rss',
    'import+compliance: peak RSS',
    'MB',
    app.map((r) => r.peakRssMb),
  );
  f(
    'cli',
    'pacto measure --json: wall (process)',
    'ms',
    cli.map((r) => r.wallMs),
  );
  f(
    'cli.rss',
    'pacto measure --json: peak RSS',
    'MB',
    cli.map((r) => r.peakRssMb),
  );
  f(
    'floor',
    'floor, exceljs streaming read only: wall',
    'ms',
    floor.map((r) => r.wallMs),
  );
  f(
    'floor.rss',
    'floor, exceljs streaming read only: peak RSS',
    'MB',
    floor.map((r) => r.peakRssMb),
  );
  f(
    'csv',
    'same rows as CSV, import (app path)',
    'ms',
    appCsv.map((r) => r.importMs),
  );
  f(
    'duckdb',
    'same rows as CSV, DuckDB read_csv_auto + aggregates: wall',
    'ms',
    duck.map((r) => r.wallMs),
  );
  f(
    'vsFloor',
    'import / exceljs read floor',
    '×',
    ratio(
      app.map((r) => r.importMs),
      floor.map((r) => r.wallMs),
    ),
  );
  f(
    'vsCsv',
    'import / same rows as CSV (app path)',
    '×',
    ratio(
      app.map((r) => r.importMs),
      appCsv.map((r) => r.importMs),
    ),
  );
  f(
    'cliVsDuckdb',
    'pacto measure --json / DuckDB on the CSV (wall)',
    '×',
    ratio(
      cli.map((r) => r.wallMs),
      duck.map((r) => r.wallMs),
    ),
  );
  f(
    'cliVsDuckdbRss',
    'pacto measure --json / DuckDB on the CSV (peak RSS)',
    '×',
    ratio(
      cli.map((r) => r.peakRssMb),
      duck.map((r) => r.peakRssMb),
    ),
  );
  details.xlsx = { bytes: app[0]!.bytes, rows: app[0]!.rows, app, cli, floor, csv: appCsv, duckdb: duck };
}

async function stallGroup() {
  const { path } = ensureDataset({ rows: ROWS['1m'], seed: SEED });
  const runs = await times(RUNS, () => runInChild<StallRun>('responsiveness.ts', [path]));
  figures.push(
    figure(
      'stall.1m',
      'main event loop: longest stall during 1M import',
      'ms',
      runs.map((r) => r.longestStallMs),
      { max: 50 },
    ),
    figure(
      'stall.1m.p99',
      'main event loop: p99 delay during 1M import',
      'ms',
      runs.map((r) => r.p99Ms),
    ),
  );
  details.stall = runs;
}

async function scenarioGroup() {
  const r = await runInChild<ScenarioRun>('scenarios.ts');
  figures.push(
    figure('scenario.recompute', `scenario recompute (${r.stages} stages, 12 months)`, 'µs', r.recomputeUs, {
      max: 1000,
    }),
    figure(
      'scenario.monteCarlo',
      `Monte Carlo ${r.monteCarloRuns.toLocaleString('en-US')} runs`,
      'ms',
      r.monteCarloMs,
      { max: 250 },
    ),
    figure('scenario.sensitivity.revenue', 'sensitivity ±5 pts (revenue)', 'ms', r.sensitivityRevenueMs),
    figure(
      'scenario.sensitivity.volume',
      'sensitivity ±5 pts (required volume)',
      'ms',
      r.sensitivityVolumeMs,
    ),
  );
  details.scenarios = r;
}

async function exportGroup() {
  details.exportPrepare = await runInChild<{ breaches: number }>('export.ts', ['prepare']);
  const big = await times(RUNS, () => runInChild<ExportRun>('export.ts', ['xlsx', '100000']));
  const capped = await times(RUNS, () => runInChild<ExportRun>('export.ts', ['xlsx', '5000']));
  const pdf = await times(RUNS, () => runInChild<ExportRun>('export.ts', ['pdf']));
  figures.push(
    figure(
      'export.xlsx.100k',
      'xlsx, 100k breach rows: time',
      'ms',
      big.map((r) => r.wallMs),
      { max: 6000 },
    ),
    figure(
      'export.xlsx.100k.rss',
      'xlsx, 100k breach rows: peak RSS',
      'MB',
      big.map((r) => r.peakRssMb),
      { max: 250 },
    ),
    figure(
      'export.xlsx.5k',
      'xlsx, 5,000 breach rows (snapshot cap): time',
      'ms',
      capped.map((r) => r.wallMs),
    ),
    figure(
      'export.pdf',
      'PDF of the template workbook: time',
      'ms',
      pdf.map((r) => r.wallMs),
    ),
    figure(
      'export.pdf.pages',
      'PDF of the template workbook: pages',
      'pages',
      pdf.map((r) => r.pages ?? 0),
    ),
  );
  details.export = { xlsx100k: big, xlsx5k: capped, pdf };
}

async function startupGroup() {
  const r = await runInChild<StartupRun>('startup.ts');
  figures.push(
    figure('startup.fcp', 'renderer: first contentful paint', 'ms', r.firstContentfulPaintMs),
    figure('startup.ready', 'renderer: first frame with the first screen ready', 'ms', r.readyFrameMs),
    figure('startup.js', 'renderer: JavaScript loaded at start', 'KB', [r.jsBytes / 1000]),
    figure('startup.jsGzip', 'renderer: JavaScript loaded at start (gzip)', 'KB', [r.jsGzipBytes / 1000]),
  );
  details.startup = r;
}

/** A failing group (e.g. out/ being rebuilt under it) is reported and the others still run. */
const errors: string[] = [];
const group = async (name: string, run: () => Promise<void>): Promise<void> => {
  if (!only.has(name)) return;
  try {
    await run();
  } catch (e) {
    errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    console.error(`bench ${name} failed:`, e);
  }
};

if (only.has('import') || only.has('xlsx') || only.has('stall') || only.has('export')) {
  // Generate (or reuse) the data before any timing starts.
  for (const size of ['100k', '1m'] as const) ensureDataset({ rows: ROWS[size], seed: SEED });
}
await group('scenarios', scenarioGroup);
await group('import', async () => {
  await importGroup('100k');
  await importGroup('1m', {
    wallMs: 3000,
    rssMb: 300,
    ratio: 2,
    recomputeMs: 150,
    cliVsDuckdb: 1.5,
    cliRssMb: 300,
  });
});
await group('xlsx', xlsxGroup);
await group('big', async () => {
  details.big = await bigImportGroup(await benchWorkbookFile(), Math.min(RUNS, 2), figures);
});
await group('stall', stallGroup);
await group('export', exportGroup);
await group('startup', startupGroup);
if (errors.length > 0) details.errors = errors;

const out = resolve('bench/results/latest.json');
writeResults(out, {
  machine: { ...host, loadAverageAtEnd: Math.round(loadavg()[0]! * 100) / 100 } as typeof host,
  startedAt: started.toISOString(),
  finishedAt: new Date().toISOString(),
  figures,
  details,
});
console.log(`\nPacto benchmarks — ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB, Node ${host.node}`);
console.log(`load average at start ${host.loadAverage}, at end ${loadavg()[0]!.toFixed(2)}\n`);
console.log(table(figures));
if (details.startup) {
  console.log('\nlargest renderer modules (rendered bytes):');
  for (const m of (details.startup as StartupRun).largestModules)
    console.log(`  ${String(m.bytes).padStart(9)}  ${m.module}`);
}
console.log(`\nwrote ${out}`);
if (errors.length > 0) {
  console.error(`\n${errors.length} group(s) failed:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}
