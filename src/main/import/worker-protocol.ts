import type { Result } from '../../shared/errors/result';
import type { RecordSet } from '../../shared/records/record-set';
import type { ImportOutcome, ImportProgress } from '../../shared/import/types';

/**
 * The record ids as two transferable buffers: every id's characters back to back (Latin-1 when every
 * character fits in a byte, else UTF-16) and where each id ends. A million id strings were
 * structured-cloned and deserialised on the main thread in one task, a stall of ≈ 170–500 ms for the
 * UI; buffers move for free and `unpackIds` rebuilds the strings a slice at a time.
 */
export interface PackedIds {
  encoding: 'latin1' | 'utf16le';
  chars: ArrayBuffer;
  /** End of each id, in characters from the start of `chars`. */
  ends: Uint32Array;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  /** On success `result.value.records.ids` is empty and the ids travel in `ids`. */
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

/** An ArrayBuffer holding exactly `buf`'s bytes (Buffer.from may return a view into a shared pool). */
const ownBuffer = (buf: Buffer): ArrayBuffer =>
  buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength && buf.buffer instanceof ArrayBuffer
    ? buf.buffer
    : new Uint8Array(buf).buffer;

export function packIds(ids: string[]): PackedIds {
  const ends = new Uint32Array(ids.length);
  let at = 0;
  for (let i = 0; i < ids.length; i++) ends[i] = at += ids[i]!.length;
  const joined = ids.join('');
  const encoding = /[\u0100-\uffff]/.test(joined) ? 'utf16le' : 'latin1';
  return { encoding, chars: ownBuffer(Buffer.from(joined, encoding)), ends };
}

/** Ids rebuilt per slice; between slices the event loop runs, so no task takes more than a few ms. */
const IDS_PER_SLICE = 50_000;

export async function unpackIds(p: PackedIds): Promise<string[]> {
  const bytes = Buffer.from(p.chars);
  const width = p.encoding === 'latin1' ? 1 : 2;
  const ids = new Array<string>(p.ends.length);
  let start = 0;
  for (let from = 0; from < ids.length; from += IDS_PER_SLICE) {
    if (from > 0) await new Promise((r) => setImmediate(r));
    const to = Math.min(ids.length, from + IDS_PER_SLICE);
    const base = start;
    const text = bytes.toString(p.encoding, base * width, p.ends[to - 1]! * width);
    for (let i = from; i < to; i++) {
      const end = p.ends[i]!;
      ids[i] = text.substring(start - base, end - base);
      start = end;
    }
  }
  return ids;
}
