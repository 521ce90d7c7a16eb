import type { RecordField } from '../records/record-set';
import type { Clause, ClauseResult, RecordFlag, UnmeasurableReason } from '../workbook/schema';
import type { ClauseCoverage } from './coverage';
import type { MeasureContext } from './context';

/** Per-record outcomes a kernel writes (Evaluation.outcome). */
export const SKIP = 0;
export const OK = 1;
export const BREACH = 2;
export const PENDING = 3;
/** Kept the commitment, with the kind's flag (e.g. touched before it became an MQL). Counts as OK. */
export const OK_FLAGGED = 4;

/**
 * How a clause's periods aggregate: `count` = records counted (volume); `share` = OK / decided records;
 * `cohort` = OK / whole cohort, i.e. conversion to date; `median` = median value (velocity); `sum` and
 * `mean` = sum and average of the values (revenue, deal size); `peak` = the most records any one owner
 * got in a calendar month (capacity).
 */
export type Aggregation = 'count' | 'share' | 'cohort' | 'median' | 'sum' | 'mean' | 'peak';

/** Whether a period's target is the sum of its months' (counts, revenue) rather than each month's. */
export const additive = (a: Aggregation): boolean => a === 'count' || a === 'sum';

/** Whether the figure must stay at or below its target (days, a rep's load) rather than reach it. */
export const atMost = (a: Aggregation): boolean => a === 'median' || a === 'peak';

/**
 * One clause's candidate records and the columns its kernel fills, indexed by k: `rows[k]` is the
 * record (ascending), `months[k]` the measured month of its anchor timestamp; the kernel writes
 * `month[k]` (the month it counts in, -1 = not in this clause), `outcome[k]`, `value[k]` (hours or
 * days, shown in breach lists) and, for response times, `minutes[k]`. The columns are the context's
 * scratch: read them before the next clause is evaluated.
 */
export interface Rows {
  rows: Int32Array;
  months: Int32Array;
  month: Int32Array;
  outcome: Uint8Array;
  value: Float64Array;
  minutes: Float64Array;
}

/** What a kind's setup found: the columns, and the kernel's input. */
export interface Prepared<A> {
  /** The timestamp column that places records in months (the stage counted, or reached). */
  anchor: Float64Array;
  /** The record fields behind the anchor, and those whose outcomes the kernel reads (coverage). */
  anchorFields: RecordField[];
  followFields: RecordField[];
  args: A;
}

export type Unit = 'count' | 'share' | 'days' | 'money';

export type Unmeasurable = { reason: UnmeasurableReason; occurring?: string[] };

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The timestamps of a stage and of a later one (conversion, velocity), or why they cannot be read. */
export function stagePair(
  ctx: MeasureContext,
  fromStageId: string,
  toStageId: string,
): { entered: Float64Array; reached: Float64Array } | Unmeasurable {
  const entered = ctx.entered(fromStageId);
  if (!entered) return { reason: 'noStageColumn' };
  const reached = ctx.reached(toStageId);
  if (!reached) return { reason: 'noTargetStageColumn' };
  return { entered, reached };
}

/**
 * A measurable clause type: everything the engine needs to know about it. Adding a type is one module
 * in `kinds/` exporting one of these, listed in `kinds/index.ts`.
 *
 * The kernel is only the loop over the clause's rows, taking typed arrays and numbers (its `args`
 * hold no per-measurement objects beyond those): V8 then optimises each kernel as a whole function
 * and keeps the optimised code across measurements (docs/PERFORMANCE.md, finding 2). The scaffold
 * (evaluate.ts) calls it once per clause.
 */
export interface ClauseKind<C extends Clause = Clause, A = unknown> {
  type: C['type'];
  /** Fixed per kind, or chosen by the clause (revenue: sum or average deal). */
  aggregation: Aggregation | ((clause: C) => Aggregation);
  unit: Unit;
  /** The flag that OK_FLAGGED outcomes of this kind mean. */
  flag?: RecordFlag;
  /** Whether the kernel writes touch delays in minutes (response-time histogram). */
  histogram?: boolean;
  /** The fixed target: per clause period (count), a share, or days (median). */
  target(clause: C): number;
  /** The per-record limit shown beside breaches (hours, days, touches or a score). */
  limit(clause: C, ctx: MeasureContext): number;
  /** The columns and the kernel's input, or why the clause cannot be measured from this import. */
  prepare(ctx: MeasureContext, clause: C): Prepared<A> | Unmeasurable;
  /** Fills the outcome columns; `asOf` is when outcomes are judged (ClauseCoverage.observeEnd). */
  kernel(r: Rows, args: A, asOf: number): void;
  /** Whether breaches say when the record entered the clause's stage (`Breach.at`). */
  breachAt?: boolean;
  /** A breach's note from the export (e.g. the rejection reason), by record. */
  note?(args: A, record: number): string | undefined;
  /**
   * What the kind adds to its clause result (e.g. decisions per month), from the filled outcome
   * columns; `labels` are the measured months (`Rows.month` indexes them).
   */
  detail?(r: Rows, args: A, labels: readonly string[]): Partial<ClauseResult>;
}

export type { ClauseCoverage };

export function aggregationOf<C extends Clause>(kind: ClauseKind<C>, clause: C): Aggregation {
  return typeof kind.aggregation === 'function' ? kind.aggregation(clause) : kind.aggregation;
}
