import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../shared/errors/result';
import { ImportError } from '../../shared/import/errors';
import type { ImportOutcome, ImportProgress, ImportRequest } from '../../shared/import/types';
import { unpackIds, type WorkerCommand, type WorkerMessage } from './worker-protocol';

export type { ImportOutcome, ImportProgress, ImportRequest } from '../../shared/import/types';
export { sniffFile } from './read-csv';

/**
 * Starts the worker. Built app and CLI: `import-worker.js` beside the bundle that contains this module
 * (out/main/). Tests and `tsx` runs: the TypeScript source, loaded through tsx's loader registered
 * inside the worker (Node 20 ignores `--import tsx` in a worker's execArgv for its entry file).
 */
function startWorker(req: ImportRequest): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = JSON.stringify(new URL('./worker.ts', here).href);
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${entry}); })`;
    return new Worker(boot, { eval: true, workerData: req });
  }
  let built = new URL('./import-worker.js', here);
  // A bundle elsewhere (e.g. out/cli/) finds the worker in out/main/.
  if (!existsSync(fileURLToPath(built))) built = new URL('../main/import-worker.js', here);
  return new Worker(built, { workerData: req });
}

/**
 * Imports CSV files off the main thread. Progress is reported about ten times a second; aborting the
 * signal stops the worker and resolves with `import:errors.cancelled`. The records are only returned
 * whole: a failed or cancelled import hands back nothing to apply.
 */
export function runImport(
  req: ImportRequest,
  opts: { onProgress?(p: ImportProgress): void; signal?: AbortSignal } = {},
): Promise<Result<ImportOutcome>> {
  if (opts.signal?.aborted) return Promise.resolve(fail(ImportError.cancelled));
  const worker = startWorker(req);
  return new Promise((resolve) => {
    let settled = false;
    // The result has arrived and its ids are being unpacked: the worker's exit is expected now.
    let done = false;
    const settle = (r: Result<ImportOutcome>): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(r);
      void worker.terminate();
    };
    const onAbort = (): void => {
      worker.postMessage({ type: 'cancel' } satisfies WorkerCommand);
      // The worker answers `cancelled` at its next chunk; terminate if it cannot.
      setTimeout(() => settle(fail(ImportError.cancelled)), 2000).unref();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') opts.onProgress?.(m.progress);
      else if (opts.signal?.aborted) settle(fail(ImportError.cancelled));
      else if (m.result.ok && m.ids) {
        const { result } = m;
        done = true;
        const ids = m.ids;
        // Let the worker's heap go before a million id strings are built here: the two at once set
        // the import's peak memory.
        worker
          .terminate()
          .then(() => unpackIds(ids))
          .then(
            (ids) => {
              result.value.records.ids = ids;
              settle(opts.signal?.aborted ? fail(ImportError.cancelled) : result);
            },
            (e: unknown) => settle(fail(ImportError.internal, { detail: (e as Error).message })),
          );
      } else settle(m.result);
    });
    worker.on('error', (e) => settle(fail(ImportError.internal, { detail: e.message })));
    worker.on('exit', (code) => {
      if (!done) settle(fail(ImportError.internal, { detail: `worker exited with code ${code}` }));
    });
  });
}
