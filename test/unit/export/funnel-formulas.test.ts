import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { planScenario, type FunnelPlan } from '../../../src/shared/funnel/plan';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import type { Scenario, Workbook } from '../../../src/shared/workbook/schema';
import { NOW } from './fixtures';
import { exportAndRead, rowsLabelled, sheet, sheetForHyperFormula } from './xlsx-helpers';

const LABELS = { plan: 'Monthly plan', revenue: 'Revenue', customers: 'Customers needed (year)' };

/** Evaluates the exported funnel sheet with HyperFormula and reads the monthly plan back by its labels. */
async function evaluateFunnel(doc: Workbook) {
  const { book } = await exportAndRead(doc, { now: NOW, lang: 'en' });
  const ws = sheet(book, 'Funnel plan');
  const hf = HyperFormula.buildFromSheets({ Funnel: sheetForHyperFormula(ws) }, { licenseKey: 'gpl-v3' });
  const id = hf.getSheetId('Funnel')!;
  const at = (row: number, col: number) => hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
  const planTitle = rowsLabelled(ws, LABELS.plan)[0]!;
  // The plan's header row: Stage | one date per timeline month | Total | Previous fiscal year.
  const header = ws.getRow(planTitle + 2).values as unknown[];
  const width = header.indexOf('Total') - 2;
  const read = () => {
    const stages = doc.stages.map((_, k) => {
      const row = planTitle + 3 + k;
      return {
        volumes: Array.from({ length: width }, (_, i) => at(row, 2 + i)),
        total: at(row, 2 + width),
        priorYear: at(row, 3 + width),
      };
    });
    const revenueRow = rowsLabelled(ws, LABELS.revenue)[0]!;
    return {
      customers: at(rowsLabelled(ws, LABELS.customers)[0]!, 2),
      stages,
      monthlyRevenue: Array.from({ length: width }, (_, i) => at(revenueRow, 2 + i)),
      revenue: at(revenueRow, 2 + width),
    };
  };
  const rateCell = (from: string, to: string) => ({
    sheet: id,
    row: rowsLabelled(ws, `${from} → ${to}`)[0]! - 1,
    col: 1,
  });
  return { hf, read, rateCell };
}

function expected(plan: FunnelPlan) {
  return {
    customers: plan.customers,
    stages: plan.stages.map((s) => ({ volumes: s.volumes, total: s.total, priorYear: s.priorYear })),
    monthlyRevenue: plan.monthlyRevenue,
    revenue: plan.revenue,
  };
}

function planOf(doc: Workbook, scenario: Scenario): FunnelPlan {
  const outcome = planScenario(doc.stages, scenario);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.plan;
}

describe('Excel funnel sheet', () => {
  it('recomputes, with its own formulas, the plan the app shows for the B2B example', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const scenario = doc.scenarios.items[0]!;
    const { read } = await evaluateFunnel(doc);
    const got = read();
    // By hand: 1,200,000 / 12,000 = 100 customers; opportunities = ⌈customers / 25 %⌉ per month;
    // January's 7 customers need 28 opportunities, 80 SQLs (⌈28 / 0.35⌉), 320 MQLs, 1,600 leads and
    // 64,000 visits; SQLs and earlier stages are placed two months ahead (76 days of lag ≈ 2.5 → 2).
    expect(got.customers).toBe(100);
    expect(got.stages[3]!.volumes.slice(0, 3)).toEqual([80, 92, 103]);
    expect(got.stages[0]!.volumes[0]).toBe(64000);
    expect(got.stages[5]!.total).toBe(100);
    expect(got.revenue).toBe(1_200_000);
    expect(got).toEqual(expected(planOf(doc, scenario)));
  });

  it('recomputes the same figures as the app after a rate is changed in the spreadsheet', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { hf, read, rateCell } = await evaluateFunnel(doc);
    hf.setCellContents(rateCell('MQL', 'SQL'), [[0.3]]);
    const scenario = doc.scenarios.items[0]!;
    const changed = {
      ...scenario,
      transitions: scenario.transitions.map((t) => (t.fromStageId === 'mql' ? { ...t, rate: 0.3 } : t)),
    };
    const got = read();
    const want = expected(planOf(doc, changed));
    expect(got).toEqual(want);
    // MQLs for January's 80 SQLs: ⌈80 / 0.3⌉ = 267, where 0.25 needed 320.
    expect(got.stages[2]!.volumes[0]).toBe(267);
  });

  it('matches the app for any goal, deal size, rates, lags and seasonality', async () => {
    const base = createFromTemplate('b2b', 'en', NOW);
    const rate = fc.integer({ min: 1, max: 100 }).map((n) => n / 100);
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 10_000, max: 5_000_000 }),
        fc.integer({ min: 300, max: 60_000 }),
        fc.array(rate, { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 5, maxLength: 5 }),
        fc.option(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 12, maxLength: 12 })),
        fc.integer({ min: 1, max: 12 }),
        async (goal, deal, rates, lags, raw, startMonth) => {
          // Seasonality is stored in percent summing to 100: scale the raw weights, keep two decimals.
          const sum = raw?.reduce((a, b) => a + b, 0) ?? 1;
          const seasonality = raw ? raw.map((w) => Math.round((w / sum) * 10000) / 100) : null;
          const scenario = base.scenarios.items[0]!;
          const s: Scenario = {
            ...scenario,
            goal,
            avgDealSize: deal,
            fiscalYearStartMonth: startMonth,
            seasonality,
            transitions: scenario.transitions.map((t, i) => ({ ...t, rate: rates[i]!, lagDays: lags[i]! })),
          };
          const outcome = planScenario(base.stages, s);
          if (!outcome.ok) return; // e.g. rounded weights a hair off 100 %: nothing to export
          const doc = { ...base, scenarios: { ...base.scenarios, items: [s] } };
          const { read } = await evaluateFunnel(doc);
          expect(read()).toEqual(expected(outcome.plan));
          checked += 1;
        },
      ),
      { numRuns: 25, seed: 20260202 },
    );
    expect(checked).toBeGreaterThan(15);
  });

  it('explains, instead of a model, when there is no plan of record', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { book } = await exportAndRead(
      { ...doc, scenarios: { ...doc.scenarios, planOfRecordId: '' } },
      { now: NOW },
    );
    const ws = sheet(book, 'Funnel plan');
    expect(ws.getCell('A2').value).toMatch(/^No plan of record yet/);
  });
});
