import { describe, expect, it } from 'vitest';
import { maxScore, scoreLead } from '../../../src/shared/workbook/scoring';
import { example } from './fixtures';

// The example's criteria (ids criterion-1..10): fit 20, 15, 15, 10, −40; engagement 30, 15, 10, 5, −10; threshold 60.
const scoring = example().scoring;
const lead = (...n: number[]) => new Set(n.map((i) => `criterion-${i}`));

describe('lead scoring', () => {
  it('a CFO of a 120-person company who asked for a demo: 20 + 15 + 30 = 65, an MQL', () => {
    expect(scoreLead(scoring, lead(1, 2, 6))).toEqual({
      fit: 35,
      engagement: 30,
      total: 65,
      isMql: true,
      shortfall: 0,
    });
  });

  it('an engaged lead outside the buying role: 15 + 10 + 15 + 10 + 5 = 55, five points short', () => {
    expect(scoreLead(scoring, lead(3, 4, 7, 8, 9))).toEqual({
      fit: 25,
      engagement: 30,
      total: 55,
      isMql: false,
      shortfall: 5,
    });
  });

  it('exactly at the threshold is sales-ready: 20 + 10 + 30 = 60', () => {
    expect(scoreLead(scoring, lead(1, 4, 6)).isMql).toBe(true);
  });

  it('a student who asked for a demo is held back by the negative fit points: −40 + 30 + 15 + 10 = 15', () => {
    expect(scoreLead(scoring, lead(5, 6, 7, 8))).toMatchObject({
      fit: -40,
      engagement: 55,
      total: 15,
      isMql: false,
      shortfall: 45,
    });
  });

  it('ignores ids that are not criteria, and an empty lead scores 0', () => {
    expect(scoreLead(scoring, new Set(['nope'])).total).toBe(0);
    expect(scoreLead(scoring, new Set()).shortfall).toBe(60);
  });

  it('the best possible lead scores the sum of the positive points: 120', () => {
    expect(maxScore(scoring.criteria)).toBe(120);
    expect(scoreLead(scoring, lead(1, 2, 3, 4, 6, 7, 8, 9)).total).toBe(120);
  });
});
