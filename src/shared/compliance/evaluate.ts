import type { Clause, UnmeasurableReason } from '../workbook/schema';
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

function volume(ctx: MeasureContext, c: Extract<Clause, { type: 'volume' }>): Evaluated {
  const entered = ctx.entered(c.stageId);
  if (!entered) return unmeasurable('noStageColumn');
  const wanted = c.channel?.trim().toLowerCase();
  const channel = ctx.records.channel;
  if (wanted && !channel) return unmeasurable('noChannelColumn');
  // Channel match on the dictionary, not per record.
  const matches =
    wanted && channel ? channel.values.map((v) => v.trim().toLowerCase() === wanted) : undefined;
  const { rows, months, month, outcome, value } = blank(ctx, entered);
  for (let k = 0; k < rows.length; k++) {
    if (matches) {
      const code = channel!.codes[rows[k]!]!;
      if (!matches[code]) continue;
    }
    month[k] = months[k]!;
    outcome[k] = OK;
  }
  const ev = { rows, month, outcome, value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'count', unit: 'count', limit: c.target, target: targetFn(ctx, c) },
  };
}

function responseTime(ctx: MeasureContext, c: Extract<Clause, { type: 'responseTime' }>): Evaluated {
  const entered = ctx.entered(c.stageId);
  if (!entered) return unmeasurable('noStageColumn');
  const touch = ctx.records.firstTouch;
  if (!touch) return unmeasurable('noFirstTouchColumn');
  const clock = ctx.clock(c.hours);
  const limitMs = c.limitHours * HOUR;
  const { rows, months, month, outcome, value, minutes } = blank(ctx, entered);
  const touchMinutes = minutes.fill(NaN);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    month[k] = months[k]!;
    const t1 = touch[i]!;
    if (t1 === t1 && t1 <= ctx.asOf) {
      // A touch before the hand-off was on time by definition (elapsed is 0).
      const ms = clock.elapsed(t0, t1);
      value[k] = ms / HOUR;
      touchMinutes[k] = ms / 60_000;
      outcome[k] = ms <= limitMs ? OK : BREACH;
    } else {
      const ms = clock.elapsed(t0, ctx.asOf);
      value[k] = ms / HOUR;
      outcome[k] = ms > limitMs ? BREACH : PENDING;
    }
  }
  const ev = { rows, month, outcome, value };
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

function acceptance(ctx: MeasureContext, c: Extract<Clause, { type: 'acceptance' }>): Evaluated {
  const entered = ctx.entered(c.stageId);
  if (!entered) return unmeasurable('noStageColumn');
  const accepted = ctx.reached(c.acceptStageId);
  const rejected = ctx.records.rejectedAt;
  if (!accepted && !rejected) return unmeasurable('noAcceptColumn');
  const codes = new Set(c.reasonCodes.map((r) => r.trim().toLowerCase()).filter(Boolean));
  const reasons = ctx.records.rejectReason;
  // A rejection counts only with a reason (one of the agreed codes when the clause lists them).
  const validReason = reasons?.values.map((v) => {
    const r = v.trim().toLowerCase();
    return r !== '' && (codes.size === 0 || codes.has(r));
  });
  const clock = ctx.clock(c.hours);
  const limitMs = c.limitHours * HOUR;
  const { rows, months, month, outcome, value } = blank(ctx, entered);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    month[k] = months[k]!;
    let t1 = accepted ? accepted[i]! : NaN;
    const tr = rejected ? rejected[i]! : NaN;
    const code = reasons ? reasons.codes[i]! : undefined;
    if (tr === tr && (validReason === undefined ? codes.size === 0 : validReason[code!] === true)) {
      if (!(t1 <= tr)) t1 = tr;
    }
    if (t1 === t1 && t1 <= ctx.asOf) {
      const ms = clock.elapsed(t0, t1);
      value[k] = ms / HOUR;
      outcome[k] = ms <= limitMs ? OK : BREACH;
    } else {
      const ms = clock.elapsed(t0, ctx.asOf);
      value[k] = ms / HOUR;
      outcome[k] = ms > limitMs ? BREACH : PENDING;
    }
  }
  const ev = { rows, month, outcome, value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'share', unit: 'share', limit: c.limitHours, target: targetFn(ctx, c) },
  };
}

