import { IANAZone } from 'luxon';
import type { DateOrder, DateWindow } from './types';

/**
 * Date cells are read in one pass and resolved at the end, because a column's day/month order is
 * only known once all of its values have been seen (the first “13/02/2024” settles it). Each value
 * is kept in one of these forms:
 */
export const DateKind = {
  Missing: 0,
  /** Wall-clock time in the export's zone, as if it were UTC (Date.UTC of the written fields). */
  Wall: 1,
  /** Year-last date whose day/month order is not known yet: packed (see `pack`). */
  YearLast: 2,
  /** An absolute instant (the value carried Z or an offset, or was epoch milliseconds). */
  Instant: 3,
  /** Not a date the importer can read. */
  Invalid: 4,
} as const;
export type DateKind = (typeof DateKind)[keyof typeof DateKind];

export interface ParsedDate {
  kind: DateKind;
  value: number;
  /** For YearLast: which order(s) the value rules out. */
  firstOver12?: boolean;
  secondOver12?: boolean;
}

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const YEAR_LAST =
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[T ,]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([ap]\.?\s?m\.?)?)?$/i;
const TIME = String.raw`(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?)?)?`;
/** `5 Jan 2026`, `05-ene-2026`, `5 de enero de 2026 10:00` */
const DAY_MONTH_NAME = new RegExp(
  String.raw`^(\d{1,2})(?:[ -]de)?[ -]([a-zA-Z\u00C0-\u017F]{3,})\.?(?:[ -]de)?[ ,-]+(\d{4})` + TIME + '$',
  'i',
);
/** `Jan 5, 2026`, `January 5 2026 9:30 PM` */
const MONTH_NAME_DAY = new RegExp(String.raw`^([a-zA-Z]{3,})\.? (\d{1,2}),? (\d{4})` + TIME + '$', 'i');
/** English and Spanish month names by their first three letters (accents removed). */
const MONTHS: Record<string, number> = {
  jan: 1,
  ene: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  abr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  ago: 8,
  sep: 9,
  set: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  dic: 12,
};
const monthNumber = (name: string): number =>
  MONTHS[
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .slice(0, 3)
      .toLowerCase()
  ] ?? 0;

function namedMonth(m: RegExpExecArray, dayFirst: boolean): ParsedDate {
  const day = Number(dayFirst ? m[1] : m[2]);
  const month = monthNumber(dayFirst ? m[2]! : m[1]!);
  const h = hour12(m[4] ? +m[4] : 0, m[7]);
  const w = month ? wallMs(+m[3]!, month, day, h, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0, 0) : NaN;
  return Number.isNaN(w) ? { kind: DateKind.Invalid, value: NaN } : { kind: DateKind.Wall, value: w };
}

const EXCEL_SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;
const EPOCH_MS = /^1\d{12}$/;

const DAY_MS = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 date system as it counts in practice (after its 1900 leap bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number): number =>
  m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): integer
 * arithmetic, where Date.UTC (≈ 130 ms per half million dates of an import) also reads years 0–99
 * as 1900–1999.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function wallMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return NaN;
  return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

const fraction = (f: string | undefined): number => (f ? Math.round(Number('0.' + f) * 1000) : 0);

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p');
  if (h < 1 || h > 12) return 99;
  return (h % 12) + (pm ? 12 : 0);
}

/** Packs a year-last date with its two leading numbers in written order (fits in a double exactly). */
const pack = (y: number, a: number, b: number, h: number, mi: number, s: number, ms: number): number =>
  (((((y * 32 + a) * 32 + b) * 24 + h) * 60 + mi) * 60 + s) * 1000 + ms;

/** The wall-clock ms of a packed year-last value in the given order; NaN if it is no real date. */
export function unpack(p: number, order: DateOrder): number {
  const ms = p % 1000;
  let r = (p - ms) / 1000;
  const s = r % 60;
  r = (r - s) / 60;
  const mi = r % 60;
  r = (r - mi) / 60;
  const h = r % 24;
  r = (r - h) / 24;
  const b = r % 32;
  r = (r - b) / 32;
  const a = r % 32;
  const y = (r - a) / 32;
  return order === 'dmy' ? wallMs(y, b, a, h, mi, s, ms) : wallMs(y, a, b, h, mi, s, ms);
}

