/**
 * The reverse funnel plan: from the revenue goal down to the volume every stage needs, month by month.
 *
 * Exact arithmetic (the Excel export reproduces it with live formulas; keep both in step):
 *   Stages S0 … Sn in workbook order (Sn is the customer stage); rate r_k and lag d_k (days) convert
 *   S_k → S_k+1. Goal G, average deal size T, weights w_1 … w_12 in percent in fiscal order (null = even).
 *   CEIL(x) below means CEILING(ROUND(x, 6), 1): rounding to 6 decimals first absorbs binary noise
 *   (3 / 0.3 = 10.000000000000002 must need 10, not 11).
 *   1. Customers  C = CEIL(G / T).
 *   2. Customer cohorts per fiscal month m = 1 … 12, with W_m = w_1 + … + w_m (even: W_m = m) and W_0 = 0:
 *        c_m = CEIL(C · W_m / W_12) − CEIL(C · W_(m−1) / W_12).
 *      Cumulative rounding keeps Σ c_m = C exactly and puts the rounding in the earlier months.
 *   3. Walk up per cohort: V_n,m = c_m; V_k,m = CEIL(V_(k+1),m / r_k). Every stage is rounded up per month.
 *   4. Lags: stage k's shift is s_k = ROUND((d_k + … + d_(n−1)) / 30.4375) months (30.4375 = 365.25 / 12;
 *      ROUND half away from zero) and cohort m's V_k,m is placed in fiscal month m − s_k. Months ≤ 0 fall
 *      in the previous fiscal year; the plan's timeline starts at 1 − max(s_k), so nothing is dropped.
 *   5. Per stage: volumes per timeline month; total = Σ_m V_k,m; priorYear = the part placed in months ≤ 0.
 *   6. Revenue per month = customers placed in the month · T; the year's revenue = C · T.
 *   7. Capacity K = reps · leadsPerRep per month. Utilisation in a timeline month = the hand-over stage's
 *      volume placed there / K; over capacity when that volume > K. With a top-of-funnel volume F per month,
 *      hand-overs supplied per month = F · r_0 · … · r_(h−1) (h = hand-over stage), short when below the need.
 * Pure, deterministic, never NaN or Infinity: anything that would produce one is a validation issue.
 */
import type { Scenario, Stage } from '../workbook/schema';
import { scenarioForStages } from './align';
import { hasErrors, validateScenario, type ValidationIssue } from './validate';

export const DAYS_PER_MONTH = 365.25 / 12;

/** CEILING(ROUND(x, 6), 1). */
export const ceilClean = (x: number): number => Math.ceil(Math.round(x * 1e6) / 1e6);

export interface PlanMonth {
  /** 1 … 12 are the fiscal year's months; 0, −1, … the previous fiscal year's last months. */
  index: number;
  year: number;
  /** Calendar month, 1 = January. */
  month: number;
}

export interface StagePlan {
  stageId: string;
  /** Months this stage's volume is placed ahead of the customers it produces. */
  shift: number;
  /** Aligned with FunnelPlan.months. */
  volumes: number[];
  total: number;
  priorYear: number;
}

export interface CapacityMonth {
  needed: number;
  utilisation: number;
  /** Hand-overs the top-of-funnel volume supplies in a month (expected value), when it is set. */
  supplied: number | null;
  over: boolean;
  short: boolean;
}

export interface CapacityPlan {
  stageId: string;
  perMonth: number;
  /** Aligned with FunnelPlan.months. */
  months: CapacityMonth[];
  peakUtilisation: number;
}

export interface FunnelPlan {
  customers: number;
  revenue: number;
  months: PlanMonth[];
  /** In workbook stage order; the last is the customer stage. */
  stages: StagePlan[];
  /** Aligned with months. */
  monthlyRevenue: number[];
  capacity: CapacityPlan | null;
  warnings: ValidationIssue[];
}

export type PlanOutcome =
  | { ok: true; plan: FunnelPlan; scenario: Scenario }
  | { ok: false; issues: ValidationIssue[]; scenario: Scenario };

/** Calendar year and month of fiscal month `index` (1 = the fiscal year's first month). */
export function fiscalMonth(fiscalYear: number, startMonth: number, index: number): PlanMonth {
  const m0 = startMonth - 1 + index - 1;
  return { index, year: fiscalYear + Math.floor(m0 / 12), month: (((m0 % 12) + 12) % 12) + 1 };
}

/** Customers per fiscal month (step 2). `weights` null means even; assumes validated weights. */
export function customerCohorts(customers: number, weights: readonly number[] | null): number[] {
  const w = weights ?? Array.from({ length: 12 }, () => 1);
  const total = w.reduce((a, x) => a + x, 0);
  const cohorts: number[] = [];
  let cumWeight = 0;
  let placed = 0;
  for (let m = 0; m < 12; m++) {
    cumWeight += w[m] ?? 0;
    const upTo = m === 11 ? customers : ceilClean((customers * cumWeight) / total);
    cohorts.push(upTo - placed);
    placed = upTo;
  }
  return cohorts;
}

