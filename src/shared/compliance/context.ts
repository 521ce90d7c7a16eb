import type { RecordSet } from '../records/record-set';
import type { Workbook } from '../workbook/schema';
import { calendarClock, workingTimeFor, type Clock } from './business-calendar';
import { MonthIndex } from './months';

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
    stageRows: new Map(),
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
  private readonly rowsCache: Map<Float64Array, StageRows>;
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
    this.rowsCache = this.derived.stageRows;
    this.currentMonth = this.months.of(asOf);
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
      const rows = new Int32Array(col.length);
      const month = new Int32Array(col.length);
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
