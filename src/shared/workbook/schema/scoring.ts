import { z } from 'zod';
import { Finite, Id, ShortText } from './common';

export const ScoringCriterion = z.object({
  id: Id,
  kind: z.enum(['fit', 'engagement']),
  label: ShortText,
  /** Points added when the criterion holds (negative for disqualifying signals). */
  points: Finite.min(-1000).max(1000),
});
export type ScoringCriterion = z.infer<typeof ScoringCriterion>;

export const Scoring = z.object({
  /** A lead at or above this score is sales-ready (MQL). */
  threshold: Finite.min(0).max(10_000),
  criteria: z.array(ScoringCriterion).max(200),
});
export type Scoring = z.infer<typeof Scoring>;
