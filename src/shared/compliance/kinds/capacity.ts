import type { Clause } from '../../workbook/schema';
import { OK, type ClauseKind, type Rows } from '../kind';

type CapacityClause = Extract<Clause, { type: 'capacity' }>;

/**
 * Hand-overs per sales rep against the capacity per rep: every record entering the stage counts in
 * its month; the aggregation (`peak`, see aggregate.ts ownerLoads) groups them by owner and month.
 */
export const capacity: ClauseKind<CapacityClause, null> = {
  type: 'capacity',
  aggregation: 'peak',
  unit: 'count',
  target: (c) => c.perRep,
  limit: (c) => c.perRep,
  prepare(ctx, c) {
    const anchor = ctx.entered(c.stageId);
    if (!anchor) return { reason: 'noStageColumn' };
    if (!ctx.records.owner) return { reason: 'noOwnerColumn' };
    return { anchor, anchorFields: [`stage:${c.stageId}`], followFields: ['owner'], args: null };
  },
  kernel(r: Rows): void {
    r.month.set(r.months);
    r.outcome.fill(OK);
  },
};
