import type { RecordField, RecordSet, TextColumn } from '../records/record-set';
import type { Workbook } from '../workbook/schema';
import { calendarClock, workingTimeFor, type Clock } from './business-calendar';
import { sourceSpans, type SourceSpan } from './coverage';
import type { Unmeasurable } from './kind';
import { measuredMonths, type MonthIndex } from './months';

type Scratch = { month: Int32Array; outcome: Uint8Array; value: Float64Array; minutes: Float64Array };

/**
 * The records of one timestamp column that fall in a measured month (not missing, not after "as of"),
 * in record order: `rows[k]` is the record, `month[k]` its month. Clauses loop over these instead of
 * every record: on a funnel export most records never reach the later stages.
 */
export interface StageRows {
  rows: Int32Array;
  month: Int32Array;
}

/**
 * What does not depend on the clauses, kept per record set: recomputing after a clause edit (same
 * records, zone, "as of" and stage order) reuses the month index, the per-column rows and months,
 * the "reached or later" columns and the scratch columns instead of rebuilding tens of megabytes.
 */
interface Derived {
  key: string;
  /** The measurement instant: the given "as of", else the latest "as of" of the sources. */
  asOf: number;
  sources: SourceSpan[];
  months: MonthIndex;
  reach: Map<string, Float64Array | undefined>;
  stageRows: Map<Float64Array, StageRows>;
  scratch?: Scratch;
  /** Clause-independent results (monthly volumes, measured transitions), by name. */
  memo: Map<string, unknown>;
  /** Per-clause results, by the clause's content (and calendar): see MeasureContext.clauseMemo. */
  clauses: Map<string, unknown>;
}
/** Clause results kept per record set: enough for a workbook's clauses and their recent edits. */
const MAX_CLAUSE_MEMO = 400;
const derivedBySet = new WeakMap<RecordSet, Derived>();

function derivedFor(workbook: Workbook, records: RecordSet, given: number): Derived {
  const zone = workbook.calendar.timeZone;
  const key = `${zone}|${given}|${workbook.stages.map((s) => s.id).join(',')}`;
  const cached = derivedBySet.get(records);
  if (cached?.key === key) return cached;
  const sources = sourceSpans(records, given, zone);
  const ends = sources.map((s) => s.asOf).filter(Number.isFinite);
  const asOf = Number.isFinite(given) ? given : ends.length ? Math.max(...ends) : 0;
  const derived: Derived = {
    key,
    asOf,
    sources,
    months: measuredMonths(records, asOf, zone),
    reach: new Map(),
    stageRows: new Map(),
    memo: new Map(),
    clauses: new Map(),
    // The scratch columns depend only on the size, so a new key keeps them.
    ...(cached?.scratch ? { scratch: cached.scratch } : {}),
  };
  derivedBySet.set(records, derived);
  return derived;
}

/** Records per dictionary value of a text column, counted once per column. */
const frequencyByColumn = new WeakMap<TextColumn, Float64Array>();
function frequencies(col: TextColumn): Float64Array {
  let counts = frequencyByColumn.get(col);
  if (!counts) {
    counts = new Float64Array(col.values.length);
    for (let i = 0; i < col.codes.length; i++) {
      const c = col.codes[i]!;
      // MISSING_CODE is out of range.
      if (c < counts.length) counts[c]!++;
    }
    frequencyByColumn.set(col, counts);
  }
  return counts;
}

/** What every clause evaluation needs, computed once per measurement (or reused, see Derived). */
export class MeasureContext {
  readonly months: MonthIndex;
  /** The measurement instant (see Derived.asOf). */
  readonly asOf: number;
  readonly sources: readonly SourceSpan[];
  private readonly stageOrder: Map<string, number>;
  private readonly reachCache: Map<string, Float64Array | undefined>;
  private readonly rowsCache: Map<Float64Array, StageRows>;
  private readonly derived: Derived;
  /** rowsOf's working buffers, for this measurement only. */
  private rowsTemp?: StageRows;

  /** `given`: the "as of" instant the user gave (the exports' moment), or NaN to take it from the data. */
  constructor(
    readonly workbook: Workbook,
    readonly records: RecordSet,
    given: number,
  ) {
    this.stageOrder = new Map(workbook.stages.map((s, i) => [s.id, i]));
    this.derived = derivedFor(workbook, records, given);
    this.asOf = this.derived.asOf;
    this.sources = this.derived.sources;
    this.months = this.derived.months;
    this.reachCache = this.derived.reach;
    this.rowsCache = this.derived.stageRows;
  }

  /** The month of instant t, or -1 when it is missing or after "as of" (an --as-of in the past). */
  monthOf(t: number): number {
    return t <= this.asOf ? this.months.of(t) : -1;
  }

