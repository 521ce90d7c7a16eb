import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/shared/funnel/sensitivity';
import { applyGoalSeek, goalSeek, goalSeekAll } from '../../../src/shared/funnel/goal-seek';
import { monteCarlo, percentile, shareAtLeast, triangular } from '../../../src/shared/funnel/monte-carlo';
import { yearlyCustomers } from '../../../src/shared/funnel/forward';
import { baseScenario, stages, withRate } from './fixtures';

// Reference case: top 20,000 visits a month, rate product 0.02·0.4·0.3·0.5·0.25 = 0.0003
// → 12 · 20,000 · 0.0003 = 72 customers, revenue 72 · 12,000 = 864,000. The goal needs 84.

describe('sensitivity (tornado)', () => {
  it('moves each rate ±5 points and orders the bars by revenue swing', () => {
    const out = sensitivity(stages, baseScenario(), 0.05, 'revenue');
    if (!out.ok) throw new Error('expected ok');
    expect(out.value.base).toBeCloseTo(864_000, 6);
    // Revenue is proportional to each rate: value = 864,000 · r' / r.
    const expected = [
      { index: 0, low: 0, high: 3_024_000 }, // 2 % → 0 % / 7 %
      { index: 4, low: 691_200, high: 1_036_800 }, // 25 % → 20 / 30
      { index: 2, low: 720_000, high: 1_008_000 }, // 30 % → 25 / 35
      { index: 1, low: 756_000, high: 972_000 }, // 40 % → 35 / 45
      { index: 3, low: 777_600, high: 950_400 }, // 50 % → 45 / 55
    ];
    expect(out.value.bars.map((b) => b.index)).toEqual(expected.map((e) => e.index));
    out.value.bars.forEach((b, i) => {
      expect(b.lowValue).toBeCloseTo(expected[i]!.low, 4);
      expect(b.highValue).toBeCloseTo(expected[i]!.high, 4);
    });
    expect(out.value.bars[0]!.lowRate).toBe(0);
    expect(out.value.reference).toBe(1_000_000); // read against the goal
  });

  it('on the volume needed, marks a rate pushed to 0 % as impossible rather than infinite', () => {
    const out = sensitivity(stages, baseScenario(), 0.05, 'volume');
    if (!out.ok) throw new Error('expected ok');
    expect(out.value.base).toBe(280_800);
    const visitBar = out.value.bars.find((b) => b.index === 0)!;
    expect(visitBar.lowValue).toBeNull();
    // 7 % visit→lead: 468 leads / 0.07 = 6,685.7 → 6,686 a month.
    expect(visitBar.highValue).toBe(12 * 6_686);
    expect(out.value.bars[0]!.index).toBe(0); // impossible counts as the widest
    // Opp→customer at 30 %: opp ⌈7/.3⌉=24, SQL 48, MQL 160, lead 400, visit 20,000 a month.
    expect(out.value.bars.find((b) => b.index === 4)!.highValue).toBe(240_000);
    // Read against the visits the top of funnel brings in a year: 12 · 20,000.
    expect(out.value.reference).toBe(240_000);
    const noTop = sensitivity(stages, baseScenario({ topOfFunnel: null }), 0.05, 'volume');
    expect(noTop.ok && noTop.value.reference).toBeNull();
  });

  it('needs a top of funnel for the revenue metric', () => {
    const out = sensitivity(stages, baseScenario({ topOfFunnel: null }), 0.05, 'revenue');
    expect(out.ok ? [] : out.issues.map((i) => i.field)).toEqual(['topOfFunnel']);
  });
});

