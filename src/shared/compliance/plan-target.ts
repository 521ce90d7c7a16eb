import { planScenario } from '../funnel/plan';
import type { Workbook } from '../workbook/schema';

export interface PlanTargets {
  scenarioId: string;
  /** The plan's volume entering the stage, by month `YYYY-MM`. */
  targets: Map<string, number>;
  /** The first and last planned month. */
  from: string;
  to: string;
}

const label = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/**
 * The plan of record's monthly volumes for one stage: the targets of a volume clause whose target
 * comes from the plan. Null when there is no plan of record, it cannot be planned, or it has no volume
 * for the stage.
 */
export function planTargets(workbook: Workbook, stageId: string): PlanTargets | null {
  const scenario = workbook.scenarios.items.find((s) => s.id === workbook.scenarios.planOfRecordId);
  if (!scenario) return null;
  const outcome = planScenario(workbook.stages, scenario);
  if (!outcome.ok) return null;
  const { plan } = outcome;
  const stage = plan.stages.find((s) => s.stageId === stageId);
  if (!stage || plan.months.length === 0) return null;
  const targets = new Map(plan.months.map((m, i) => [label(m.year, m.month), stage.volumes[i] ?? 0]));
  const first = plan.months[0]!;
  const last = plan.months.at(-1)!;
  return {
    scenarioId: scenario.id,
    targets,
    from: label(first.year, first.month),
    to: label(last.year, last.month),
  };
}
