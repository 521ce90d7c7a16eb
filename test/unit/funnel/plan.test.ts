import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerCohorts, planScenario, stageShifts, type FunnelPlan } from '../../../src/shared/funnel/plan';
import { Scenario } from '../../../src/shared/workbook/schema';
import { allNumbers, baseScenario, stages, withLags, withRate } from './fixtures';

function planOf(s: ReturnType<typeof baseScenario>): FunnelPlan {
  const outcome = planScenario(stages, s);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.plan;
}
const volumesAt = (plan: FunnelPlan, index: number) => {
  const i = plan.months.findIndex((m) => m.index === index);
  return plan.stages.map((s) => s.volumes[i]);
};

describe('reverse plan: rounding', () => {
  it('walks up from 84 customers, rounding every stage up each month', () => {
    const plan = planOf(baseScenario());
    // By hand: 7 customers; opp ⌈7/.25⌉=28; SQL ⌈28/.5⌉=56; MQL ⌈56/.3⌉=⌈186.7⌉=187;
    // lead ⌈187/.4⌉=⌈467.5⌉=468; visit ⌈468/.02⌉=23,400.
    expect(plan.customers).toBe(84);
    expect(plan.revenue).toBe(1_008_000);
    expect(plan.months.map((m) => m.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (let m = 1; m <= 12; m++) expect(volumesAt(plan, m)).toEqual([23_400, 468, 187, 56, 28, 7]);
    expect(plan.stages.map((s) => s.total)).toEqual([280_800, 5_616, 2_244, 672, 336, 84]);
    expect(plan.stages.every((s) => s.priorYear === 0)).toBe(true);
    expect(plan.monthlyRevenue.every((r) => r === 84_000)).toBe(true);
  });

  it('does not round binary noise up: 21 customers at 35 % need exactly 60 opportunities', () => {
    // 21 / 0.35 is 60.00000000000001 in floating point; a naive ceiling would ask for 61.
    const plan = planOf(baseScenario({ goal: 252_000, avgDealSize: 1_000 }));
    expect(volumesAt(plan, 1).slice(4)).toEqual([84, 21]); // at 25 %: 21/.25 = 84
    const at35 = planOf(withRate(baseScenario({ goal: 252_000, avgDealSize: 1_000 }), 4, 0.35));
    expect(volumesAt(at35, 1).slice(3)).toEqual([120, 60, 21]); // SQL ⌈60/.5⌉ = 120
  });

  it('rounds the customer count up from goal / deal size', () => {
    expect(planOf(baseScenario({ goal: 1_000_001, avgDealSize: 1_000 })).customers).toBe(1001);
    expect(planOf(baseScenario({ goal: 999_999, avgDealSize: 1_000 })).customers).toBe(1000);
  });
});

describe('reverse plan: seasonality', () => {
  it('spreads 100 customers evenly with cumulative rounding: 9, 8, 8 … summing to exactly 100', () => {
    // Cumulative targets 100·m/12 = 8.33, 16.67, 25, … rounded up: 9, 17, 25, 34, 42, 50, 59, 67, 75, 84, 92, 100.
    expect(customerCohorts(100, null)).toEqual([9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8]);
  });

  it('follows monthly weights', () => {
    const w = [5, 5, 10, 10, 10, 5, 5, 5, 10, 10, 15, 10];
    expect(customerCohorts(200, w)).toEqual([10, 10, 20, 20, 20, 10, 10, 10, 20, 20, 30, 20]);
    // 30 customers: cumulative 1.5, 3, 6, 9, 12, 13.5, 15, 16.5, 19.5, 22.5, 27, 30 → ⌈⌉ → differences.
    expect(customerCohorts(30, w)).toEqual([2, 1, 3, 3, 3, 2, 1, 2, 3, 3, 4, 3]);
  });

  it('plans each month from its own cohort', () => {
    const w = [5, 5, 10, 10, 10, 5, 5, 5, 10, 10, 15, 10];
    const plan = planOf(baseScenario({ goal: 2_400_000, seasonality: w })); // 200 customers
    // November (30 customers): opp 120, SQL 240, MQL 800, lead 2,000, visit 100,000.
    expect(volumesAt(plan, 11)).toEqual([100_000, 2_000, 800, 240, 120, 30]);
    // January (10): opp 40, SQL 80, MQL ⌈266.7⌉=267, lead ⌈667.5⌉=668, visit 33,400.
    expect(volumesAt(plan, 1)).toEqual([33_400, 668, 267, 80, 40, 10]);
    expect(plan.stages[5]!.total).toBe(200);
  });
});

describe('reverse plan: lags', () => {
  it('rounds the cumulative lag to whole months (days / 30.4375)', () => {
    // From the customer backwards: 31 d → 1.02 → 1; 46 d → 1.51 → 2; stages above add nothing.
    expect(stageShifts([0, 0, 0, 15, 31])).toEqual([2, 2, 2, 2, 1, 0]);
    expect(stageShifts([0, 0, 0, 0, 45])).toEqual([1, 1, 1, 1, 1, 0]); // 1.478 → 1
  });

  it('moves volumes into the previous fiscal year across the boundary', () => {
    // Fiscal year 2025 starts in October 2025. Opp→customer 61 d (2 months), SQL→opp 30 d (3 in all).
    const plan = planOf(
      withLags(baseScenario({ fiscalYear: 2025, fiscalYearStartMonth: 10 }), [0, 0, 0, 30, 61]),
    );
    expect(plan.months[0]).toEqual({ index: -2, year: 2025, month: 7 });
    expect(plan.months.at(-1)).toEqual({ index: 12, year: 2026, month: 9 });
    expect(plan.months).toHaveLength(15);
    const byStage = Object.fromEntries(plan.stages.map((s) => [s.stageId, s]));
    // Customers in fiscal months 1–12 only; opportunities two months earlier; SQL and above three.
    expect(byStage.customer!.volumes).toEqual([0, 0, 0, ...Array(12).fill(7)]);
    expect(byStage.opportunity!.volumes).toEqual([0, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 0, 0]);
    expect(byStage.sql!.volumes).toEqual([...Array(12).fill(56), 0, 0, 0]);
    expect(byStage.opportunity!.priorYear).toBe(56); // August and September 2025
    expect(byStage.sql!.priorYear).toBe(168);
    expect(byStage.visit!.priorYear).toBe(3 * 23_400);
    // Lags move volumes in time but do not change the year's totals.
    expect(plan.stages.map((s) => s.total)).toEqual([280_800, 5_616, 2_244, 672, 336, 84]);
    expect(plan.monthlyRevenue.slice(0, 3)).toEqual([0, 0, 0]);
  });
});

describe('reverse plan: capacity', () => {
  it('warns when the SQLs to hand over exceed 5 reps × 10', () => {
    const plan = planOf(baseScenario());
    expect(plan.capacity!.perMonth).toBe(50);
    expect(plan.capacity!.months.every((m) => m.needed === 56 && m.over)).toBe(true);
    expect(plan.capacity!.peakUtilisation).toBeCloseTo(56 / 50, 12);
    expect(plan.warnings).toContainEqual({
      code: 'capacity.over',
      field: 'capacity.reps',
      severity: 'warning',
      params: { count: 12, peak: 112 },
    });
  });

  it('does not warn at 6 reps (93 % utilisation)', () => {
    const plan = planOf(baseScenario({ capacity: { reps: 6, leadsPerRep: 10, handoverStageId: 'sql' } }));
    expect(plan.capacity!.months.every((m) => !m.over)).toBe(true);
    expect(plan.capacity!.peakUtilisation).toBeCloseTo(56 / 60, 12);
    expect(plan.warnings.some((w) => w.code === 'capacity.over')).toBe(false);
  });

  it('warns when the top of funnel supplies fewer hand-overs than sales needs', () => {
    // 20,000 visits × 2 % × 40 % × 30 % = 48 SQLs a month < 56 needed; 25,000 gives 60 ≥ 56.
    const short = planOf(baseScenario({ capacity: { reps: 6, leadsPerRep: 10, handoverStageId: 'sql' } }));
    expect(short.capacity!.months[0]!.supplied).toBeCloseTo(48, 9);
    expect(short.warnings).toContainEqual(
      expect.objectContaining({ code: 'capacity.short', params: { count: 12 } }),
    );
    const enough = planOf(
      baseScenario({ topOfFunnel: 25_000, capacity: { reps: 6, leadsPerRep: 10, handoverStageId: 'sql' } }),
    );
    expect(enough.warnings).toEqual([]);
  });

  it('counts hand-overs by the month they happen when lags shift them', () => {
    const plan = planOf(withLags(baseScenario(), [0, 0, 0, 30, 61]));
    const over = plan.capacity!.months.map((m) => m.over);
    expect(over).toEqual([...Array(12).fill(true), false, false, false]);
  });

  it('says so, without figures, when there is no capacity', () => {
    const plan = planOf(baseScenario({ capacity: { reps: 0, leadsPerRep: 10, handoverStageId: 'sql' } }));
    expect(plan.capacity).toBeNull();
    expect(plan.warnings.map((w) => w.code)).toEqual(['capacity.missing']);
  });
});

describe('reverse plan: extreme rates and bad input', () => {
  it('a 100 % rate passes the volume through unchanged', () => {
    const plan = planOf(withRate(baseScenario(), 3, 1));
    // SQL = opp = 28; MQL ⌈28/.3⌉=94; lead ⌈94/.4⌉=235 (235.00000000000003 in floating point); visit 11,750.
    expect(volumesAt(plan, 1)).toEqual([11_750, 235, 94, 28, 28, 7]);
  });

  it('a 0 % rate is an issue at that field, not Infinity', () => {
    const outcome = planScenario(stages, withRate(baseScenario(), 2, 0));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toEqual([
      {
        code: 'rate.zero',
        field: 'transitions.2.rate',
        severity: 'error',
        params: { from: 'MQL', to: 'SQL' },
      },
    ]);
  });

  it('reports an empty goal, an empty deal size and weights summing to 90 % at their fields', () => {
    const w = [10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0, 0];
    const outcome = planScenario(stages, baseScenario({ goal: null, avgDealSize: null, seasonality: w }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => [i.code, i.field])).toEqual([
      ['goal.empty', 'goal'],
      ['dealSize.empty', 'avgDealSize'],
      ['seasonality.sum', 'seasonality'],
    ]);
    expect(outcome.issues[2]!.params).toEqual({ sum: 90 });
  });

  it('never yields NaN or Infinity, whatever the (schema-valid) scenario', () => {
    const rate = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
    const scenario = fc.record({
      goal: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true })),
      avgDealSize: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true })),
      seasonality: fc.option(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 12, maxLength: 12 }),
      ),
      rates: fc.array(rate, { minLength: 5, maxLength: 5 }),
      lags: fc.array(fc.double({ min: 0, max: 3650, noNaN: true }), { minLength: 5, maxLength: 5 }),
      reps: fc.double({ min: 0, max: 100_000, noNaN: true }),
      top: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true })),
      start: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(scenario, (g) => {
        const s = baseScenario({
          goal: g.goal,
          avgDealSize: g.avgDealSize,
          seasonality: g.seasonality,
          fiscalYearStartMonth: g.start,
          capacity: { reps: g.reps, leadsPerRep: 10, handoverStageId: 'sql' },
          topOfFunnel: g.top,
        });
        const full = withLags(
          { ...s, transitions: s.transitions.map((t, i) => ({ ...t, rate: g.rates[i]! })) },
          g.lags,
        );
        expect(Scenario.safeParse(full).success).toBe(true);
        const outcome = planScenario(stages, full);
        expect(allNumbers(outcome).every(Number.isFinite)).toBe(true);
        if (outcome.ok) {
          const p = outcome.plan;
          expect(p.stages.at(-1)!.total).toBe(p.customers);
          for (const st of p.stages) expect(st.volumes.reduce((a, v) => a + v, 0)).toBe(st.total);
        }
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
