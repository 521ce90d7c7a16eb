import type { Clause, UnmeasurableReason } from '../workbook/schema';
import type { Clock } from './business-calendar';
import type { MeasureContext } from './context';

export const SKIP = 0;
export const OK = 1;
export const BREACH = 2;
export const PENDING = 3;

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Outcome of one clause per candidate record — `rows[k]` is the record (ascending), the other columns
 * are indexed by k: the month it counts in (-1 = not in this clause), whether it kept the commitment,
 * and the measured value (hours or days) shown in the breach list. The columns are the context's
 * scratch: read them before the next clause is evaluated.
 *
 * How months aggregate: `count` = records counted (volume); `share` = OK / decided records;
 * `cohort` = OK / whole cohort, i.e. conversion to date; `median` = median value (velocity).
 */
export interface Evaluation {
  kind: 'count' | 'share' | 'cohort' | 'median';
  unit: 'count' | 'share' | 'days';
  rows: Int32Array;
  month: Int32Array;
  outcome: Uint8Array;
  value: Float64Array;
  /** The per-record limit (hours or days) shown beside breaches. */
  limit: number;
  /** Target for month i. */
  target(month: number): number;
  /** Touch delays in minutes of touched records (NaN if untouched), for the response-time histogram. */
  touchMinutes?: Float64Array;
}

export type Evaluated = { ok: true; evaluation: Evaluation } | { ok: false; reason: UnmeasurableReason };

const unmeasurable = (reason: UnmeasurableReason): Evaluated => ({ ok: false, reason });

export function evaluate(ctx: MeasureContext, clause: Clause): Evaluated {
  switch (clause.type) {
    case 'volume':
      return volume(ctx, clause);
    case 'responseTime':
      return responseTime(ctx, clause);
    case 'acceptance':
      return acceptance(ctx, clause);
    case 'conversion':
      return conversion(ctx, clause);
    case 'recycling':
      return recycling(ctx, clause);
    case 'velocity':
      return velocity(ctx, clause);
    case 'qualitative':
      return unmeasurable('qualitative');
  }
}

/** Empty outcome columns for the records of `col` in a measured month (the clause's candidates). */
function blank(ctx: MeasureContext, col: Float64Array) {
  const { rows, month: months } = ctx.rowsOf(col);
  const s = ctx.scratch(rows.length);
  return {
    rows,
    months,
    month: s.month.fill(-1),
    outcome: s.outcome.fill(SKIP),
    value: s.value.fill(NaN),
    minutes: s.minutes,
  };
}

/**
 * The target of a clause for one month. Volume targets are per clause period and months are
 * measured, so weekly and quarterly volume targets are prorated.
 */
export function monthlyTarget(clause: Clause, daysInMonth: number): number {
  switch (clause.type) {
    case 'volume':
      if (clause.period === 'week') return (clause.target * daysInMonth) / 7;
      return clause.period === 'quarter' ? clause.target / 3 : clause.target;
    case 'conversion':
      return clause.targetRate;
    case 'velocity':
      return clause.targetDays;
    case 'qualitative':
      return 0;
    default:
      return clause.targetShare;
  }
}

const targetFn =
  (ctx: MeasureContext, clause: Clause) =>
  (m: number): number =>
    monthlyTarget(clause, ctx.months.days(m));

/*
 * Each clause type is split into a setup function (columns, limits, the result object) and a kernel
 * that is only the loop over the clause's rows, taking typed arrays and numbers. V8 then optimises the
 * kernel as a whole function instead of on-stack-replacing a loop in the middle of the setup, and the
 * optimised kernel holds no per-measurement objects, so it survives garbage collections between
 * recomputes instead of being thrown away and recompiled each time.
 */
type Rows = ReturnType<typeof blank>;

function volume(ctx: MeasureContext, c: Extract<Clause, { type: 'volume' }>): Evaluated {
  const entered = ctx.entered(c.stageId);
  if (!entered) return unmeasurable('noStageColumn');
  const wanted = c.channel?.trim().toLowerCase();
  const channel = ctx.records.channel;
  if (wanted && !channel) return unmeasurable('noChannelColumn');
  const r = blank(ctx, entered);
  if (wanted && channel) {
    // Channel match on the dictionary, not per record.
    const matches = Uint8Array.from(channel.values, (v) => (v.trim().toLowerCase() === wanted ? 1 : 0));
    volumeOfChannel(r, channel.codes, matches);
  } else {
    volumeRows(r);
  }
  const ev = { rows: r.rows, month: r.month, outcome: r.outcome, value: r.value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'count', unit: 'count', limit: c.target, target: targetFn(ctx, c) },
  };
}

function volumeRows(r: Rows): void {
  r.month.set(r.months);
  r.outcome.fill(OK);
}

