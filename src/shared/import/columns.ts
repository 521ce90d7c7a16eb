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
  /** The filled part, trimmed to size (a copy only when there is slack to give back). */
  done(): T {
    return (this.length === this.data.length ? this.data : this.data.slice(0, this.length)) as T;
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
