/**
 * Entry of the import worker thread (built as its own bundle, see electron.vite.config.ts): the import
 * runs here so a million-row file never blocks the main process's event loop. See worker-protocol.ts.
 */
import { parentPort } from 'node:worker_threads';
import { sortedFingerprints } from '../../shared/import/columns';
import { zoneResolver } from '../../shared/import/dates';
import type { RecordMapper } from '../../shared/import/mapper';
import { readPart } from './import-files';
import {
  buffersOf,
  transferablesOf,
  type WorkerCommand,
  type WorkerMessage,
  type WorkerStart,
} from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import worker started outside a worker thread');
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

const finish = (mapper: RecordMapper, m: Extract<WorkerCommand, { type: 'finish' }>): void => {
  const part = mapper.resolve(m.orders);
  post({ type: 'done', part }, transferablesOf(part));
  port.close();
};

const cancel = new AbortController();
let mapper: RecordMapper | undefined;
let started: (start: WorkerStart) => void;
const start = new Promise<WorkerStart>((resolve) => (started = resolve));
port.on('message', (m: WorkerCommand) => {
  if (m.type === 'start') started(m);
  else if (m.type === 'cancel') cancel.abort();
  else if (m.type === 'finish' && mapper) finish(mapper, m);
});

// While it waits: ICU loads its time-zone data on first use (≈ 25 ms), which every import needs.
zoneResolver('UTC');
const { req, part } = await start;
const read = await readPart(
  req,
  { signal: cancel.signal, onProgress: (progress) => post({ type: 'progress', progress }) },
  part,
);
if (read.ok) {
  mapper = read.value.mapper;
  // A part of a split read took every id as new: its sorted id fingerprints go to the coordinator,
  // which reads the file again in one part if any id may repeat (see runImport).
  const keys = part.count > 1 ? sortedFingerprints(mapper.packedIds()) : undefined;
  post(
    { type: 'parsed', result: { ok: true, value: read.value.parsed }, ...(keys ? { keys } : {}) },
    keys ? buffersOf([keys]) : [],
  );
} else {
  post({ type: 'parsed', result: read });
  port.close();
}