describe('goal seek', () => {
  it('finds the top of funnel that reaches 84 customers: 84 / (12 · 0.0003) = 23,333.3 visits a month', () => {
    const out = goalSeek(stages, baseScenario(), { kind: 'topOfFunnel' });
    if (!out.ok) throw new Error('expected ok');
    expect(out.value.needed).toBeCloseTo(23_333.333333, 5);
    expect(out.value.current).toBe(20_000);
    // Solving back: that volume yields the goal's customers and revenue.
    const rates = baseScenario().transitions.map((t) => t.rate);
    expect(yearlyCustomers(out.value.needed, rates) * 12_000).toBeCloseTo(1_008_000, 6);
  });

  it('finds the opportunity→customer rate that reaches the goal: 84 / 288 = 29.17 %', () => {
    const out = goalSeek(stages, baseScenario(), { kind: 'rate', index: 4 });
    if (!out.ok) throw new Error('expected ok');
    expect(out.value.needed).toBeCloseTo(84 / 288, 12);
    expect(out.value.feasible).toBe(true);
    const solved = withRate(baseScenario(), 4, out.value.needed);
    expect(
      yearlyCustomers(
        20_000,
        solved.transitions.map((t) => t.rate),
      ),
    ).toBeCloseTo(84, 9);
  });

  it('solves even from a 0 % rate, and says when the rate needed is above 100 %', () => {
    const fromZero = goalSeek(stages, withRate(baseScenario(), 2, 0), { kind: 'rate', index: 2 });
    if (!fromZero.ok) throw new Error('expected ok');
    expect(fromZero.value.needed).toBeCloseTo(0.35, 12); // 84 / (240,000 · 0.02 · 0.4 · 0.5 · 0.25)
    const tooSmall = goalSeek(stages, baseScenario({ topOfFunnel: 1_000 }), { kind: 'rate', index: 4 });
    if (!tooSmall.ok) throw new Error('expected ok');
    expect(tooSmall.value.needed).toBeCloseTo(84 / 14.4, 9);
    expect(tooSmall.value.feasible).toBe(false);
  });

  it('applies an answer rounded up, so the applied value still reaches the goal', () => {
    const all = goalSeekAll(stages, baseScenario());
    expect(all.map((o) => o.ok && o.value.target)).toEqual([
      { kind: 'topOfFunnel' },
      ...[0, 1, 2, 3, 4].map((index) => ({ kind: 'rate', index })),
    ]);
    const [top, , , , , last] = all;
    if (!top?.ok || !last?.ok) throw new Error('expected ok');
    // 23,333.3 visits → 23,334; 29.1667 % → 29.17 %.
    expect(applyGoalSeek(baseScenario(), top.value).topOfFunnel).toBe(23_334);
    const applied = applyGoalSeek(baseScenario(), last.value);
    expect(applied.transitions[4]!.rate).toBe(0.2917);
    expect(applied.transitions.slice(0, 4)).toEqual(baseScenario().transitions.slice(0, 4));
    expect(
      yearlyCustomers(
        20_000,
        applied.transitions.map((t) => t.rate),
      ),
    ).toBeGreaterThanOrEqual(84);
    // Out of reach: nothing changes.
    const far = goalSeek(stages, baseScenario({ topOfFunnel: 1_000 }), { kind: 'rate', index: 4 });
    if (!far.ok) throw new Error('expected ok');
    expect(applyGoalSeek(baseScenario(), far.value)).toEqual(baseScenario());
  });

  it('refuses when another rate is 0 % or the goal is empty', () => {
    const other = goalSeek(stages, withRate(baseScenario(), 1, 0), { kind: 'rate', index: 4 });
    expect(other.ok ? [] : other.issues.map((i) => i.field)).toEqual(['transitions.1.rate']);
    const noGoal = goalSeek(stages, baseScenario({ goal: null }), { kind: 'topOfFunnel' });
    expect(noGoal.ok ? [] : noGoal.issues.map((i) => i.code)).toEqual(['goal.empty']);
  });
});

