import { MISSING_CODE, textAt, type RecordIds, type TextColumn } from '../records/record-set';
import type { Breach, ClauseMonth, ClauseStatus, Slice } from '../workbook/schema';
import { RESPONSE_BANDS_MINUTES } from '../workbook/schema';
import { BREACH, SKIP, type Evaluation } from './evaluate';

/** Shares are compared with a little slack so that 4/5 meets a 0.8 target despite binary floats. */
const EPS = 1e-9;
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
 * pending] at 3·g. Counting into typed arrays by dictionary code keeps a million-record pass free of
 * strings and objects.
 */
class Tallies {
  readonly counts: Int32Array;
  /** Values per group, only for median clauses (see groupValues). */
  values: Float64Array[] | undefined;
  constructor(readonly groups: number) {
    this.counts = new Int32Array(groups * 3);
  }
  ok = (g: number): number => this.counts[g * 3]!;
  breach = (g: number): number => this.counts[g * 3 + 1]!;
  pending = (g: number): number => this.counts[g * 3 + 2]!;
  total = (g: number): number => this.ok(g) + this.breach(g) + this.pending(g);
}

function actualOf(ev: Evaluation, t: Tallies, g: number): number | null {
  switch (ev.kind) {
    case 'count':
      return t.ok(g);
    case 'median':
      return median(t.values![g]!);
    case 'cohort':
      return t.total(g) ? t.ok(g) / t.total(g) : null;
    case 'share':
      return t.ok(g) + t.breach(g) ? t.ok(g) / (t.ok(g) + t.breach(g)) : null;
  }
}

/**
 * Status of one month. Undecided outcomes never count as failures: a month with pending records is
 * `met` only if it is met even if every pending record fails, otherwise `immature`; so is a volume
 * month still in progress that has not reached its target yet.
 */
function statusOf(ev: Evaluation, t: Tallies, g: number, target: number, inProgress: boolean): ClauseStatus {
  if (ev.kind === 'count') return t.ok(g) >= target - EPS ? 'met' : inProgress ? 'immature' : 'missed';
  if (ev.kind === 'median') {
    const m = median(t.values![g]!);
    return m !== null && m <= target + EPS ? 'met' : 'missed';
  }
  if (t.ok(g) / t.total(g) >= target - EPS) return 'met';
  return t.pending(g) > 0 ? 'immature' : 'missed';
}

const countOf = (ev: Evaluation, t: Tallies, g: number): number =>
  ev.kind === 'median' ? t.values![g]!.length : t.total(g);

/**
 * The values of a median clause grouped by month, owner or channel, by counting sort into one typed
 * array (the group sizes are the tallies already counted): no per-record array pushes.
 * The k-th row's group is `groups[rows[k]]` (per record), or `groups[k]` (per row) without `rows`.
 */
function groupValues(
  ev: Evaluation,
  t: Tallies,
  groups: GroupColumn,
  rows: Int32Array | null,
): Float64Array[] {
  const n = t.groups;
  const start = new Int32Array(n + 1);
  for (let g = 0; g < n; g++) start[g + 1] = start[g]! + t.total(g);
  const all = new Float64Array(start[n]!);
  const pos = start.slice(0, n);
  const { month, outcome, value } = ev;
  for (let k = 0; k < month.length; k++) {
    if (month[k]! < 0 || outcome[k] === 0) continue;
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
 * and keeps the optimised code across measurements (see the note in evaluate.ts).
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
    const slot = o - 1;
    monthCounts[m * 3 + slot]!++;
    const i = records[k]!;
    if (ownerGroup) ownerCounts[ownerGroup[i]! * 3 + slot]!++;
    if (channelGroup) channelCounts[channelGroup[i]! * 3 + slot]!++;
  }
}

/** The first counted breach at or after row `from`, or -1. */
function nextBreach(month: Int32Array, outcome: Uint8Array, from: number): number {
  for (let k = from; k < month.length; k++) if (outcome[k] === BREACH && month[k]! >= 0) return k;
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
  months: ClauseMonth[];
  byOwner: Slice[];
  byChannel: Slice[];
  histogram: { bands: number[]; untouched: number } | undefined;
  breachTotal: number;
}

