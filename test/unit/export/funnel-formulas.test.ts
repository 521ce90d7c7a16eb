import fc from 'fast-check';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { planScenario, type FunnelPlan } from '../../../src/shared/funnel/plan';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import type { Scenario, Workbook } from '../../../src/shared/workbook/schema';
import { NOW } from './fixtures';
import { exportAndRead, rowsLabelled, sheet, sheetForHyperFormula } from './xlsx-helpers';

const LABELS = { plan: 'Monthly plan', revenue: 'Revenue (USD)', customers: 'Customers needed (year)' };

/** Evaluates the exported funnel sheet with HyperFormula and reads the monthly plan back by its labels. */
async function evaluateFunnel(doc: Workbook) {
  const { book } = await exportAndRead(doc, { now: NOW, lang: 'en' });
  const ws = sheet(book, 'Funnel plan');
  const hf = HyperFormula.buildFromSheets({ Funnel: sheetForHyperFormula(ws) }, { licenseKey: 'gpl-v3' });
  const id = hf.getSheetId('Funnel')!;
  const at = (row: number, col: number) => hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
  const planTitle = rowsLabelled(ws, LABELS.plan)[0]!;
  // The plan: Stage | year total | previous fiscal year | one column per timeline month from D, as
  // many as the fiscal-month index row (planTitle + 1) fills; blank after the fiscal year's last month.
  const indexRow = planTitle + 1;
  const months = () => {
    let n = 0;
    while (at(indexRow, 4 + n) !== '' && at(indexRow, 4 + n) !== null) n += 1;
    return n;
  };
  const read = () => {
    const width = months();
    const stages = doc.stages.map((_, k) => {
      const row = planTitle + 3 + k;
      return {
        volumes: Array.from({ length: width }, (_, i) => at(row, 4 + i)),
        total: at(row, 2),
        priorYear: at(row, 3),
      };
    });
    const revenueRow = rowsLabelled(ws, LABELS.revenue)[0]!;
    return {
      customers: at(rowsLabelled(ws, LABELS.customers)[0]!, 2),
      stages,
      monthlyRevenue: Array.from({ length: width }, (_, i) => at(revenueRow, 4 + i)),
      revenue: at(revenueRow, 2),
    };
  };
  const rateCell = (from: string, to: string) => ({
    sheet: id,
    row: rowsLabelled(ws, `${from} → ${to}`)[0]! - 1,
    col: 1,
  });
  const inputCell = (label: string, column: number) => ({
    sheet: id,
    row: rowsLabelled(ws, label)[0]! - 1,
    col: column - 1,
  });
  const check = (label: string) => String(at(rowsLabelled(ws, label)[0]!, 2));
  return { hf, ws, at, read, rateCell, inputCell, check };
}

/** Excel's serial day number of a UTC date (1900 system, as HyperFormula counts). */
const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;

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

  it('stores with every formula the value it evaluates to, so viewers that do not calculate show the plan', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { ws, at } = await evaluateFunnel(doc);
    let formulas = 0;
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (!cell.formula) return;
        formulas += 1;
        const stored = cell.result instanceof Date ? serial(cell.result) : cell.result;
        const evaluated = at(r, c);
        // exceljs reads a stored empty string (<v></v>) back as undefined.
        if (typeof evaluated === 'number')
          expect(stored, `${cell.address} = ${cell.formula}`).toBeCloseTo(evaluated, 9);
        else expect(stored ?? '', `${cell.address} = ${cell.formula}`).toEqual(evaluated ?? '');
      });
    });
    // Inputs, checks, 5 × 12 walk-up cells, 6 stages × 36 timeline months, revenue, capacity…
    expect(formulas).toBeGreaterThan(400);
  });

  it('follows a longer lag typed into the sheet: the timeline starts earlier and no volume is dropped', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { hf, read, inputCell, check } = await evaluateFunnel(doc);
    // Lead → MQL from 14 to 100 days: 100 + 7 + 10 + 45 = 162 days ahead of the customers for Visits and
    // Leads, ROUND(162 / 30.4375) = 5 months, so the plan starts 5 months before the fiscal year.
    hf.setCellContents(inputCell('Lead → MQL', 3), [[100]]);
    const scenario = doc.scenarios.items[0]!;
    const changed = {
      ...scenario,
      transitions: scenario.transitions.map((t) => (t.fromStageId === 'lead' ? { ...t, lagDays: 100 } : t)),
    };
    const want = planOf(doc, changed);
    expect(want.months[0]!.index).toBe(-4);
    const got = read();
    expect(got).toEqual(expected(want));
    // The yearly volumes do not move with the lags: 917,600 visits, as before the change.
    expect(got.stages[0]!.total).toBe(917_600);
    expect(check('Lags')).toMatch(/^✓/);
    expect(check('Model')).toMatch(/^✓/);
  });

  it('flags, instead of silently dropping, lags beyond the months the sheet holds', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { hf, inputCell, check } = await evaluateFunnel(doc);
    // 1,000 days ≈ 33 months ahead, beyond the 24 months of lead the sheet was exported with.
    hf.setCellContents(inputCell('Visit → Lead', 3), [[1000]]);
    expect(check('Lags')).toMatch(/^✗ The lags place volume more than 24 months ahead/);
    expect(check('Model')).toMatch(/^✗/);
  });

  it('checks the inputs: a 0 % rate gives no #DIV/0!, seasonality must add up to 100 %', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { hf, ws, at, rateCell, inputCell, check } = await evaluateFunnel(doc);
    expect(check('Model')).toBe('✓ Every input is valid: the plan below is the one Pacto computes.');
    hf.setCellContents(rateCell('MQL', 'SQL'), [[0]]);
    expect(check('Conversion rates')).toMatch(/^✗ A rate is 0 %/);
    expect(check('Model')).toMatch(/^✗/);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.formula) expect(at(r, c), cell.address).not.toBeInstanceOf(DetailedCellError);
      }),
    );
    hf.setCellContents(rateCell('MQL', 'SQL'), [[0.25]]);
    expect(check('Model')).toMatch(/^✓/);
    // January's weight from 7 to 9: the twelve add up to 102.
    hf.setCellContents(inputCell('Seasonality (%)', 2), [[9]]);
    expect(check('Seasonality')).toBe(
      '✗ The monthly weights add up to 102 %; they must add up to 100 % (customers are spread in proportion until then).',
    );
  });

  it('validates the inputs the way the scenario form does', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { ws } = await evaluateFunnel(doc);
    const row = (label: string) => rowsLabelled(ws, label)[0]!;
    const rate = ws.getCell(row('MQL → SQL'), 2).dataValidation;
    expect(rate).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0.0001, 1] });
    expect(rate.showErrorMessage).toBe(true);
    expect(rate.error).toMatch(/0\.01 % to 100 %/);
    expect(ws.getCell(row('MQL → SQL'), 3).dataValidation).toMatchObject({ formulae: [0, 3650] });
    expect(ws.getCell(row('Seasonality (%)'), 7).dataValidation).toMatchObject({ formulae: [0, 100] });
    expect(ws.getCell(row('First month of the fiscal year (1–12)'), 2).dataValidation).toMatchObject({
      type: 'whole',
      formulae: [1, 12],
    });
    expect(ws.getCell(row('Annual revenue goal (USD)'), 2).dataValidation).toMatchObject({
      operator: 'greaterThan',
      formulae: [0],
    });
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
