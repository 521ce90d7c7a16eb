import { DateTime } from 'luxon';
import type { RecordField, RecordSet } from '../records/record-set';
import type { SourceCoverage } from '../workbook/schema';

/**
 * What each source file covers: the span of its timestamp columns and its own "as of". A clause can
 * only judge a period inside the coverage of the files it reads (docs/compliance.md, "Coverage").
 */
export interface ColumnSpan {
  field: RecordField;
  first: number;
  last: number;
  count: number;
}

export interface SourceSpan {
  name: string;
  fields: RecordField[];
  /** Earliest and latest timestamp over the source's columns (NaN without any). */
  first: number;
  last: number;
  /** Their calendar dates where the export was read (`YYYY-MM-DD`): what a person calls its span. */
  firstDay: string | null;
  lastDay: string | null;
  /** Up to when the source is known: the given export instant, else derived from `last` (NaN without dates). */
  asOf: number;
  given: boolean;
  columns: ColumnSpan[];
}

const TIME_FIELDS = ['created', 'firstTouch', 'rejectedAt', 'recycledAt'] as const;

/** The timestamp column of a record field, if the field is one and is mapped. */
export function timestampColumn(records: RecordSet, field: RecordField): Float64Array | undefined {
  if (field.startsWith('stage:')) return records.stageEntered[field.slice(6)];
  return (TIME_FIELDS as readonly string[]).includes(field)
    ? records[field as (typeof TIME_FIELDS)[number]]
    : undefined;
}

/** Every mapped timestamp field of a record set. */
function timestampFields(records: RecordSet): RecordField[] {
  return [
    ...Object.keys(records.stageEntered).map((id): RecordField => `stage:${id}`),
    ...TIME_FIELDS.filter((f) => records[f] !== undefined),
  ];
}

/** A timestamp column's earliest and latest value up to some instant, and how many there are. */
interface ColumnRange {
  first: number;
  last: number;
  count: number;
}

