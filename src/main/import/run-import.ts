import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fail, ok, type AppError, type Result } from '../../shared/errors/result';
import { ImportError } from '../../shared/import/errors';
import { repeatSteps } from '../../shared/import/columns';
import { mergeSteps, settleParts, type MappedPart } from '../../shared/import/parts';
import type { Steps } from '../../shared/import/steps';
import type { ImportOutcome, ImportProgress, ImportRequest } from '../../shared/import/types';
import { outcomeOf, type PartParsed } from './import-files';
import { MAX_PARTS, releaseWarmWorkers, takeImportWorker } from './import-workers';
import { type WorkerCommand, type WorkerMessage } from './worker-protocol';

export type { ImportOutcome, ImportProgress, ImportRequest } from '../../shared/import/types';
export { sniffFile } from './sources';

/**
 * A file read alone is split into parts of at least this size, one per core: parsing is the import's
 * cost, and the parts parse at once. Smaller parts are not worth a worker's start-up and the merge.
 */
export const PART_MIN_BYTES = 16 * 1024 * 1024;
const readsWorkbook = (req: ImportRequest): boolean =>
  req.sources.some((s) => s.sheet !== undefined || /\.xlsx$/i.test(s.path));

export interface RunImportOptions {
  onProgress?(p: ImportProgress): void;
  signal?: AbortSignal;
  /** Parts to read the primary file in; default one per core for a file read alone (PART_MIN_BYTES each). */
  parts?: number;
}

/**
 * Imports CSV files off the main thread, in one worker or (a large file read alone) one per core, each
 * reading a part of the file. Progress is reported about ten times a second; aborting the signal stops the
 * workers and resolves with `import:errors.cancelled`. The records are only returned whole: a failed
 * or cancelled import hands back nothing to apply.
 */
export async function runImport(
  req: ImportRequest,
  opts: RunImportOptions = {},
): Promise<Result<ImportOutcome>> {
  if (opts.signal?.aborted) return fail(ImportError.cancelled);
  const parts = opts.parts ?? (await defaultParts(req));
  const job = new ImportJob(req, parts, opts);
  let result: Awaited<ReturnType<ImportJob['run']>>;
  try {
    result = await job.run();
  } catch (e) {
    if (opts.signal?.aborted) return fail(ImportError.cancelled);
    return fail(ImportError.internal, { detail: (e as Error).message });
  } finally {
    await job.stop();
  }
  return result === 'repeats' ? runImport(req, { ...opts, parts: 1 }) : result;
}

async function defaultParts(req: ImportRequest): Promise<number> {
  if (req.sources.length !== 1 || req.join) return 1;
  const size = await stat(req.sources[0]!.path).then(
    (s) => s.size,
    () => 0,
  );
  return Math.max(1, Math.min(availableParallelism(), MAX_PARTS, Math.floor(size / PART_MIN_BYTES)));
}

/** A worker's messages other than progress, taken in the order they came. */
class Inbox {
  private readonly queue: WorkerMessage[] = [];
  private wake?: () => void;
  private exit?: number;

  constructor(
    worker: Worker,
    onProgress: (p: ImportProgress) => void,
    private readonly failed: Promise<never>,
    onMessage: (m: WorkerMessage) => void = () => undefined,
  ) {
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') return onProgress(m.progress);
      onMessage(m);
      this.queue.push(m);
      this.wake?.();
    });
    worker.on('exit', (code) => {
      this.exit = code;
      this.wake?.();
    });
  }

  /** The next message; rejects if the worker exits first, fails or the import is cancelled. */
  async next(): Promise<WorkerMessage> {
    for (;;) {
      const m = this.queue.shift();
      if (m) return m;
      if (this.exit !== undefined) throw new Error(`worker exited with code ${this.exit}`);
      await Promise.race([new Promise<void>((r) => (this.wake = r)), this.failed]);
    }
  }
}

