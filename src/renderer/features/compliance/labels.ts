import type { ClauseResult, PeriodResult } from '../../../shared/workbook/schema';

// Figures, breaches and periods are written by src/shared/compliance/figures.ts and words.ts, as in
// the CLI and the documents; only what is the dashboard's own choice stays here.

/** The period a scorecard shows: the latest decided (met or missed) period, else the latest one. */
export function headlinePeriod(clause: ClauseResult): PeriodResult | undefined {
  for (let i = clause.periods.length - 1; i >= 0; i--) {
    const p = clause.periods[i]!;
    if (p.status === 'met' || p.status === 'missed') return p;
  }
  return clause.periods.at(-1);
}
