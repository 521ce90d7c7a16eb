import type { Result } from '../../shared/errors/result';
import type { RecordSet } from '../../shared/records/record-set';
import type { ImportOutcome, ImportProgress } from '../../shared/import/types';
import { unpackSlice, type PackedIds } from '../../shared/import/columns';

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  /**
   * On success `result.value.records.ids` is empty and the ids travel as buffers in `ids`: a million
   * id strings structured-cloned in one message were deserialised on the main thread in one task,
   * a 170–500 ms stall of the UI; transferred buffers cost nothing and `unpackIds` rebuilds the strings
   * a slice at a time.
   */
  | { type: 'done'; result: Result<ImportOutcome>; ids?: PackedIds };
export type WorkerCommand = { type: 'cancel' };

/** The typed arrays' buffers: moved, not copied, to the main thread (tens of MB for 1M records). */
export function transferablesOf(r: RecordSet): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: { buffer: ArrayBufferLike } | undefined): void => {
    if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  };
  for (const col of Object.values(r.stageEntered)) add(col);
  for (const a of [r.created, r.firstTouch, r.rejectedAt, r.recycledAt, r.amount]) add(a);
  for (const t of [r.rejectReason, r.owner, r.channel, r.status, r.lostReason]) add(t?.codes);
  return [...out];
}

/** The buffers to transfer with packed ids. */
export const idBuffers = (p: PackedIds): ArrayBuffer[] =>
  [p.chars.buffer, p.ends.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);

/** Ids rebuilt per slice; between slices the event loop runs, so no task takes more than a few ms. */
const IDS_PER_SLICE = 50_000;

export async function unpackIds(p: PackedIds): Promise<string[]> {
  const ids = new Array<string>(p.ends.length);
  for (let from = 0; from < ids.length; from += IDS_PER_SLICE) {
    if (from > 0) await new Promise((r) => setImmediate(r));
    const to = Math.min(ids.length, from + IDS_PER_SLICE);
    const slice = unpackSlice(p, from, to);
    for (let i = from; i < to; i++) ids[i] = slice[i - from]!;
  }
  return ids;
}
