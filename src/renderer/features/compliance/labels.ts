import type { TFunction } from 'i18next';
import { periodText } from '../../../shared/compliance/words';
import {
  breachLimitText as sharedBreachLimit,
  breachValueText as sharedBreachValue,
  figureText,
  type FigureClause,
} from '../../../shared/compliance/figures';
import type { Breach, ClauseResult, Language, PeriodResult } from '../../../shared/workbook/schema';

/**
 * A clause's actual or target in its unit: a count, a percentage, days, money in the clause's currency,
 * a capacity per rep (shared with the CLI and the documents: src/shared/compliance/figures.ts).
 */
export function valueText(t: TFunction, clause: FigureClause, value: number | null, lang: Language): string {
  return figureText(t, lang, clause, value);
}

/**
 * A breach's measured value with its unit: hours for time-to-touch and acceptance clauses, "2 of 3
 * touches" for a cadence, the lead score in points ("no score" without one), days for the rest.
 */
export function breachValueText(
  t: TFunction,
  type: ClauseResult['type'],
  b: Pick<Breach, 'value' | 'limit'>,
  lang: Language,
): string {
  return sharedBreachValue(t, lang, type, b);
}

/** A breach's limit with its unit: "3 touches", "60 points", "4 h", "30 d". */
export function breachLimitText(
  t: TFunction,
  type: ClauseResult['type'],
  limit: number,
  lang: Language,
): string {
  return sharedBreachLimit(t, lang, type, limit);
}

/** A clause period as people say it: a month as "Mar 2026", a quarter as "Q1 2026" / "1T 2026". */
export function periodLabel(t: TFunction, key: string, lang: Language, fiscalYearStartMonth = 1): string {
  return periodText(t, key, fiscalYearStartMonth, lang);
}

/** The period a scorecard shows: the latest decided (met or missed) period, else the latest one. */
export function headlinePeriod(clause: ClauseResult): PeriodResult | undefined {
  for (let i = clause.periods.length - 1; i >= 0; i--) {
    const p = clause.periods[i]!;
    if (p.status === 'met' || p.status === 'missed') return p;
  }
  return clause.periods.at(-1);
}
