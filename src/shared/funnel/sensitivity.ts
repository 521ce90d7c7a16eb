import type { Scenario, Stage } from '../workbook/schema';
import { MONTHS_PER_YEAR, yearlyCustomers, forwardIssues } from './forward';
import { planScenario } from './plan';
import type { ValidationIssue } from './validate';

/**
 * One-at-a-time sensitivity (a tornado): each rate moved down and up by `points` (absolute, 0.05 = 5
 * points, clamped to 0 … 1) with everything else fixed. Metrics: the year's revenue from the fixed top
 * of funnel (forward model), or the year's volume the reverse plan needs at the first stage.
 */
export type SensitivityMetric = 'revenue' | 'volume';

export interface SensitivityBar {
  index: number;
  fromStageId: string;
  toStageId: string;
  rate: number;
  lowRate: number;
  highRate: number;
  /** Null when the moved rate makes the plan impossible (a 0 % rate for the volume metric). */
  lowValue: number | null;
  highValue: number | null;
}

export interface Sensitivity {
  metric: SensitivityMetric;
  base: number;
  /**
   * The line each bar is read against: for revenue, the goal (reach it); for the volume needed, the
   * year's top-of-funnel volume, 12 · F (stay under it). Null when that input is empty.
   */
  reference: number | null;
  /** Largest swing first; an impossible end counts as the largest. */
  bars: SensitivityBar[];
}

export type SensitivityOutcome = { ok: true; value: Sensitivity } | { ok: false; issues: ValidationIssue[] };

export function sensitivity(
  stages: readonly Stage[],
  input: Scenario,
  points: number,
  metric: SensitivityMetric,
): SensitivityOutcome {
  const planned = planScenario(stages, input);
  if (!planned.ok) return { ok: false, issues: planned.issues };
  const scenario = planned.scenario;
  if (metric === 'revenue') {
    const issues = forwardIssues(scenario);
    if (issues.length > 0) return { ok: false, issues };
  }
  const rates = scenario.transitions.map((t) => t.rate);
  const deal = scenario.avgDealSize!;
  const top = scenario.topOfFunnel ?? 0;

  const valueWith = (index: number, rate: number): number | null => {
    if (metric === 'revenue') return yearlyCustomers(top, rates.with(index, rate)) * deal;
    const transitions = scenario.transitions.map((t, i) => (i === index ? { ...t, rate } : t));
    const outcome = planScenario(stages, { ...scenario, transitions });
    return outcome.ok ? outcome.plan.stages[0]!.total : null;
  };
  const base = metric === 'revenue' ? yearlyCustomers(top, rates) * deal : planned.plan.stages[0]!.total;

  const step = Math.abs(points);
  const bars = scenario.transitions.map((t, index): SensitivityBar => {
    const lowRate = Math.max(0, t.rate - step);
    const highRate = Math.min(1, t.rate + step);
    return {
      index,
      fromStageId: t.fromStageId,
      toStageId: t.toStageId,
      rate: t.rate,
      lowRate,
      highRate,
      lowValue: valueWith(index, lowRate),
      highValue: valueWith(index, highRate),
    };
  });
  const swing = (b: SensitivityBar) =>
    b.lowValue === null || b.highValue === null ? Number.MAX_VALUE : Math.abs(b.highValue - b.lowValue);
  bars.sort((a, b) => swing(b) - swing(a) || a.index - b.index);
  const reference =
    metric === 'revenue' ? scenario.goal : scenario.topOfFunnel === null ? null : MONTHS_PER_YEAR * top;
  return { ok: true, value: { metric, base, reference, bars } };
}
