import type { ClauseStatus, UnmeasurableReason } from '../workbook/schema';
import type { ClauseCoverage } from './coverage';
import { additive, atMost, type Aggregation } from './kind';

/** Shares are compared with a little slack so that 4/5 meets a 0.8 target despite binary floats. */
export const EPS = 1e-9;

/** What a period's verdict depends on. */
export interface PeriodFacts {
  /** The full period's start and end instants (end exclusive). */
  start: number;
  end: number;
  /** Records measured, and their outcomes (`ok` includes flagged ones). */
  count: number;
  ok: number;
  breach: number;
  pending: number;
  actual: number | null;
  target: number | null;
  /** Count clauses still open: the part of the target due by the clause's data end (for "on track"). */
  dueBy: number | null;
}

export interface Verdict {
  status: ClauseStatus;
  reason?: UnmeasurableReason;
  onTrack?: boolean | null;
}

/** Whether a figure meets a target: at least it, or at most it for days (velocity) and a rep's load (capacity). */
export function meets(aggregation: Aggregation, actual: number, target: number): boolean {
  return atMost(aggregation) ? actual <= target + EPS : actual >= target - EPS;
}

/**
 * The verdict on one period. A verdict is a claim read aloud in a review, so `missed` (and `met`) only
 * for a period that is over for the files the clause reads, whose records have all had their full
 * window, and that lies inside those files' coverage. In order:
 * 1. the period ends before the anchor files' data starts, or starts after the data the clause reads
 *    ends → not measurable, `outsideCoverage`;
 * 2. no target for the period (target from plan, outside the plan) → not measurable, `outsidePlan`;
 * 3. the period goes on past the anchor files' "as of", or some of its records are still within their
 *    window → `in-progress` while those files are current (their "as of" is the measurement's), else
 *    `outsideCoverage` (the files ended: what is missing will not show up in them);
 * 4. no records (share, conversion, velocity, deal size, capacity) → not measurable, `noRecords` (a count
 *    or revenue of zero is a figure);
 * 5. met or missed against the target.
 */
export function verdict(
  aggregation: Aggregation,
  f: PeriodFacts,
  cov: ClauseCoverage,
  measuredAt: number,
): Verdict {
  if (f.end <= cov.anchorStart || f.start >= cov.anchorEnd || f.start >= cov.observeEnd) {
    return { status: 'not-measurable', reason: 'outsideCoverage' };
  }
  if (f.target === null) return { status: 'not-measurable', reason: 'outsidePlan' };
  const open = f.end > cov.anchorEnd;
  if (open || f.pending > 0) {
    const live = open ? cov.anchorEnd >= measuredAt : cov.observeEnd >= measuredAt;
    if (!live) return { status: 'not-measurable', reason: 'outsideCoverage' };
    return { status: 'in-progress', onTrack: onTrack(aggregation, f, f.target) };
  }
  if (f.count === 0 && !additive(aggregation)) return { status: 'not-measurable', reason: 'noRecords' };
  if (f.actual === null) return { status: 'not-measurable', reason: 'noRecords' };
  return { status: meets(aggregation, f.actual, f.target) ? 'met' : 'missed' };
}

/** Whether an in-progress period's running figure is on track; null when it is too early to tell. */
function onTrack(aggregation: Aggregation, f: PeriodFacts, target: number): boolean | null {
  switch (aggregation) {
    case 'count': {
      return f.dueBy === null ? null : f.ok >= f.dueBy - EPS;
    }
    case 'sum':
      return f.dueBy === null || f.actual === null ? null : f.actual >= f.dueBy - EPS;
    case 'share': {
      const decided = f.ok + f.breach;
      return decided ? f.ok / decided >= target - EPS : null;
    }
    case 'cohort':
      if (!f.count) return null;
      if (f.ok / f.count >= target - EPS) return true;
      // Even if every record still within its window converted, the target would not be reached.
      return (f.ok + f.pending) / f.count < target - EPS ? false : null;
    // A rep already over capacity stays so (peak): the period is off track, missed once it ends.
    case 'median':
    case 'mean':
    case 'peak':
      return f.actual === null ? null : meets(aggregation, f.actual, target);
  }
}
