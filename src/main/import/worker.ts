/**
 * Entry of the import worker thread (built as its own bundle, see electron.vite.config.ts): the import
 * runs here so a million-row file never blocks the main process's event loop. See worker-protocol.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RecordMapper } from '../../shared/import/mapper';
import { readPart } from './import-files';
import { transferablesOf, type WorkerCommand, type WorkerMessage, type WorkerStart } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import worker started outside a worker thread');
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

const finish = (mapper: RecordMapper, m: WorkerCommand & { type: 'finish' }): void => {
  const repeats = m.otherIds ? mapper.countKnown(m.otherIds) : 0;
  if (repeats > 0) post({ type: 'repeats', count: repeats });
  else {
    const part = mapper.resolve(m.orders);
    post({ type: 'done', part }, transferablesOf(part));
  }
  port.close();
};

const { req, part } = workerData as WorkerStart;
const cancel = new AbortController();
let mapper: RecordMapper | undefined;
port.on('message', (m: WorkerCommand) => {
  if (m.type === 'cancel') cancel.abort();
  else if (mapper) finish(mapper, m);
});

const read = await readPart(
  req,
  { signal: cancel.signal, onProgress: (progress) => post({ type: 'progress', progress }) },
  part,
);
if (read.ok) {
  mapper = read.value.mapper;
  // A later part's ids go (copied) to part 0, which checks that it has read none of them.
  const ids = part.index > 0 ? mapper.packedIds() : undefined;
  post({ type: 'parsed', result: { ok: true, value: read.value.parsed }, ...(ids ? { ids } : {}) });
} else {
  post({ type: 'parsed', result: read });
  port.close();
}
