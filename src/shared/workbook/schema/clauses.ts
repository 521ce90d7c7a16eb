import { z } from 'zod';
import { ACTIVITY_CHANNELS } from '../../records/record-set';
import { AgreementStatus, Comment, Finite, Id, Share, ShortText, Text } from './common';

/**
 * The period a clause is judged on. Quarters and years follow the calendar's fiscal year. (Until
 * schema v3 there was `week`; weekly clauses were migrated to monthly ones, see migrations.ts.)
 */
export const Period = z.enum(['month', 'quarter', 'year']);
export type Period = z.infer<typeof Period>;

const clauseBase = {
  id: Id,
  title: ShortText,
  ownerTeamId: Id.or(z.literal('')),
  period: Period,
  /** What happens when the commitment is missed. */
  consequence: Text,
  status: AgreementStatus,
  comments: z.array(Comment).max(500),
};

/**
 * Records entering a stage per period are at least `target` (optionally for one channel only). With
 * `targetFrom: 'plan'` the target is instead the plan of record's volume for the stage, month by month
 * (summed over a quarter or year); `target` is kept for when the clause goes back to a fixed target.
 */
export const VolumeClause = z.object({
  ...clauseBase,
  type: z.literal('volume'),
  stageId: Id,
  target: Finite.min(0),
  targetFrom: z.enum(['fixed', 'plan']).default('fixed'),
  channel: ShortText.optional(),
});

/**
 * Which sales activities of an activity export count as a touch: the channels the agreement names, and
 * whether only a connect counts (a call answered, a meeting held) or any attempt. Automated sequence,
 * list and marketing emails, inbound activities and planned or cancelled ones are never touches.
 */
export const TouchRule = z.object({
  channels: z.array(z.enum(ACTIVITY_CHANNELS)).min(1).max(ACTIVITY_CHANNELS.length),
  connectsOnly: z.boolean(),
});
export type TouchRule = z.infer<typeof TouchRule>;
export const DEFAULT_TOUCH_RULE: TouchRule = {
  channels: ['call', 'email', 'meeting', 'social'],
  connectsOnly: false,
};

/**
 * Hand-off (entering `stageId`) to first sales touch within `limitHours`, for at least `targetShare`.
 * With an activity export the touch is the first activity after the hand-off that `touches` counts;
 * otherwise the export's first-touch column.
 */
export const ResponseTimeClause = z.object({
  ...clauseBase,
  type: z.literal('responseTime'),
  stageId: Id,
  limitHours: Finite.positive().max(24 * 365),
  hours: z.enum(['business', 'calendar']),
  targetShare: Share,
  touches: TouchRule.default(DEFAULT_TOUCH_RULE),
});

/**
 * Follow-up cadence: at least `targetShare` of the records entering `stageId` get `minTouches`
 * qualifying touches (by `touches`) within `withinDays` business days. Read from an activity export.
 */
export const CadenceClause = z.object({
  ...clauseBase,
  type: z.literal('cadence'),
  stageId: Id,
  minTouches: Finite.int().min(1).max(100),
  withinDays: Finite.int().min(1).max(365),
  targetShare: Share,
  touches: TouchRule.default(DEFAULT_TOUCH_RULE),
});

/** Records entering `stageId` are accepted (reach `acceptStageId`) or rejected with a reason within `limitHours`. */
export const AcceptanceClause = z.object({
  ...clauseBase,
  type: z.literal('acceptance'),
  stageId: Id,
  acceptStageId: Id,
  limitHours: Finite.positive().max(24 * 365),
  hours: z.enum(['business', 'calendar']),
  targetShare: Share,
  reasonCodes: z.array(ShortText).max(50),
});

/**
 * Lead quality: of the records entering `stageId` that sales decided on, at least `targetShare` were
 * accepted (reached `acceptStageId` or later) rather than rejected. A record still undecided counts
 * neither way: it is pending for `decideWithinDays` after the hand-over, then left out (and counted
 * apart as undecided) so that one forgotten lead does not hold the period's verdict forever.
 */
export const AcceptanceRateClause = z.object({
  ...clauseBase,
  type: z.literal('acceptanceRate'),
  stageId: Id,
  acceptStageId: Id,
  targetShare: Share,
  decideWithinDays: Finite.int().positive().max(365).default(30),
});

/**
 * Scoring discipline: at least `targetShare` of the records entering `stageId` (the hand-over) carry
 * a lead score at or above the workbook's scoring threshold (`scoring.threshold`).
 */
export const ScoringClause = z.object({
  ...clauseBase,
  type: z.literal('scoring'),
  stageId: Id,
  targetShare: Share,
});

/** Of the records entering `fromStageId` in a period, at least `targetRate` reach `toStageId` (or later) within `windowDays`. */
export const ConversionClause = z.object({
  ...clauseBase,
  type: z.literal('conversion'),
  fromStageId: Id,
  toStageId: Id,
  targetRate: Share,
  windowDays: Finite.int().positive().max(3650),
});

/** Records stalled in `stageId` for `stallDays` are returned to marketing, for at least `targetShare` of them. */
export const RecyclingClause = z.object({
  ...clauseBase,
  type: z.literal('recycling'),
  stageId: Id,
  stallDays: Finite.int().positive().max(3650),
  targetShare: Share,
});

/** Median days from `fromStageId` to `toStageId` stay at or below `targetDays`. */
export const VelocityClause = z.object({
  ...clauseBase,
  type: z.literal('velocity'),
  fromStageId: Id,
  toStageId: Id,
  targetDays: Finite.positive().max(3650),
});

/**
 * Closed-won revenue per period: records entering the won stage `stageId`, summed by their mapped
 * amount (`metric: 'revenue'`, at least `target` per period) or averaged (`'dealSize'`, an average deal
 * of at least `target`), in the workbook's currency. With `targetFrom: 'plan'` the target is the plan
 * of record's revenue for the period (its months summed), or its average deal size.
 */
export const RevenueClause = z.object({
  ...clauseBase,
  type: z.literal('revenue'),
  stageId: Id,
  metric: z.enum(['revenue', 'dealSize']),
  target: Finite.min(0),
  targetFrom: z.enum(['fixed', 'plan']).default('fixed'),
});

/**
 * Sales capacity: no sales rep (the mapped owner) is handed more than `perRep` records entering
 * `stageId` in any calendar month of the period. With `targetFrom: 'plan'` the limit is the plan of
 * record's leads per rep per month. The rep-months over the limit are listed.
 */
export const CapacityClause = z.object({
  ...clauseBase,
  type: z.literal('capacity'),
  stageId: Id,
  perRep: Finite.min(0),
  targetFrom: z.enum(['fixed', 'plan']).default('fixed'),
});

/** A commitment written in words, reviewed by people rather than measured. */
export const QualitativeClause = z.object({
  ...clauseBase,
  type: z.literal('qualitative'),
  text: Text,
});

export const Clause = z.discriminatedUnion('type', [
  VolumeClause,
  ResponseTimeClause,
  CadenceClause,
  AcceptanceClause,
  AcceptanceRateClause,
  ScoringClause,
  ConversionClause,
  RecyclingClause,
  VelocityClause,
  RevenueClause,
  CapacityClause,
  QualitativeClause,
]);
export type Clause = z.infer<typeof Clause>;
export type ClauseType = Clause['type'];
export const clauseTypes: readonly ClauseType[] = Clause.options.map((o) => o.shape.type.value);
/** The clause types as a zod enum (compliance results name the type of each clause). */
export const ClauseTypeEnum = z.enum(clauseTypes as [ClauseType, ...ClauseType[]]);
