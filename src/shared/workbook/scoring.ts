import type { Scoring, ScoringCriterion } from './schema';

export interface LeadScore {
  fit: number;
  engagement: number;
  total: number;
  /** At or above the threshold: the lead is sales-ready (an MQL). */
  isMql: boolean;
  /** Points still missing to reach the threshold (0 when reached). */
  shortfall: number;
}

/** Scores a sample lead: `matched` holds the ids of the criteria that hold for it. */
export function scoreLead(scoring: Scoring, matched: ReadonlySet<string>): LeadScore {
  let fit = 0;
  let engagement = 0;
  for (const c of scoring.criteria) {
    if (!matched.has(c.id)) continue;
    if (c.kind === 'fit') fit += c.points;
    else engagement += c.points;
  }
  const total = fit + engagement;
  return {
    fit,
    engagement,
    total,
    isMql: total >= scoring.threshold,
    shortfall: Math.max(0, scoring.threshold - total),
  };
}

/** The highest score a lead can reach: every positive criterion and none of the negative ones. */
export const maxScore = (criteria: readonly ScoringCriterion[]): number =>
  criteria.reduce((sum, c) => sum + Math.max(0, c.points), 0);