/** The workers of one import, one per part of the primary file. */
class ImportJob {
  private readonly workers: Worker[];
  private readonly inboxes: Inbox[];
  private readonly progress: (ImportProgress | undefined)[];
  private lastReport = 0;
  private readonly onAbort: () => void;
  /** Resolves when the first part has parsed: the file's hash starts then (see run). */
  private readonly firstParsed: Promise<void>;
  /** Stops the file's hash when the import ends without it (a part failed, e.g. past the row limit). */
  private readonly hashStop = new AbortController();

  constructor(
    private readonly req: ImportRequest,
    count: number,
    private readonly opts: RunImportOptions,
  ) {
    let fail: (e: Error) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => undefined);
    this.onAbort = () => fail(new Error('cancelled'));
    opts.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.progress = new Array<ImportProgress | undefined>(count);
    // The parts count their records together, so a file over the row limit stops in every part.
    const records = count > 1 ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
    const kind = readsWorkbook(req) ? 'xlsx' : 'csv';
    this.workers = Array.from({ length: count }, (_, index) => {
      const start: WorkerCommand = {
        type: 'start',
        req,
        part: { index, count, ...(records ? { records } : {}) },
      };
      const worker = takeImportWorker(kind).on('error', fail);
      worker.postMessage(start);
      return worker;
    });
    releaseWarmWorkers();
    let parsed: () => void = () => undefined;
    this.firstParsed = new Promise<void>((r) => (parsed = r));
    const onMessage = (m: WorkerMessage): void => (m.type === 'parsed' ? parsed() : undefined);
    this.inboxes = this.workers.map((w, i) => new Inbox(w, (p) => this.report(i, p), failed, onMessage));
  }

  /** One progress figure for all parts: rows and bytes summed, at most ten times a second. */
  private report(index: number, p: ImportProgress): void {
    this.progress[index] = p;
    const now = Date.now();
    if (p.phase === 'finish' || now - this.lastReport < 100) return;
    this.lastReport = now;
    this.reportSum(this.progress);
  }

  /** The parts' progress summed; the last figure (`finish`) only over the parts that were kept. */
  private reportSum(parts: (ImportProgress | undefined)[], phase?: 'finish'): void {
    const all = parts.filter((x): x is ImportProgress => x !== undefined);
    const first = all[0];
    if (!first || !this.opts.onProgress) return;
    const bytesRead = all.reduce((n, x) => n + x.bytesRead, 0);
    this.opts.onProgress({
      ...first,
      ...(phase ? { phase } : {}),
      rows: all.reduce((n, x) => n + x.rows, 0),
      bytesRead: phase ? first.totalBytes : Math.min(first.totalBytes, bytesRead),
      rowsPerSecond: all.reduce((n, x) => n + x.rowsPerSecond, 0),
    });
  }

  async run(): Promise<Result<ImportOutcome> | 'repeats'> {
    const hashSignal = this.opts.signal
      ? AbortSignal.any([this.opts.signal, this.hashStop.signal])
      : this.hashStop.signal;
    // The hash waits for a part to finish parsing: started with the parts, it took a share of the cores
    // they parse on (≈ 0.15–0.25 s of a 1M-row import's wall time); the last part, the merge and the
    // caller's first measurement leave a core free for it.
    const path = this.req.sources[0]!.path;
    const hash =
      this.workers.length > 1 ? this.firstParsed.then(() => sha256File(path, hashSignal)) : undefined;
    hash?.catch(() => undefined);
    const parsed: PartParsed[] = [];
    const keys: BigUint64Array[] = [];
    for (let index = 0; index < this.workers.length; index++) {
      const m = await this.inboxes[index]!.next();
      if (m.type !== 'parsed') throw new Error(`unexpected ${m.type}`);
      // A later part numbers rows from its own start: its errors name the file's rows.
      if (!m.result.ok) return { ok: false, error: shiftRow(m.result.error, rowsBefore(parsed)) };
      parsed.push(m.result.value);
      if (m.keys) keys.push(m.keys);
      // This part read on to the end of the file (no row boundary at its end): later parts are dropped.
      if (m.result.value.toEnd) break;
    }
    for (const w of this.workers.slice(parsed.length)) void w.terminate();
    this.reportSum(this.progress.slice(0, parsed.length), 'finish');
    // The parts took every id as new: an id that may repeat (in a part or across parts) sends the
    // file back to one part, which judges ids in file order. Before the row limit too: the parts'
    // counts include repeated ids.
    const repeats = async (): Promise<boolean> => keys.length > 0 && (await stepped(repeatSteps(keys)));
    const { plan, ctx } = parsed[0]!;
    const summaries = parsed.map((p) => p.summary);
    const orders = settleParts(plan, ctx, summaries);
    if (!orders.ok) return (await repeats()) ? 'repeats' : orders;
    // The parts resolve their dates while the ids are checked.
    const finish: WorkerCommand = { type: 'finish', orders: orders.value };
    parsed.forEach((_, i) => this.workers[i]!.postMessage(finish));
    if (await repeats()) return 'repeats';
    const mapped: MappedPart[] = [];
    for (let index = 0; index < parsed.length; index++) {
      const m = await this.inboxes[index]!.next();
      if (m.type !== 'done') throw new Error(`unexpected ${m.type}`);
      mapped.push(m.part);
    }
    // Let the workers' heaps go before the merge allocates: both at once would set the peak.
    await this.terminate();
    const offsets = parsed.map((_, i) => rowsBefore(parsed.slice(0, i)));
    const merged = await stepped(mergeSteps(plan, ctx, { summaries, orders: orders.value }, mapped, offsets));
    if (!merged.ok) return merged;
    // The parts of a split read hash nothing (each reads only some of the file).
    const sha256 = await hash;
    if (this.opts.signal?.aborted) return fail(ImportError.cancelled);
    return ok(outcomeOf(parsed, merged.value, sha256));
  }

  private async terminate(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  async stop(): Promise<void> {
    this.hashStop.abort();
    this.opts.signal?.removeEventListener('abort', this.onAbort);
    await this.terminate();
  }
}

