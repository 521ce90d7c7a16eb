/**
 * The main process's event loop (the thread that answers IPC) while a 1M-row import runs in the
 * worker: the longest stall seen by a 5 ms interval probe (how late each tick fired) and by
 * perf_hooks.monitorEventLoopDelay, from the moment the import starts until its records have arrived
 * (the transfer of the columnar store back to this thread included). Runs on the built bundle
 * (out/bench/responsiveness.js) under plain `node`, given the CSV's path by the parent.
 */
import { runImport } from '../../src/main/import/run-import';
import { childMain } from '../harness/child';
import { startLoopProbe, type LoopDelay } from '../harness/loop-delay';
import { benchWorkbook, importRequest } from './workload';

export interface StallRun extends LoopDelay {
  rows: number;
  importMs: number;
  progressEvents: number;
}

childMain(async (): Promise<StallRun> => {
  const path = process.argv[2];
  if (!path) throw new Error('usage: responsiveness.js <csv path>');
  const req = importRequest(path, benchWorkbook());
  let progressEvents = 0;
  const probe = startLoopProbe();
  const t0 = performance.now();
  const imported = await runImport(req, { onProgress: () => progressEvents++ });
  const importMs = performance.now() - t0;
  const delay = await probe.stop();
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.error)}`);
  return { rows: imported.value.records.size, importMs, progressEvents, ...delay };
});