/** A packed year-last value as it was written (date part), for error reports. */
export function packedText(p: number): string {
  const r = Math.floor(p / (1000 * 60 * 60 * 24));
  const b = r % 32;
  const a = Math.floor(r / 32) % 32;
  const y = Math.floor(r / 1024);
  return `${a}/${b}/${y}`;
}

function offsetMinutes(sign: string): number {
  if (sign.toUpperCase() === 'Z') return 0;
  const digits = sign.replace(':', '');
  const m = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -m : m;
}

/** The number written by `len` digits at b[i…], or -1. */
const num = (b: Uint8Array, i: number, len: number): number => {
  let n = 0;
  for (let k = i; k < i + len; k++) {
    const d = b[k]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/**
 * `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` and `YYYY-MM-DD HH:MM:SS` — what HubSpot, Salesforce Data Export
 * and Olist write — as wall-clock ms, read from the bytes `b[start..end)` without a regex: a
 * million-row column spends most of its time here. Undefined when the value has another shape (the
 * general parser takes over).
 */
export function isoWallBytes(b: Uint8Array, start: number, end: number): number | undefined {
  const len = end - start;
  if ((len !== 10 && len !== 16 && len !== 19) || b[start + 4] !== 45 || b[start + 7] !== 45)
    return undefined;
  const y = num(b, start, 4);
  const mo = num(b, start + 5, 2);
  const d = num(b, start + 8, 2);
  if (y < 0 || mo < 0 || d < 0) return undefined;
  if (len === 10) return wallOrUndefined(y, mo, d, 0, 0, 0);
  const sep = b[start + 10];
  if ((sep !== 32 && sep !== 84) || b[start + 13] !== 58) return undefined;
  const h = num(b, start + 11, 2);
  const mi = num(b, start + 14, 2);
  if (h < 0 || mi < 0) return undefined;
  if (len === 16) return wallOrUndefined(y, mo, d, h, mi, 0);
  if (b[start + 16] !== 58) return undefined;
  const sec = num(b, start + 17, 2);
  return sec < 0 ? undefined : wallOrUndefined(y, mo, d, h, mi, sec);
}

const isoScratch = new Uint8Array(19);
/** isoWallBytes of a string (its characters copied as bytes; any non-ASCII one rules it out). */
function fastIso(v: string): number | undefined {
  const len = v.length;
  if (len !== 10 && len !== 16 && len !== 19) return undefined;
  for (let k = 0; k < len; k++) {
    const c = v.charCodeAt(k);
    if (c > 127) return undefined;
    isoScratch[k] = c;
  }
  return isoWallBytes(isoScratch, 0, len);
}
const wallOrUndefined = (
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): number | undefined => {
  const w = wallMs(y, mo, d, h, mi, s, 0);
  return Number.isNaN(w) ? undefined : w;
};

/**
 * Reads one cell as a date: ISO (`2024-02-13`, `2024-02-13 09:30`, `…T09:30:00Z`, with offset),
 * year-last with `/`, `-` or `.` and optional time and AM/PM (`13/02/2024 9:30`, `2/13/24 9:30 PM`),
 * month names in English or Spanish (`5 Jan 2026`, `Jan 5, 2026 9:30 PM`, `5 de enero de 2026`),
 * Excel serials (`45335.5`) and epoch milliseconds (`1707816600000`). `value` is trimmed and non-empty.
 */
export function parseDateCell(value: string): ParsedDate {
  const fast = fastIso(value);
  if (fast !== undefined) return { kind: DateKind.Wall, value: fast };
  let m = ISO.exec(value);
  if (m) {
    const w = wallMs(
      +m[1]!,
      +m[2]!,
      +m[3]!,
      m[4] ? +m[4] : 0,
      m[5] ? +m[5] : 0,
      m[6] ? +m[6] : 0,
      fraction(m[7]),
    );
    if (Number.isNaN(w)) return { kind: DateKind.Invalid, value: NaN };
    return m[8]
      ? { kind: DateKind.Instant, value: w - offsetMinutes(m[8]) * 60_000 }
      : { kind: DateKind.Wall, value: w };
  }
  m = YEAR_LAST.exec(value);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    let y = +m[3]!;
    if (m[3]!.length === 2) y += y < 70 ? 2000 : 1900;
    const h = hour12(m[4] ? +m[4] : 0, m[8]);
    const mi = m[5] ? +m[5] : 0;
    const s = m[6] ? +m[6] : 0;
    const fitsDmy = !Number.isNaN(wallMs(y, b, a, h, mi, s, 0));
    const fitsMdy = !Number.isNaN(wallMs(y, a, b, h, mi, s, 0));
    if (!fitsDmy && !fitsMdy) return { kind: DateKind.Invalid, value: NaN };
    return {
      kind: DateKind.YearLast,
      value: pack(y, a, b, h, mi, s, fraction(m[7])),
      firstOver12: !fitsMdy,
      secondOver12: !fitsDmy,
    };
  }
  m = DAY_MONTH_NAME.exec(value);
  if (m) return namedMonth(m, true);
  m = MONTH_NAME_DAY.exec(value);
  if (m) return namedMonth(m, false);
  if (EPOCH_MS.test(value)) return { kind: DateKind.Instant, value: Number(value) };
  if (EXCEL_SERIAL.test(value)) {
    const serial = Number(value.replace(',', '.'));
    // 1 (1900-01-01) … 2958465 (9999-12-31); small integers are far more often counts than dates,
    // so only serials from 1950 on are read as dates.
    if (serial >= 18_264 && serial <= 2_958_465) {
      return { kind: DateKind.Wall, value: EXCEL_EPOCH_MS + Math.round(serial * DAY_MS) };
    }
  }
  return { kind: DateKind.Invalid, value: NaN };
}

/** Where the default plausible-date window starts: no CRM export holds real activity before it. */
export const EARLIEST_PLAUSIBLE_DATE = '1990-01-01T00:00:00.000Z';

/**
 * The window outside which a date is implausible (see DateWindow): `from` 1990-01-01, `to` one year
 * after "as of" — or after `now` when "as of" is not given, since by default "as of" is the latest
 * plausible date. Either end can be overridden; an unreadable override falls back to the default
 * (requests are validated where they are made).
 */
export function plausibleWindow(ctx: { asOf?: string; now: number; dateWindow?: DateWindow }): {
  from: number;
  to: number;
} {
  const given = (iso: string | undefined): number => (iso === undefined ? NaN : Date.parse(iso));
  const asOf = given(ctx.asOf);
  // To the end of that day a year on: whole days, so the parts of an import (each reading the clock
  // in its own worker) and a re-import the same day use the same window.
  const d = new Date(Number.isNaN(asOf) ? ctx.now : asOf);
  const end = Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate() + 1) - 1;
  const from = given(ctx.dateWindow?.from);
  const to = given(ctx.dateWindow?.to);
  return {
    from: Number.isNaN(from) ? Date.parse(EARLIEST_PLAUSIBLE_DATE) : from,
    to: Number.isNaN(to) ? end : to,
  };
}

