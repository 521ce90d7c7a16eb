/**
 * The imported CRM records, column by column: what the importer produces and the compliance engine
 * reads. Columnar typed arrays keep a million records in tens of megabytes and make metric passes
 * cache-friendly. Timestamps are epoch milliseconds (UTC instants, already resolved from the export's
 * time zone); a missing value is NaN. Text columns are dictionary-encoded.
 */
export interface TextColumn {
  /** Index into `values` per record; MISSING_CODE when empty. */
  codes: Uint32Array;
  values: string[];
}
export const MISSING_CODE = 0xffffffff;

/**
 * Record ids by index: a plain array, or the importer's packed list, whose ids stay bytes until one is
 * read (a million id strings cost ≈ 65 MB, and the engine reads only the few in breach lists).
 */
export interface RecordIds extends Iterable<string> {
  readonly length: number;
  at(index: number): string | undefined;
}

export interface RecordSet {
  size: number;
  /** Record ids, kept as text (CRM ids overflow doubles). */
  ids: RecordIds;
  /** When each record entered each workbook stage, keyed by stage id. A stage with no mapped column is absent. */
  stageEntered: Record<string, Float64Array>;
  created?: Float64Array;
  /** First sales touch (call, email, meeting) after hand-off. */
  firstTouch?: Float64Array;
  /** When sales rejected the record (acceptance clauses), with `rejectReason`. */
  rejectedAt?: Float64Array;
  rejectReason?: TextColumn;
  /** When the record was returned to marketing for nurturing (recycling clauses). */
  recycledAt?: Float64Array;
  owner?: TextColumn;
  channel?: TextColumn;
  status?: TextColumn;
  lostReason?: TextColumn;
  /** The record's current lifecycle stage or status as the CRM writes it (see import/stage-values.ts). */
  currentStage?: TextColumn;
  /** When that stage or status last changed. */
  stageChangedAt?: Float64Array;
  /** Amount in the workbook currency; NaN when missing. */
  amount?: Float64Array;
  /** Lead score as the CRM computed it (e.g. HubSpot Score) at export time; NaN when missing. */
  score?: Float64Array;
  /**
   * Lead score when the record was handed over (a custom field a workflow fills at the hand-over);
   * scoring clauses prefer it to `score`. NaN when missing.
   */
  handoverScore?: Float64Array;
  /** The export's "as of" instant (epoch ms): records with no touch yet are judged against it. */
  asOf: number;
  /** `asOf` was given (the instant the exports were taken) rather than taken from the latest timestamp. */
  asOfGiven?: boolean;
  /** The zone the exports' wall-clock times were read in (a bare date is midnight there). */
  timeZone?: string;
  /**
   * The files the records came from, in import order, with the fields mapped from each: each file's
   * coverage (its time span and "as of") bounds what the clauses reading it can judge. Absent: one
   * unnamed source holding every column.
   */
  sources?: RecordSource[];
  /** Sales activities (calls, emails, meetings…) from activity exports, linked to the records. */
  activities?: ActivitySet;
}

/** How an activity reached the lead (see import/activities.ts for the values that map to each). */
export const ACTIVITY_CHANNELS = ['call', 'email', 'meeting', 'social', 'task', 'other'] as const;
export type ActivityChannel = (typeof ACTIVITY_CHANNELS)[number];

/** Bits of `ActivitySet.flags`. */
export const ActivityFlag = {
  /** The lead was reached (a call connected, a meeting held), not only tried. */
  connect: 1,
  /** Sent by a sequence, list or marketing tool: never a touch. */
  automated: 2,
  /** From the lead (an incoming email or call): not a sales touch. */
  inbound: 4,
  /** Planned, cancelled or not done yet: did not happen. */
  planned: 8,
} as const;

/**
 * Activities grouped by record, in time order within each: record i's activities are the indexes
 * `start[i]` to `start[i + 1] - 1`. An activity linked to several records (HubSpot's "Associated
 * Contact IDs" with two ids) appears under each.
 */
export interface ActivitySet {
  /** `records.size + 1` offsets. */
  start: Uint32Array;
  /** Instant (epoch ms). */
  at: Float64Array;
  /** Index into ACTIVITY_CHANNELS. */
  channel: Uint8Array;
  flags: Uint8Array;
  /** The activity files, for coverage: name, first and last linked activity instant (NaN when none), and how many. */
  files: { name: string; first: number; last: number; count: number }[];
}

/** The fields of an activity export (mapped as `activity:<field>`). */
export const ACTIVITY_FIELDS = [
  'contact',
  'at',
  'time',
  'type',
  'outcome',
  'direction',
  'status',
  'source',
  'subject',
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

export interface RecordSource {
  name: string;
  fields: RecordField[];
}

/** The record fields a column can be mapped to; `stage:<id>` maps a stage-entry timestamp. */
export const RECORD_FIELDS = [
  'id',
  'created',
  'firstTouch',
  'rejectedAt',
  'rejectReason',
  'recycledAt',
  'owner',
  'channel',
  'status',
  'lostReason',
  'amount',
  'score',
  'handoverScore',
  'currentStage',
  'stageChangedAt',
] as const;
export type RecordField =
  | (typeof RECORD_FIELDS)[number]
  | `stage:${string}`
  /** Only in an activity export's own import (see import/activities.ts). */
  | `activity:${ActivityField}`;

export const textAt = (col: TextColumn | undefined, i: number): string | undefined => {
  if (!col) return undefined;
  const code = col.codes[i];
  return code === undefined || code === MISSING_CODE ? undefined : col.values[code];
};
