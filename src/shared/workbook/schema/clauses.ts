import { z } from 'zod';
import { AgreementStatus, Comment, Finite, Id, Share, ShortText, Text } from './common';

export const Period = z.enum(['week', 'month', 'quarter']);
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

/** Records entering a stage per period are at least `target` (optionally for one channel only). */
export const VolumeClause = z.object({
  ...clauseBase,
  type: z.literal('volume'),
  stageId: Id,
  target: Finite.min(0),
  channel: ShortText.optional(),
});

/** Hand-off (entering `stageId`) to first sales touch within `limitHours`, for at least `targetShare`. */
export const ResponseTimeClause = z.object({
  ...clauseBase,
  type: z.literal('responseTime'),
  stageId: Id,
  limitHours: Finite.positive().max(24 * 365),
  hours: z.enum(['business', 'calendar']),
  targetShare: Share,
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

/** A commitment written in words, reviewed by people rather than measured. */
export const QualitativeClause = z.object({
  ...clauseBase,
  type: z.literal('qualitative'),
  text: Text,
});

export const Clause = z.discriminatedUnion('type', [
  VolumeClause,
  ResponseTimeClause,
  AcceptanceClause,
  ConversionClause,
  RecyclingClause,
  VelocityClause,
  QualitativeClause,
]);
export type Clause = z.infer<typeof Clause>;
export type ClauseType = Clause['type'];
export const clauseTypes: readonly ClauseType[] = [
  'volume',
  'responseTime',
  'acceptance',
  'conversion',
  'recycling',
  'velocity',
  'qualitative',
];
