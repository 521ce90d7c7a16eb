/**
 * The main process's event loop (the thread that answers IPC) while a 1M-row import runs in the
 * worker: the longest stall seen by a 5 ms interval probe (how late each tick fired) and by
 * perf_hooks.monitorEventLoopDelay, from the moment the import starts until its records have arrived
 * (the transfer of the columnar store back to this thread included). Runs on the built bundle
 * (out/bench/responsiveness.js) under plain `node`, given the CSV's path by the parent.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { runImport } from '../../src/main/import/run-import';
import { childMain } from '../harness/child';
import { benchWorkbook, importRequest } from './workload';

export interface StallRun {
  rows: number;
  importMs: number;
  longestStallMs: number;
  /** When the longest stall ended, in ms since the import started (start-up, streaming, or hand-back). */
  longestAtMs: number;
  /** monitorEventLoopDelay's max (ms), for comparison with the probe. */
  histogramMaxMs: number;
  p99Ms: number;
  progressEvents: number;
}

const PROBE_MS = 5;

childMain(async (): Promise<StallRun> => {
  const path = process.argv[2];
  if (!path) throw new Error('usage: responsiveness.js <csv path>');
  const req = importRequest(path, benchWorkbook());

  let longest = 0;
  let longestAt = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    if (now - last - PROBE_MS > longest) {
      longest = now - last - PROBE_MS;
      longestAt = now - t0;
    }
    last = now;
  }, PROBE_MS);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let progressEvents = 0;
  const t0 = performance.now();
  const imported = await runImport(req, { onProgress: () => progressEvents++ });
  const importMs = performance.now() - t0;
  // One more probe tick, so a stall at the very end (receiving the records) is counted.
  await new Promise((r) => setTimeout(r, PROBE_MS * 2));
  clearInterval(probe);
  histogram.disable();
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.error)}`);
  return {
    rows: imported.value.records.size,
    importMs,
    longestStallMs: longest,
    longestAtMs: longestAt,
    histogramMaxMs: histogram.max / 1e6,
    p99Ms: histogram.percentile(99) / 1e6,
    progressEvents,
  };
});
