import type { Scenario, Stage, StageKind, Transition } from '../workbook/schema';

/**
 * Scenarios store one transition per pair of consecutive stages. Stages are edited elsewhere (renamed,
 * added, removed, reordered), so every reader first re-aligns the transitions with the current list.
 */
export function scenarioForStages(stages: readonly Stage[], scenario: Scenario): Scenario {
  const byFrom = new Map<string, Transition>();
  for (const t of scenario.transitions) byFrom.set(t.fromStageId, t);
  const transitions: Transition[] = [];
  for (let i = 0; i + 1 < stages.length; i++) {
    const from = stages[i]!.id;
    const to = stages[i + 1]!.id;
    transitions.push(composedTransition(byFrom, from, to) ?? neutralTransition(from, to));
  }
  const handover = scenario.capacity.handoverStageId;
  const handoverStageId = stages.some((s) => s.id === handover) ? handover : defaultHandoverStage(stages);
  return { ...scenario, transitions, capacity: { ...scenario.capacity, handoverStageId } };
}

/**
 * The transition from → to as the old chain describes it: kept as is when it existed, composed when
 * stages between them were removed (rates multiply, lags add), so removing a stage leaves the plan as it was.
 */
function composedTransition(byFrom: Map<string, Transition>, from: string, to: string): Transition | null {
  let rate = 1;
  let lagDays = 0;
  let low: number | undefined = 1;
  let high: number | undefined = 1;
  let at = from;
  const seen = new Set<string>();
  while (at !== to) {
    const t = byFrom.get(at);
    if (!t || seen.has(at)) return null;
    seen.add(at);
    rate *= t.rate;
    lagDays += t.lagDays;
    low = low === undefined || t.low === undefined ? undefined : low * t.low;
    high = high === undefined || t.high === undefined ? undefined : high * t.high;
    at = t.toStageId;
  }
  const composed: Transition = { fromStageId: from, toStageId: to, rate, lagDays };
  if (low !== undefined) composed.low = low;
  if (high !== undefined) composed.high = high;
  return composed;
}

/** A stage the plan has never seen converts everything at once: adding it changes no figure until edited. */
function neutralTransition(from: string, to: string): Transition {
  return { fromStageId: from, toStageId: to, rate: 1, lagDays: 0 };
}

/** Hand-over to sales: the first sales-qualified stage the list has, by kind. */
export function defaultHandoverStage(stages: readonly Stage[]): string {
  for (const kind of ['sql', 'sal', 'mql'] as const) {
    const s = stages.find((st) => st.kind === kind);
    if (s) return s.id;
  }
  return '';
}

/** Typical B2B rates and lags (industry rules of thumb) so a new scenario starts from plausible figures. */
const TYPICAL: Partial<Record<StageKind, { rate: number; lagDays: number }>> = {
  visit: { rate: 0.02, lagDays: 0 },
  lead: { rate: 0.4, lagDays: 7 },
  mql: { rate: 0.3, lagDays: 7 },
  sal: { rate: 0.8, lagDays: 3 },
  sql: { rate: 0.5, lagDays: 14 },
  opportunity: { rate: 0.25, lagDays: 45 },
};

export interface NewScenarioOptions {
  id: string;
  name: string;
  fiscalYear: number;
}

/** A fresh scenario: typical rates by the kind of the stage converting, goal and deal size still empty. */
export function newScenario(stages: readonly Stage[], opts: NewScenarioOptions): Scenario {
  const transitions: Transition[] = [];
  for (let i = 0; i + 1 < stages.length; i++) {
    const from = stages[i]!;
    const typical = TYPICAL[from.kind] ?? { rate: 0.5, lagDays: 7 };
    transitions.push({ fromStageId: from.id, toStageId: stages[i + 1]!.id, ...typical });
  }
  return {
    id: opts.id,
    name: opts.name,
    notes: '',
    goal: null,
    avgDealSize: null,
    fiscalYear: opts.fiscalYear,
    fiscalYearStartMonth: 1,
    seasonality: null,
    transitions,
    capacity: { reps: 0, leadsPerRep: 0, handoverStageId: defaultHandoverStage(stages) },
    topOfFunnel: null,
  };
}
