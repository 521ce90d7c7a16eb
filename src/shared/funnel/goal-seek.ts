import type { Scenario, Stage } from '../workbook/schema';
import { MONTHS_PER_YEAR, forwardIssues } from './forward';
import { ceilClean } from './plan';
import { scenarioForStages } from './align';
import { hasErrors, validateScenario, type ValidationIssue } from './validate';

/**
 * Goal seek on the forward model (see forward.ts): the value of one rate, or of the monthly top-of-funnel
 * volume, that makes 12 · F · Π r reach the customers the goal needs, C = CEIL(G / T), everything else
 * fixed. The model is linear in each unknown, so the answer is exact (no iteration):
 *   rate j = C / (12 · F · Π_(i≠j) r_i);   F = C / (12 · Π r_i).
 */
export type GoalSeekTarget = { kind: 'rate'; index: number } | { kind: 'topOfFunnel' };

export interface GoalSeek {
  target: GoalSeekTarget;
  customers: number;
  current: number;
  /** The exact value that reaches the goal (a rate may exceed 1: then the goal is out of reach). */
  needed: number;
  /** False when the needed rate is above 100 %. */
  feasible: boolean;
}

export type GoalSeekOutcome = { ok: true; value: GoalSeek } | { ok: false; issues: ValidationIssue[] };

export function goalSeek(stages: readonly Stage[], input: Scenario, target: GoalSeekTarget): GoalSeekOutcome {
  const scenario = scenarioForStages(stages, input);
  const rates = scenario.transitions.map((t) => t.rate);
  // The sought value itself may be empty or 0 %: it is what we are solving for.
  const issues = validateScenario(stages, scenario).filter((i) =>
    target.kind === 'rate' ? i.field !== `transitions.${target.index}.rate` : i.field !== 'topOfFunnel',
  );
  if (target.kind === 'rate') {
    if (target.index < 0 || target.index >= rates.length) {
      issues.push({ code: 'goalSeek.noSuchRate', field: 'transitions', severity: 'error' });
    }
    issues.push(...forwardIssues(scenario));
  }
  if (hasErrors(issues)) return { ok: false, issues };

  const customers = ceilClean(scenario.goal! / scenario.avgDealSize!);
  if (target.kind === 'topOfFunnel') {
    const perTop = rates.reduce((a, r) => a * r, MONTHS_PER_YEAR);
    const needed = customers / perTop;
    return {
      ok: true,
      value: { target, customers, current: scenario.topOfFunnel ?? 0, needed, feasible: true },
    };
  }
  const others = rates.reduce(
    (a, r, i) => (i === target.index ? a : a * r),
    MONTHS_PER_YEAR * scenario.topOfFunnel!,
  );
  if (others === 0) {
    return { ok: false, issues: [{ code: 'topOfFunnel.zero', field: 'topOfFunnel', severity: 'error' }] };
  }
  const needed = customers / others;
  return {
    ok: true,
    value: { target, customers, current: rates[target.index]!, needed, feasible: needed <= 1 },
  };
}

/**
 * The scenario with a goal-seek answer applied: the top of funnel rounded up to a whole volume, a rate
 * rounded up to a hundredth of a point (so the applied value still reaches the goal, as 0.2917 for
 * 29.1667 %). Unchanged when the answer is out of reach.
 */
export function applyGoalSeek(scenario: Scenario, seek: GoalSeek): Scenario {
  if (!seek.feasible) return scenario;
  const target = seek.target;
  if (target.kind === 'topOfFunnel') return { ...scenario, topOfFunnel: ceilClean(seek.needed) };
  const rate = Math.min(1, ceilClean(seek.needed * 10_000) / 10_000);
  return {
    ...scenario,
    transitions: scenario.transitions.map((t, i) => (i === target.index ? { ...t, rate } : t)),
  };
}

/** Every goal seek at once: the top of funnel, then each rate in stage order. */
export function goalSeekAll(stages: readonly Stage[], scenario: Scenario): GoalSeekOutcome[] {
  const aligned = scenarioForStages(stages, scenario);
  return [
    goalSeek(stages, aligned, { kind: 'topOfFunnel' }),
    ...aligned.transitions.map((_, index) => goalSeek(stages, aligned, { kind: 'rate', index })),
  ];
}
