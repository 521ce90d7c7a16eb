import type { Clause } from '../../workbook/schema';
import { BREACH, OK, type ClauseKind, type Rows } from '../kind';
import { EPS } from '../verdict';

type ScoringClause = Extract<Clause, { type: 'scoring' }>;

interface Args {
  score: Float64Array;
  threshold: number;
  /** Which score was read: the one at the hand-over, or the export's current score. */
  scoreFrom: 'handover' | 'current';
}

/**
 * Scoring discipline: each record handed over (entering the stage) carries a lead score at or above
 * the workbook's scoring threshold. A hand-over without a score misses too: the discipline is that
 * none reaches sales unscored. The score is the one at the hand-over when the export has a column for it
 * (`handoverScore`, a copy a workflow takes when the lead becomes an MQL), else the export's current
 * score, which may have moved since: the result says which (`scoreFrom`) so no one reads a current
 * score as the score at hand-over. Known at once: no record is ever pending. A breach's value is the
 * score (null without one), its limit the threshold, its `at` the hand-over.
 */
export const scoring: ClauseKind<ScoringClause, Args> = {
  type: 'scoring',
  aggregation: 'share',
  unit: 'share',
  target: (c) => c.targetShare,
  limit: (_c, ctx) => ctx.workbook.scoring.threshold,
  prepare(ctx, c) {
    const entered = ctx.entered(c.stageId);
    if (!entered) return { reason: 'noStageColumn' };
    const atHandover = ctx.records.handoverScore;
    const score = atHandover ?? ctx.records.score;
    if (!score) return { reason: 'noScoreColumn' };
    return {
      anchor: entered,
      anchorFields: [`stage:${c.stageId}`],
      followFields: [],
      args: {
        score,
        threshold: ctx.workbook.scoring.threshold,
        scoreFrom: atHandover ? 'handover' : 'current',
      },
    };
  },
  kernel(r: Rows, a: Args): void {
    const { rows, months, month, outcome, value } = r;
    const { score, threshold } = a;
    for (let k = 0; k < rows.length; k++) {
      const s = score[rows[k]!]!;
      month[k] = months[k]!;
      value[k] = s;
      // NaN (no score) compares false: a miss.
      outcome[k] = s >= threshold - EPS ? OK : BREACH;
    }
  },
  breachAt: true,
  detail: (_r, a) => ({ threshold: a.threshold, scoreFrom: a.scoreFrom }),
};