/** Runs the steps with a turn of the event loop between them (see steps.ts). */
async function stepped<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((r) => setImmediate(r));
  }
}

/** Primary-file rows read by these parts (header and preamble included, as row numbers count them). */
const rowsBefore = (parts: PartParsed[]): number =>
  parts.reduce((n, p) => n + (p.sources[p.plan.primary]?.rows ?? 0), 0);

function shiftRow(error: AppError, by: number): AppError {
  const row = error.params?.row;
  return typeof row === 'number' && by > 0 ? { ...error, params: { ...error.params, row: row + by } } : error;
}

/**
 * The file's SHA-256, read beside the parts (each of which reads only its half), in a small worker of
 * its own: on the main thread, its 1 MB read-and-hash steps were that thread's only sizeable work
 * during a split import, and on a busy machine they stretched into 100–200 ms stalls of the loop that
 * answers the window. One buffer is read into again and again: a stream's fresh 1 MB chunks piled up
 * ≈ 140 MB before a GC freed them. Rejects if the signal aborts (the worker is then stopped).
 */
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const hash = createHash('sha256');
const fd = openSync(workerData, 'r');
try {
  const buf = Buffer.allocUnsafe(1 << 20);
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

function sha256File(path: string, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const worker = new Worker(HASH_WORKER, { eval: true, workerData: path });
    const abort = (): void => {
      void worker.terminate();
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', abort, { once: true });
    const done = (): void => signal.removeEventListener('abort', abort);
    worker.once('message', (hex: string) => {
      done();
      resolve(hex);
    });
    worker.once('error', (e) => {
      done();
      reject(e);
    });
    worker.once('exit', (code) => {
      done();
      reject(new Error(`hash worker exited with code ${code}`));
    });
  });
}
