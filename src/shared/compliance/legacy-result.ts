import { streaksOf } from './streaks';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * A compliance result stored by schema v2 (one verdict per month, `immature`, one "as of"), in the
 * v3 shape, so old snapshots keep opening. Recomputing needs the CSV files, which a workbook does not
 * hold, so the figures are kept as measured and marked `legacy`: the dashboard says so and offers a
 * re-import. Each v2 month becomes a monthly period (that is how v2 judged every clause), `immature`
 * becomes `in-progress`, and a month that had not ended at the "as of" instant, which v2 could call
 * missed, is `in-progress` too. Anything unexpected is left for the schema to reject.
 */
export function legacyResult(result: unknown, files: unknown, reviewRule: number): unknown {
  if (!isObject(result) || !Array.isArray(result.clauses)) return result;
  const asOf = typeof result.asOf === 'string' ? result.asOf : '';
  // The month that contains "as of" had not ended (YYYY-MM of the ISO instant, in UTC: a v2 snapshot
  // does not say more; a month boundary within the zone offset is the only imprecision).
  const openMonth = asOf.slice(0, 7);
  const sources = arr(files)
    .filter(isObject)
    .map((f) => ({
      name: typeof f.name === 'string' ? f.name : '',
      asOf,
      asOfFrom: 'data',
      first: null,
      last: null,
      firstDay: null,
      lastDay: null,
      columns: [],
    }));
  const clauses = result.clauses.map((c) => {
    if (!isObject(c)) return c;
    const months = arr(c.months).filter(isObject);
    const periods = months.map((m) => {
      const status =
        m.status === 'immature' ||
        (m.status === 'missed' && typeof m.month === 'string' && m.month >= openMonth)
          ? 'in-progress'
          : m.status;
      const out: Json = {
        period: m.month,
        from: m.month,
        to: m.month,
        actual: m.actual,
        count: m.count,
        breaches: m.breaches,
        pending: m.pending,
        target: m.target,
        status,
      };
      if (status === 'not-measurable' && m.reason !== undefined) out.reason = m.reason;
      return out;
    });
    const streaks = streaksOf(
      periods.map((p) => ({ period: String(p.period), status: p.status as never })),
      reviewRule,
    );
    const rest = { ...c };
    delete rest.consecutiveMisses;
    return {
      ...rest,
      period: 'month',
      targetFrom: 'fixed',
      asOf,
      sources: sources.map((_, i) => i),
      periods,
      months: months.map((m) => ({
        month: m.month,
        period: m.month,
        actual: m.actual,
        count: m.count,
        breaches: m.breaches,
        pending: m.pending,
        target: m.target,
        toDate: m.actual,
      })),
      streaks,
      reviewTriggered: streaks.current >= reviewRule,
    };
  });
  return {
    ...result,
    fiscalYearStartMonth: 1,
    reviewRule,
    sources,
    clauses,
    // v2 judged the review rule per clause only; a team view needs the v3 rules (re-import).
    teams: [],
    flagged: { total: 0, items: [] },
    legacy: { schemaVersion: 2 },
  };
}