  /**
   * The records of a timestamp column in a measured month, with their months: computed once per
   * column and record set, since several clauses count the same stage.
   */
  rowsOf(col: Float64Array): StageRows {
    let out = this.rowsCache.get(col);
    if (!out) {
      let n = 0;
      // The candidates go into one pair of buffers for the whole measurement, then are copied out at
      // their count: a fresh million-long pair per column paid ≈ 5 ms of page faults each time.
      if (!this.rowsTemp || this.rowsTemp.rows.length < col.length)
        this.rowsTemp = { rows: new Int32Array(col.length), month: new Int32Array(col.length) };
      const { rows, month } = this.rowsTemp;
      for (let i = 0; i < col.length; i++) {
        const m = this.monthOf(col[i]!);
        if (m < 0) continue;
        rows[n] = i;
        month[n++] = m;
      }
      out = { rows: rows.slice(0, n), month: month.slice(0, n) };
      this.rowsCache.set(col, out);
    }
    return out;
  }

  /** A value that depends only on the records, zone, "as of" and stage order: computed once. */
  memo<T>(name: string, compute: () => T): T {
    const memo = this.derived.memo;
    if (!memo.has(name)) memo.set(name, compute());
    return memo.get(name) as T;
  }

  /** A clause's measurement, reused while the clause (by content) and the records are unchanged. */
  clauseMemo<T>(key: string, compute: () => T): T {
    const memo = this.derived.clauses;
    if (memo.has(key)) return memo.get(key) as T;
    if (memo.size >= MAX_CLAUSE_MEMO) memo.clear();
    const value = compute();
    memo.set(key, value);
    return value;
  }

  /**
   * Working columns for one clause's rows (at most one per record), allocated once per record set and
   * reused by each clause: the aggregate reads them before the next clause overwrites them.
   */
  scratch(length: number): Scratch {
    const n = this.records.size;
    this.derived.scratch ??= {
      month: new Int32Array(n),
      outcome: new Uint8Array(n),
      value: new Float64Array(n),
      minutes: new Float64Array(n),
    };
    const s = this.derived.scratch;
    return {
      month: s.month.subarray(0, length),
      outcome: s.outcome.subarray(0, length),
      value: s.value.subarray(0, length),
      minutes: s.minutes.subarray(0, length),
    };
  }

  clock(hours: 'business' | 'calendar'): Clock {
    if (hours === 'calendar') return calendarClock;
    return workingTimeFor(this.workbook.calendar);
  }

  entered(stageId: string): Float64Array | undefined {
    return this.records.stageEntered[stageId];
  }

  /** The stage after `stageId` in the workbook's order. */
  nextStageId(stageId: string): string | undefined {
    const i = this.stageOrder.get(stageId);
    return i === undefined ? undefined : this.workbook.stages[i + 1]?.id;
  }

  /** The stage columns behind `reached(stageId)`: the stage and every later one that has a column. */
  reachedFields(stageId: string): RecordField[] {
    const from = this.stageOrder.get(stageId);
    if (from === undefined) return [];
    return this.workbook.stages
      .slice(from)
      .filter((s) => this.records.stageEntered[s.id] !== undefined)
      .map((s): RecordField => `stage:${s.id}`);
  }

  /**
   * A filter on a text column (trimmed, case-insensitive): 1 per dictionary code it keeps. When no
   * record of the import has a kept value, the clause cannot be measured: the values that do occur
   * are listed, most frequent first, so the user can fix the filter or the mapping.
   */
  valueFilter(col: TextColumn, wanted: string): { matches: Uint8Array } | Unmeasurable {
    const key = wanted.trim().toLowerCase();
    // Matched on the dictionary, not per record.
    const matches = Uint8Array.from(col.values, (v) => (v.trim().toLowerCase() === key ? 1 : 0));
    const freq = frequencies(col);
    if (matches.some((m, code) => m === 1 && freq[code]! > 0)) return { matches };
    const occurring = col.values
      .map((v, code) => ({ v, n: freq[code]! }))
      .filter((x) => x.n > 0 && x.v.trim() !== '')
      .sort((a, b) => b.n - a.n || a.v.localeCompare(b.v))
      .slice(0, 20)
      .map((x) => x.v.slice(0, 500));
    return { reason: 'noMatchingRecords', occurring };
  }

  /**
   * When each record reached `stageId` or any later stage of the workbook's order (the earliest such
   * entry; NaN if none): records may skip stages. Undefined when no stage from here on has a column.
   */
  reached(stageId: string): Float64Array | undefined {
    if (this.reachCache.has(stageId)) return this.reachCache.get(stageId);
    const from = this.stageOrder.get(stageId);
    const cols =
      from === undefined
        ? []
        : this.workbook.stages
            .slice(from)
            .map((s) => this.records.stageEntered[s.id])
            .filter((c): c is Float64Array => c !== undefined);
    let out: Float64Array | undefined;
    if (cols.length === 1) out = cols[0];
    else if (cols.length > 1) {
      out = new Float64Array(this.records.size).fill(NaN);
      for (const col of cols) {
        for (let i = 0; i < out.length; i++) {
          const t = col[i]!;
          // NaN compares false, so a missing entry never wins and a missing minimum is replaced.
          if (t < out[i]! || (out[i] !== out[i] && t === t)) out[i] = t;
        }
      }
    }
    this.reachCache.set(stageId, out);
    return out;
  }
}
