import { planScenario } from '../funnel/plan';
import type { Clause, ComplianceResult, Transition, Workbook } from '../workbook/schema';

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
  /** The scenario's transitions, aligned with the workbook's stages. */
  transitions: Transition[];
  /** The months the plan covers (its fiscal year), and the measured ones: shown when they do not meet. */
  planSpan: { from: string; to: string } | null;
  dataSpan: { from: string; to: string } | null;
  /** Some measured month has a plan: without one, a plan series would draw nothing, so say so instead. */
  overlaps: boolean;
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

  const rates = result.conversion.map((c): PlanActualRate => {
    const planned = plannedStep(workbook, aligned.transitions, c.from, c.to);
    return {
      from: c.from,
      to: c.to,
      planned: planned?.rate ?? null,
      measured: c.rate,
      plannedDays: planned?.days ?? null,
      measuredDays: c.medianDays,
    };
  });
  const planMonths = plan.months.map((m) => monthKey(m.year, m.month));
  const dataMonths = result.months.map((m) => m.month);
  const span = (ms: string[]) => (ms.length ? { from: ms[0]!, to: ms.at(-1)! } : null);
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    stages,
    rates,
    transitions: aligned.transitions,
    planSpan: span([...planMonths].sort()),
    dataSpan: span([...dataMonths].sort()),
    overlaps: dataMonths.some((m) => planMonths.includes(m)),
  };
}

/** The scenario's rate and lag from one stage to a later one: the product and sum of the steps. */
function plannedStep(
  workbook: Workbook,
  transitions: readonly Transition[],
  from: string,
  to: string,
): { rate: number; days: number } | null {
  const a = workbook.stages.findIndex((s) => s.id === from);
  const b = workbook.stages.findIndex((s) => s.id === to);
  if (a < 0 || b <= a) return null;
  const steps = transitions.slice(a, b);
  return { rate: steps.reduce((p, t) => p * t.rate, 1), days: steps.reduce((d, t) => d + t.lagDays, 0) };
}

/**
 * What the plan of record says for one clause, month by month, to draw beside its actual: the planned
 * volume of a stage (volume clauses without a channel filter), the planned rate (conversion) or the
 * planned lag in days (velocity). Null when the plan says nothing comparable.
 */
export function planForClause(
  workbook: Workbook,
  pva: PlanVsActual,
  clause: Clause,
): Map<string, number> | null {
  if (clause.type === 'volume') {
    if (clause.channel) return null;
    const stage = pva.stages.find((s) => s.stageId === clause.stageId);
    if (!stage) return null;
    return new Map(stage.months.flatMap((m) => (m.plan === null ? [] : [[m.month, m.plan] as const])));
  }
  if (clause.type === 'conversion' || clause.type === 'velocity') {
    const step = plannedStep(workbook, pva.transitions, clause.fromStageId, clause.toStageId);
    if (!step) return null;
    const value = clause.type === 'conversion' ? step.rate : step.days;
    return new Map(pva.stages[0]?.months.map((m) => [m.month, value]) ?? []);
  }
  return null;
}
