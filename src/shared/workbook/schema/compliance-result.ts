import { z } from 'zod';
import { ClauseTypeEnum, Period } from './clauses';
import { Finite, Id, IsoDate, IsoDateTime, ShortText } from './common';

/**
 * The compliance engine's output, stored in each import snapshot so the dashboard reopens without the
 * CSV files. The engine returns exactly this type (src/shared/compliance/engine.ts); what each field
 * means, and the rules behind each verdict, are in docs/compliance.md.
 */

/**
 * A verdict on one clause period. `missed` is a claim: only for a period that is over, whose records
 * have had their full window, inside the data's coverage. Before that a period is `in-progress`.
 */
export const ClauseStatus = z.enum(['met', 'missed', 'in-progress', 'not-measurable']);
export type ClauseStatus = z.infer<typeof ClauseStatus>;

/** Why a clause or period cannot be measured; keys of the `compliance` catalog's `reason` group. */
export const UnmeasurableReason = z.enum([
  'qualitative',
  'noStageColumn',
  'noTargetStageColumn',
  'noFirstTouchColumn',
  /** A cadence clause without an activity export: touches cannot be counted. */
  'noActivities',
  'noChannelColumn',
  'noAcceptColumn',
  /** An acceptance-rate clause without a rejection date column: a rejection cannot be told from no decision. */
  'noRejectColumn',
  /** A scoring clause without a lead score column. */
  'noScoreColumn',
  'noRecycledColumn',
  /** A revenue clause without a mapped amount column. */
  'noAmountColumn',
  /** A capacity clause without a mapped owner (sales rep) column. */
  'noOwnerColumn',
  /** No record in the period (share, conversion and velocity clauses). */
  'noRecords',
  /** The period lies (partly) outside the time span of a file the clause reads. */
  'outsideCoverage',
  /** The clause's channel/owner filter matches no record of the import (see ClauseResult.occurring). */
  'noMatchingRecords',
  /** "Target from plan", but there is no plan of record, it cannot be planned, or it lacks the stage. */
  'noPlan',
  /** "Target from plan", but the plan of record has no volume for this period. */
  'outsidePlan',
]);
export type UnmeasurableReason = z.infer<typeof UnmeasurableReason>;

/** A record that kept the commitment but shows a process problem; listed in `flagged`, never a breach. */
export const RecordFlag = z.enum(['touchBeforeStage']);
export type RecordFlag = z.infer<typeof RecordFlag>;

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
/** A clause period: a month `2026-03`, a (fiscal) quarter `2026-Q1` or a (fiscal) year `2026`. */
export const PeriodKey = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'expected YYYY-MM, YYYY-Qn or YYYY');
const Count = z.number().int().min(0);
const FlagCounts = z.partialRecord(RecordFlag, Count);

/** Figures common to a period and a month. */
const figures = {
  /**
   * Count (volume), share 0..1 (response, acceptance, conversion, recycling), median days (velocity),
   * money (revenue: the sum or the average deal) or the busiest rep's hand-overs in a month (capacity).
   */
  actual: Finite.nullable(),
  /** Records measured (the cohort, or the records counted). */
  count: Count,
  breaches: Count,
  /** Records whose outcome is not known yet (still within their window at the clause's "as of"). */
  pending: Count,
  /** Records that kept the commitment with a note, by flag (only flags that occur). */
  flags: FlagCounts.optional(),
};

/** The verdict on one period of a clause (its own period: month, quarter or year). */
export const PeriodResult = z.object({
  period: PeriodKey,
  /** First and last calendar month of the period. */
  from: Month,
  to: Month,
  ...figures,
  /** The period's target; null when there is none (target from plan, outside the plan). */
  target: Finite.nullable(),
  status: ClauseStatus,
  reason: UnmeasurableReason.optional(),
  /**
   * In-progress periods only: whether the running figure is on track for the target (volume: against
   * the target prorated to the time elapsed); null when it is too early to tell.
   */
  onTrack: z.boolean().nullable().optional(),
});
export type PeriodResult = z.infer<typeof PeriodResult>;

