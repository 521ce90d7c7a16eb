import { IANAZone } from 'luxon';
import { zoneResolver } from '../import/dates';
import type { BusinessCalendar } from '../workbook/schema';

const DAY_MS = 86_400_000;
/** How far `addBusiness` looks for working time before giving up (a calendar with no working days). */
const MAX_SEARCH_DAYS = 3660;

/**
 * Working time as one precomputed window per local calendar day (empty on weekends and holidays),
 * with the cumulative working milliseconds before each window. Elapsed business time is then a
 * difference of two prefix sums and a due time is one binary search: no luxon object per record.
 *
 * A window belongs to the day its shift starts on; an overnight shift (end ≤ start, e.g. 22:00–06:00)
 * ends on the next day, and it is skipped when its start day is a holiday or not a working day.
 * Wall-clock times that do not exist or repeat on DST days are resolved in the zone, so a window on a
 * DST day is an hour shorter or longer in real time, as a worker on that shift experiences it.
 */
export class WorkingTime {
  private readonly zone: IANAZone;
  /**
   * The instant of a wall-clock time (given as Date.UTC of its fields), as the importer reads one
   * (zoneResolver): a time skipped by DST moves forward by the gap (02:30 → 03:30), a repeated one
   * takes the later occurrence.
   */
  private readonly toInstant: (wall: number) => number;
  private readonly days: ReadonlySet<number>;
  /** Holidays as "wall-clock midnights" (Date.UTC of the local date). */
  private readonly holidays: ReadonlySet<number>;
  private readonly start: { hour: number; minute: number };
  private readonly end: { hour: number; minute: number };
  private readonly overnight: boolean;
  /** Wall-clock midnight (Date.UTC of the local date) of the first covered day. */
  private first: number | undefined;
  private ws = new Float64Array(0);
  private we = new Float64Array(0);
  /** Working ms before window k; length n + 1. */
  private cum = new Float64Array(1);
  private n = 0;

  constructor(calendar: BusinessCalendar) {
    if (!IANAZone.isValidZone(calendar.timeZone))
      throw new RangeError(`unknown time zone ${calendar.timeZone}`);
    this.zone = IANAZone.create(calendar.timeZone);
    this.toInstant = zoneResolver(calendar.timeZone)!;
    this.days = new Set(calendar.workingDays);
    this.holidays = new Set(calendar.holidays.map((d) => Date.parse(`${d}T00:00:00Z`)));
    this.start = hourMinute(calendar.start);
    this.end = hourMinute(calendar.end);
    // end ≤ start: the shift runs past midnight (equal times mean a 24-hour shift).
    this.overnight = this.end.hour * 60 + this.end.minute <= this.start.hour * 60 + this.start.minute;
  }

  /** Working milliseconds in [from, to]; 0 when `to` is not after `from`. */
  elapsed(from: number, to: number): number {
    if (!(to > from)) return 0;
    // Cover both ends before reading prefix sums: extending backwards shifts every sum.
    this.cover(from);
    this.cover(to);
    return this.cumAt(to) - this.cumAt(from);
  }

  /** The instant at which `ms` working milliseconds have passed since `from` (Infinity if never). */
  addBusiness(from: number, ms: number): number {
    if (!(ms > 0)) return from;
    this.cover(from);
    const target = this.cumAt(from) + ms;
    const limit = from + MAX_SEARCH_DAYS * DAY_MS;
    while (this.cum[this.n]! < target) {
      const lastStart = this.ws[this.n - 1]!;
      if (lastStart > limit) return Infinity;
      this.cover(lastStart + 60 * DAY_MS);
    }
    // First window whose cumulative end reaches the target.
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid + 1]! >= target) hi = mid;
      else lo = mid + 1;
    }
    return this.ws[lo]! + (target - this.cum[lo]!);
  }

  /** Working ms from the start of the covered range up to the instant t (t must be covered). */
  private cumAt(t: number): number {
    let k = Math.floor((t - this.ws[0]!) / DAY_MS);
    if (k < 0) k = 0;
    if (k > this.n - 1) k = this.n - 1;
    // Windows start at the same wall-clock time each day, so the guess is off by at most one (DST).
    while (k > 0 && this.ws[k]! > t) k--;
    while (k + 1 < this.n && this.ws[k + 1]! <= t) k++;
    const ws = this.ws[k]!;
    if (t <= ws) return this.cum[k]!;
    return this.cum[k]! + Math.min(t, this.we[k]!) - ws;
  }

  /** Extends the table (with margin) so that t falls between its first and last window. */
  private cover(t: number): void {
    const first = this.first;
    if (first !== undefined && t >= this.ws[0]! && t < this.ws[this.n - 1]!) return;
    const wall = t + this.zone.offset(t) * 60_000;
    const day = Math.floor(wall / DAY_MS) * DAY_MS;
    if (first === undefined) {
      // A week of slack before: t may fall in an earlier day's overnight window.
      this.build(day - 7 * DAY_MS, 400);
    } else if (t < this.ws[0]!) {
      const from = day - Math.max(31, this.n) * DAY_MS;
      this.build(from, Math.round((first - from) / DAY_MS) + this.n);
    } else {
      const needed = Math.round((day - first) / DAY_MS) + 2;
      this.build(first, Math.max(needed + 31, this.n * 2));
    }
  }

  private build(first: number, n: number): void {
    const ws = new Float64Array(n);
    const we = new Float64Array(n);
    const cum = new Float64Array(n + 1);
    const startMs = (this.start.hour * 60 + this.start.minute) * 60_000;
    const endMs = (this.end.hour * 60 + this.end.minute) * 60_000 + (this.overnight ? DAY_MS : 0);
    for (let i = 0; i < n; i++) {
      // Days are stepped in wall-clock time (plain UTC arithmetic), then resolved in the zone.
      const day = first + i * DAY_MS;
      const start = this.toInstant(day + startMs);
      let end = start;
      const weekday = ((new Date(day).getUTCDay() + 6) % 7) + 1;
      if (this.days.has(weekday) && !this.holidays.has(day)) end = this.toInstant(day + endMs);
      ws[i] = start;
      we[i] = Math.max(start, end);
      cum[i + 1] = cum[i]! + (we[i]! - start);
    }
    this.first = first;
    this.ws = ws;
    this.we = we;
    this.cum = cum;
    this.n = n;
  }
}

function hourMinute(hhmm: string): { hour: number; minute: number } {
  const [h, m] = hhmm.split(':');
  return { hour: Number(h), minute: Number(m) };
}

let memo: { key: string; time: WorkingTime } | undefined;
/** One WorkingTime per calendar, reused across measurements: recomputing after an edit skips the build. */
export function workingTimeFor(calendar: BusinessCalendar): WorkingTime {
  const key = JSON.stringify(calendar);
  if (memo?.key !== key) memo = { key, time: new WorkingTime(calendar) };
  return memo.time;
}

/** Elapsed and due-time arithmetic in either business or calendar hours. */
export interface Clock {
  elapsed(from: number, to: number): number;
  addBusiness(from: number, ms: number): number;
}

export const calendarClock: Clock = {
  elapsed: (from, to) => (to > from ? to - from : 0),
  addBusiness: (from, ms) => from + ms,
};
