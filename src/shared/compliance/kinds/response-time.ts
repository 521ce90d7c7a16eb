import type { Clause } from '../../workbook/schema';
import type { Clock } from '../business-calendar';
import { BREACH, OK, OK_FLAGGED, PENDING, HOUR, type ClauseKind, type Rows } from '../kind';
import type { MeasureContext } from '../context';
import { firstQualifying, qualifying } from '../touches';

type ResponseTimeClause = Extract<Clause, { type: 'responseTime' }>;

interface Args {
  entered: Float64Array;
  touch: Float64Array;
  clock: Clock;
  limitMs: number;
}

/** Hand-off (entering a stage) to first sales touch within a limit, for a share of the records. */
export const responseTime: ClauseKind<ResponseTimeClause, Args> = {
  type: 'responseTime',
  aggregation: 'share',
  unit: 'share',
  flag: 'touchBeforeStage',
  histogram: true,
  target: (c) => c.targetShare,
  limit: (c) => c.limitHours,
  prepare(ctx, c) {
    const entered = ctx.entered(c.stageId);
    if (!entered) return { reason: 'noStageColumn' };
    // An activity export says more than a first-touch column: it is read when there is one.
    const fromActivities = ctx.records.activities !== undefined;
    const touch = fromActivities ? touchesAfter(ctx, c.stageId, entered, c.touches) : ctx.records.firstTouch;
    if (!touch) return { reason: 'noFirstTouchColumn' };
    return {
      anchor: entered,
      anchorFields: [`stage:${c.stageId}`],
      followFields: [fromActivities ? 'activity:at' : 'firstTouch'],
      args: { entered, touch, clock: ctx.clock(c.hours), limitMs: c.limitHours * HOUR },
    };
  },
  kernel(r: Rows, a: Args, asOf: number): void {
    const { rows, months, month, outcome, value, minutes } = r;
    const { entered, touch, clock, limitMs } = a;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const t0 = entered[i]!;
      month[k] = months[k]!;
      const t1 = touch[i]!;
      if (t1 === t1 && t1 <= asOf) {
        if (t1 < t0) {
          // Touched before the hand-off: on time by definition, but a process problem worth a note.
          value[k] = 0;
          minutes[k] = 0;
          outcome[k] = OK_FLAGGED;
          continue;
        }
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
  },
};

/**
 * Per record, its first qualifying activity at or after it entered the stage (NaN if none): the touch
 * the agreement means, as a first-touch column, so the kernel reads either alike. Activities before the
 * hand-off are not a response to it.
 */
function touchesAfter(
  ctx: MeasureContext,
  stageId: string,
  entered: Float64Array,
  rule: ResponseTimeClause['touches'],
): Float64Array {
  const key = `firstQualifying|${stageId}|${rule.channels.join(',')}|${rule.connectsOnly}`;
  return ctx.memo(key, () => {
    const acts = ctx.records.activities!;
    const q = qualifying(rule);
    const out = new Float64Array(entered.length).fill(NaN);
    const { rows } = ctx.rowsOf(entered);
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      out[i] = firstQualifying(acts, q, i, entered[i]!);
    }
    return out;
  });
}