/** Month shift per stage (step 4), the customer stage last with 0. */
export function stageShifts(lagDays: readonly number[]): number[] {
  const shifts = new Array<number>(lagDays.length + 1).fill(0);
  let days = 0;
  for (let k = lagDays.length - 1; k >= 0; k--) {
    days += lagDays[k] ?? 0;
    shifts[k] = Math.round(days / DAYS_PER_MONTH);
  }
  return shifts;
}

export function planScenario(stages: readonly Stage[], input: Scenario): PlanOutcome {
  const scenario = scenarioForStages(stages, input);
  const issues = validateScenario(stages, scenario);
  if (hasErrors(issues)) return { ok: false, issues, scenario };
  const goal = scenario.goal!;
  const deal = scenario.avgDealSize!;
  const rates = scenario.transitions.map((t) => t.rate);

  const customers = ceilClean(goal / deal);
  // A goal too large to count in customers is the goal's fault (or the deal size's), not the rates'.
  if (!Number.isSafeInteger(customers)) {
    return {
      ok: false,
      scenario,
      issues: [...issues, { code: 'goal.tooLarge', field: 'goal', severity: 'error' }],
    };
  }
  const cohorts = customerCohorts(customers, scenario.seasonality);
  const shifts = stageShifts(scenario.transitions.map((t) => t.lagDays));
  const first = 1 - Math.max(...shifts);
  const months = Array.from({ length: 12 - first + 1 }, (_, i) =>
    fiscalMonth(scenario.fiscalYear, scenario.fiscalYearStartMonth, first + i),
  );

  // Walk up each cohort (step 3), then place it by the stage's shift (step 4).
  const n = stages.length - 1;
  const byStage = stages.map(() => new Array<number>(months.length).fill(0));
  const totals = new Array<number>(stages.length).fill(0);
  for (let m = 1; m <= 12; m++) {
    let v = cohorts[m - 1]!;
    for (let k = n; k >= 0; k--) {
      if (k < n) v = ceilClean(v / rates[k]!);
      const row = byStage[k]!;
      const at = m - shifts[k]! - first;
      row[at] = (row[at] ?? 0) + v;
      totals[k]! += v;
    }
  }
  // The customers are countable, so some stage above them overflowed: name the lowest one.
  const overflow = totals.findLastIndex((t) => !Number.isSafeInteger(t));
  if (overflow >= 0) {
    const stage = stages[overflow]!.name;
    return {
      ok: false,
      scenario,
      issues: [
        ...issues,
        { code: 'plan.tooLarge', field: 'transitions', severity: 'error', params: { stage } },
      ],
    };
  }

  const stagePlans: StagePlan[] = stages.map((st, k) => {
    const volumes = byStage[k]!;
    const priorYear = volumes.reduce((a, v, i) => (months[i]!.index <= 0 ? a + v : a), 0);
    return { stageId: st.id, shift: shifts[k]!, volumes, total: totals[k]!, priorYear };
  });
  const monthlyRevenue = byStage[n]!.map((c) => c * deal);
  const warnings = issues.filter((i) => i.severity === 'warning');
  const capacity = capacityPlan(stages, scenario, rates, byStage, warnings);
  return {
    ok: true,
    scenario,
    plan: {
      customers,
      revenue: customers * deal,
      months,
      stages: stagePlans,
      monthlyRevenue,
      capacity,
      warnings,
    },
  };
}

/** Step 7; adds its warnings to `warnings`. Null when no capacity or hand-over stage is set. */
function capacityPlan(
  stages: readonly Stage[],
  scenario: Scenario,
  rates: readonly number[],
  byStage: readonly number[][],
  warnings: ValidationIssue[],
): CapacityPlan | null {
  const h = stages.findIndex((s) => s.id === scenario.capacity.handoverStageId);
  const perMonth = scenario.capacity.reps * scenario.capacity.leadsPerRep;
  if (h < 0) return null;
  if (perMonth <= 0) {
    warnings.push({ code: 'capacity.missing', field: 'capacity.reps', severity: 'warning' });
    return null;
  }
  const top = scenario.topOfFunnel;
  const supplied = top === null ? null : rates.slice(0, h).reduce((a, r) => a * r, top);
  const months = byStage[h]!.map((needed) => ({
    needed,
    utilisation: needed / perMonth,
    supplied,
    over: needed > perMonth,
    short: supplied !== null && supplied < needed,
  }));
  const peakUtilisation = Math.max(...months.map((m) => m.utilisation));
  const over = months.filter((m) => m.over).length;
  const short = months.filter((m) => m.short).length;
  if (over > 0) {
    warnings.push({
      code: 'capacity.over',
      field: 'capacity.reps',
      severity: 'warning',
      params: { count: over, peak: Math.round(peakUtilisation * 100) },
    });
  }
  if (short > 0) {
    warnings.push({
      code: 'capacity.short',
      field: 'topOfFunnel',
      severity: 'warning',
      params: { count: short },
    });
  }
  return { stageId: stages[h]!.id, perMonth, months, peakUtilisation };
}