function volumeOfChannel(r: Rows, codes: Uint32Array, matches: Uint8Array): void {
  const { rows, months, month, outcome } = r;
  for (let k = 0; k < rows.length; k++) {
    // A missing channel (MISSING_CODE) is out of range: undefined, no match.
    if (matches[codes[rows[k]!]!] !== 1) continue;
    month[k] = months[k]!;
    outcome[k] = OK;
  }
}

function responseTime(ctx: MeasureContext, c: Extract<Clause, { type: 'responseTime' }>): Evaluated {
  const entered = ctx.entered(c.stageId);
  if (!entered) return unmeasurable('noStageColumn');
  const touch = ctx.records.firstTouch;
  if (!touch) return unmeasurable('noFirstTouchColumn');
  const r = blank(ctx, entered);
  const touchMinutes = r.minutes.fill(NaN);
  responseRows(r, entered, touch, ctx.clock(c.hours), c.limitHours * HOUR, ctx.asOf);
  const ev = { rows: r.rows, month: r.month, outcome: r.outcome, value: r.value };
  return {
    ok: true,
    evaluation: {
      ...ev,
      kind: 'share',
      unit: 'share',
      limit: c.limitHours,
      target: targetFn(ctx, c),
      touchMinutes,
    },
  };
}

function responseRows(
  r: Rows,
  entered: Float64Array,
  touch: Float64Array,
  clock: Clock,
  limitMs: number,
  asOf: number,
): void {
  const { rows, months, month, outcome, value, minutes } = r;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    month[k] = months[k]!;
    const t1 = touch[i]!;
    if (t1 === t1 && t1 <= asOf) {
      // A touch before the hand-off was on time by definition (elapsed is 0).
      const ms = clock.elapsed(t0, t1);
      value[k] = ms / HOUR;
      minutes[k] = ms / 60_000;
      outcome[k] = ms <= limitMs ? OK : BREACH;
    } else {
      const ms = clock.elapsed(t0, asOf);
      value[k] = ms / HOUR;
      outcome[k] = ms > limitMs ? BREACH : PENDING;
    }
  }
}

function acceptance(ctx: MeasureContext, c: Extract<Clause, { type: 'acceptance' }>): Evaluated {
  const entered = ctx.entered(c.stageId);
  if (!entered) return unmeasurable('noStageColumn');
  const accepted = ctx.reached(c.acceptStageId);
  const rejected = ctx.records.rejectedAt;
  if (!accepted && !rejected) return unmeasurable('noAcceptColumn');
  const codes = new Set(c.reasonCodes.map((r) => r.trim().toLowerCase()).filter(Boolean));
  const reasons = ctx.records.rejectReason;
  // A rejection counts only with a reason (one of the agreed codes when the clause lists them);
  // without a reason column, any rejection counts when the clause lists no codes.
  const valid = reasons
    ? Uint8Array.from(reasons.values, (v) => {
        const r = v.trim().toLowerCase();
        return r !== '' && (codes.size === 0 || codes.has(r)) ? 1 : 0;
      })
    : null;
  const r = blank(ctx, entered);
  acceptanceRows(r, entered, {
    accepted: accepted ?? null,
    rejected: rejected ?? null,
    reasonCodes: reasons?.codes ?? null,
    valid,
    anyRejection: codes.size === 0,
    clock: ctx.clock(c.hours),
    limitMs: c.limitHours * HOUR,
    asOf: ctx.asOf,
  });
  const ev = { rows: r.rows, month: r.month, outcome: r.outcome, value: r.value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'share', unit: 'share', limit: c.limitHours, target: targetFn(ctx, c) },
  };
}

interface AcceptanceInput {
  accepted: Float64Array | null;
  rejected: Float64Array | null;
  reasonCodes: Uint32Array | null;
  /** Per reason code, 1 if a rejection with it counts. */
  valid: Uint8Array | null;
  /** Whether a rejection counts when there is no reason column. */
  anyRejection: boolean;
  clock: Clock;
  limitMs: number;
  asOf: number;
}

function acceptanceRows(r: Rows, entered: Float64Array, a: AcceptanceInput): void {
  const { rows, months, month, outcome, value } = r;
  const { accepted, rejected, reasonCodes, valid, anyRejection, clock, limitMs, asOf } = a;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    month[k] = months[k]!;
    let t1 = accepted ? accepted[i]! : NaN;
    const tr = rejected ? rejected[i]! : NaN;
    if (tr === tr && (valid && reasonCodes ? valid[reasonCodes[i]!] === 1 : anyRejection)) {
      if (!(t1 <= tr)) t1 = tr;
    }
    if (t1 === t1 && t1 <= asOf) {
      const ms = clock.elapsed(t0, t1);
      value[k] = ms / HOUR;
      outcome[k] = ms <= limitMs ? OK : BREACH;
    } else {
      const ms = clock.elapsed(t0, asOf);
      value[k] = ms / HOUR;
      outcome[k] = ms > limitMs ? BREACH : PENDING;
    }
  }
}

