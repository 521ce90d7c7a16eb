import type { CellValue, Worksheet } from 'exceljs';
import { DAYS_PER_MONTH, fiscalMonth, planScenario, type PlanMonth } from '../../../../shared/funnel/plan';
import type { Scenario } from '../../../../shared/workbook/schema';
import { headerStyle, inputStyle, labelStyle, text, titleStyle } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow } from '../sheet';

/**
 * The plan of record as a live model. Inputs (goal, deal size, rates, lags, seasonality weights) are
 * cells; every figure below them is a formula that follows the arithmetic documented at the top of
 * shared/funnel/plan.ts step by step, so editing an input in Excel or LibreOffice recomputes the same
 * per-month, per-stage volumes the app shows. CEIL(x) there is CEILING(ROUND(x,6),1) here.
 *
 * Layout: A = labels, B…M = the 12 fiscal (cohort) months, N = total; the monthly plan below spans
 * the timeline fixed at export time (1 − max shift … 12).
 */

/** Column letter of a 1-based column number. */
export function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const ceil = (expr: string) => `CEILING(ROUND(${expr},6),1)`;
const monthDate = (m: PlanMonth) => new Date(Date.UTC(m.year, m.month - 1, 1));

/** Where the model's cells are, for tests and for the scenario sheet's references. */
export interface FunnelLayout {
  goal: string;
  dealSize: string;
  customers: string;
  /** Row of each transition's rate (column B), lag (C) and shift (D), S_k → S_k+1. */
  transitionRows: number[];
  weightsRow: number;
  cohortRow: number;
  /** Walk-up rows per stage in workbook order, cohort months in B…M. */
  walkRows: number[];
  /** The monthly plan: row per stage in workbook order, timeline months from column B. */
  planRows: number[];
  planIndexRow: number;
  revenueRow: number;
  timeline: PlanMonth[];
}

export function writeFunnelSheet(ctx: SheetContext): FunnelLayout | null {
  const { doc, t } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.funnel'), ctx.paper, {
    widths: [30, ...Array.from({ length: 16 }, () => 11)],
    frozenRows: 0,
    landscape: true,
  });
  const input = doc.scenarios.items.find((s) => s.id === doc.scenarios.planOfRecordId);
  const outcome = input ? planScenario(doc.stages, input) : null;
  if (!input || !outcome?.ok) {
    addStyledRow(ws, [t('sheets.funnel')], titleStyle).commit();
    ws.addRow([input ? t('funnel.incomplete') : t('funnel.noPlan')]).commit();
    ws.commit();
    return null;
  }
  const layout = writeModel(ws, ctx, outcome.scenario, outcome.plan.months);
  ws.commit();
  return layout;
}

