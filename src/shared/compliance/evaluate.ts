import type { UnmeasurableReason } from '../workbook/schema';
import type { Clause, ClauseResult, RecordFlag } from '../workbook/schema';
import { clauseCoverage, type ClauseCoverage } from './coverage';
import type { MeasureContext } from './context';
import { SKIP, aggregationOf, type Aggregation, type Unit } from './kind';
import { kindOf } from './kinds';

/**
 * One clause's outcome per candidate record (see Rows in kind.ts for the columns), with what the
 * aggregation needs to know about its kind and coverage.
 */
export interface Evaluation {
  aggregation: Aggregation;
  unit: Unit;
  rows: Int32Array;
  month: Int32Array;
  outcome: Uint8Array;
  value: Float64Array;
  /** The per-record limit (hours or days) shown beside breaches. */
  limit: number;
  /** The fixed target (per period for counts; a share; days). */
  target: number;
  /** What OK_FLAGGED outcomes mean. */
  flag?: RecordFlag;
  /** Each record's stage entry (the anchor), when breaches say it (ClauseKind.breachAt). */
  anchor?: Float64Array;
  /** A breach's note by record (ClauseKind.note). */
  note?: (record: number) => string | undefined;
  /** What the kind adds to the clause result (ClauseKind.detail). */
  detail?: Partial<ClauseResult>;
  /** Touch delays in minutes of touched records (NaN if untouched), for the response-time histogram. */
  touchMinutes?: Float64Array;
  coverage: ClauseCoverage;
}

export type Evaluated =
  { ok: true; evaluation: Evaluation } | { ok: false; reason: UnmeasurableReason; occurring?: string[] };

/**
 * The one evaluation scaffold every clause kind goes through: the kind's setup finds the columns, the
 * coverage says until when outcomes can be judged, and the kind's kernel fills the outcome columns.
 */
export function evaluate(ctx: MeasureContext, clause: Clause): Evaluated {
  const kind = kindOf(clause);
  if (!kind) return { ok: false, reason: 'qualitative' };
  const prepared = kind.prepare(ctx, clause);
  if ('reason' in prepared) return { ok: false, ...prepared };
  const coverage = clauseCoverage(ctx.sources, prepared.anchorFields, prepared.followFields);
  const { rows, month: months } = ctx.rowsOf(prepared.anchor);
  const s = ctx.scratch(rows.length);
  const r = {
    rows,
    months,
    month: s.month.fill(-1),
    outcome: s.outcome.fill(SKIP),
    value: s.value.fill(NaN),
    minutes: kind.histogram ? s.minutes.fill(NaN) : s.minutes,
  };
  kind.kernel(r, prepared.args, Math.min(coverage.observeEnd, ctx.asOf));
  const { note, detail } = kind;
  return {
    ok: true,
    evaluation: {
      aggregation: aggregationOf(kind, clause),
      unit: kind.unit,
      rows,
      month: r.month,
      outcome: r.outcome,
      value: r.value,
      limit: kind.limit(clause, ctx),
      target: kind.target(clause),
      ...(kind.flag ? { flag: kind.flag } : {}),
      ...(kind.histogram ? { touchMinutes: r.minutes } : {}),
      ...(kind.breachAt ? { anchor: prepared.anchor } : {}),
      ...(note ? { note: (i: number) => note(prepared.args, i) } : {}),
      ...(detail ? { detail: detail(r, prepared.args, ctx.months.labels) } : {}),
      coverage,
    },
  };
}
