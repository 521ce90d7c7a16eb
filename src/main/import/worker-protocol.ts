import type { Result } from '../../shared/errors/result';
import type { RecordSet } from '../../shared/records/record-set';
import type { ImportOutcome, ImportProgress } from '../../shared/import/types';

export type WorkerMessage =
  { type: 'progress'; progress: ImportProgress } | { type: 'done'; result: Result<ImportOutcome> };
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