function scan(col: Float64Array, upTo: number): ColumnRange {
  let first = Infinity;
  let last = -Infinity;
  let count = 0;
  for (let i = 0; i < col.length; i++) {
    const t = col[i]!;
    // Missing values are NaN (false in both comparisons); values after a given "as of" are not data yet.
    if (!(t <= upTo)) continue;
    count++;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return { first, last, count };
}

/**
 * Whole-column ranges, worked out once per column: the importer writes no column after the import, and
 * a million-row column took ≈ 5 ms to scan (its missing values defeat branch prediction), for the
 * coverage and again for the measured months, at every measurement.
 */
const rangeByColumn = new WeakMap<Float64Array, ColumnRange>();

/** The column's earliest and latest value and how many it holds (first Infinity when none). */
export function columnRange(col: Float64Array): ColumnRange {
  let r = rangeByColumn.get(col);
  if (!r) {
    r = scan(col, Infinity);
    rangeByColumn.set(col, r);
  }
  return r;
}

function span(field: RecordField, col: Float64Array, upTo: number): ColumnSpan {
  const all = columnRange(col);
  // Usually nothing lies after "as of": the column's own range is its span.
  const r = all.last <= upTo ? all : scan(col, upTo);
  return r.count ? { field, ...r } : { field, first: NaN, last: NaN, count: 0 };
}

/**
 * A source's "as of" taken from its data: its latest timestamp, or the end of that day when the
 * timestamp is a bare date (midnight in the zone the export was read in, `dataZone`): a file of dates
 * that ends on 31 May covers 31 May. Bare dates resolve days, not hours, so that day ends when it
 * ends in the calendar's zone too (whichever is later): a calendar an hour behind the export would
 * otherwise never see its May covered by a file of dates that ends on 31 May.
 */
export function dataAsOf(last: number, dataZone: string, calendarZone: string): number {
  const d = DateTime.fromMillis(last, { zone: dataZone });
  if (!d.equals(d.startOf('day'))) return last;
  const day = { year: d.year, month: d.month, day: d.day };
  const endIn = (zone: string) => DateTime.fromObject(day, { zone }).plus({ days: 1 }).toMillis();
  return Math.max(endIn(dataZone), endIn(calendarZone));
}

/**
 * The coverage of each source. `given` is the export instant when the user gave one (it then bounds
 * every source), else NaN. `zone`: the calendar's, used when the records do not say which zone their
 * wall-clock times were read in.
 */
export function sourceSpans(records: RecordSet, given: number, zone: string): SourceSpan[] {
  const dateZone = records.timeZone ?? zone;
  const all = timestampFields(records);
  const sources = records.sources?.length ? records.sources : [{ name: '', fields: all }];
  const upTo = Number.isFinite(given) ? given : Infinity;
  const spans = sources.map((s) => ({
    name: s.name,
    fields: s.fields,
    columns: s.fields.filter((f) => all.includes(f)).map((f) => span(f, timestampColumn(records, f)!, upTo)),
  }));
  // Each activity export after the records' files, as one column of activity instants.
  for (const f of records.activities?.files ?? []) {
    const field: RecordField = 'activity:at';
    const last = Math.min(f.last, upTo);
    spans.push({
      name: f.name,
      fields: [field],
      columns: [
        f.count > 0 && f.first <= upTo
          ? { field, first: f.first, last, count: f.count }
          : { field, first: NaN, last: NaN, count: 0 },
      ],
    });
  }
  return spans.map((s) => {
    const columns = s.columns;
    const withData = columns.filter((c) => c.count > 0);
    const first = withData.length ? Math.min(...withData.map((c) => c.first)) : NaN;
    const last = withData.length ? Math.max(...withData.map((c) => c.last)) : NaN;
    const asOf = Number.isFinite(given)
      ? given
      : Number.isFinite(last)
        ? dataAsOf(last, dateZone, zone)
        : NaN;
    const day = (t: number) =>
      Number.isFinite(t) ? DateTime.fromMillis(t, { zone: dateZone }).toISODate() : null;
    return {
      name: s.name,
      fields: s.fields,
      first,
      last,
      firstDay: day(first),
      lastDay: day(last),
      asOf,
      given: Number.isFinite(given),
      columns,
    };
  });
}

/**
 * The span a clause can judge. Records enter its periods through its anchor columns (the stage it
 * counts); its follow columns (first touch, target stage, …) show their outcomes later.
 */
export interface ClauseCoverage {
  /** The anchor files' earliest data: a period that ends before it is outside coverage. */
  anchorStart: number;
  /** The anchor files' "as of": a period that ends after it is not complete (in progress or outside). */
  anchorEnd: number;
  /** Outcomes are observed up to here (the follow files' "as of"); records are judged at this instant. */
  observeEnd: number;
  /** Indices of the sources read. */
  sources: number[];
}

export function clauseCoverage(
  spans: readonly SourceSpan[],
  anchor: readonly RecordField[],
  follow: readonly RecordField[],
): ClauseCoverage {
  // Without provenance every field is in the one source; activities may come from several files.
  const sourcesOf = (f: RecordField): number[] => {
    const found = spans.flatMap((s, i) => (s.fields.includes(f) ? [i] : []));
    return found.length ? found : [0];
  };
  const a = [...new Set(anchor.flatMap(sourcesOf))];
  const f = [...new Set(follow.flatMap(sourcesOf))];
  // A file without a single date covers nothing that can be told: its end is -Infinity.
  const end = (idx: number[]) =>
    Math.min(...idx.map((i) => spans[i]?.asOf ?? NaN).map((t) => (Number.isNaN(t) ? -Infinity : t)));
  const firsts = a.map((i) => spans[i]?.first ?? NaN).filter(Number.isFinite);
  const anchorEnd = a.length ? end(a) : Infinity;
  return {
    // Anchor files without any date up to "as of" have no known start either.
    anchorStart: firsts.length ? Math.min(...firsts) : Infinity,
    anchorEnd,
    observeEnd: f.length ? end(f) : anchorEnd,
    sources: [...new Set([...a, ...f])].sort((x, y) => x - y),
  };
}

/**
 * A stored source's first and last day as people say them: as the export dates them, else (snapshots
 * saved before those were recorded) its first and last instants dated in the calendar's zone.
 */
export function coverageDays(
  s: Pick<SourceCoverage, 'first' | 'last' | 'firstDay' | 'lastDay'>,
  zone: string,
): { first: string | null; last: string | null } {
  const day = (d: string | null, iso: string | null) =>
    d ?? (iso ? DateTime.fromISO(iso, { zone }).toISODate() : null);
  return { first: day(s.firstDay, s.first), last: day(s.lastDay, s.last) };
}

/** The sources that end before the measurement: the periods after them are outside their coverage. */
export function sourcesEndingEarly<S extends Pick<SourceCoverage, 'asOf'>>(
  sources: readonly S[],
  asOf: string,
): S[] {
  return sources.filter((s) => s.asOf !== null && Date.parse(s.asOf) < Date.parse(asOf));
}
