import type { Language } from '../shared/workbook/schema';

/** BCP 47 locale used for formatting in each UI language. */
export const LOCALES: Record<Language, string> = { es: 'es-ES', en: 'en-US' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  // Thousands grouped from four digits in every language: Spanish's default leaves "4588" beside "22.940".
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { useGrouping: 'always', ...opts })));
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

export const formatDate = (iso: string | null | undefined, lang: Language): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(d);
};

/** A calendar date `YYYY-MM-DD` as written, whatever the machine's zone. */
export const formatDay = (day: string | null | undefined, lang: Language): string => {
  if (!day) return '—';
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
};

/** An instant, in the machine's zone, or in `timeZone` (then named, so no one reads it in their own). */
export const formatDateTime = (iso: string | null | undefined, lang: Language, timeZone?: string): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(d);
  return timeZone ? `${text} (${timeZone})` : text;
};
