import { MISSING_CODE, type TextColumn } from '../records/record-set';

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
   * The filled part. A view when the slack is small (copying would briefly need both); a trimmed copy
   * when a wrong size estimate left much unused.
   */
  done(): T {
    if (this.length === this.data.length) return this.data;
    const slack = this.data.length - this.length;
    return (
      slack <= this.data.length / 4 ? this.data.subarray(0, this.length) : this.data.slice(0, this.length)
    ) as T;
  }
}

/** Dictionary-encodes a text column: owners, channels and statuses repeat a handful of values. */
export class TextBuilder {
  private readonly codes: Growable<Uint32Array>;
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  constructor(capacity: number) {
    this.codes = new Growable(Uint32Array, capacity);
  }
  push(v: string | undefined): void {
    if (v === undefined) {
      this.codes.push(MISSING_CODE);
      return;
    }
    let code = this.index.get(v);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(v);
      this.index.set(v, code);
    }
    this.codes.push(code);
  }
  done(): TextColumn {
    return { codes: this.codes.done(), values: this.values };
  }
}

/** FNV-1a over UTF-16 code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Position of each id in a growing list, to find repeated ids. An open-addressing table over an
 * Int32Array: a JS Map spent over a second inserting a million new string keys; this takes a tenth.
 */
export class IdIndex {
  private slots: Int32Array;
  private count = 0;
  constructor(
    private readonly keys: string[],
    capacity: number,
  ) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
  }

  /** The index of `id` if it is already listed; otherwise records it at `index` and returns -1. */
  insert(id: string, index: number): number {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let i = hashString(id) & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === 0) {
        this.slots[i] = index + 1;
        this.count++;
        return -1;
      }
      if (this.keys[slot - 1] === id) return slot - 1;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (const slot of old) {
      if (slot === 0) continue;
      let i = hashString(this.keys[slot - 1]!) & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = slot;
    }
  }
}