function writeModel(
  ws: Worksheet,
  ctx: SheetContext,
  scenario: Scenario,
  timeline: PlanMonth[],
): FunnelLayout {
  const { doc, t, fmt } = ctx;
  const stages = doc.stages;
  const n = stages.length - 1;
  let r = 0;
  const add = (values: CellValue[]) => {
    r += 1;
    return ws.addRow(values);
  };

  add([`${t('sheets.funnel')}: ${text(scenario.name)}`]).getCell(1).style = titleStyle;
  add([t('funnel.inputs')]).getCell(1).font = { italic: true };
  add([]);

  const inputRow = (label: string, value: CellValue, numFmt: string) => {
    const row = add([label, value]);
    row.getCell(1).style = labelStyle;
    row.getCell(2).style = { ...inputStyle, numFmt };
    return `$B$${r}`;
  };
  const goal = inputRow(t('funnel.goal'), scenario.goal ?? 0, fmt.money);
  const dealSize = inputRow(t('funnel.dealSize'), scenario.avgDealSize ?? 0, fmt.money);
  const customersRow = add([t('funnel.customers'), { formula: ceil(`${goal}/${dealSize}`) }]);
  customersRow.getCell(1).style = labelStyle;
  customersRow.getCell(2).numFmt = fmt.integer;
  const customers = `$B$${r}`;
  add([]);

  // Conversion rates and lags; shift_k = ROUND((d_k + … + d_(n−1)) / 30.4375) months.
  add([t('funnel.transitions')]).getCell(1).style = titleStyle;
  add([t('columns.stage'), t('columns.rate'), t('columns.lag'), t('columns.month')]).eachCell((c) => {
    c.style = headerStyle;
  });
  const lastTransition = r + n;
  const transitionRows: number[] = [];
  scenario.transitions.forEach((tr, k) => {
    const label = `${text(stages[k]?.name)} → ${text(stages[k + 1]?.name)}`;
    const row = add([
      label,
      tr.rate,
      tr.lagDays,
      { formula: `ROUND(SUM(C${r + 1}:C$${lastTransition})/${DAYS_PER_MONTH},0)` },
    ]);
    row.getCell(2).style = { ...inputStyle, numFmt: fmt.percent };
    row.getCell(3).style = { ...inputStyle, numFmt: fmt.integer };
    row.getCell(4).numFmt = fmt.integer;
    transitionRows.push(r);
  });
  const shiftOf = (k: number) => (k < n ? `$D$${transitionRows[k]}` : '0');
  add([]);

  // Cohorts by fiscal month (steps 2–3).
  const cohortMonths = Array.from({ length: 12 }, (_, i) =>
    fiscalMonth(scenario.fiscalYear, scenario.fiscalYearStartMonth, i + 1),
  );
  const header = add([t('columns.month'), ...cohortMonths.map(monthDate), t('columns.total')]);
  header.eachCell((c) => {
    c.style = { ...headerStyle, numFmt: 'mmm yyyy' };
  });
  const months = Array.from({ length: 12 }, (_, i) => col(i + 2));
  const weights = scenario.seasonality ?? Array.from({ length: 12 }, () => 1);
  const weightsRow = add([
    scenario.seasonality ? t('funnel.seasonality') : `${t('funnel.seasonality')} — ${t('funnel.even')}`,
    ...weights,
    { formula: `SUM(B${r + 1}:M${r + 1})` },
  ]);
  months.forEach((_, i) => {
    weightsRow.getCell(i + 2).style = { ...inputStyle, numFmt: '0.0#' };
  });
  const wRow = r;
  const cumRow = r + 1;
  add([t('funnel.cumulative'), ...months.map((c) => ({ formula: `SUM($B$${wRow}:${c}${wRow})` }))]);
  const cohortCell = (c: string) => ceil(`${customers}*${c}$${cumRow}/$M$${cumRow}`);
  const cohortRow = r + 1;
  const cohort = add([
    stages[n]?.name ? text(stages[n]!.name) : t('funnel.customers'),
    ...months.map((c, i) => ({
      formula: i === 0 ? cohortCell(c) : `${cohortCell(c)}-${cohortCell(months[i - 1]!)}`,
    })),
    { formula: `SUM(B${r + 1}:M${r + 1})` },
  ]);
  cohort.getCell(1).style = labelStyle;
  add([]);

  // Walk up each cohort, rounding up at every stage: V_k,m = CEIL(V_(k+1),m / r_k).
  const walkRows = new Array<number>(stages.length).fill(0);
  walkRows[n] = cohortRow;
  const walkStart = r + 1;
  for (let k = n - 1; k >= 0; k--) walkRows[k] = walkStart + k;
  for (let k = 0; k < n; k++) {
    const row = add([
      text(stages[k]?.name),
      ...months.map((c) => ({ formula: ceil(`${c}${walkRows[k + 1]}/$B$${transitionRows[k]}`) })),
      { formula: `SUM(B${r + 1}:M${r + 1})` },
    ]);
    row.eachCell((c, i) => {
      if (i > 1) c.numFmt = fmt.integer;
    });
  }
  add([]);

  // The monthly plan: cohort m of stage k lands in timeline month m − shift_k (step 4).
  add([t('funnel.plan')]).getCell(1).style = titleStyle;
  const planIndexRow = r + 1;
  add([t('funnel.monthIndex'), ...timeline.map((m) => m.index)]).font = { color: { argb: 'FF808080' } };
  const tl = timeline.map((_, i) => col(i + 2));
  const lastCol = tl[tl.length - 1]!;
  const planHeader = add([
    t('columns.stage'),
    ...timeline.map(monthDate),
    t('columns.total'),
    t('funnel.priorYear'),
  ]);
  planHeader.eachCell((c) => {
    c.style = { ...headerStyle, numFmt: 'mmm yyyy' };
  });
  const planRows: number[] = [];
  stages.forEach((stage, k) => {
    const row = r + 1;
    const at = (c: string) => `${c}$${planIndexRow}+${shiftOf(k)}`;
    const values = add([
      text(stage.name),
      ...tl.map((c) => ({
        formula: `IF(AND(${at(c)}>=1,${at(c)}<=12),INDEX($B$${walkRows[k]}:$M$${walkRows[k]},1,${at(c)}),0)`,
      })),
      { formula: `SUM(B${row}:${lastCol}${row})` },
      { formula: `SUMIF($B$${planIndexRow}:$${lastCol}$${planIndexRow},"<=0",B${row}:${lastCol}${row})` },
    ]);
    values.eachCell((c, i) => {
      if (i > 1) c.numFmt = fmt.integer;
    });
    planRows.push(row);
  });
  const revenueRow = r + 1;
  const customerPlanRow = planRows[n]!;
  const revenue = add([
    t('funnel.revenue'),
    ...tl.map((c) => ({ formula: `${c}${customerPlanRow}*${dealSize}` })),
    { formula: `SUM(B${revenueRow}:${lastCol}${revenueRow})` },
  ]);
  revenue.eachCell((c, i) => {
    if (i > 1) c.numFmt = fmt.money;
  });
  return {
    goal,
    dealSize,
    customers,
    transitionRows,
    weightsRow: wRow,
    cohortRow,
    walkRows,
    planRows,
    planIndexRow,
    revenueRow,
    timeline,
  };
}
