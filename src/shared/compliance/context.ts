import type { RecordSet } from '../records/record-set';
import type { Workbook } from '../workbook/schema';
import { calendarClock, workingTimeFor, type Clock } from './business-calendar';
import { MonthIndex } from './months';

/** What every clause evaluation needs, computed once per measurement. */
export class MeasureContext {
  readonly months: MonthIndex;
  /** Index of the month that contains "as of" (incomplete), or -1. */
  readonly currentMonth: number;
  private readonly stageOrder: Map<string, number>;
  private readonly reachCache = new Map<string, Float64Array | undefined>();
  private readonly monthCache = new Map<Float64Array, Int32Array>();
  private buffers:
    { month: Int32Array; outcome: Uint8Array; value: Float64Array; minutes: Float64Array } | undefined;

  constructor(
    readonly workbook: Workbook,
    readonly records: RecordSet,
    readonly asOf: number,
  ) {
    this.stageOrder = new Map(workbook.stages.map((s, i) => [s.id, i]));
    let first = Infinity;
    for (const col of Object.values(records.stageEntered)) {
      for (let i = 0; i < col.length; i++) {
        const t = col[i]!;
        if (t < first) first = t;
      }
    }
    this.months = new MonthIndex(Math.min(first, asOf), asOf, workbook.calendar.timeZone);
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

  /** Per-record working columns, allocated once per measurement and reused by each clause. */
  scratch(): { month: Int32Array; outcome: Uint8Array; value: Float64Array; minutes: Float64Array } {
    const n = this.records.size;
    this.buffers ??= {
      month: new Int32Array(n),
      outcome: new Uint8Array(n),
      value: new Float64Array(n),
      minutes: new Float64Array(n),
    };
    return this.buffers;
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
