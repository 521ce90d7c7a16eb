import type { Clause } from '../../workbook/schema';
import type { Clock } from '../business-calendar';
import { BREACH, OK, PENDING, HOUR, type ClauseKind, type Rows } from '../kind';

type AcceptanceClause = Extract<Clause, { type: 'acceptance' }>;

interface Args {
  entered: Float64Array;
  accepted: Float64Array | null;
  rejected: Float64Array | null;
  reasonCodes: Uint32Array | null;
  /** Per reason code, 1 if a rejection with it counts. */
  valid: Uint8Array | null;
  /** Whether a rejection counts when there is no reason column. */
  anyRejection: boolean;
  clock: Clock;
  limitMs: number;
}

/** Records entering a stage are accepted (reach the accept stage) or rejected with a reason in time. */
export const acceptance: ClauseKind<AcceptanceClause, Args> = {
  type: 'acceptance',
  aggregation: 'share',
  unit: 'share',
  target: (c) => c.targetShare,
  limit: (c) => c.limitHours,
  prepare(ctx, c) {
    const entered = ctx.entered(c.stageId);
    if (!entered) return { reason: 'noStageColumn' };
    const accepted = ctx.reached(c.acceptStageId);
    const rejected = ctx.records.rejectedAt;
    if (!accepted && !rejected) return { reason: 'noAcceptColumn' };
    const codes = new Set(c.reasonCodes.map((r: string) => r.trim().toLowerCase()).filter(Boolean));
    const reasons = ctx.records.rejectReason;
    // A rejection counts only with a reason (one of the agreed codes when the clause lists them);
    // without a reason column, any rejection counts when the clause lists no codes.
    const valid = reasons
      ? Uint8Array.from(reasons.values, (v) => {
          const r = v.trim().toLowerCase();
          return r !== '' && (codes.size === 0 || codes.has(r)) ? 1 : 0;
        })
      : null;
    return {
      anchor: entered,
      anchorFields: [`stage:${c.stageId}`],
      followFields: [
        ...(accepted ? ctx.reachedFields(c.acceptStageId) : []),
        ...(rejected ? ['rejectedAt' as const] : []),
      ],
      args: {
        entered,
        accepted: accepted ?? null,
        rejected: rejected ?? null,
        reasonCodes: reasons?.codes ?? null,
        valid,
        anyRejection: codes.size === 0,
        clock: ctx.clock(c.hours),
        limitMs: c.limitHours * HOUR,
      },
    };
  },
  kernel(r: Rows, a: Args, asOf: number): void {
    const { rows, months, month, outcome, value } = r;
    const { entered, accepted, rejected, reasonCodes, valid, anyRejection, clock, limitMs } = a;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const t0 = entered[i]!;
      month[k] = months[k]!;
      let t1 = accepted ? accepted[i]! : NaN;
      const tr = rejected ? rejected[i]! : NaN;
      if (tr === tr && (valid && reasonCodes ? valid[reasonCodes[i]!] === 1 : anyRejection)) {
        if (!(t1 <= tr)) t1 = tr;
      }
      if (t1 === t1 && t1 <= asOf) {
        const ms = clock.elapsed(t0, t1);
        value[k] = ms / HOUR;
        outcome[k] = ms <= limitMs ? OK : BREACH;
      } else {
        const ms = clock.elapsed(t0, asOf);
        value[k] = ms / HOUR;
        outcome[k] = ms > limitMs ? BREACH : PENDING;
      }
    }
  },
};
