import type { Result } from '../../shared/errors/result';
import type { RecordSet } from '../../shared/records/record-set';
import type { MappedPart } from '../../shared/import/parts';
import type { ColumnRef, DateOrder, ImportProgress, ImportRequest } from '../../shared/import/types';
import type { PackedIds } from '../../shared/import/columns';
import type { PartOf, PartParsed } from './import-files';

/** What a worker is started with: the import, and which part of its primary file to read. */
export interface WorkerStart {
  req: ImportRequest;
  part: PartOf;
}

/**
 * A worker reads its part and reports `parsed`; the coordinator settles the parts' date orders and
 * sends `finish`; the worker resolves its dates and reports `done` with its columns (transferred).
 * The parts of a split read send their sorted id fingerprints with `parsed`: ids must be judged in
 * file order, so if any id may repeat the coordinator reads the file again in one part.
 */
export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  /** `keys`: the part's sorted id fingerprints (sortedFingerprints), when the file was split. */
  | { type: 'parsed'; result: Result<PartParsed>; keys?: BigUint64Array }
  /**
   * The ids travel as buffers inside the part and stay so in the records (PackedIdList): a million
   * id strings structured-cloned in one message were deserialised on the main thread in one task, a
   * 170–500 ms stall of the UI; transferred buffers cost nothing.
   */
  | { type: 'done'; part: MappedPart };
/** `start` comes first: a worker may be started before its import is known (see import-workers.ts). */
export type WorkerCommand =
  | ({ type: 'start' } & WorkerStart)
  | { type: 'cancel' }
  | { type: 'finish'; orders: Record<ColumnRef, DateOrder> };

/** The typed arrays' buffers: moved, not copied, to the main thread (tens of MB for 1M records). */
export function transferablesOf(p: MappedPart): ArrayBuffer[] {
  const r: RecordSet = p.records;
  const out = new Set<ArrayBuffer>();
  const add = (a: unknown): void => {
    if (ArrayBuffer.isView(a) && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  };
  // Every column, whatever its field: one left out is copied, not moved.
  for (const col of Object.values(r.stageEntered)) add(col);
  for (const value of Object.values(r))
    add(value && typeof value === 'object' && 'codes' in value ? value.codes : value);
  for (const b of idBuffers(p.packedIds)) out.add(b);
  return [...out];
}

/** The buffers of packed ids, to move them to another thread. */
export const idBuffers = (p: PackedIds): ArrayBuffer[] =>
  [p.chars.buffer, p.ends.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);

/** The buffers of typed arrays, to move them to another thread. */
export const buffersOf = (arrays: { buffer: ArrayBufferLike }[]): ArrayBuffer[] =>
  arrays.map((a) => a.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
