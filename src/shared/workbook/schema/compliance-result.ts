import { z } from 'zod';
import { Finite, Id, IsoDateTime, ShortText } from './common';

/**
 * The compliance engine's output, stored in each import snapshot so the dashboard reopens without the
 * CSV files. The engine returns exactly this type (src/shared/compliance/engine.ts).
 */
export const ClauseStatus = z.enum(['met', 'missed', 'not-measurable', 'immature']);
export type ClauseStatus = z.infer<typeof ClauseStatus>;

/** Why a clause or month cannot be measured; keys of the `compliance` catalog's `reason` group. */
export const UnmeasurableReason = z.enum([
  'qualitative',
  'noStageColumn',
  'noTargetStageColumn',
  'noFirstTouchColumn',
  'noChannelColumn',
  'noAcceptColumn',
  'noRecycledColumn',
  'noRecords',
]);
export type UnmeasurableReason = z.infer<typeof UnmeasurableReason>;

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
const Count = z.number().int().min(0);

export const ClauseMonth = z.object({
  month: Month,
  /** Count (volume), share 0..1 (response, acceptance, conversion, recycling) or median days (velocity). */
  actual: Finite.nullable(),
  target: Finite,
  status: ClauseStatus,
  reason: UnmeasurableReason.optional(),
  /** Records measured in the month (the cohort, or the records counted). */
  count: Count,
  breaches: Count,
  /** Records whose outcome is not known yet at the "as of" time. */
  pending: Count,
});
export type ClauseMonth = z.infer<typeof ClauseMonth>;

/** One owner's or channel's figures over all months. */
export const Slice = z.object({
  key: ShortText,
  count: Count,
  actual: Finite.nullable(),
  breaches: Count,
});
export type Slice = z.infer<typeof Slice>;

/** Response-time bands: 0–5 min, 5–15, 15–60, 1–4 h, 4–24 h, > 24 h. */
export const RESPONSE_BANDS_MINUTES = [5, 15, 60, 240, 1440] as const;
export const ResponseHistogram = z.object({
  bands: z.array(Count).length(RESPONSE_BANDS_MINUTES.length + 1),
  /** Records never touched (breached or still within the limit). */
  untouched: Count,
});

export const ClauseResult = z.object({
  id: Id,
  title: ShortText,
  type: z.enum([
    'volume',
    'responseTime',
    'acceptance',
    'conversion',
    'recycling',
    'velocity',
    'qualitative',
  ]),
  ownerTeamId: Id.or(z.literal('')),
  unit: z.enum(['count', 'share', 'days', 'none']),
  /** Set when the whole clause cannot be measured from this import. */
  reason: UnmeasurableReason.optional(),
  months: z.array(ClauseMonth).max(1200),
  /** Missed months in a row, ending at the latest decided month. */
  consecutiveMisses: Count,
  /** consecutiveMisses reached the workbook's review rule. */
  reviewTriggered: z.boolean(),
  byOwner: z.array(Slice).max(1000),
  byChannel: z.array(Slice).max(1000),
  histogram: ResponseHistogram.optional(),
});
export type ClauseResult = z.infer<typeof ClauseResult>;

export const MonthVolume = z.object({
  month: Month,
  /** Records entering each stage in the month, by stage id (only stages with a mapped column). */
  entered: z.record(Id, Count),
});

/** Measured conversion between consecutive measured stages: feeds "calibrate from actuals". */
export const MeasuredTransition = z.object({
  from: Id,
  to: Id,
  /** Of the records that entered `from`, the share that reached `to` or any later stage. */
  rate: Finite.min(0).max(1).nullable(),
  /** Median days from entering `from` to reaching `to` (or later), over the records that did. */
  medianDays: Finite.nullable(),
  entered: Count,
  reached: Count,
});
export type MeasuredTransition = z.infer<typeof MeasuredTransition>;

export const Breach = z.object({
  clauseId: Id,
  recordId: ShortText,
  month: Month,
  owner: ShortText,
  channel: ShortText,
  /** Hours (response, acceptance) or days (conversion, recycling, velocity); null when never reached. */
  value: Finite.nullable(),
  limit: Finite,
});
export type Breach = z.infer<typeof Breach>;

export const BREACH_CAP = 5000;

export const ComplianceResult = z.object({
  asOf: IsoDateTime,
  timeZone: ShortText,
  records: Count,
  months: z.array(MonthVolume).max(1200),
  conversion: z.array(MeasuredTransition).max(50),
  clauses: z.array(ClauseResult).max(200),
  breaches: z.object({ total: Count, items: z.array(Breach).max(BREACH_CAP) }),
});
export type ComplianceResult = z.infer<typeof ComplianceResult>;