describe('Monte Carlo', () => {
  const ranged = (spread: number) => {
    const s = baseScenario();
    return {
      ...s,
      transitions: s.transitions.map((t) => ({
        ...t,
        low: t.rate * (1 - spread),
        high: t.rate * (1 + spread),
      })),
    };
  };

  it('is reproducible for a seed and differs for another', () => {
    const a = monteCarlo(stages, ranged(0.2), 42);
    const b = monteCarlo(stages, ranged(0.2), 42);
    const c = monteCarlo(stages, ranged(0.2), 43);
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected ok');
    expect(a.value).toEqual(b.value);
    expect(c.value.customers.p50).not.toBe(a.value.customers.p50);
    expect(a.value.runs).toBe(10_000);
  });

  it('has its P50 close to the deterministic 72 customers when ranges are symmetric', () => {
    const out = monteCarlo(stages, ranged(0.2), 7);
    if (!out.ok) throw new Error('expected ok');
    expect(out.value.deterministic.customers).toBeCloseTo(72, 9);
    expect(Math.abs(out.value.customers.p50 / 72 - 1)).toBeLessThan(0.02);
    expect(out.value.customers.p10).toBeLessThan(out.value.customers.p50);
    expect(out.value.customers.p90).toBeGreaterThan(out.value.customers.p50);
    expect(out.value.revenue.p50).toBeCloseTo(out.value.customers.p50 * 12_000, 6);
    expect(out.value.band).toHaveLength(12);
    expect(out.value.band[11]).toEqual(out.value.revenue);
    expect(out.value.band[5]!.p50).toBeCloseTo(out.value.revenue.p50 / 2, 6);
  });

  it('matches the triangular distribution’s own percentiles when one rate is uncertain', () => {
    // Only opp→customer varies: triangular(20 %, 25 %, 30 %). Its P10 is 0.2 + √(0.1 · 0.1 · 0.05) = 0.222361,
    // so customers' P10 = 288 · 0.222361 = 64.04 (sampling error at 10,000 runs ≈ 0.1).
    const s = baseScenario();
    s.transitions[4] = { ...s.transitions[4]!, low: 0.2, high: 0.3 };
    const out = monteCarlo(stages, s, 2026);
    if (!out.ok) throw new Error('expected ok');
    expect(Math.abs(out.value.customers.p10 - 64.04)).toBeLessThan(0.5);
    expect(Math.abs(out.value.customers.p50 - 72)).toBeLessThan(0.5);
    expect(Math.abs(out.value.customers.p90 - 79.96)).toBeLessThan(0.5);
  });

  it('gives the chance of reaching the goal: the share of runs at or above it', () => {
    // As above, customers = 288 · r with r ~ triangular(20 %, 25 %, 30 %). A goal of 72 customers
    // (864,000) needs r ≥ 25 %: P = 1 − F(0.25) = 0.5. A goal of 64.04 customers needs r ≥ 0.222361,
    // the distribution's P10: P = 0.9.
    const s = baseScenario({ goal: 864_000 });
    s.transitions[4] = { ...s.transitions[4]!, low: 0.2, high: 0.3 };
    const half = monteCarlo(stages, s, 2026);
    const most = monteCarlo(stages, { ...s, goal: 288 * 0.222361 * 12_000 }, 2026);
    if (!half.ok || !most.ok) throw new Error('expected ok');
    expect(Math.abs(half.value.chanceOfGoal! - 0.5)).toBeLessThan(0.015);
    expect(Math.abs(most.value.chanceOfGoal! - 0.9)).toBeLessThan(0.015);
    // The goal line of the band chart: the goal accrued evenly, 72,000 a month.
    expect(half.value.goalPath).toHaveLength(12);
    expect(half.value.goalPath![0]).toBeCloseTo(72_000, 9);
    expect(half.value.goalPath![11]).toBeCloseTo(864_000, 9);
    const noGoal = monteCarlo(stages, { ...s, goal: null }, 2026);
    expect(noGoal.ok && [noGoal.value.chanceOfGoal, noGoal.value.goalPath]).toEqual([null, null]);
  });

  it('counts the values at or above a bound in a sorted array', () => {
    const sorted = Float64Array.from([1, 2, 2, 3, 5]);
    expect([0, 1, 2, 2.5, 5, 6].map((m) => shareAtLeast(sorted, m))).toEqual([1, 1, 0.8, 0.4, 0.2, 0]);
    expect(shareAtLeast(new Float64Array(0), 1)).toBe(0);
  });

  it('collapses to the deterministic result without ranges', () => {
    const out = monteCarlo(stages, baseScenario(), 1);
    if (!out.ok) throw new Error('expected ok');
    expect(out.value.customers.p10).toBeCloseTo(72, 9);
    expect(out.value.customers.p90).toBeCloseTo(72, 9);
  });

  it('refuses a range that does not bracket the likely rate', () => {
    const s = baseScenario();
    s.transitions[1] = { ...s.transitions[1]!, low: 0.5, high: 0.6 };
    const out = monteCarlo(stages, s, 1);
    expect(out.ok ? [] : out.issues.map((i) => [i.code, i.field])).toEqual([
      ['range.order', 'transitions.1.low'],
    ]);
  });

  it('inverts the triangular CDF and interpolates percentiles like PERCENTILE.INC', () => {
    expect(triangular(0, 1, 2, 4)).toBe(1);
    expect(triangular(1 / 3, 1, 2, 4)).toBeCloseTo(2, 12); // F(mode) = (2−1)/(4−1)
    expect(triangular(1, 1, 2, 4)).toBe(4);
    // PERCENTILE.INC({1,2,3,4,10}, 0.9) = 4 + 0.6 · 6 = 7.6
    expect(percentile(Float64Array.from([1, 2, 3, 4, 10]), 0.9)).toBeCloseTo(7.6, 12);
  });
});
