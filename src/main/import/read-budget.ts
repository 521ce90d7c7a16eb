import type { ImportLimits } from '../../shared/import/types';

/**
 * What stops a read before the import outgrows the limits: the records of every part of a split file
 * together past `maxRows` (each part alone may be under it), or the process's resident memory, all
 * threads included, past `maxMemoryBytes`. Checked every few thousand rows, so a file ten times too
 * large stops early with a message instead of being read whole or crashing out of memory.
 */
export class ReadBudget {
  private counted = 0;

  constructor(
    private readonly limits: Pick<ImportLimits, 'maxRows' | 'maxMemoryBytes'>,
    /** Records of all parts so far, one Int32 in a SharedArrayBuffer (absent: one part, its own count). */
    private readonly shared?: Int32Array,
    private readonly residentBytes: () => number = () => process.memoryUsage.rss(),
  ) {}

  /** Counts this part's records (its running total) into the shared count; true once all parts are over. */
  tooManyRecords(records: number): boolean {
    if (!this.shared) return records > this.limits.maxRows;
    Atomics.add(this.shared, 0, records - this.counted);
    this.counted = records;
    return Atomics.load(this.shared, 0) > this.limits.maxRows;
  }

  /** Whether the process holds more memory than the import may take. */
  outOfMemory(): boolean {
    return this.residentBytes() > this.limits.maxMemoryBytes;
  }
}