function conversion(ctx: MeasureContext, c: Extract<Clause, { type: 'conversion' }>): Evaluated {
  const entered = ctx.entered(c.fromStageId);
  if (!entered) return unmeasurable('noStageColumn');
  const reached = ctx.reached(c.toStageId);
  if (!reached) return unmeasurable('noTargetStageColumn');
  const windowMs = c.windowDays * DAY;
  const { rows, months, month, outcome, value } = blank(ctx, entered);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    month[k] = months[k]!;
    const t1 = reached[i]!;
    if (t1 === t1 && t1 <= ctx.asOf && t1 - t0 <= windowMs) {
      value[k] = Math.max(0, t1 - t0) / DAY;
      outcome[k] = OK;
    } else {
      // Not converted (yet): a failure only once the record has had its whole window.
      outcome[k] = t0 + windowMs > ctx.asOf ? PENDING : BREACH;
      if (t1 === t1 && t1 <= ctx.asOf) value[k] = (t1 - t0) / DAY;
    }
  }
  const ev = { rows, month, outcome, value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'cohort', unit: 'share', limit: c.windowDays, target: targetFn(ctx, c) },
  };
}

function recycling(ctx: MeasureContext, c: Extract<Clause, { type: 'recycling' }>): Evaluated {
  const entered = ctx.entered(c.stageId);
  if (!entered) return unmeasurable('noStageColumn');
  const recycled = ctx.records.recycledAt;
  if (!recycled) return unmeasurable('noRecycledColumn');
  const next = nextStageId(ctx, c.stageId);
  const movedOn = next ? ctx.reached(next) : undefined;
  const stallMs = c.stallDays * DAY;
  const { rows, months, month, outcome, value } = blank(ctx, entered);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    const deadline = t0 + stallMs;
    const moved = movedOn ? movedOn[i]! : NaN;
    // Only records that stalled are in this clause: those that moved on in time are not.
    if (moved <= deadline && moved <= ctx.asOf) continue;
    month[k] = months[k]!;
    const r = recycled[i]!;
    if (r === r && r <= ctx.asOf) {
      outcome[k] = OK;
      value[k] = (r - t0) / DAY;
    } else if (deadline > ctx.asOf) {
      outcome[k] = PENDING;
    } else {
      outcome[k] = BREACH;
      value[k] = (ctx.asOf - t0) / DAY;
    }
  }
  const ev = { rows, month, outcome, value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'share', unit: 'share', limit: c.stallDays, target: targetFn(ctx, c) },
  };
}

/** Velocity counts in the month the record reached `toStageId`: "deals won in March took N days". */
function velocity(ctx: MeasureContext, c: Extract<Clause, { type: 'velocity' }>): Evaluated {
  const entered = ctx.entered(c.fromStageId);
  if (!entered) return unmeasurable('noStageColumn');
  const reached = ctx.reached(c.toStageId);
  if (!reached) return unmeasurable('noTargetStageColumn');
  const { rows, months, month, outcome, value } = blank(ctx, reached);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const t0 = entered[i]!;
    if (t0 !== t0) continue;
    const days = Math.max(0, reached[i]! - t0) / DAY;
    month[k] = months[k]!;
    value[k] = days;
    outcome[k] = days <= c.targetDays ? OK : BREACH;
  }
  const ev = { rows, month, outcome, value };
  return {
    ok: true,
    evaluation: { ...ev, kind: 'median', unit: 'days', limit: c.targetDays, target: targetFn(ctx, c) },
  };
}

function nextStageId(ctx: MeasureContext, stageId: string): string | undefined {
  const stages = ctx.workbook.stages;
  const i = stages.findIndex((s) => s.id === stageId);
  return i >= 0 ? stages[i + 1]?.id : undefined;
}
