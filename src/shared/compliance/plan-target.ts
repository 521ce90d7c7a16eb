import { planScenario, type FunnelPlan } from '../funnel/plan';
import type { Clause, Scenario, Workbook } from '../workbook/schema';

export interface PlanTargets {
  scenarioId: string;
  /** The plan's target by month `YYYY-MM` (see planTargets). */
  targets: Map<string, number>;
  /** The first and last planned month. */
  from: string;
  to: string;
}

const label = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/**
 * The plan of record's monthly targets for a clause whose target comes from the plan: the volume
 * entering the stage (volume), the revenue placed in the month or the average deal size (revenue), or
 * the leads per rep a month (capacity). Null when the clause takes a fixed target, there is no plan
 * of record, it cannot be planned, or it has nothing for the clause (no such stage, no capacity).
 */
export function planTargets(workbook: Workbook, clause: Clause): PlanTargets | null {
  if (!('targetFrom' in clause) || clause.targetFrom !== 'plan') return null;
  const scenario = workbook.scenarios.items.find((s) => s.id === workbook.scenarios.planOfRecordId);
  if (!scenario) return null;
  const outcome = planScenario(workbook.stages, scenario);
  if (!outcome.ok) return null;
  const { plan } = outcome;
  if (plan.months.length === 0) return null;
  const monthly = monthlyTargets(clause, plan, outcome.scenario);
  if (!monthly) return null;
  const first = plan.months[0]!;
  const last = plan.months.at(-1)!;
  return {
    scenarioId: scenario.id,
    targets: new Map(plan.months.map((m, i) => [label(m.year, m.month), monthly[i] ?? 0])),
    from: label(first.year, first.month),
    to: label(last.year, last.month),
  };
}

/** The clause's target per plan month (aligned with plan.months), or null when the plan has none. */
function monthlyTargets(clause: Clause, plan: FunnelPlan, scenario: Scenario): number[] | null {
  const each = (v: number) => plan.months.map(() => v);
  switch (clause.type) {
    case 'volume':
      return plan.stages.find((s) => s.stageId === clause.stageId)?.volumes ?? null;
    case 'revenue':
      return clause.metric === 'revenue' ? plan.monthlyRevenue : each(scenario.avgDealSize!);
    case 'capacity':
      return scenario.capacity.leadsPerRep > 0 ? each(scenario.capacity.leadsPerRep) : null;
    default:
      return null;
  }
}
