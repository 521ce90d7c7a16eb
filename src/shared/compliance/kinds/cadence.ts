import type { ActivitySet } from '../../records/record-set';
import type { BusinessCalendar, Clause } from '../../workbook/schema';
import type { Clock } from '../business-calendar';
import { BREACH, OK, PENDING, type ClauseKind, type Rows } from '../kind';
import { countQualifying, qualifying, type Qualifying } from '../touches';

type CadenceClause = Extract<Clause, { type: 'cadence' }>;

interface Args {
  entered: Float64Array;
  acts: ActivitySet;
  q: Qualifying;
  minTouches: number;
  clock: Clock;
  /** The window in working milliseconds: `withinDays` working days of the calendar. */
  windowMs: number;
}

/** A working day's length in ms (an `end` at or before `start` is an overnight shift; equal = 24 h). */
export function workingDayMs(c: BusinessCalendar): number {
  const minutes = (hm: string) => {
    const [h = 0, m = 0] = hm.split(':').map(Number);
    return h * 60 + m;
  };
  const d = (minutes(c.end) - minutes(c.start) + 24 * 60) % (24 * 60);
  return (d === 0 ? 24 * 60 : d) * 60_000;
}

/**
 * Follow-up cadence: a record keeps it once it has had `minTouches` qualifying touches within
 * `withinDays` business days of entering the stage; it misses once the window is over with fewer.
 * The value is the touches made in the window (a breach shows how many of the agreed it got).
 */
export const cadence: ClauseKind<CadenceClause, Args> = {
  type: 'cadence',
  aggregation: 'share',
  unit: 'share',
  target: (c) => c.targetShare,
  limit: (c) => c.minTouches,
  prepare(ctx, c) {
    const entered = ctx.entered(c.stageId);
    if (!entered) return { reason: 'noStageColumn' };
    const acts = ctx.records.activities;
    if (!acts) return { reason: 'noActivities' };
    return {
      anchor: entered,
      anchorFields: [`stage:${c.stageId}`],
      followFields: ['activity:at'],
      args: {
        entered,
        acts,
        q: qualifying(c.touches),
        minTouches: c.minTouches,
        clock: ctx.clock('business'),
        windowMs: c.withinDays * workingDayMs(ctx.workbook.calendar),
      },
    };
  },
  kernel(r: Rows, a: Args, asOf: number): void {
    const { rows, months, month, outcome, value } = r;
    const { entered, acts, q, minTouches, clock, windowMs } = a;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const t0 = entered[i]!;
      month[k] = months[k]!;
      const deadline = clock.addBusiness(t0, windowMs);
      const seen = countQualifying(acts, q, i, t0, Math.min(deadline, asOf), minTouches);
      value[k] = seen.count;
      if (seen.count >= minTouches) outcome[k] = OK;
      else outcome[k] = deadline <= asOf ? BREACH : PENDING;
    }
  },
};
