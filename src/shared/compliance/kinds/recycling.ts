import type { Clause } from '../../workbook/schema';
import { BREACH, OK, PENDING, DAY, type ClauseKind, type Rows } from '../kind';

type RecyclingClause = Extract<Clause, { type: 'recycling' }>;

interface Args {
  entered: Float64Array;
  recycled: Float64Array;
  movedOn: Float64Array | null;
  stallMs: number;
}

/** Records that stall in a stage are returned to marketing, for a share of them. */
export const recycling: ClauseKind<RecyclingClause, Args> = {
  type: 'recycling',
  aggregation: 'share',
  unit: 'share',
  target: (c) => c.targetShare,
  limit: (c) => c.stallDays,
  prepare(ctx, c) {
    const entered = ctx.entered(c.stageId);
    if (!entered) return { reason: 'noStageColumn' };
    const recycled = ctx.records.recycledAt;
    if (!recycled) return { reason: 'noRecycledColumn' };
    const next = ctx.nextStageId(c.stageId);
    const movedOn = next ? ctx.reached(next) : undefined;
    return {
      anchor: entered,
      anchorFields: [`stage:${c.stageId}`],
      followFields: ['recycledAt', ...(next && movedOn ? ctx.reachedFields(next) : [])],
      args: { entered, recycled, movedOn: movedOn ?? null, stallMs: c.stallDays * DAY },
    };
  },
  kernel(r: Rows, a: Args, asOf: number): void {
    const { rows, months, month, outcome, value } = r;
    const { entered, recycled, movedOn, stallMs } = a;
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
  },
};