export interface AggregateInput {
  clauseId: string;
  labels: readonly string[];
  currentMonth: number;
  ids: RecordIds;
  owner: TextColumn | undefined;
  channel: TextColumn | undefined;
  /** Each record's owner and channel group (see groupsOf), shared by every clause. */
  ownerGroup: GroupColumn | undefined;
  channelGroup: GroupColumn | undefined;
  /** Breach list shared by all clauses, filled up to `cap`. */
  breaches: Breach[];
  cap: number;
}

/** Months, owner and channel breakdowns, histogram and breach list of one clause, in a single pass. */
export function aggregate(ev: Evaluation, input: AggregateInput): ClauseAggregate {
  const { labels, owner, channel } = input;
  const withValues = ev.kind === 'median';
  const months = new Tallies(labels.length);
  // Group per dictionary code, plus one last group for records with no value.
  const owners = new Tallies(owner ? owner.values.length + 1 : 0);
  const channels = new Tallies(channel ? channel.values.length + 1 : 0);
  const { rows, month, outcome, value } = ev;
  const { ownerGroup, channelGroup } = input;

  // Months, owners and channels are tallied in one pass; the breach list stops reading once full.
  // Tally slots: OK, BREACH, PENDING are 1, 2, 3, so the slot is outcome − 1 (SKIP = 0 is not counted).
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
  let breachTotal = 0;
  for (let m = 0; m < labels.length; m++) breachTotal += months.breach(m);

  const minutes = ev.touchMinutes;

  for (let k = nextBreach(month, outcome, 0); k >= 0; k = nextBreach(month, outcome, k + 1)) {
    if (input.breaches.length >= input.cap) break;
    const m = month[k]!;
    const i = rows[k]!;
    const v = value[k]!;
    input.breaches.push({
      clauseId: input.clauseId,
      recordId: input.ids.at(i) ?? '',
      month: labels[m]!,
      owner: textAt(owner, i) ?? '',
      channel: textAt(channel, i) ?? '',
      value: Number.isFinite(v) ? v : null,
      limit: ev.limit,
    });
  }

  if (withValues) {
    months.values = groupValues(ev, months, month, null);
    if (ownerGroup) owners.values = groupValues(ev, owners, ownerGroup, rows);
    if (channelGroup) channels.values = groupValues(ev, channels, channelGroup, rows);
  }

  const monthRows = labels.map((label, m): ClauseMonth => {
    const target = ev.target(m);
    const count = countOf(ev, months, m);
    const base = { month: label, target, count, breaches: months.breach(m), pending: months.pending(m) };
    if (count === 0 && ev.kind !== 'count') {
      return { ...base, actual: null, status: 'not-measurable', reason: 'noRecords' };
    }
    return {
      ...base,
      actual: actualOf(ev, months, m),
      status: statusOf(ev, months, m, target, m === input.currentMonth),
    };
  });
  return {
    months: monthRows,
    byOwner: owner ? slices(ev, owners, owner.values) : [],
    byChannel: channel ? slices(ev, channels, channel.values) : [],
    histogram: minutes ? histogram(minutes, month, outcome) : undefined,
    breachTotal,
  };
}

/** Figures per owner or channel over all months, largest first; '' is the group with no value. */
function slices(ev: Evaluation, t: Tallies, keys: readonly string[]): Slice[] {
  const out: Slice[] = [];
  for (let g = 0; g <= keys.length; g++) {
    const count = countOf(ev, t, g);
    if (count === 0) continue;
    out.push({ key: keys[g] ?? '', count, actual: actualOf(ev, t, g), breaches: t.breach(g) });
  }
  return out.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, MAX_SLICES);
}

/**
 * Missed months in a row, ending at the latest decided month: trailing months that are immature or
 * have no records yet (a cohort clause after the data ends) are skipped, not counted as a break.
 */
export function consecutiveMisses(months: readonly ClauseMonth[]): number {
  let k = months.length - 1;
  const undecided = (m: ClauseMonth) => m.status === 'immature' || m.reason === 'noRecords';
  while (k >= 0 && undecided(months[k]!)) k--;
  let streak = 0;
  for (; k >= 0 && months[k]!.status === 'missed'; k--) streak++;
  return streak;
}
