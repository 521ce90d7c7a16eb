import type { ClauseMonth, ClauseStatus, Slice } from '../workbook/schema';
import { RESPONSE_BANDS_MINUTES } from '../workbook/schema';
import { BREACH, OK, PENDING, type Evaluation } from './evaluate';

/** Shares are compared with a little slack so that 4/5 meets a 0.8 target despite binary floats. */
const EPS = 1e-9;
const MAX_SLICES = 1000;

interface Tally {
  ok: number;
  breach: number;
  pending: number;
  values: number[];
}
const tally = (): Tally => ({ ok: 0, breach: 0, pending: 0, values: [] });

function add(t: Tally, ev: Evaluation, i: number): void {
  const o = ev.outcome[i];
  if (o === OK) t.ok++;
  else if (o === BREACH) t.breach++;
  else if (o === PENDING) t.pending++;
  if (ev.kind === 'median') t.values.push(ev.value[i]!);
}

export function median(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function actualOf(ev: Evaluation, t: Tally): number | null {
  const total = t.ok + t.breach + t.pending;
  switch (ev.kind) {
    case 'count':
      return t.ok;
    case 'median':
      return median(t.values);
    case 'cohort':
      return total ? t.ok / total : null;
    case 'share':
      return t.ok + t.breach ? t.ok / (t.ok + t.breach) : null;
  }
}

/**
 * Status of one month. Undecided outcomes never count as failures: a month with pending records is
 * `met` only if it is met even if every pending record fails, otherwise `immature`; so is a volume
 * month still in progress that has not reached its target yet.
 */
function statusOf(ev: Evaluation, t: Tally, target: number, inProgress: boolean): ClauseStatus {
  const total = t.ok + t.breach + t.pending;
  if (ev.kind === 'count') return t.ok >= target - EPS ? 'met' : inProgress ? 'immature' : 'missed';
  if (ev.kind === 'median') {
    const m = median(t.values);
    return m !== null && m <= target + EPS ? 'met' : 'missed';
  }
  const worst = t.ok / total;
  if (worst >= target - EPS) return 'met';
  if (t.pending > 0) return 'immature';
  return 'missed';
}

export function monthsOf(ev: Evaluation, labels: readonly string[], currentMonth: number): ClauseMonth[] {
  const tallies = labels.map(tally);
  for (let i = 0; i < ev.month.length; i++) {
    const m = ev.month[i]!;
    if (m >= 0) add(tallies[m]!, ev, i);
  }
  return labels.map((month, m) => {
    const t = tallies[m]!;
    const target = ev.target(m);
    const count = ev.kind === 'median' ? t.values.length : t.ok + t.breach + t.pending;
    const base = { month, target, count, breaches: t.breach, pending: t.pending };
    if (count === 0 && ev.kind !== 'count') {
      return { ...base, actual: null, status: 'not-measurable', reason: 'noRecords' } satisfies ClauseMonth;
    }
    return { ...base, actual: actualOf(ev, t), status: statusOf(ev, t, target, m === currentMonth) };
  });
}

/** Figures per owner or channel over all months, largest first. */
export function slicesOf(ev: Evaluation, keyAt: (i: number) => string): Slice[] {
  const byKey = new Map<string, Tally>();
  for (let i = 0; i < ev.month.length; i++) {
    if (ev.month[i]! < 0) continue;
    const key = keyAt(i);
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = tally()));
    add(t, ev, i);
  }
  return [...byKey.entries()]
    .map(([key, t]) => ({
      key,
      count: ev.kind === 'median' ? t.values.length : t.ok + t.breach + t.pending,
      actual: actualOf(ev, t),
      breaches: t.breach,
    }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, MAX_SLICES);
}

/** Missed months in a row, ending at the latest month that is decided (immature months are skipped). */
export function consecutiveMisses(months: readonly ClauseMonth[]): number {
  let k = months.length - 1;
  while (k >= 0 && months[k]!.status === 'immature') k--;
  let streak = 0;
  for (; k >= 0 && months[k]!.status === 'missed'; k--) streak++;
  return streak;
}

/** Counts of touch delays per band (see RESPONSE_BANDS_MINUTES) and of untouched records. */
export function histogramOf(ev: Evaluation): { bands: number[]; untouched: number } {
  const bands = new Array<number>(RESPONSE_BANDS_MINUTES.length + 1).fill(0);
  let untouched = 0;
  const minutes = ev.touchMinutes;
  if (!minutes) return { bands, untouched };
  for (let i = 0; i < minutes.length; i++) {
    if (ev.month[i]! < 0) continue;
    const v = minutes[i]!;
    if (v !== v) {
      untouched++;
      continue;
    }
    let b = 0;
    while (b < RESPONSE_BANDS_MINUTES.length && v >= RESPONSE_BANDS_MINUTES[b]!) b++;
    bands[b]!++;
  }
  return { bands, untouched };
}
