import type { RecordSet } from '../records/record-set';
import type { Workbook } from '../workbook/schema';
import { calendarClock, workingTimeFor, type Clock } from './business-calendar';
import { MonthIndex } from './months';

type Scratch = { month: Int32Array; outcome: Uint8Array; value: Float64Array; minutes: Float64Array };

/**
 * What does not depend on the clauses, kept per record set: recomputing after a clause edit (same
 * records, zone, "as of" and stage order) reuses the month index, the per-column months, the
 * "reached or later" columns and the scratch columns instead of rebuilding tens of megabytes.
 */
interface Derived {
  key: string;
  months: MonthIndex;
  reach: Map<string, Float64Array | undefined>;
  monthCols: Map<Float64Array, Int32Array>;
  scratch?: Scratch;
  /** Clause-independent results (monthly volumes, measured transitions), by name. */
  memo: Map<string, unknown>;
  /** Per-clause results, by the clause's content (and calendar): see MeasureContext.clauseMemo. */
  clauses: Map<string, unknown>;
}
/** Clause results kept per record set: enough for a workbook's clauses and their recent edits. */
const MAX_CLAUSE_MEMO = 400;
const derivedBySet = new WeakMap<RecordSet, Derived>();

function derivedFor(workbook: Workbook, records: RecordSet, asOf: number): Derived {
  const zone = workbook.calendar.timeZone;
  const key = `${zone}|${asOf}|${workbook.stages.map((s) => s.id).join(',')}`;
  const cached = derivedBySet.get(records);
  if (cached?.key === key) return cached;
  let first = Infinity;
  for (const col of Object.values(records.stageEntered)) {
    for (let i = 0; i < col.length; i++) {
      const t = col[i]!;
      if (t < first) first = t;
    }
  }
  const derived: Derived = {
    key,
    months: new MonthIndex(Math.min(first, asOf), asOf, zone),
    reach: new Map(),
    monthCols: new Map(),
    memo: new Map(),
    clauses: new Map(),
    // The scratch columns depend only on the size, so a new key keeps them.
    ...(cached?.scratch ? { scratch: cached.scratch } : {}),
  };
  derivedBySet.set(records, derived);
  return derived;
}

/** What every clause evaluation needs, computed once per measurement (or reused, see Derived). */
export class MeasureContext {
  readonly months: MonthIndex;
  /** Index of the month that contains "as of" (incomplete), or -1. */
  readonly currentMonth: number;
  private readonly stageOrder: Map<string, number>;
  private readonly reachCache: Map<string, Float64Array | undefined>;
  private readonly monthCache: Map<Float64Array, Int32Array>;
  private readonly derived: Derived;

  constructor(
    readonly workbook: Workbook,
    readonly records: RecordSet,
    readonly asOf: number,
  ) {
    this.stageOrder = new Map(workbook.stages.map((s, i) => [s.id, i]));
    this.derived = derivedFor(workbook, records, asOf);
    this.months = this.derived.months;
    this.reachCache = this.derived.reach;
    this.monthCache = this.derived.monthCols;
    this.currentMonth = this.months.of(asOf);
  }

  /** The month of instant t, or -1 when it is missing or after "as of" (an --as-of in the past). */
  monthOf(t: number): number {
    return t <= this.asOf ? this.months.of(t) : -1;
  }

  /**
   * The month of every value of a timestamp column (-1 when missing or after "as of"), computed once
   * per column and measurement: several clauses count the same stage.
   */
  monthsOf(col: Float64Array): Int32Array {
    let out = this.monthCache.get(col);
    if (!out) {
      out = new Int32Array(col.length);
      for (let i = 0; i < col.length; i++) out[i] = this.monthOf(col[i]!);
      this.monthCache.set(col, out);
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

  /** Per-record working columns, allocated once per measurement and reused by each clause. */
  scratch(): Scratch {
    const n = this.records.size;
    this.derived.scratch ??= {
      month: new Int32Array(n),
      outcome: new Uint8Array(n),
      value: new Float64Array(n),
      minutes: new Float64Array(n),
    };
    return this.derived.scratch;
  }

  clock(hours: 'business' | 'calendar'): Clock {
    if (hours === 'calendar') return calendarClock;
    return workingTimeFor(this.workbook.calendar);
  }

  entered(stageId: string): Float64Array | undefined {
    return this.records.stageEntered[stageId];
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
