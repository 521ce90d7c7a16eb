import { DateTime } from 'luxon';
import { MISSING_CODE, textAt, type RecordIds, type TextColumn } from '../records/record-set';
import type {
  Breach,
  ClauseMonth,
  FlaggedRecord,
  OverCapacity,
  PeriodResult,
  Slice,
} from '../workbook/schema';
import { MAX_OVER_CAPACITY, RESPONSE_BANDS_MINUTES } from '../workbook/schema';
import type { Evaluation } from './evaluate';
import { BREACH, OK_FLAGGED, SKIP, additive, type Aggregation } from './kind';
import type { MonthIndex } from './months';
import type { PeriodIndex } from './periods';
import { EPS, verdict } from './verdict';

const MAX_SLICES = 1000;

/** Median of the values (a Float64Array is reordered in place), by quickselect: O(n), no full sort. */
export function median(values: Float64Array | readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const a = values instanceof Float64Array ? values : Float64Array.from(values);
  const k = n >> 1;
  const upper = select(a, k);
  if (n % 2) return upper;
  // After selecting k, everything before it is ≤ a[k]: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < k; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/** Hoare's quickselect: reorders `a` so that a[k] is the k-th smallest, and returns it. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

/**
 * Outcome counts per group (a month, an owner, a channel) in one flat typed array: [ok, breach,
 * pending, flagged ok] at 4·g. Counting into typed arrays by dictionary code keeps a million-record
 * pass free of strings and objects.
 */
class Tallies {
  readonly counts: Int32Array;
  /** Values per group, only for median, sum and mean clauses (see groupValues). */
  values: Float64Array[] | undefined;
  /**
   * Capacity clauses (see ownerLoads): per group, the most records one owner got in a month (NaN when
   * no owned record) and how many owner-months went over the limit.
   */
  peaks: Float64Array | undefined;
  overs: Int32Array | undefined;
  constructor(readonly groups: number) {
    this.counts = new Int32Array(groups * 4);
  }
  ok = (g: number): number => this.counts[g * 4]! + this.counts[g * 4 + 3]!;
  breach = (g: number): number => this.counts[g * 4 + 1]!;
  pending = (g: number): number => this.counts[g * 4 + 2]!;
  flagged = (g: number): number => this.counts[g * 4 + 3]!;
  total = (g: number): number => this.ok(g) + this.breach(g) + this.pending(g);
}

/** Sums of tallies over a range of months (a period, or a period up to a month). */
interface Sum {
  ok: number;
  breach: number;
  pending: number;
  flagged: number;
  /** Median, sum and mean clauses: the range's values, a view of the months' (see sumOf). */
  values: Float64Array | null;
  /** Capacity clauses: the range's peak load (null when no owned record) and owner-months over. */
  peak: number | null;
  over: number;
  /** The figure, once computed (a median costs a pass). */
  actual?: number | null;
}

function sumOf(t: Tallies, from: number, to: number, withValues: boolean): Sum {
  const s: Sum = { ok: 0, breach: 0, pending: 0, flagged: 0, values: null, peak: null, over: 0 };
  for (let g = from; g < to; g++) {
    s.ok += t.ok(g);
    s.breach += t.breach(g);
    s.pending += t.pending(g);
    s.flagged += t.flagged(g);
    if (t.peaks) {
      const p = t.peaks[g]!;
      if (p === p && (s.peak === null || p > s.peak)) s.peak = p;
      s.over += t.overs![g]!;
    }
  }
  if (withValues) {
    // The months' values lie one after another in one buffer (groupValues): a range is a view, no
    // copy. A median reorders its view in place, which keeps every range's values the same as long
    // as each month's own median and each shorter range come first (see aggregate's month loop).
    const first = t.values![from]!;
    let length = 0;
    for (let g = from; g < to; g++) length += t.values![g]!.length;
    s.values = new Float64Array(first.buffer, first.byteOffset, length);
  }
  return s;
}

const totalOf = (s: Sum): number => s.ok + s.breach + s.pending;
const countOf = (s: Sum): number => (s.values ? s.values.length : totalOf(s));

function actualOf(ev: Evaluation, s: Sum): number | null {
  if (s.actual === undefined) s.actual = figureOf(ev, s);
  return s.actual;
}

function figureOf(ev: Evaluation, s: Sum): number | null {
  switch (ev.aggregation) {
    case 'count':
      return s.ok;
    case 'median':
      return median(s.values!);
    case 'cohort':
      return totalOf(s) ? s.ok / totalOf(s) : null;
    case 'share':
      return s.ok + s.breach ? s.ok / (s.ok + s.breach) : null;
    case 'sum':
      return total(s.values!);
    case 'mean':
      return s.values!.length ? total(s.values!) / s.values!.length : null;
    case 'peak':
      return s.peak;
  }
}

function total(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

/** Capacity clauses count owner-months over the limit where other kinds count breaching records. */
const breachesOf = (ev: Evaluation, s: Sum): number => (ev.aggregation === 'peak' ? s.over : s.breach);

/** Whether a clause's figures come from its records' values rather than their outcomes. */
const hasValues = (a: Aggregation): boolean => a === 'median' || a === 'sum' || a === 'mean';

const flagsOf = (ev: Evaluation, s: Sum) => (ev.flag && s.flagged ? { flags: { [ev.flag]: s.flagged } } : {});

/** Each slice's (owner's or channel's) figures; the slice's values are read in place (no copy). */
function sliceSum(t: Tallies, g: number): Sum {
  const peak = t.peaks ? t.peaks[g]! : NaN;
  return {
    ok: t.ok(g),
    breach: t.breach(g),
    pending: t.pending(g),
    flagged: t.flagged(g),
    values: t.values ? t.values[g]! : null,
    peak: peak === peak ? peak : null,
    over: t.overs ? t.overs[g]! : 0,
  };
}

/**
 * The values of a median clause grouped by month, owner or channel, by counting sort into one typed
 * array (the group sizes are the tallies already counted): no per-record array pushes.
 * The k-th row's group is `groups[rows[k]]` (per record), or `groups[k]` (per row) without `rows`.
 */
function groupValues(
  ev: Evaluation,
  t: Tallies,
  groups: GroupColumn | Int32Array,
  rows: Int32Array | null,
): Float64Array[] {
  const n = t.groups;
  const start = new Int32Array(n + 1);
  for (let g = 0; g < n; g++) start[g + 1] = start[g]! + t.total(g);
  const all = new Float64Array(start[n]!);
  const pos = start.slice(0, n);
  const { month, outcome, value } = ev;
  for (let k = 0; k < month.length; k++) {
    if (month[k]! < 0 || outcome[k] === SKIP) continue;
    const g = groups[rows ? rows[k]! : k]!;
    all[pos[g]!++] = value[k]!;
  }
  return Array.from({ length: n }, (_, g) => all.subarray(start[g]!, start[g + 1]!));
}

/** Each record's group, in the narrowest typed array that holds the group count. */
export type GroupColumn = Uint8Array | Uint16Array | Int32Array;

/**
 * Each record's group for a text column: its dictionary code, or one last group (`values.length`)
 * when it has no value. Computed once per record set, so no clause checks MISSING_CODE per record;
 * the narrow array (1 byte per record for a dozen owners) keeps the tally pass's reads in cache.
 */
export function groupsOf(col: TextColumn): GroupColumn {
  const none = col.values.length;
  const n = col.codes.length;
  const out = none < 0xff ? new Uint8Array(n) : none < 0xffff ? new Uint16Array(n) : new Int32Array(n);
  for (let i = 0; i < out.length; i++) {
    const code = col.codes[i]!;
    out[i] = code === MISSING_CODE ? none : code;
  }
  return out;
}

/*
 * The loops below are separate functions of typed arrays only, so that V8 optimises each as a whole
 * and keeps the optimised code across measurements (see the note in kind.ts).
 */

/** Adds each counted row's outcome to its month's, owner's and channel's tallies, in one pass. */
function tally(
  monthCounts: Int32Array,
  ownerCounts: Int32Array,
  channelCounts: Int32Array,
  ownerGroup: GroupColumn | null,
  channelGroup: GroupColumn | null,
  records: Int32Array,
  month: Int32Array,
  outcome: Uint8Array,
): void {
  for (let k = 0; k < month.length; k++) {
    const m = month[k]!;
    const o = outcome[k]!;
    if (m < 0 || o === SKIP) continue;
    // Slots: OK, BREACH, PENDING, OK_FLAGGED are 1–4, so the slot is outcome − 1.
    const slot = o - 1;
    monthCounts[m * 4 + slot]!++;
    const i = records[k]!;
    if (ownerGroup) ownerCounts[ownerGroup[i]! * 4 + slot]!++;
    if (channelGroup) channelCounts[channelGroup[i]! * 4 + slot]!++;
  }
}

/** The first counted row with outcome `code` at or after row `from`, or -1. */
function nextOutcome(month: Int32Array, outcome: Uint8Array, code: number, from: number): number {
  for (let k = from; k < month.length; k++) if (outcome[k] === code && month[k]! >= 0) return k;
  return -1;
}

/** Response-time bands of the counted rows' touch delays; untouched rows apart. */
function histogram(
  minutes: Float64Array,
  month: Int32Array,
  outcome: Uint8Array,
): { bands: number[]; untouched: number } {
  const bands = new Array<number>(RESPONSE_BANDS_MINUTES.length + 1).fill(0);
  let untouched = 0;
  for (let k = 0; k < month.length; k++) {
    if (month[k]! < 0 || outcome[k] === SKIP) continue;
    const v = minutes[k]!;
    if (v !== v) untouched++;
    else {
      let b = 0;
      while (b < RESPONSE_BANDS_MINUTES.length && v >= RESPONSE_BANDS_MINUTES[b]!) b++;
      bands[b]!++;
    }
  }
  return { bands, untouched };
}

export interface ClauseAggregate {
  periods: PeriodResult[];
  months: ClauseMonth[];
  byOwner: Slice[];
  byChannel: Slice[];
  histogram: { bands: number[]; untouched: number } | undefined;
  breaches: Breach[];
  breachTotal: number;
  flagged: FlaggedRecord[];
  flaggedTotal: number;
  overCapacity: OverCapacity[] | undefined;
}

export interface AggregateInput {
  clauseId: string;
  months: MonthIndex;
  periods: PeriodIndex;
  /** The measurement instant. */
  asOf: number;
  zone: string;
  /**
   * Monthly targets by `YYYY-MM` (a clause whose target comes from the plan): a count or revenue
   * period's target is their sum over its months, another period's its first month's (the plan's deal
   * size and capacity per rep are the same every month); none when a month has none. Null: the
   * evaluation's fixed target.
   */
  planTargets: ReadonlyMap<string, number> | null;
  ids: RecordIds;
  owner: TextColumn | undefined;
  channel: TextColumn | undefined;
  /** Each record's owner and channel group (see groupsOf), shared by every clause. */
  ownerGroup: GroupColumn | undefined;
  channelGroup: GroupColumn | undefined;
  /** Breaches (and flagged records) kept per clause. */
  cap: number;
}

/**
 * Periods (verdicts), months (progress), owner and channel breakdowns, histogram and the breach and
 * flagged lists of one clause, from one tally pass.
 */
export function aggregate(ev: Evaluation, input: AggregateInput): ClauseAggregate {
  const { months: index, periods, owner, channel } = input;
  const withValues = hasValues(ev.aggregation);
  const labels = index.labels;
  const months = new Tallies(labels.length);
  // Group per dictionary code, plus one last group for records with no value.
  const owners = new Tallies(owner ? owner.values.length + 1 : 0);
  const channels = new Tallies(channel ? channel.values.length + 1 : 0);
  const { rows, month, outcome } = ev;
  const { ownerGroup, channelGroup } = input;
  tally(
    months.counts,
    owners.counts,
    channels.counts,
    ownerGroup ?? null,
    channelGroup ?? null,
    rows,
    month,
    outcome,
  );
  if (withValues) {
    months.values = groupValues(ev, months, month, null);
    if (ownerGroup) owners.values = groupValues(ev, owners, ownerGroup, rows);
    if (channelGroup) channels.values = groupValues(ev, channels, channelGroup, rows);
  }

  const targets = new Targets(ev, input);
  const overCapacity =
    ev.aggregation === 'peak' && ownerGroup && owner
      ? ownerLoads(ev, input, months, owners, ownerGroup, (m) =>
          targets.month(labels[m]!, periods.ofMonth[m]!),
        )
      : undefined;
  // Sums over month ranges (a month, a period, a period to date), each computed once: a period of
  // one month is that month, and a period's last month to date is the period.
  const sums = new Map<number, Sum>();
  const rangeSum = (from: number, to: number): Sum => {
    const key = from * 65536 + to;
    let s = sums.get(key);
    if (!s) sums.set(key, (s = sumOf(months, from, to, withValues)));
    return s;
  };
  // Months first: each month's median, then each period up to it (see sumOf).
  const monthRows = labels.map((label, m): ClauseMonth => {
    const p = periods.ofMonth[m]!;
    const s = rangeSum(m, m + 1);
    return {
      month: label,
      period: periods.keys[p]!,
      actual: actualOf(ev, s),
      count: countOf(s),
      breaches: breachesOf(ev, s),
      pending: s.pending,
      ...flagsOf(ev, s),
      target: targets.month(label, p),
      toDate: actualOf(ev, rangeSum(periods.firstMonth[p]!, m + 1)),
    };
  });

  const periodRows = periods.keys.map((key, p): PeriodResult => {
    const s = rangeSum(periods.firstMonth[p]!, periods.endMonth[p]!);
    const actual = actualOf(ev, s);
    const target = targets.period(p);
    const v = verdict(
      ev.aggregation,
      {
        start: periods.start[p]!,
        end: periods.end[p]!,
        count: countOf(s),
        ok: s.ok,
        breach: s.breach,
        pending: s.pending,
        actual,
        target,
        // Only a count or sum period still open can be in progress (they have no pending records).
        dueBy:
          additive(ev.aggregation) && periods.end[p]! > ev.coverage.anchorEnd
            ? targets.dueBy(p, ev.coverage.anchorEnd)
            : null,
      },
      ev.coverage,
      input.asOf,
    );
    return {
      period: key,
      from: periods.from[p]!,
      to: periods.to[p]!,
      actual,
      count: countOf(s),
      breaches: breachesOf(ev, s),
      pending: s.pending,
      ...flagsOf(ev, s),
      target,
      ...v,
    };
  });
  let breachTotal = 0;
  let flaggedTotal = 0;
  for (let m = 0; m < labels.length; m++) {
    breachTotal += months.breach(m);
    flaggedTotal += months.flagged(m);
  }
  const noteOf = (i: number) => {
    const note = ev.note?.(i);
    return note ? { note } : {};
  };
  const listed = (code: number) => {
    const out: Breach[] = [];
    for (let k = nextOutcome(month, outcome, code, 0); k >= 0 && out.length < input.cap;) {
      const i = rows[k]!;
      const v = ev.value[k]!;
      out.push({
        clauseId: input.clauseId,
        recordId: input.ids.at(i) ?? '',
        month: labels[month[k]!]!,
        owner: textAt(owner, i) ?? '',
        channel: textAt(channel, i) ?? '',
        value: Number.isFinite(v) ? v : null,
        limit: ev.limit,
        ...(ev.anchor ? { at: new Date(ev.anchor[i]!).toISOString() } : {}),
        ...noteOf(i),
      });
      k = nextOutcome(month, outcome, code, k + 1);
    }
    return out;
  };
  const flag = ev.flag;
  return {
    periods: periodRows,
    months: monthRows,
    byOwner: owner ? slices(ev, owners, owner.values) : [],
    byChannel: channel ? slices(ev, channels, channel.values) : [],
    histogram: ev.touchMinutes ? histogram(ev.touchMinutes, month, outcome) : undefined,
    breaches: listed(BREACH),
    breachTotal,
    flagged: flag && flaggedTotal ? listed(OK_FLAGGED).map((b) => ({ ...b, flag })) : [],
    flaggedTotal,
    overCapacity,
  };
}

/**
 * Capacity clauses: each owner's records per month (owner-months in a map: a few reps over a few
 * years, never owners × months), the peak and the owner-months over the month's limit per month and
 * per owner (written into the tallies), and those owner-months listed, by month then load. Records
 * with no owner are handed to no rep: counted in the month, never in a load.
 */
function ownerLoads(
  ev: Evaluation,
  input: AggregateInput,
  months: Tallies,
  owners: Tallies,
  ownerGroup: GroupColumn,
  limitOf: (month: number) => number | null,
): OverCapacity[] {
  const { rows, month, outcome } = ev;
  const groups = owners.groups;
  const none = groups - 1;
  const loads = new Map<number, number>();
  for (let k = 0; k < month.length; k++) {
    if (month[k]! < 0 || outcome[k] === SKIP) continue;
    const g = ownerGroup[rows[k]!]!;
    if (g === none) continue;
    const key = month[k]! * groups + g;
    loads.set(key, (loads.get(key) ?? 0) + 1);
  }
  months.peaks = new Float64Array(months.groups).fill(NaN);
  months.overs = new Int32Array(months.groups);
  owners.peaks = new Float64Array(groups).fill(NaN);
  owners.overs = new Int32Array(groups);
  const over: OverCapacity[] = [];
  const names = input.owner!.values;
  for (const [key, load] of loads) {
    const m = Math.floor(key / groups);
    const g = key - m * groups;
    if (!(months.peaks[m]! >= load)) months.peaks[m] = load;
    if (!(owners.peaks[g]! >= load)) owners.peaks[g] = load;
    const limit = limitOf(m);
    if (limit === null || load <= limit + EPS) continue;
    months.overs[m]!++;
    owners.overs[g]!++;
    over.push({ month: input.months.labels[m]!, owner: names[g]!, count: load, capacity: limit });
  }
  over.sort((a, b) => a.month.localeCompare(b.month) || b.count - a.count || a.owner.localeCompare(b.owner));
  return over.slice(0, MAX_OVER_CAPACITY);
}

/**
 * A clause's targets: the fixed one, or the plan's monthly volumes. For "on track", the part of a
 * count target due by an instant: each calendar month of the period carries its share (its plan
 * volume, or the fixed target pro rata of its length), prorated by how much of it has elapsed.
 */
class Targets {
  constructor(
    private readonly ev: Evaluation,
    private readonly input: AggregateInput,
  ) {}

  period(p: number): number | null {
    const plan = this.input.planTargets;
    if (!plan) return this.ev.target;
    const sums = additive(this.ev.aggregation);
    let sum = 0;
    for (const m of this.input.periods.monthsOf[p]!) {
      const v = plan.get(m);
      if (v === undefined) return null;
      sum += v;
    }
    return sums ? sum : plan.get(this.input.periods.monthsOf[p]![0]!)!;
  }

  /** Month `label` of period `p`: its plan target, or the fixed target unless it is a count or sum per quarter or year. */
  month(label: string, p: number): number | null {
    const plan = this.input.planTargets;
    if (plan) return plan.get(label) ?? null;
    const { from, to } = this.input.periods;
    return additive(this.ev.aggregation) && from[p] !== to[p] ? null : this.ev.target;
  }

  dueBy(p: number, until: number): number | null {
    const total = this.period(p);
    if (total === null) return null;
    const zone = this.input.zone;
    const { start, end } = this.input.periods;
    const plan = this.input.planTargets;
    let due = 0;
    for (const label of this.input.periods.monthsOf[p]!) {
      const s = DateTime.fromISO(`${label}-01`, { zone });
      const a = s.toMillis();
      const b = s.plus({ months: 1 }).toMillis();
      const share = plan ? plan.get(label)! : (total * (b - a)) / (end[p]! - start[p]!);
      due += share * Math.min(1, Math.max(0, (until - a) / (b - a)));
    }
    return due;
  }
}

/** Figures per owner or channel over all months, largest first; '' is the group with no value. */
function slices(ev: Evaluation, t: Tallies, keys: readonly string[]): Slice[] {
  const out: Slice[] = [];
  for (let g = 0; g <= keys.length; g++) {
    const s = sliceSum(t, g);
    const count = countOf(s);
    if (count === 0) continue;
    out.push({ key: keys[g] ?? '', count, actual: actualOf(ev, s), breaches: breachesOf(ev, s) });
  }
  return out.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, MAX_SLICES);
}
