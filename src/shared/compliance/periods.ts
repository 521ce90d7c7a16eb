import { DateTime } from 'luxon';
import type { Period } from '../workbook/schema';
import type { MonthIndex } from './months';

/**
 * The periods a clause is judged on, over the measured months: each month, each (fiscal) quarter or
 * each (fiscal) year. A period is a whole calendar period even where the measured months cover only
 * part of it (its start and end instants are those of the full period, in the calendar's zone).
 */
export interface PeriodIndex {
  /** Period keys: `2026-03`, `2026-Q1` or `2026` (the calendar year in which the fiscal year starts). */
  keys: string[];
  /** First and last calendar month of each period (`YYYY-MM`), and all its months. */
  from: string[];
  to: string[];
  monthsOf: string[][];
  /** Start and end instants of each period (epoch ms, end exclusive). */
  start: Float64Array;
  end: Float64Array;
  /** For each measured month, its period's index. */
  ofMonth: Int32Array;
  /** For each period, the index of its first and one past its last measured month. */
  firstMonth: Int32Array;
  endMonth: Int32Array;
}

const monthLabel = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** The period key and first month (year, month) of calendar month `year-month`. */
export function periodOf(
  period: Period,
  year: number,
  month: number,
  fiscalStart: number,
): { key: string; year: number; month: number; months: number } {
  if (period === 'month') return { key: monthLabel(year, month), year, month, months: 1 };
  const offset = (month - fiscalStart + 12) % 12;
  const fiscalYear = month >= fiscalStart ? year : year - 1;
  const length = period === 'quarter' ? 3 : 12;
  const first = Math.floor(offset / length) * length;
  const m0 = fiscalStart - 1 + first;
  return {
    key: period === 'quarter' ? `${fiscalYear}-Q${first / 3 + 1}` : String(fiscalYear),
    year: fiscalYear + Math.floor(m0 / 12),
    month: (m0 % 12) + 1,
    months: length,
  };
}

export function periodIndex(
  months: MonthIndex,
  period: Period,
  fiscalStart: number,
  zone: string,
): PeriodIndex {
  const keys: string[] = [];
  const from: string[] = [];
  const to: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const firstMonth: number[] = [];
  const ofMonth = new Int32Array(months.length);
  months.labels.forEach((label, m) => {
    const [y, mo] = label.split('-').map(Number) as [number, number];
    const p = periodOf(period, y, mo, fiscalStart);
    if (keys.at(-1) !== p.key) {
      const s = DateTime.fromObject({ year: p.year, month: p.month, day: 1 }, { zone });
      const e = s.plus({ months: p.months });
      const last = e.minus({ months: 1 });
      keys.push(p.key);
      from.push(monthLabel(s.year, s.month));
      to.push(monthLabel(last.year, last.month));
      start.push(s.toMillis());
      end.push(e.toMillis());
      firstMonth.push(m);
    }
    ofMonth[m] = keys.length - 1;
  });
  const endMonth = firstMonth.map((_, p) => firstMonth[p + 1] ?? months.length);
  return {
    keys,
    from,
    to,
    monthsOf: from.map((f, p) => calendarMonths(f, to[p]!)),
    start: Float64Array.from(start),
    end: Float64Array.from(end),
    ofMonth,
    firstMonth: Int32Array.from(firstMonth),
    endMonth: Int32Array.from(endMonth),
  };
}

/** The calendar months from `from` to `to` (both `YYYY-MM`, inclusive, at most a year). */
function calendarMonths(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 12; guard++) {
    const label = monthLabel(y, m);
    out.push(label);
    if (label === to) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
