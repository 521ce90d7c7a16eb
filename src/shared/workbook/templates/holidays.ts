/**
 * Public holidays for the template calendars, computed for a given year so a workbook created any
 * year starts with a correct calendar. Dates are ISO (YYYY-MM-DD) in the calendar's own time zone.
 */

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Gregorian Easter Sunday (Meeus/Jones/Butcher), as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const shift = (d: Date, days: number): string => {
  const s = new Date(d.getTime() + days * 86_400_000);
  return iso(s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate());
};

/** The n-th (1-based) ISO weekday (1 = Monday) of a month; n = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay() || 7;
    return iso(year, month, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  const last = lastDay.getUTCDay() || 7;
  return iso(year, month, lastDay.getUTCDate() - ((last - weekday + 7) % 7));
}

/** A fixed-date US federal holiday moves to Friday when on Saturday and to Monday when on Sunday. */
function observedUs(year: number, month: number, day: number): string {
  const wd = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const base = new Date(Date.UTC(year, month - 1, day));
  return wd === 6 ? shift(base, -1) : wd === 0 ? shift(base, 1) : iso(year, month, day);
}

/** Spain's national holidays plus Maundy Thursday (a holiday in most regions, Madrid included). */
export function spainHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    iso(year, 1, 1),
    iso(year, 1, 6),
    shift(easter, -3),
    shift(easter, -2),
    iso(year, 5, 1),
    iso(year, 8, 15),
    iso(year, 10, 12),
    iso(year, 11, 1),
    iso(year, 12, 6),
    iso(year, 12, 8),
    iso(year, 12, 25),
  ].sort();
}

/** US federal holidays as observed, plus the Friday after Thanksgiving that most companies close. */
export function usHolidays(year: number): string[] {
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  const [ty, tm, td] = thanksgiving.split('-').map(Number) as [number, number, number];
  return [
    observedUs(year, 1, 1),
    nthWeekday(year, 1, 1, 3),
    nthWeekday(year, 2, 1, 3),
    nthWeekday(year, 5, 1, -1),
    observedUs(year, 6, 19),
    observedUs(year, 7, 4),
    nthWeekday(year, 9, 1, 1),
    thanksgiving,
    shift(new Date(Date.UTC(ty, tm - 1, td)), 1),
    observedUs(year, 12, 25),
  ].sort();
}
