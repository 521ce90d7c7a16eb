import type { Scenario, Stage } from '../workbook/schema';

/**
 * A problem with one field of a scenario. `code` is a key under `issues` in the `scenarios` catalog;
 * `field` is the scenario path the UI shows it beside (`goal`, `transitions.2.rate`, …). Errors make
 * the plan impossible; warnings leave it computable.
 */
export interface ValidationIssue {
  code: string;
  field: string;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

/** Seasonality weights may be typed with decimals; a sum this close to 100 % counts as 100 %. */
export const SEASONALITY_TOLERANCE = 0.05;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Everything the reverse plan needs, checked field by field. The scenario is expected already aligned
 * with `stages` (see scenarioForStages). Values are re-checked here (not only by the schema) because the
 * UI validates while the user is typing.
 */
export function validateScenario(stages: readonly Stage[], s: Scenario): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const err = (code: string, field: string, params?: ValidationIssue['params']) =>
    issues.push(params ? { code, field, severity: 'error', params } : { code, field, severity: 'error' });

  if (s.goal === null) err('goal.empty', 'goal');
  else if (!isNum(s.goal) || s.goal <= 0) err('goal.notPositive', 'goal');
  if (s.avgDealSize === null) err('dealSize.empty', 'avgDealSize');
  else if (!isNum(s.avgDealSize) || s.avgDealSize <= 0) err('dealSize.notPositive', 'avgDealSize');

  if (s.seasonality !== null) {
    if (s.seasonality.length !== 12 || !s.seasonality.every((w) => isNum(w) && w >= 0)) {
      err('seasonality.invalid', 'seasonality');
    } else {
      const sum = s.seasonality.reduce((a, w) => a + w, 0);
      if (Math.abs(sum - 100) > SEASONALITY_TOLERANCE) {
        err('seasonality.sum', 'seasonality', { sum: Math.round(sum * 100) / 100 });
      }
    }
  }

  const name = (id: string) => stages.find((st) => st.id === id)?.name ?? id;
  s.transitions.forEach((t, i) => {
    const params = { from: name(t.fromStageId), to: name(t.toStageId) };
    if (!isNum(t.rate) || t.rate < 0 || t.rate > 1) err('rate.invalid', `transitions.${i}.rate`, params);
    else if (t.rate === 0) err('rate.zero', `transitions.${i}.rate`, params);
    if (!isNum(t.lagDays) || t.lagDays < 0) err('lag.invalid', `transitions.${i}.lagDays`, params);
  });

  const { reps, leadsPerRep } = s.capacity;
  if (!isNum(reps) || reps < 0) err('capacity.invalid', 'capacity.reps');
  if (!isNum(leadsPerRep) || leadsPerRep < 0) err('capacity.invalid', 'capacity.leadsPerRep');
  if (s.topOfFunnel !== null && (!isNum(s.topOfFunnel) || s.topOfFunnel < 0)) {
    err('topOfFunnel.invalid', 'topOfFunnel');
  }
  return issues;
}

export const hasErrors = (issues: readonly ValidationIssue[]): boolean =>
  issues.some((i) => i.severity === 'error');
