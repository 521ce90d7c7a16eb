import type { Language } from './workbook/schema';

/**
 * The one place numbers, dates and months are written out for people: the app's screens, the PDF, the
 * Excel file's text and the CLI all call these, so a value reads the same everywhere.
 */

/** BCP 47 locale used for formatting in each language. */
export const LOCALES: Record<Language, string> = { es: 'es-ES', en: 'en-US' };

// Formatters are costly to build and tables format thousands of cells: one per locale and options.
// Thousands are always grouped, so a column reads "1.600" above "64.000" (Spanish CLDR otherwise
// leaves four-digit numbers ungrouped).
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { ...opts, useGrouping: 'always' })));
  return f;
}

/** Never shows NaN or Infinity: a value that is not finite is shown as an em dash. */
const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export const formatNumber = (n: number | null | undefined, lang: Language, maxDecimals = 0): string =>
  finite(n) ? numberFormat(lang, { maximumFractionDigits: maxDecimals }).format(n) : '—';

export const formatPercent = (share: number | null | undefined, lang: Language, decimals = 1): string =>
  finite(share)
    ? numberFormat(lang, { style: 'percent', maximumFractionDigits: decimals }).format(share)
    : '—';

export const formatCurrency = (n: number | null | undefined, currency: string, lang: Language): string =>
  finite(n) ? numberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n) : '—';

export interface DateOptions {
  /** The zone an instant's day is read in; unset, this machine's zone. A date-only string ignores it. */
  timeZone?: string | undefined;
  /** "1 jun 2018" (medium, the screens) or "1 de junio de 2018" (long, the documents). */
  style?: 'medium' | 'long';
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `date` written with `opts`; the ISO text as given when it is unreadable or the zone is unknown. */
function writeDate(iso: string, date: Date, lang: Language, opts: Intl.DateTimeFormatOptions): string {
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(LOCALES[lang], opts).format(date);
  } catch {
    return iso; // a zone being typed in a form ("Europe/Mad") is not an error worth a crash
  }
}

/**
 * A calendar date: "YYYY-MM-DD" is that day wherever it is read (never the previous day west of
 * Greenwich); an ISO instant is its day in `timeZone`. Missing: "—".
 */
export function formatDate(
  iso: string | null | undefined,
  lang: Language,
  { timeZone, style = 'medium' }: DateOptions = {},
): string {
  if (!iso) return '—';
  const dateOnly = DATE_ONLY.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  return writeDate(iso, date, lang, { dateStyle: style, timeZone: dateOnly ? 'UTC' : timeZone });
}

/** An instant as date and 24-hour time in `timeZone` (unset: this machine's), e.g. "1 jun 2018, 0:00". */
export function formatDateTime(iso: string | null | undefined, lang: Language, timeZone?: string): string {
  if (!iso) return '—';
  return writeDate(iso, new Date(iso), lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone,
  });
}

/**
 * A calendar month, given as { year, month } (month 1–12) or a key "2026-03": "Mar 2026" / "mar 2026"
 * by default: with the year, because plans and measurements cross it, and in full, because "Oct 18"
 * reads as a day.
 */
export function formatMonth(
  m: { year: number; month: number } | string,
  lang: Language,
  { style = 'short', year = true }: { style?: 'short' | 'long'; year?: boolean } = {},
): string {
  const [y, mo] = typeof m === 'string' ? m.split('-').map(Number) : [m.year, m.month];
  return new Intl.DateTimeFormat(LOCALES[lang], {
    month: style,
    ...(year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(Date.UTC(y ?? 1970, (mo ?? 1) - 1, 1));
}
