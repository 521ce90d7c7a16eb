import type { Scenario, Stage } from '../workbook/schema';
import { planScenario, type PlanOutcome } from './plan';

/**
 * Two or three scenarios side by side: first what each plan needs (customers, revenue, the volume every
 * stage needs in the year, peak capacity use), then what each assumes (goal, deal size, rates, lags,
 * capacity); one row per figure, with each value's difference from the first scenario. Scenarios are
 * aligned with the current stages, so rows match by stage pair. A value is null when that scenario's plan
 * is invalid.
 */
export type RowKind =
  | 'goal'
  | 'avgDealSize'
  | 'rate'
  | 'lagDays'
  | 'capacity'
  | 'customers'
  | 'revenue'
  | 'volume'
  | 'peakUtilisation';
export type RowFormat = 'currency' | 'count' | 'percent' | 'days';

export interface ComparisonRow {
  kind: RowKind;
  format: RowFormat;
  /** The stage (volume) or the stage pair (rate, lagDays) the row is about. */
  stageId?: string;
  toStageId?: string;
  values: (number | null)[];
  /** values[i] − values[0]; null when either is null. The first is always 0 or null. */
  deltas: (number | null)[];
  /** deltas[i] / values[0] (0.2 = 20 % more); null when either is null or the first value is 0. */
  changes: (number | null)[];
}

export interface Comparison {
  outcomes: PlanOutcome[];
  /** What each plan needs: customers, revenue, the volume per stage in stage order, peak capacity use. */
  results: ComparisonRow[];
  /** What each scenario assumes: goal, deal size, rate and lag per stage pair, capacity. */
  inputs: ComparisonRow[];
}

export function compareScenarios(stages: readonly Stage[], scenarios: readonly Scenario[]): Comparison {
  const outcomes = scenarios.map((s) => planScenario(stages, s));
  const row = (
    kind: RowKind,
    format: RowFormat,
    pick: (o: PlanOutcome) => number | null,
    ids: { stageId?: string; toStageId?: string } = {},
  ): ComparisonRow => {
    const values = outcomes.map(pick);
    const first = values[0] ?? null;
    const deltas = values.map((v) => (v === null || first === null ? null : v - first));
    const changes = deltas.map((d) => (d === null || !first ? null : d / first));
    return { kind, format, ...ids, values, deltas, changes };
  };
  const planned = (o: PlanOutcome) => (o.ok ? o.plan : null);

  const results = [
    row('customers', 'count', (o) => planned(o)?.customers ?? null),
    row('revenue', 'currency', (o) => planned(o)?.revenue ?? null),
    ...stages.map((st, k) =>
      row('volume', 'count', (o) => planned(o)?.stages[k]?.total ?? null, { stageId: st.id }),
    ),
    row('peakUtilisation', 'percent', (o) => planned(o)?.capacity?.peakUtilisation ?? null),
  ];
  const inputs = [
    row('goal', 'currency', (o) => o.scenario.goal),
    row('avgDealSize', 'currency', (o) => o.scenario.avgDealSize),
    ...stages.slice(0, -1).flatMap((st, i) => {
      const ids = { stageId: st.id, toStageId: stages[i + 1]!.id };
      return [
        row('rate', 'percent', (o) => o.scenario.transitions[i]?.rate ?? null, ids),
        row('lagDays', 'days', (o) => o.scenario.transitions[i]?.lagDays ?? null, ids),
      ];
    }),
    row('capacity', 'count', (o) => o.scenario.capacity.reps * o.scenario.capacity.leadsPerRep),
  ];
  return { outcomes, results, inputs };
}

export interface CalendarMonth {
  year: number;
  /** 1 = January. */
  month: number;
}

/**
 * One stage's volume month by month for every compared plan, on one calendar axis: scenarios may start
 * their fiscal years in different months and reach back into the previous year by different lags. A
 * month a plan does not cover (or an invalid plan) is null.
 */
export function monthlyComparison(
  cmp: Comparison,
  stageId: string,
): { months: CalendarMonth[]; series: (number | null)[][] } {
  const keyOf = (m: CalendarMonth) => m.year * 12 + (m.month - 1);
  const byPlan = cmp.outcomes.map((o) => {
    const volumes = new Map<number, number>();
    if (!o.ok) return volumes;
    const stage = o.plan.stages.find((s) => s.stageId === stageId);
    o.plan.months.forEach((m, i) => volumes.set(keyOf(m), stage?.volumes[i] ?? 0));
    return volumes;
  });
  const keys = [...new Set(byPlan.flatMap((v) => [...v.keys()]))].sort((a, b) => a - b);
  return {
    months: keys.map((k) => ({ year: Math.floor(k / 12), month: (k % 12) + 1 })),
    series: byPlan.map((v) => keys.map((k) => v.get(k) ?? null)),
  };
}
