import { planScenario } from '../funnel/plan';
import type { ComplianceResult, Workbook } from '../workbook/schema';

export interface PlanActualMonth {
  month: string;
  plan: number | null;
  actual: number | null;
}
export interface PlanActualStage {
  stageId: string;
  months: PlanActualMonth[];
}
export interface PlanActualRate {
  from: string;
  to: string;
  /** The scenario's rate from `from` to `to` (the product of the steps between them). */
  planned: number | null;
  measured: number | null;
  plannedDays: number | null;
  measuredDays: number | null;
}
export interface PlanVsActual {
  scenarioId: string;
  scenarioName: string;
  stages: PlanActualStage[];
  rates: PlanActualRate[];
}

const monthKey = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/**
 * The plan-of-record scenario beside what the data shows: volumes per measured stage and month (the
 * months of either), and the planned rates beside the measured ones. Null when there is no plan of
 * record, or it cannot be planned yet (e.g. no goal).
 */
export function planVsActual(workbook: Workbook, result: ComplianceResult): PlanVsActual | null {
  const scenario = workbook.scenarios.items.find((s) => s.id === workbook.scenarios.planOfRecordId);
  if (!scenario) return null;
  const outcome = planScenario(workbook.stages, scenario);
  if (!outcome.ok) return null;
  const { plan, scenario: aligned } = outcome;
  const measuredIds = Object.keys(result.months[0]?.entered ?? {});
  const stageIds = workbook.stages.map((s) => s.id).filter((id) => measuredIds.includes(id));

  const planned = new Map<string, Map<string, number>>();
  for (const sp of plan.stages) {
    planned.set(
      sp.stageId,
      new Map(plan.months.map((m, i) => [monthKey(m.year, m.month), sp.volumes[i] ?? 0])),
    );
  }
  const months = [
    ...new Set([...plan.months.map((m) => monthKey(m.year, m.month)), ...result.months.map((m) => m.month)]),
  ].sort();
  const actual = new Map(result.months.map((m) => [m.month, m.entered]));
  const stages = stageIds.map((stageId) => ({
    stageId,
    months: months.map((month) => ({
      month,
      plan: planned.get(stageId)?.get(month) ?? null,
      actual: actual.get(month)?.[stageId] ?? null,
    })),
  }));

  const order = new Map(workbook.stages.map((s, i) => [s.id, i]));
  const rates = result.conversion.map((c): PlanActualRate => {
    const a = order.get(c.from);
    const b = order.get(c.to);
    let rate: number | null = null;
    let days: number | null = null;
    if (a !== undefined && b !== undefined && b > a) {
      const steps = aligned.transitions.slice(a, b);
      rate = steps.reduce((p, t) => p * t.rate, 1);
      days = steps.reduce((d, t) => d + t.lagDays, 0);
    }
    return {
      from: c.from,
      to: c.to,
      planned: rate,
      measured: c.rate,
      plannedDays: days,
      measuredDays: c.medianDays,
    };
  });
  return { scenarioId: scenario.id, scenarioName: scenario.name, stages, rates };
}
