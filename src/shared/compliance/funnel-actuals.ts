import type { MeasuredTransition } from '../workbook/schema';
import { median } from './aggregate';
import type { MeasureContext } from './context';

const DAY = 86_400_000;

/** Stages of the workbook's order that the import has a column for. */
export function measuredStages(ctx: MeasureContext): string[] {
  return ctx.workbook.stages.map((s) => s.id).filter((id) => ctx.entered(id) !== undefined);
}

/** Records entering each measured stage per calendar month. */
export function monthlyVolumes(ctx: MeasureContext): { month: string; entered: Record<string, number> }[] {
  const stages = measuredStages(ctx);
  const counts = stages.map(() => new Array<number>(ctx.months.length).fill(0));
  stages.forEach((id, s) => {
    const { month } = ctx.rowsOf(ctx.entered(id)!);
    const row = counts[s]!;
    for (let k = 0; k < month.length; k++) row[month[k]!]!++;
  });
  return ctx.months.labels.map((month, m) => ({
    month,
    entered: Object.fromEntries(stages.map((id, s) => [id, counts[s]![m]!])),
  }));
}

/**
 * Conversion and lag between consecutive measured stages, over every record up to "as of": of the
 * records that entered `from`, the share that reached `to` or any later stage, and the median days it
 * took them. Stages without a column are skipped, so a leads-and-deals export gives MQL → Customer.
 */
export function measuredTransitions(ctx: MeasureContext): MeasuredTransition[] {
  const stages = measuredStages(ctx);
  const out: MeasuredTransition[] = [];
  // One buffer for every transition's lags (the median reorders it): a fresh million-long one per
  // transition cost its page faults each time.
  const lags = new Float64Array(ctx.records.size);
  const asOf = ctx.asOf;
  for (let s = 0; s + 1 < stages.length; s++) {
    const from = ctx.entered(stages[s]!)!;
    const to = ctx.reached(stages[s + 1]!)!;
    let entered = 0;
    let reached = 0;
    for (let i = 0; i < from.length; i++) {
      const t0 = from[i]!;
      if (!(t0 <= asOf)) continue;
      entered++;
      const t1 = to[i]!;
      if (t1 <= asOf) lags[reached++] = Math.max(0, t1 - t0) / DAY;
    }
    out.push({
      from: stages[s]!,
      to: stages[s + 1]!,
      rate: entered ? reached / entered : null,
      medianDays: median(lags.subarray(0, reached)),
      entered,
      reached,
    });
  }
  return out;
}
