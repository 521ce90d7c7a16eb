import { MAX_REASONS, type Clause, type DecisionMonth } from '../../workbook/schema';
import { textAt, type TextColumn } from '../../records/record-set';
import { BREACH, OK, PENDING, SKIP, type ClauseKind, type Rows } from '../kind';

type AcceptanceRateClause = Extract<Clause, { type: 'acceptanceRate' }>;

const DAY = 86_400_000;

interface Args {
  entered: Float64Array;
  accepted: Float64Array | null;
  rejected: Float64Array;
  reasons: TextColumn | null;
  windowMs: number;
}

/**
 * Lead quality: of the records entering a stage that sales decided on, the share accepted (reached
 * the accept stage or later) rather than rejected (a rejection date at or after the hand-over). The
 * first decision counts. An undecided record is pending while its decision window is open, then left
 * out (undecided): never counted as a rejection. A breach is a rejection: its value is the days to
 * it, its note the reason as written. Decisions and reasons per month go in `decisions`.
 */
export const acceptanceRate: ClauseKind<AcceptanceRateClause, Args> = {
  type: 'acceptanceRate',
  aggregation: 'share',
  unit: 'share',
  target: (c) => c.targetShare,
  limit: (c) => c.decideWithinDays,
  prepare(ctx, c) {
    const entered = ctx.entered(c.stageId);
    if (!entered) return { reason: 'noStageColumn' };
    const accepted = ctx.reached(c.acceptStageId);
    const rejected = ctx.records.rejectedAt;
    if (!rejected) return { reason: 'noRejectColumn' };
    return {
      anchor: entered,
      anchorFields: [`stage:${c.stageId}`],
      followFields: [...(accepted ? ctx.reachedFields(c.acceptStageId) : []), 'rejectedAt'],
      args: {
        entered,
        accepted: accepted ?? null,
        rejected,
        reasons: ctx.records.rejectReason ?? null,
        windowMs: c.decideWithinDays * DAY,
      },
    };
  },
  kernel(r: Rows, a: Args, asOf: number): void {
    const { rows, months, month, outcome, value } = r;
    const { entered, accepted, rejected, windowMs } = a;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const t0 = entered[i]!;
      month[k] = months[k]!;
      // Decisions known at "as of" (NaN compares false); a rejection before the hand-over is an
      // earlier life of the record, not a verdict on this one.
      const ta = accepted ? accepted[i]! : NaN;
      const tr = rejected[i]!;
      const acc = ta <= asOf;
      const rej = tr <= asOf && tr >= t0;
      if (acc && !(rej && tr < ta)) {
        outcome[k] = OK;
        value[k] = Math.max(0, ta - t0) / DAY;
      } else if (rej) {
        outcome[k] = BREACH;
        value[k] = (tr - t0) / DAY;
      } else outcome[k] = t0 + windowMs > asOf ? PENDING : SKIP;
    }
  },
  breachAt: true,
  note: (a, i) => textAt(a.reasons ?? undefined, i)?.slice(0, 500),
  detail(r: Rows, a: Args, labels: readonly string[]) {
    return { decisions: decisionsByMonth(r, a.reasons, labels) };
  },
};

/** Decisions per month, and the rejections per reason (grouped ignoring case and spaces at the ends). */
function decisionsByMonth(r: Rows, reasons: TextColumn | null, labels: readonly string[]): DecisionMonth[] {
  const out = labels.map(() => ({
    accepted: 0,
    rejected: 0,
    pending: 0,
    undecided: 0,
    reasons: new Map<string, { reason: string; count: number }>(),
  }));
  for (let k = 0; k < r.rows.length; k++) {
    const m = out[r.month[k]!];
    if (!m) continue;
    const o = r.outcome[k];
    if (o === OK) m.accepted++;
    else if (o === PENDING) m.pending++;
    else if (o === SKIP) m.undecided++;
    else if (o === BREACH) {
      m.rejected++;
      const reason = (textAt(reasons ?? undefined, r.rows[k]!) ?? '').trim();
      const key = reason.toLowerCase();
      const entry = m.reasons.get(key) ?? { reason: reason.slice(0, 500), count: 0 };
      entry.count++;
      m.reasons.set(key, entry);
    }
  }
  return out.map((m, g) => {
    const sorted = [...m.reasons.values()].sort(
      (x, y) => y.count - x.count || x.reason.localeCompare(y.reason),
    );
    const kept = sorted.slice(0, MAX_REASONS);
    return {
      month: labels[g]!,
      accepted: m.accepted,
      rejected: m.rejected,
      pending: m.pending,
      undecided: m.undecided,
      reasons: kept,
      otherReasons: sorted.slice(MAX_REASONS).reduce((n, x) => n + x.count, 0),
    };
  });
}
