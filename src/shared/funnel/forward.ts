import type { Scenario } from '../workbook/schema';
import type { ValidationIssue } from './validate';

/**
 * The forward model used by sensitivity, goal seek and Monte Carlo: what a fixed top-of-funnel volume
 * F per month yields in a year, as expected values (no per-month rounding, unlike the reverse plan):
 *   customers = 12 · F · r_0 · … · r_(n−1);  revenue = customers · T.
 */
export const MONTHS_PER_YEAR = 12;

export const yearlyCustomers = (topPerMonth: number, rates: readonly number[]): number =>
  rates.reduce((a, r) => a * r, MONTHS_PER_YEAR * topPerMonth);

/** Issues for the inputs the forward model needs beyond a valid rate list. */
export function forwardIssues(s: Scenario): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (s.topOfFunnel === null)
    issues.push({ code: 'topOfFunnel.empty', field: 'topOfFunnel', severity: 'error' });
  return issues;
}
