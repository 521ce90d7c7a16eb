/**
 * Entry of the import worker thread (built as its own bundle, see electron.vite.config.ts): the import
 * runs here so a million-row file never blocks the main process's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportRequest } from '../../shared/import/types';
import { importFiles } from './import-files';
import { idBuffers, transferablesOf, type WorkerMessage, type WorkerCommand } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import worker started outside a worker thread');

const cancel = new AbortController();
port.on('message', (m: WorkerCommand) => {
  if (m.type === 'cancel') cancel.abort();
});

const result = await importFiles(workerData as ImportRequest, {
  signal: cancel.signal,
  onProgress: (p) => port.postMessage({ type: 'progress', progress: p } satisfies WorkerMessage),
  packIds: true,
});
if (result.ok) {
  const { packedIds: ids, ...outcome } = result.value;
  port.postMessage({ type: 'done', result: { ok: true, value: outcome }, ids } satisfies WorkerMessage, [
    ...transferablesOf(outcome.records),
    ...(ids ? idBuffers(ids) : []),
  ]);
} else port.postMessage({ type: 'done', result } satisfies WorkerMessage);
port.close();
