import { DateTime } from 'luxon';
import type { RecordSet } from '../records/record-set';
import { columnRange } from './coverage';

const AVG_MONTH_MS = (365.2425 / 12) * 86_400_000;
/**
 * The most months a measurement spans: what the workbook schema keeps per clause
 * (compliance-result.ts), so no import, however odd its dates or "as of", makes a workbook unsavable.
 */
export const MAX_MEASURED_MONTHS = 1200;

/**
 * Calendar months in one time zone, as epoch-ms boundaries, so that assigning a record to its month is
 * a binary search over a small array instead of a luxon object per record.
 */
export class MonthIndex {
  /** Start of each month, plus the end of the last one. */
  readonly bounds: Float64Array;
  readonly labels: string[];

  constructor(from: number, to: number, zone: string) {
    const labels: string[] = [];
    const bounds: number[] = [];
    if (Number.isFinite(from) && Number.isFinite(to) && to >= from) {
      let m = DateTime.fromMillis(from, { zone }).startOf('month');
      const last = DateTime.fromMillis(to, { zone }).startOf('month');
      while (m <= last) {
        labels.push(m.toFormat('yyyy-MM'));
        bounds.push(m.toMillis());
        m = m.plus({ months: 1 });
      }
      bounds.push(m.toMillis());
    }
    this.labels = labels;
    this.bounds = Float64Array.from(bounds);
  }

  get length(): number {
    return this.labels.length;
  }

  /** The month index of instant t, or -1 outside the range (or NaN). */
  of(t: number): number {
    const b = this.bounds;
    const last = b.length - 2;
    if (!(t >= b[0]!) || !(t < b[last + 1]!)) return -1;
    // Months are 28–31 days: a proportional guess is at most one or two off.
    let k = Math.floor((t - b[0]!) / AVG_MONTH_MS);
    if (k > last) k = last;
    while (b[k]! > t) k--;
    while (b[k + 1]! <= t) k++;
    return k;
  }

  /** Days in month i (for prorating weekly targets). */
  days(i: number): number {
    return Math.round((this.bounds[i + 1]! - this.bounds[i]!) / 86_400_000);
  }
}

/**
 * The months a measurement covers: from the month of the earliest stage entry to the month of the
 * last instant before "as of" (the data is known up to "as of": a file of dates ending on 31 May has
 * "as of" 1 June 00:00, and June is not measured). The one place that decides the measured range.
 * The importer already sets implausible dates aside (1900-01-01 placeholders, year 9999); as a last
 * bound the range keeps at most MAX_MEASURED_MONTHS, the latest ones.
 */
export function measuredMonths(records: RecordSet, asOf: number, zone: string): MonthIndex {
  let first = Infinity;
  for (const col of Object.values(records.stageEntered)) first = Math.min(first, columnRange(col).first);
  const last = asOf - 1;
  const floor = DateTime.fromMillis(last, { zone })
    .startOf('month')
    .minus({ months: MAX_MEASURED_MONTHS - 1 })
    .toMillis();
  return new MonthIndex(Math.max(Math.min(first, last), floor), last, zone);
}
