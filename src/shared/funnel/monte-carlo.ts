import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { Scenario, Stage } from '../workbook/schema';
import { scenarioForStages } from './align';
import { MONTHS_PER_YEAR, forwardIssues, yearlyCustomers } from './forward';
import { hasErrors, validateScenario, type ValidationIssue } from './validate';

/**
 * Uncertainty on the forward model (forward.ts): each rate drawn from a triangular distribution on
 * low / likely / high (a missing bound means no spread on that side), customers = 12 · F · Π r per run.
 * Seeded (xoroshiro128+), so a seed always gives the same percentiles. Percentiles interpolate linearly
 * between order statistics (as Excel's PERCENTILE.INC does).
 */
export const MIN_RUNS = 10_000;

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

export interface MonteCarlo {
  runs: number;
  seed: number;
  customers: Percentiles;
  revenue: Percentiles;
  /** The same model with every rate at its likely value. */
  deterministic: { customers: number; revenue: number };
  /** Cumulative revenue by fiscal month 1 … 12 (for the band chart); each run's year accrues evenly. */
  band: Percentiles[];
  /** The share of runs whose year's revenue reaches the goal; null when the scenario has no goal. */
  chanceOfGoal: number | null;
  /** The goal accrued evenly over fiscal months 1 … 12, on the band's terms; null without a goal. */
  goalPath: number[] | null;
}

export type MonteCarloOutcome = { ok: true; value: MonteCarlo } | { ok: false; issues: ValidationIssue[] };

/** Inverse CDF of the triangular distribution on [a, b] with mode c. */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (b <= a) return c;
  const fc = (c - a) / (b - a);
  return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** PERCENTILE.INC of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** The share of an ascending array's values that are ≥ `min` (binary search). */
export function shareAtLeast(sorted: Float64Array, min: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length === 0 ? 0 : (sorted.length - lo) / sorted.length;
}

const percentiles = (sorted: Float64Array): Percentiles => ({
  p10: percentile(sorted, 0.1),
  p50: percentile(sorted, 0.5),
  p90: percentile(sorted, 0.9),
});

export function monteCarlo(
  stages: readonly Stage[],
  input: Scenario,
  seed: number,
  runs = MIN_RUNS,
): MonteCarloOutcome {
  const scenario = scenarioForStages(stages, input);
  // The goal plays no part here: only the deal size, the rates and the top of funnel do.
  const issues = validateScenario(stages, scenario).filter((i) => !i.field.startsWith('goal'));
  issues.push(...forwardIssues(scenario));
  scenario.transitions.forEach((t, i) => {
    if ((t.low !== undefined && t.low > t.rate) || (t.high !== undefined && t.high < t.rate)) {
      issues.push({ code: 'range.order', field: `transitions.${i}.low`, severity: 'error' });
    }
  });
  if (hasErrors(issues)) return { ok: false, issues };

  const top = scenario.topOfFunnel!;
  const deal = scenario.avgDealSize!;
  const n = Math.max(MIN_RUNS, Math.floor(runs));
  const rng = xoroshiro128plus(seed | 0);
  const draws = new Float64Array(n);
  for (let run = 0; run < n; run++) {
    let customers = MONTHS_PER_YEAR * top;
    for (const t of scenario.transitions) {
      customers *= triangular(uniformFloat64(rng), t.low ?? t.rate, t.rate, t.high ?? t.rate);
    }
    draws[run] = customers;
  }
  draws.sort();
  const customers = percentiles(draws);
  const scale = (p: Percentiles, k: number): Percentiles => ({
    p10: p.p10 * k,
    p50: p.p50 * k,
    p90: p.p90 * k,
  });
  const revenue = scale(customers, deal);
  const likely = yearlyCustomers(
    top,
    scenario.transitions.map((t) => t.rate),
  );
  const goal = scenario.goal !== null && scenario.goal > 0 ? scenario.goal : null;
  return {
    ok: true,
    value: {
      runs: n,
      seed: seed | 0,
      customers,
      revenue,
      deterministic: { customers: likely, revenue: likely * deal },
      band: Array.from({ length: MONTHS_PER_YEAR }, (_, m) => scale(revenue, (m + 1) / MONTHS_PER_YEAR)),
      chanceOfGoal: goal === null ? null : shareAtLeast(draws, goal / deal),
      goalPath:
        goal === null
          ? null
          : Array.from({ length: MONTHS_PER_YEAR }, (_, m) => (goal * (m + 1)) / MONTHS_PER_YEAR),
    },
  };
}