function conversion(ctx: MeasureContext, c: Extract<Clause, { type: 'conversion' }>): Evaluated {
  const entered = ctx.entered(c.fromStageId);
  if (!entered) return unmeasurable('noStageColumn');
  const reached = ctx.reached(c.toStageId);
  if (!reached) return unmeasurable('noTargetStageColumn');
  const r = blank(ctx, entered);
  conversionRows(r, entered, reached, c.windowDays * DAY, ctx.asOf);
  const ev = { rows: r.rows, month: r.month, outcome: r.outcome, value: r.value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'cohort', unit: 'share', limit: c.windowDays, target: targetFn(ctx, c) },
  };
}

function conversionRows(
  r: Rows,
  entered: Float64Array,
  reached: Float64Array,
  windowMs: number,
  asOf: number,
): void {
  const { rows, months, month, outcome, value } = r;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    month[k] = months[k]!;
    const t1 = reached[i]!;
    if (t1 === t1 && t1 <= asOf && t1 - t0 <= windowMs) {
      value[k] = Math.max(0, t1 - t0) / DAY;
      outcome[k] = OK;
    } else {
      // Not converted (yet): a failure only once the record has had its whole window.
      outcome[k] = t0 + windowMs > asOf ? PENDING : BREACH;
      if (t1 === t1 && t1 <= asOf) value[k] = (t1 - t0) / DAY;
    }
  }
}

function recycling(ctx: MeasureContext, c: Extract<Clause, { type: 'recycling' }>): Evaluated {
  const entered = ctx.entered(c.stageId);
  if (!entered) return unmeasurable('noStageColumn');
  const recycled = ctx.records.recycledAt;
  if (!recycled) return unmeasurable('noRecycledColumn');
  const next = nextStageId(ctx, c.stageId);
  const movedOn = next ? ctx.reached(next) : undefined;
  const r = blank(ctx, entered);
  recyclingRows(r, entered, recycled, movedOn ?? null, c.stallDays * DAY, ctx.asOf);
  const ev = { rows: r.rows, month: r.month, outcome: r.outcome, value: r.value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'share', unit: 'share', limit: c.stallDays, target: targetFn(ctx, c) },
  };
}

function recyclingRows(
  r: Rows,
  entered: Float64Array,
  recycled: Float64Array,
  movedOn: Float64Array | null,
  stallMs: number,
  asOf: number,
): void {
  const { rows, months, month, outcome, value } = r;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    const deadline = t0 + stallMs;
    const moved = movedOn ? movedOn[i]! : NaN;
    // Only records that stalled are in this clause: those that moved on in time are not.
    if (moved <= deadline && moved <= asOf) continue;
    month[k] = months[k]!;
    const back = recycled[i]!;
    if (back === back && back <= asOf) {
      outcome[k] = OK;
      value[k] = (back - t0) / DAY;
    } else if (deadline > asOf) {
      outcome[k] = PENDING;
    } else {
      outcome[k] = BREACH;
      value[k] = (asOf - t0) / DAY;
    }
  }
}

/** Velocity counts in the month the record reached `toStageId`: "deals won in March took N days". */
function velocity(ctx: MeasureContext, c: Extract<Clause, { type: 'velocity' }>): Evaluated {
  const entered = ctx.entered(c.fromStageId);
  if (!entered) return unmeasurable('noStageColumn');
  const reached = ctx.reached(c.toStageId);
  if (!reached) return unmeasurable('noTargetStageColumn');
  const r = blank(ctx, reached);
  velocityRows(r, entered, reached, c.targetDays);
  const ev = { rows: r.rows, month: r.month, outcome: r.outcome, value: r.value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'median', unit: 'days', limit: c.targetDays, target: targetFn(ctx, c) },
  };
}

function velocityRows(r: Rows, entered: Float64Array, reached: Float64Array, targetDays: number): void {
  const { rows, months, month, outcome, value } = r;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    if (t0 !== t0) continue;
    const days = Math.max(0, reached[i]! - t0) / DAY;
    month[k] = months[k]!;
    value[k] = days;
    outcome[k] = days <= targetDays ? OK : BREACH;
  }
}

function nextStageId(ctx: MeasureContext, stageId: string): string | undefined {
  const stages = ctx.workbook.stages;
  const i = stages.findIndex((s) => s.id === stageId);
  return i >= 0 ? stages[i + 1]?.id : undefined;
}
