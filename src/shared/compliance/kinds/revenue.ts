import type { Clause } from '../../workbook/schema';
import { OK, type ClauseKind, type Rows } from '../kind';

type RevenueClause = Extract<Clause, { type: 'revenue' }>;

interface Args {
  amount: Float64Array;
}

/**
 * Closed-won revenue (the sum of the won records' amounts) or the average deal, per period: a record
 * counts in the month it entered the won stage. A won record without an amount is left out of both
 * (an average over deals whose value is unknown would be made up).
 */
export const revenue: ClauseKind<RevenueClause, Args> = {
  type: 'revenue',
  aggregation: (c) => (c.metric === 'revenue' ? 'sum' : 'mean'),
  unit: 'money',
  target: (c) => c.target,
  limit: (c) => c.target,
  prepare(ctx, c) {
    const anchor = ctx.entered(c.stageId);
    if (!anchor) return { reason: 'noStageColumn' };
    const amount = ctx.records.amount;
    if (!amount) return { reason: 'noAmountColumn' };
    return { anchor, anchorFields: [`stage:${c.stageId}`], followFields: ['amount'], args: { amount } };
  },
  kernel(r: Rows, a: Args): void {
    const { rows, months, month, outcome, value } = r;
    const { amount } = a;
    for (let k = 0; k < rows.length; k++) {
      const v = amount[rows[k]!]!;
      if (v !== v) continue;
      month[k] = months[k]!;
      value[k] = v;
      outcome[k] = OK;
    }
  },
};
