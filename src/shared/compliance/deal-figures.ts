import type { ClauseResult } from '../workbook/schema';

export interface DealFigures {
  /** Revenue won in the period (or month), the deals with an amount, and the average deal. */
  revenue: number | null;
  deals: number;
  average: number | null;
}

/**
 * A revenue clause's three figures from the one it is judged on: `actual` is the revenue (metric
 * `revenue`) or the average deal (`dealSize`), and `count` the deals with an amount, so each gives the
 * other. The surfaces show all three so a review sees volume and size together.
 */
export function dealFigures(
  c: Pick<ClauseResult, 'metric'>,
  f: { actual: number | null; count: number },
): DealFigures {
  if (c.metric === 'dealSize') {
    return { revenue: f.actual === null ? null : f.actual * f.count, deals: f.count, average: f.actual };
  }
  return {
    revenue: f.actual,
    deals: f.count,
    average: f.actual !== null && f.count ? f.actual / f.count : null,
  };
}
