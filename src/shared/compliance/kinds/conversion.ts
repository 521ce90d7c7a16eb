import type { Clause } from '../../workbook/schema';
import { BREACH, OK, PENDING, DAY, stagePair, type ClauseKind, type Rows } from '../kind';

type ConversionClause = Extract<Clause, { type: 'conversion' }>;

interface Args {
  entered: Float64Array;
  reached: Float64Array;
  windowMs: number;
}

/** Of the records entering a stage in a period (a cohort), the share reaching a later one in a window. */
export const conversion: ClauseKind<ConversionClause, Args> = {
  type: 'conversion',
  aggregation: 'cohort',
  unit: 'share',
  target: (c) => c.targetRate,
  limit: (c) => c.windowDays,
  prepare(ctx, c) {
    const pair = stagePair(ctx, c.fromStageId, c.toStageId);
    if ('reason' in pair) return pair;
    const { entered, reached } = pair;
    return {
      anchor: entered,
      anchorFields: [`stage:${c.fromStageId}`],
      followFields: ctx.reachedFields(c.toStageId),
      args: { entered, reached, windowMs: c.windowDays * DAY },
    };
  },
  kernel(r: Rows, a: Args, asOf: number): void {
    const { rows, months, month, outcome, value } = r;
    const { entered, reached, windowMs } = a;
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
  },
};
