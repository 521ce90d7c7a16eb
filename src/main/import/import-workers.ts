/**
 * The import's worker threads, and a few started ahead of time. A worker takes ≈ 0.3 s to boot
 * (Node's own start, then the importer's modules) before it reads a byte; `pacto measure` starts
 * them while its main thread still loads its own modules and reads the workbook, so the two overlap.
 * Each worker waits for its `start` message (worker-protocol.ts), so a warm one serves any part.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Workers at most, whatever the cores: each holds its own heap (≈ 10–30 MB). */
export const MAX_PARTS = 8;

/**
 * A small young generation per CSV worker: parsing makes short-lived strings at a great rate, and
 * V8's default let each of two workers hold ≈ 30 MB more of them between scavenges (1M rows: peak RSS
 * ≈ 325 MB with the default or 32 MB, ≈ 300 with 8 MB, at the same speed). A workbook's worker gets
 * 64 MB: exceljs's cell objects outlive an 8 MB young generation, and with it a 100k-row sheet took
 * twice the CPU (12–16 s against 6.6–8 s, same peak RSS ≈ 245 MB).
 */
const LIMITS = { csv: { maxYoungGenerationSizeMb: 8 }, xlsx: { maxYoungGenerationSizeMb: 64 } };
export type WorkerKind = keyof typeof LIMITS;

/**
 * Starts a worker. Built app and CLI: `import-worker.js` beside the bundle that contains this module
 * (out/main/). Tests and `tsx` runs: the TypeScript source, loaded through tsx's loader registered
 * inside the worker (Node 20 ignores `--import tsx` in a worker's execArgv for its entry file).
 */
function startWorker(kind: WorkerKind): Worker {
  const resourceLimits = LIMITS[kind];
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = JSON.stringify(new URL('./worker.ts', here).href);
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${entry}); })`;
    return new Worker(boot, { eval: true, resourceLimits });
  }
  let built = new URL('./import-worker.js', here);
  if (!existsSync(fileURLToPath(built))) built = new URL('../main/import-worker.js', here);
  return new Worker(built, { resourceLimits });
}

/** CSV workers started ahead, unreferenced until taken so that they never keep the process alive. */
const warm: Worker[] = [];

/** Starts CSV workers ahead of an import, one per core (at most MAX_PARTS), if none are waiting. */
export function warmImportWorkers(count = Math.min(availableParallelism(), MAX_PARTS)): void {
  while (warm.length < count) {
    const w = startWorker('csv');
    w.unref();
    warm.push(w);
  }
}

/** A worker for one part of an import: a warm one when it reads CSV, else a new one. */
export function takeImportWorker(kind: WorkerKind): Worker {
  const w = kind === 'csv' ? warm.shift() : undefined;
  if (!w) return startWorker(kind);
  w.ref();
  return w;
}

/** Stops the warm workers an import did not take. */
export function releaseWarmWorkers(): void {
  for (const w of warm.splice(0)) void w.terminate();
}
