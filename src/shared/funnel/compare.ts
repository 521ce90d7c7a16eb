import type { Scenario, Stage } from '../workbook/schema';
import { planScenario, type PlanOutcome } from './plan';

/**
 * Two or three scenarios side by side: their inputs and their plans' yearly figures, one row per
 * figure, with each value's difference from the first scenario. Scenarios are aligned with the
 * current stages, so rows match by stage pair. A value is null when that scenario's plan is invalid.
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
}

export interface Comparison {
  outcomes: PlanOutcome[];
  rows: ComparisonRow[];
}

export function compareScenarios(stages: readonly Stage[], scenarios: readonly Scenario[]): Comparison {
  const outcomes = scenarios.map((s) => planScenario(stages, s));
  const rows: ComparisonRow[] = [];
  const add = (
    kind: RowKind,
    format: RowFormat,
    pick: (o: PlanOutcome) => number | null,
    ids: { stageId?: string; toStageId?: string } = {},
  ) => {
    const values = outcomes.map(pick);
    const first = values[0] ?? null;
    const deltas = values.map((v) => (v === null || first === null ? null : v - first));
    rows.push({ kind, format, ...ids, values, deltas });
  };
  const planned = (o: PlanOutcome) => (o.ok ? o.plan : null);

  add('goal', 'currency', (o) => o.scenario.goal);
  add('avgDealSize', 'currency', (o) => o.scenario.avgDealSize);
  stages.slice(0, -1).forEach((st, i) => {
    const ids = { stageId: st.id, toStageId: stages[i + 1]!.id };
    add('rate', 'percent', (o) => o.scenario.transitions[i]?.rate ?? null, ids);
    add('lagDays', 'days', (o) => o.scenario.transitions[i]?.lagDays ?? null, ids);
  });
  add('capacity', 'count', (o) => o.scenario.capacity.reps * o.scenario.capacity.leadsPerRep);
  add('customers', 'count', (o) => planned(o)?.customers ?? null);
  add('revenue', 'currency', (o) => planned(o)?.revenue ?? null);
  stages.forEach((st, k) =>
    add('volume', 'count', (o) => planned(o)?.stages[k]?.total ?? null, { stageId: st.id }),
  );
  add('peakUtilisation', 'percent', (o) => planned(o)?.capacity?.peakUtilisation ?? null);
  return { outcomes, rows };
}