/** A wall-clock time (ms, as if UTC) as the report shows it: `YYYY-MM-DD`, with ` HH:MM` when not midnight. */
export function wallText(wall: number): string {
  const d = new Date(wall);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  const iso = d.toISOString();
  const time = iso.slice(iso.indexOf('T') + 1, iso.indexOf('T') + 6);
  return `${year}-${iso.slice(iso.indexOf('T') - 5, iso.indexOf('T'))}${time === '00:00' ? '' : ` ${time}`}`;
}

/**
 * Converts wall-clock times in a zone to instants. Offsets are cached per wall-clock day, or per
 * hour on the few days whose first and last hours differ (a DST change): luxon asks
 * Intl.DateTimeFormat for each offset, ≈ 5 µs, and a million rows span thousands of distinct hours
 * but only hundreds of days. Zone rules change offsets only on whole hours.
 */
export function zoneResolver(zone: string): ((wall: number) => number) | undefined {
  if (!IANAZone.isValidZone(zone)) return undefined;
  const z = IANAZone.create(zone);
  const byHour = new Map<number, number>();
  /** NaN for a day with a change of offset. */
  const byDay = new Map<number, number>();
  /**
   * Per week (days 7k to 7k + 6): the offset it has throughout, else NaN. A zone changes its offset
   * a few times a year, so most days are settled by their week's two lookups (Intl's, through luxon,
   * cost microseconds each: two per day were ≈ 0.1 s of a million-row import).
   */
  const byWeek = new Map<number, number>();
  const dayOffset = (day: number): number => {
    const week = Math.floor(day / 7);
    let offsetMs = byWeek.get(week);
    if (offsetMs === undefined) {
      const first = hourOffset(week * 168);
      offsetMs = first === hourOffset(week * 168 + 167) ? first : NaN;
      byWeek.set(week, offsetMs);
    }
    if (!Number.isNaN(offsetMs)) return offsetMs;
    const first = hourOffset(day * 24);
    return first === hourOffset(day * 24 + 23) ? first : NaN;
  };
  const hourOffset = (hour: number): number => {
    let offsetMs = byHour.get(hour);
    if (offsetMs === undefined) {
      // First guess with the offset at the wall time read as UTC, then correct once (standard trick;
      // exact except inside a DST gap, where the later offset is taken).
      const guess = hour * 3_600_000;
      const o1 = z.offset(guess) * 60_000;
      offsetMs = z.offset(guess - o1) * 60_000;
      byHour.set(hour, offsetMs);
    }
    return offsetMs;
  };
  /**
   * Days 0–65535 (1970–2149), the dates of any real export, in a typed array: UNKNOWN until looked up,
   * NaN on a day with a change of offset. A Map lookup per date was ≈ 70 ms of each part of a
   * million-row import (two million dates); other days go through `byDay`.
   */
  let cached: Float64Array | undefined;
  return (wall: number): number => {
    const day = Math.floor(wall / DAY_MS);
    let offsetMs: number | undefined;
    if (day >= 0 && day < CACHED_DAYS) {
      cached ??= new Float64Array(CACHED_DAYS).fill(UNKNOWN);
      offsetMs = cached[day]!;
      if (offsetMs === UNKNOWN) offsetMs = cached[day] = dayOffset(day);
    } else {
      offsetMs = byDay.get(day);
      if (offsetMs === undefined) {
        offsetMs = dayOffset(day);
        byDay.set(day, offsetMs);
      }
    }
    return wall - (Number.isNaN(offsetMs) ? hourOffset(Math.floor(wall / 3_600_000)) : offsetMs);
  };
}

const CACHED_DAYS = 1 << 16;
/** Not an offset (they are within ±26 h): a day not looked up yet. */
const UNKNOWN = 1e15;

/** Order statistics of a date column, gathered while reading it. */
export interface OrderEvidence {
  yearLast: number;
  /** Values whose first number is above 12 (only d/m/y fits). */
  dmyOnly: number;
  /** Values whose second number is above 12 (only m/d/y fits). */
  mdyOnly: number;
}

/**
 * The day/month order of a column: what its values force, else the user's answer. `undefined` means
 * both orders fit every value and nobody has said which: the wizard must ask. When values contradict
 * each other the more common order wins and the others are reported as unreadable.
 */
export function resolveOrder(e: OrderEvidence, answer: DateOrder | undefined): DateOrder | undefined {
  if (e.yearLast === 0) return answer ?? 'dmy';
  if (e.dmyOnly > 0 && e.mdyOnly === 0) return 'dmy';
  if (e.mdyOnly > 0 && e.dmyOnly === 0) return 'mdy';
  if (e.dmyOnly === 0 && e.mdyOnly === 0) return answer;
  return answer ?? (e.dmyOnly >= e.mdyOnly ? 'dmy' : 'mdy');
}
