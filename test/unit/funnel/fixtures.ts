import { blankWorkbook } from '../../../src/shared/workbook/blank';
import type { Scenario, Stage } from '../../../src/shared/workbook/schema';

/** Visit → Lead → MQL → SQL → Opportunity → Customer (ids = kinds). */
export const stages: Stage[] = blankWorkbook('en', new Date('2026-01-05T10:00:00Z')).stages;

/**
 * The reference case most tests start from. Goal 1,000,000 / deal 12,000 → 84 customers, 7 a month;
 * rates 2 %, 40 %, 30 %, 50 %, 25 % (product 0.0003); no lags; 5 reps × 10 SQLs; top 20,000 visits/month.
 */
export function baseScenario(over: Partial<Scenario> = {}): Scenario {
  const rates = [0.02, 0.4, 0.3, 0.5, 0.25];
  return {
    id: 'base',
    name: 'Base',
    notes: '',
    goal: 1_000_000,
    avgDealSize: 12_000,
    fiscalYear: 2026,
    fiscalYearStartMonth: 1,
    seasonality: null,
    transitions: rates.map((rate, i) => ({
      fromStageId: stages[i]!.id,
      toStageId: stages[i + 1]!.id,
      rate,
      lagDays: 0,
    })),
    capacity: { reps: 5, leadsPerRep: 10, handoverStageId: 'sql' },
    topOfFunnel: 20_000,
    ...over,
  };
}

export function withRate(s: Scenario, index: number, rate: number): Scenario {
  return { ...s, transitions: s.transitions.map((t, i) => (i === index ? { ...t, rate } : t)) };
}

export function withLags(s: Scenario, lags: number[]): Scenario {
  return { ...s, transitions: s.transitions.map((t, i) => ({ ...t, lagDays: lags[i] ?? 0 })) };
}

/** Every number anywhere in `value` (nested objects and arrays). */
export function allNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allNumbers(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allNumbers(v, out));
  return out;
}
