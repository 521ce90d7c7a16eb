import { formatMonth } from '../format';
import type { ClauseResult, ClauseStatus, DecisionMonth, Language, PeriodResult } from '../workbook/schema';

/**
 * The words of a verdict, from the `compliance` catalog: the app, `pacto measure`, the PDF and the
 * Excel file all say a status through these, so they say it the same way (es/en).
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function statusText(t: Translate, status: ClauseStatus): string {
  return t(`compliance:status.${status}`);
}

/** "Met", "In progress (on track)", "Not measurable (Outside the dates the files cover)". */
export function verdictText(t: Translate, p: Pick<PeriodResult, 'status' | 'reason' | 'onTrack'>): string {
  const word = statusText(t, p.status);
  if (p.status === 'in-progress') {
    const track = p.onTrack === true ? 'yes' : p.onTrack === false ? 'no' : 'unknown';
    return `${word} (${t(`compliance:onTrack.${track}`)})`;
  }
  if (p.status === 'not-measurable' && p.reason) return `${word} (${t(`compliance:reason.${p.reason}`)})`;
  return word;
}

/** A team that has missed `count` periods in a row, at the agreement's review rule: its review is due. */
export function reviewText(t: Translate, team: string, count: number, rule: number): string {
  return t('compliance:teams.review', { team, count, rule });
}

/**
 * A period key as people say it: `2026-Q1` as "Q1 2026" / "1T 2026", `2026` as is; `2026-03` as "Mar 2026"
 * in `lang` (screens and the PDF), or as given without it (the CLI's and the xlsx's sortable keys).
 */
export function periodText(t: Translate, key: string, fiscalYearStartMonth = 1, lang?: Language): string {
  const fiscal = fiscalYearStartMonth !== 1;
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q)
    return t(`compliance:period.${fiscal ? 'fiscalQuarter' : 'quarter'}`, { year: q[1]!, quarter: q[2]! });
  if (/^\d{4}$/.test(key)) return t(`compliance:period.${fiscal ? 'fiscalYear' : 'year'}`, { year: key });
  return t('compliance:period.month', { month: lang ? formatMonth(key, lang) : key });
}

/**
 * Which score a scoring clause read, said so no one takes a current score for the score at hand-over:
 * `short` for a line ("current scores, not those at hand-over"), else the full explanation. A result
 * stored before this was recorded read the current score.
 */
export function scoreFromText(
  t: Translate,
  c: Pick<ClauseResult, 'scoreFrom'>,
  { short = false }: { short?: boolean } = {},
): string {
  const from = c.scoreFrom ?? 'current';
  return t(`compliance:scoring.${short ? 'scoreFromShort' : 'scoreFrom'}.${from}`);
}

/** A month's rejections per reason, "Not ICP: 2 · Duplicate: 1" ('—' without any), with `num` for counts. */
export function reasonsText(
  t: Translate,
  d: Pick<DecisionMonth, 'reasons' | 'otherReasons'>,
  num: (n: number) => string,
): string {
  const parts = d.reasons.map((r) => `${r.reason || t('compliance:decisions.noReason')}: ${num(r.count)}`);
  if (d.otherReasons) parts.push(`${t('compliance:decisions.other')}: ${num(d.otherReasons)}`);
  return parts.join(' · ') || '—';
}
