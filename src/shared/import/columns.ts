import { MISSING_CODE, type RecordIds, type TextColumn } from '../records/record-set';
import type { Steps } from './steps';

type TypedArray = Float64Array | Uint32Array | Uint8Array;
type Ctor<T extends TypedArray> = new (n: number) => T;

/** An append-only typed array that doubles its capacity: rows are counted only when the file ends. */
export class Growable<T extends TypedArray> {
  private data: T;
  length = 0;
  constructor(
    private readonly ctor: Ctor<T>,
    capacity: number,
  ) {
    this.data = new ctor(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new this.ctor(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  set(i: number, v: number): void {
    this.data[i] = v;
  }
  /**
   * The filled part, as a view. The unused capacity is never written, so (allocated fresh, in
   * zero pages) it takes address space but no memory; a trimmed copy would briefly need both. A
   * later part's values may be appended into it (see concatRecords).
   */
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** Distinct cells per column that TextBuilder finds by their bytes. */
const BYTE_KEYS = 4096;

/** Dictionary-encodes a text column: owners, channels and statuses repeat a handful of values. */
export class TextBuilder {
  private readonly codes: Growable<Uint32Array>;
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  /**
   * Codes of cells already seen, by their bytes (see RecordMapper's byte rows): a repeated owner or
   * channel is then found without decoding it. Only the first BYTE_KEYS distinct cells are kept, so
   * a column of unique values costs no more than a bounded table.
   */
  private byteKeys?: IdStore;
  private readonly byteCodes: number[] = [];
  constructor(capacity: number) {
    this.codes = new Growable(Uint32Array, capacity);
  }
  /** Appends a value (undefined: none) and returns its code. */
  push(v: string | undefined): number {
    let code = MISSING_CODE;
    if (v !== undefined) {
      const known = this.index.get(v);
      if (known === undefined) {
        code = this.values.length;
        this.values.push(v);
        this.index.set(v, code);
      } else code = known;
    }
    this.codes.push(code);
    return code;
  }

  /** Appends the value whose cell bytes are `bytes[start..end)`, if they were remembered. */
  pushKnownBytes(bytes: Uint8Array, start: number, end: number): boolean {
    const k = this.byteKeys ? this.byteKeys.indexOfChars(bytes, start, end) : -1;
    if (k < 0) return false;
    this.codes.push(this.byteCodes[k]!);
    return true;
  }

  /** Remembers that the cell bytes `bytes[start..end)` read as the value of `code`. */
  rememberBytes(bytes: Uint8Array, start: number, end: number, code: number): void {
    this.byteKeys ??= new IdStore(64);
    if (this.byteKeys.length >= BYTE_KEYS) return;
    this.byteKeys.addChars(bytes, start, end);
    this.byteCodes.push(code);
  }
  done(): TextColumn {
    return { codes: this.codes.done(), values: this.values };
  }
}

/** Record ids as they leave the importer: every id's characters back to back, and where each ends. */
export interface PackedIds {
  /** `latin1`: one byte per character (every id fits); else UTF-16 code units. */
  encoding: 'latin1' | 'utf16le';
  chars: Uint8Array | Uint16Array;
  ends: Uint32Array;
}

/**
 * The record ids, deduplicated as they arrive. Their characters go back to back into one buffer
 * (Latin-1 bytes until an id needs more, then UTF-16) and an open-addressing table over an
 * Int32Array finds repeats. As a million strings the ids took ≈ 50 MB of the worker's heap and had
 * to be copied again to reach the main thread; this way they are two buffers of ≈ 16 MB that are
 * transferred as they are. (A JS Map spent over a second inserting a million new string keys.)
 */
export class IdStore {
  private chars: Uint8Array | Uint16Array;
  private used = 0;
  private readonly ends: Growable<Uint32Array>;
  private slots: Int32Array;
  /** `expected` ids are looked up here; `capacity` (at least as many) are stored before growing. */
  constructor(capacity: number, expected = capacity) {
    // Most CRM ids have 10–20 characters; the buffer grows if they are longer.
    this.chars = new Uint8Array(Math.max(1024, capacity * 14));
    this.ends = new Growable(Uint32Array, capacity);
    // The table is touched all over, so it is sized for the ids looked up, not for the reserve.
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
  }

  get length(): number {
    return this.ends.length;
  }

  private startOf(i: number): number {
    return i === 0 ? 0 : this.ends.get(i - 1);
  }

  private sameChars(i: number, chars: Uint8Array | Uint16Array, start: number, end: number): boolean {
    const at = this.startOf(i);
    if (this.ends.get(i) - at !== end - start) return false;
    const own = this.chars;
    for (let k = 0; k < end - start; k++) if (own[at + k] !== chars[start + k]) return false;
    return true;
  }

  /** The table position that holds the id `chars[start..end)`, or the empty one where it would go. */
  private probe(chars: Uint8Array | Uint16Array, start: number, end: number): number {
    const mask = this.slots.length - 1;
    for (let i = hashChars(chars, start, end) & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === 0 || this.sameChars(slot - 1, chars, start, end)) return i;
    }
  }

  /** The index of the id made of `chars[start..end)`, or -1 when it was never added. */
  indexOfChars(chars: Uint8Array | Uint16Array, start: number, end: number): number {
    return this.slots[this.probe(chars, start, end)]! - 1;
  }

  /**
   * Appends the id made of `chars[start..end)` (characters, or the bytes of an ASCII id) and returns
   * -1; or, if the same id was added before, returns its index.
   */
  addChars(chars: Uint8Array | Uint16Array, start: number, end: number): number {
    if ((this.length + 1) * 2 > this.slots.length) this.grow();
    const i = this.probe(chars, start, end);
    const slot = this.slots[i]!;
    if (slot !== 0) return slot - 1;
    this.append(chars, start, end);
    this.slots[i] = this.length;
    return -1;
  }

  /** addChars for an id string. */
  add(id: string): number {
    return this.addChars(charsOf(id), 0, id.length);
  }

  /** Appends the id `from[start..end)` without looking for it: the caller checks repeats later. */
  append(from: Uint8Array | Uint16Array, start: number, end: number): void {
    let chars = this.chars;
    const need = this.used + end - start;
    if (need > chars.length) {
      const next = new (chars instanceof Uint8Array ? Uint8Array : Uint16Array)(
        Math.max(need, chars.length * 2),
      );
      next.set(chars.subarray(0, this.used));
      chars = this.chars = next;
    }
    for (let k = start, at = this.used; k < end; k++, at++) {
      const c = from[k]!;
      if (c > 0xff && chars instanceof Uint8Array) {
        const wide = new Uint16Array(chars.length);
        wide.set(chars.subarray(0, at));
        chars = this.chars = wide;
      }
      chars[at] = c;
    }
    this.used = need;
    this.ends.push(need);
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let n = 0; n < this.length; n++) {
      let i = hashChars(this.chars, this.startOf(n), this.ends.get(n)) & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = n + 1;
    }
  }

  /** The ids as buffers (views of the store's own, no copy). */
  packed(): PackedIds {
    return {
      encoding: this.chars instanceof Uint8Array ? 'latin1' : 'utf16le',
      chars: this.chars.subarray(0, this.used),
      ends: this.ends.done(),
    };
  }

  /** The ids as strings. */
  toStrings(): string[] {
    return [...new PackedIdList(this.packed())];
  }
}

/** Ids per iteration step: one string is built per slice and cut into ids. */
const IDS_PER_SLICE = 50_000;

/** Packed ids as the records' id list: each id becomes a string only when it is read. */
export class PackedIdList implements RecordIds {
  constructor(private readonly packed: PackedIds) {}
  get length(): number {
    return this.packed.ends.length;
  }
  at(index: number): string | undefined {
    const i = index < 0 ? index + this.length : index;
    return i >= 0 && i < this.length ? unpackSlice(this.packed, i, i + 1)[0] : undefined;
  }
  *[Symbol.iterator](): Iterator<string> {
    for (let from = 0; from < this.length; from += IDS_PER_SLICE)
      yield* unpackSlice(this.packed, from, Math.min(this.length, from + IDS_PER_SLICE));
  }
}

/** Characters per String.fromCharCode call (its arguments go on the stack). */
const CHARS_PER_CALL = 8192;

/** Ids `from` to `to` of a packed list as strings: one string for the slice, then a substring per id. */
export function unpackSlice(p: PackedIds, from: number, to: number): string[] {
  const base = from === 0 ? 0 : p.ends[from - 1]!;
  const end = to === 0 ? 0 : p.ends[to - 1]!;
  let text = '';
  for (let k = base; k < end; k += CHARS_PER_CALL) {
    text += String.fromCharCode.apply(null, p.chars.subarray(k, Math.min(end, k + CHARS_PER_CALL)) as never);
  }
  const out = new Array<string>(to - from);
  let start = base;
  for (let i = from; i < to; i++) {
    const e = p.ends[i]!;
    out[i - from] = text.substring(start - base, e - base);
    start = e;
  }
  return out;
}

/** Where the high 32 bits of a 64-bit integer are in its Uint32Array view (1 on little-endian machines). */
const HIGH = new Uint32Array(new BigUint64Array([1n << 32n]).buffer)[1] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/**
 * The ids' 64-bit fingerprints (two independent 32-bit hashes of each id's characters), sorted. Equal
 * ids have equal fingerprints, so a part of a file whose list has no value twice, and parts whose
 * lists share no value, hold no repeated id; a repeated value is a repeated id or (odds of ≈ 3 in
 * 10^8 over a million ids) a collision, which only costs the one-part read. Checking sorted lists is a
 * linear pass, where looking every id of one part up in another's table took ≈ 0.2–0.5 s per half
 * million. Sorted as 64-bit integers: as doubles the same half million took twice as long (≈ 66
 * against 32 ms).
 */
export function sortedFingerprints(p: PackedIds): BigUint64Array {
  const { chars, ends } = p;
  const out = new BigUint64Array(ends.length);
  const words = new Uint32Array(out.buffer);
  for (let i = 0, start = 0; i < ends.length; i++) {
    const end = ends[i]!;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let k = start; k < end; k++) {
      const c = chars[k]!;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    words[2 * i + HIGH] = h1;
    words[2 * i + LOW] = h2;
    start = end;
  }
  return out.sort();
}

/** Comparisons between pauses of repeatSteps: a few milliseconds of work. */
const REPEAT_STEP = 1 << 16;

/**
 * Whether any value appears twice in one of these sorted lists, or in two of them. It pauses every
 * REPEAT_STEP comparisons, so the thread that serves the UI can run its event loop in between (a
 * million fingerprints took ≈ 30 ms in one go). The loops are plain functions over the lists' 32-bit
 * words (a BigUint64Array read makes a BigInt per value): V8 does not optimize a loop inside a
 * running generator, where a million comparisons took ≈ 85 ms.
 */
export function* repeatSteps(lists: BigUint64Array[]): Steps<boolean> {
  const words = lists.map((l) => new Uint32Array(l.buffer, l.byteOffset, l.length * 2));
  for (const x of words)
    for (let i = 1; i < x.length / 2; i += REPEAT_STEP) {
      if (adjacentRepeat(x, i, Math.min(x.length / 2, i + REPEAT_STEP))) return true;
      yield;
    }
  for (let a = 0; a < words.length; a++)
    for (let b = a + 1; b < words.length; b++) {
      const x = words[a]!;
      const y = words[b]!;
      const at = { i: 0, j: 0 };
      while (at.i < x.length / 2 && at.j < y.length / 2) {
        if (sharedValue(x, y, at, REPEAT_STEP)) return true;
        yield;
      }
    }
  return false;
}

/** Whether value i equals value i − 1 for some i in [from, to) (values: word pairs, see repeatSteps). */
function adjacentRepeat(x: Uint32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (x[2 * i + HIGH] === x[2 * i - 2 + HIGH] && x[2 * i + LOW] === x[2 * i - 2 + LOW]) return true;
  return false;
}

/** Walks sorted x and y together from `at` (advanced) for at most `steps` steps: true at a shared value. */
function sharedValue(x: Uint32Array, y: Uint32Array, at: { i: number; j: number }, steps: number): boolean {
  let { i, j } = at;
  const xn = x.length / 2;
  const yn = y.length / 2;
  for (let n = 0; n < steps && i < xn && j < yn; n++) {
    const xh = x[2 * i + HIGH]!;
    const yh = y[2 * j + HIGH]!;
    if (xh < yh) i++;
    else if (xh > yh) j++;
    else {
      const xl = x[2 * i + LOW]!;
      const yl = y[2 * j + LOW]!;
      if (xl < yl) i++;
      else if (xl > yl) j++;
      else return true;
    }
  }
  at.i = i;
  at.j = j;
  return false;
}

let scratch = new Uint16Array(64);
/** The code units of `id`, in a buffer reused by the next call. */
export function charsOf(id: string): Uint16Array {
  if (scratch.length < id.length) scratch = new Uint16Array(id.length * 2);
  for (let k = 0; k < id.length; k++) scratch[k] = id.charCodeAt(k);
  return scratch;
}

/** FNV-1a over the characters chars[start..end). */
function hashChars(chars: Uint8Array | Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= chars[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