/** One calendar month of a clause: progress, never a verdict (verdicts are per period). */
export const ClauseMonth = z.object({
  month: Month,
  /** The clause period the month belongs to. */
  period: PeriodKey,
  ...figures,
  /** The month's own target when it has one (a monthly or plan-linked volume, any share or days). */
  target: Finite.nullable(),
  /** The figure of the month's period from its start up to and including this month. */
  toDate: Finite.nullable(),
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

/** A run of missed periods in a row (in-progress and unmeasurable periods neither count nor break it). */
export const MissRun = z.object({
  from: PeriodKey,
  to: PeriodKey,
  length: z.number().int().min(1),
  /** The run reached the workbook's review rule (consecutive misses). */
  reachedTrigger: z.boolean(),
});
export type MissRun = z.infer<typeof MissRun>;

export const Streaks = z.object({
  /** Every run of misses, oldest first. */
  runs: z.array(MissRun).max(1200),
  longest: Count,
  /** The run that ends at the latest decided period (0 when that period was met). */
  current: Count,
});
export type Streaks = z.infer<typeof Streaks>;

export const MAX_OVER_CAPACITY = 1000;
/** A sales rep handed more records in a month than the agreed capacity per rep. */
export const OverCapacity = z.object({
  month: Month,
  owner: ShortText,
  count: Count,
  capacity: Finite,
});
export type OverCapacity = z.infer<typeof OverCapacity>;

/**
 * Acceptance rate: what sales decided on one month's hand-overs (by the month they entered the
 * stage), with the rejections per reason as the export writes it ('' = no reason given), most
 * frequent first; reasons past the first 50 are summed in `otherReasons`.
 */
export const DecisionMonth = z.object({
  month: Month,
  accepted: Count,
  rejected: Count,
  /** Still within the decision window at the clause's "as of". */
  pending: Count,
  /** Past the decision window with no decision: left out of the share. */
  undecided: Count,
  reasons: z.array(z.object({ reason: ShortText, count: Count })).max(50),
  otherReasons: Count,
});
export type DecisionMonth = z.infer<typeof DecisionMonth>;
export const MAX_REASONS = 50;

export const ClauseResult = z.object({
  id: Id,
  /** The title when measured; surfaces show the workbook's current title when the clause still exists. */
  title: ShortText,
  type: ClauseTypeEnum,
  ownerTeamId: Id.or(z.literal('')),
  unit: z.enum(['count', 'share', 'days', 'money', 'none']),
  /** Money clauses (revenue): the workbook's ISO 4217 currency the figures are in. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** Revenue clauses: whether `actual` is the revenue won (`revenue`) or the average deal (`dealSize`). */
  metric: z.enum(['revenue', 'dealSize']).optional(),
  period: Period,
  /** Where the target comes from: the clause, or the plan of record's monthly volume for the stage. */
  targetFrom: z.enum(['fixed', 'plan']),
  /** Set when the whole clause cannot be measured from this import. */
  reason: UnmeasurableReason.optional(),
  /** noMatchingRecords: the values of the filtered column that do occur, most frequent first. */
  occurring: z.array(ShortText).max(20).optional(),
  /** outsidePlan for the whole clause: the months the plan of record covers. */
  planSpan: z.object({ from: Month, to: Month }).optional(),
  /** The clause's "as of": the earliest "as of" of the files it reads (outcomes are judged then). */
  asOf: IsoDateTime,
  /** The sources (indices into ComplianceResult.sources) the clause reads. */
  sources: z.array(z.number().int().min(0)).max(10),
  periods: z.array(PeriodResult).max(1200),
  months: z.array(ClauseMonth).max(1200),
  streaks: Streaks,
  /** The current run reached the review rule (per-clause detail; the rule itself is per team). */
  reviewTriggered: z.boolean(),
  byOwner: z.array(Slice).max(1000),
  byChannel: z.array(Slice).max(1000),
  histogram: ResponseHistogram.optional(),
  /** Capacity clauses: each rep-month whose hand-overs exceed the limit, by month then load (capped). */
  overCapacity: z.array(OverCapacity).max(MAX_OVER_CAPACITY).optional(),
  /** Acceptance rate: decisions and rejection reasons per measured month. */
  decisions: z.array(DecisionMonth).max(1200).optional(),
  /** Scoring: the workbook's scoring threshold the hand-overs' scores were held to. */
  threshold: Finite.optional(),
  /**
   * Scoring: which score was read — `handover`, a column holding the score at the hand-over, or
   * `current`, the export's current score (it may have moved since the hand-over). Absent in results
   * stored before it was recorded: those read the current score.
   */
  scoreFrom: z.enum(['handover', 'current']).optional(),
});
export type ClauseResult = z.infer<typeof ClauseResult>;

/** A run of months in which a team missed at least one of its agreed commitments. */
export const TeamRun = z.object({
  from: Month,
  to: Month,
  length: z.number().int().min(1),
  reachedTrigger: z.boolean(),
  /** The clauses missed in the run's months. */
  clauseIds: z.array(Id).max(200),
});
export type TeamRun = z.infer<typeof TeamRun>;

/**
 * The review rule per team: a team that misses any of its agreed commitments for K consecutive periods
 * (months, a quarterly miss counting in the quarter's last month) triggers the review.
 */
export const TeamTrigger = z.object({
  teamId: Id,
  /** The agreed clauses the team owns. */
  clauseIds: z.array(Id).max(200),
  runs: z.array(TeamRun).max(1200),
  longest: Count,
  current: Count,
  reviewTriggered: z.boolean(),
});
export type TeamTrigger = z.infer<typeof TeamTrigger>;

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

/** One mapped timestamp column's span. */
export const ColumnCoverage = z.object({
  /** The record field, e.g. `stage:mql`, `firstTouch`. */
  field: z.string().min(1).max(140),
  first: IsoDateTime.nullable(),
  last: IsoDateTime.nullable(),
  count: Count,
});

/**
 * One source file's coverage: its timestamp columns' spans, and its own "as of" (the export instant
 * when given, else the end of the day of its latest timestamp when that is a bare date, else that
 * timestamp). A period after a file's "as of" is outside its coverage.
 */
export const SourceCoverage = z.object({
  name: ShortText,
  /** Null when the file has no date at all (and no "as of" was given): it covers nothing that can be told. */
  asOf: IsoDateTime.nullable(),
  asOfFrom: z.enum(['given', 'data']),
  first: IsoDateTime.nullable(),
  last: IsoDateTime.nullable(),
  /**
   * The first and last day as the export dates them (in the zone it was read in), for people. Null in
   * snapshots saved before they were recorded: surfaces then date `first`/`last` in the calendar zone.
   */
  firstDay: IsoDate.nullable().default(null),
  lastDay: IsoDate.nullable().default(null),
  columns: z.array(ColumnCoverage).max(100),
});
export type SourceCoverage = z.infer<typeof SourceCoverage>;

export const Breach = z.object({
  clauseId: Id,
  recordId: ShortText,
  month: Month,
  owner: ShortText,
  channel: ShortText,
  /**
   * Hours (response, acceptance), days (conversion, recycling, velocity; acceptance rate: days to the
   * rejection), touches (cadence) or the lead score (scoring); null when never reached or no score.
   */
  value: Finite.nullable(),
  limit: Finite,
  /** When the record entered the clause's stage (scoring: the hand-over's date). */
  at: IsoDateTime.optional(),
  /** A note from the export (acceptance rate: the rejection reason as written). */
  note: ShortText.optional(),
});
export type Breach = z.infer<typeof Breach>;

/** A record that kept the commitment with a note (e.g. touched before it became an MQL). */
export const FlaggedRecord = Breach.extend({ flag: RecordFlag });
export type FlaggedRecord = z.infer<typeof FlaggedRecord>;

export const BREACH_CAP = 5000;

export const ComplianceResult = z.object({
  /** The measurement instant: the latest "as of" of the sources (or the one given). */
  asOf: IsoDateTime,
  timeZone: ShortText,
  /** First month of the fiscal year, which quarters and years follow (1 = January). */
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  /** The review rule the triggers were computed with (consecutive missed periods). */
  reviewRule: z.number().int().min(1),
  records: Count,
  sources: z.array(SourceCoverage).max(10),
  months: z.array(MonthVolume).max(1200),
  conversion: z.array(MeasuredTransition).max(50),
  clauses: z.array(ClauseResult).max(200),
  teams: z.array(TeamTrigger).max(50),
  breaches: z.object({ total: Count, items: z.array(Breach).max(BREACH_CAP) }),
  flagged: z.object({ total: Count, items: z.array(FlaggedRecord).max(BREACH_CAP) }),
  /**
   * Set on results measured by an older Pacto and migrated when the workbook was opened: their
   * verdicts follow the old rules (no coverage, monthly judgement). Re-import to measure them again.
   */
  legacy: z.object({ schemaVersion: z.number().int().min(1) }).optional(),
});
export type ComplianceResult = z.infer<typeof ComplianceResult>;
