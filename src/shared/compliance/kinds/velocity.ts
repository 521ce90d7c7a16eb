import type { Clause } from '../../workbook/schema';
import { BREACH, OK, DAY, stagePair, type ClauseKind, type Rows } from '../kind';

type VelocityClause = Extract<Clause, { type: 'velocity' }>;

interface Args {
  entered: Float64Array;
  reached: Float64Array;
  targetDays: number;
}

/**
 * Median days from one stage to a later one (or beyond). A record counts in the month it reached the
 * later stage: "deals won in March took N days".
 */
export const velocity: ClauseKind<VelocityClause, Args> = {
  type: 'velocity',
  aggregation: 'median',
  unit: 'days',
  target: (c) => c.targetDays,
  limit: (c) => c.targetDays,
  prepare(ctx, c) {
    const pair = stagePair(ctx, c.fromStageId, c.toStageId);
    if ('reason' in pair) return pair;
    const { entered, reached } = pair;
    // The earlier stage's file must cover the period too: a record that reached the later stage after
    // that file ended may have entered the earlier stage after it ended, and would be missing.
    return {
      anchor: reached,
      anchorFields: [...ctx.reachedFields(c.toStageId), `stage:${c.fromStageId}`],
      followFields: [],
      args: { entered, reached, targetDays: c.targetDays },
    };
  },
  kernel(r: Rows, a: Args): void {
    const { rows, months, month, outcome, value } = r;
    const { entered, reached, targetDays } = a;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const t0 = entered[i]!;
      if (t0 !== t0) continue;
      const days = Math.max(0, reached[i]! - t0) / DAY;
      month[k] = months[k]!;
      value[k] = days;
      outcome[k] = days <= targetDays ? OK : BREACH;
    }
  },
};
