import type { TFunction } from 'i18next';
import { periodText } from '../../../shared/compliance/words';
import type { ClauseResult, Language, PeriodResult } from '../../../shared/workbook/schema';
import { formatCurrency, formatMonth, formatNumber, formatPercent } from '../../format';

/** A clause's actual or target in its unit: a count, a percentage, days or money (in the clause's currency). */
export function valueText(
  { unit, currency }: Pick<ClauseResult, 'unit' | 'currency'>,
  value: number | null,
  lang: Language,
): string {
  if (unit === 'share') return formatPercent(value, lang, 1);
  if (unit === 'money' && currency) return formatCurrency(value, currency, lang);
  if (unit === 'days') return value === null ? '—' : `${formatNumber(value, lang, 1)} d`;
  return formatNumber(value, lang, unit === 'count' ? 0 : 1);
}

/**
 * A breach's measured value: hours for time-to-touch and acceptance clauses, the touches made for a
 * cadence, the lead score for scoring, days for the rest (acceptance rate: days to the rejection).
 */
export function breachValueText(type: ClauseResult['type'], value: number | null, lang: Language): string {
  if (value === null) return '—';
  if (type === 'cadence') return formatNumber(value, lang, 0);
  if (type === 'scoring') return formatNumber(value, lang, 1);
  return type === 'responseTime' || type === 'acceptance'
    ? `${formatNumber(value, lang, 1)} h`
    : `${formatNumber(value, lang, 1)} d`;
}

/** A clause period as people say it: a month as "Mar 26", a quarter as "Q1 2026" / "1T 2026". */
export function periodLabel(t: TFunction, key: string, lang: Language, fiscalYearStartMonth = 1): string {
  return /^\d{4}-\d{2}$/.test(key) ? formatMonth(key, lang) : periodText(t, key, fiscalYearStartMonth);
}

/** The period a scorecard shows: the latest decided (met or missed) period, else the latest one. */
export function headlinePeriod(clause: ClauseResult): PeriodResult | undefined {
  for (let i = clause.periods.length - 1; i >= 0; i--) {
    const p = clause.periods[i]!;
    if (p.status === 'met' || p.status === 'missed') return p;
  }
  return clause.periods.at(-1);
}
