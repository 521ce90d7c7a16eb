import type { CellValue, DataValidation, Row, Worksheet } from 'exceljs';
import {
  DAYS_PER_MONTH,
  ceilClean,
  customerCohorts,
  fiscalMonth,
  planScenario,
  stageShifts,
  type FunnelPlan,
} from '../../../../shared/funnel/plan';
import { SEASONALITY_TOLERANCE } from '../../../../shared/funnel/validate';
import type { Scenario } from '../../../../shared/workbook/schema';
import { headerStyle, inputStyle, labelStyle, text, titleStyle } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow, checkRule, fitRowHeight, protectFormulaLike } from '../sheet';

/**
 * The plan of record as a live model. Inputs (goal, deal size, fiscal year, rates, lags, seasonality
 * weights, capacity) are blue cells with data validation; every figure below them is a formula that
 * follows the arithmetic documented at the top of shared/funnel/plan.ts step by step, so editing an
 * input in Excel or LibreOffice recomputes the per-month, per-stage volumes the app shows. CEIL(x)
 * there is CEILING(ROUND(x,6),1) here. Every formula is written with the value it has at export, for
 * viewers that do not calculate; the workbook asks for a full recalculation on open (see xml-parts.ts).
 *
 * The monthly plan's timeline follows the lags: its first month is 1 − max(shift) computed from the lag
 * cells, over a grid of 12 + LEAD columns; months after the fiscal year are left blank. A check cell
 * flags lags that would need more than LEAD months ahead of the year.
 */

/** Column letter of a 1-based column number. */
export function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const ceil = (expr: string) => `CEILING(ROUND(${expr},6),1)`;
/** A formula cell with the value it evaluates to at export. */
const f = (formula: string, result: number | string | Date) => ({ formula, result });
/** A string literal inside a formula. */
const lit = (s: string) => `"${s.replace(/"/g, '""')}"`;
const monthDate = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));
/** Months of lead the plan grid holds before the fiscal year, at least. */
const MIN_LEAD = 24;

/** Where the model's cells are, for tests and for other sheets' references. */
export interface FunnelLayout {
  goal: string;
  dealSize: string;
  customers: string;
  /** Row of each transition: rate (B), lag (C), shift (D), low (E), high (F). */
  transitionRows: number[];
  weightsRow: number;
  cohortRow: number;
  /** Walk-up rows per stage in workbook order, cohort months in B…M. */
  walkRows: number[];
  /** The monthly plan: row per stage in workbook order, timeline months from column B. */
  planRows: number[];
  planIndexRow: number;
  revenueRow: number;
  /** Columns of the timeline grid (12 + lead) and its first column (B holds the yearly total, C the
   * part placed in the previous fiscal year). */
  gridColumns: number;
  gridFrom: number;
  /** Check cells (column B), the model's overall status first. */
  checkRows: number[];
}

export function writeFunnelSheet(ctx: SheetContext): FunnelLayout | null {
  const { doc, t } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.funnel'), ctx.paper, {
    widths: [40, ...Array.from({ length: 16 }, () => 12)],
    frozenRows: 1,
    frozenColumns: 1,
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
  const layout = writeModel(ws, ctx, outcome.scenario, outcome.plan);
  ws.commit();
  return layout;
}

function writeModel(ws: Worksheet, ctx: SheetContext, scenario: Scenario, plan: FunnelPlan): FunnelLayout {
  const { doc, t, fmt } = ctx;
  const stages = doc.stages;
  const n = stages.length - 1;
  const rates = scenario.transitions.map((tr) => tr.rate);
  const shifts = stageShifts(scenario.transitions.map((tr) => tr.lagDays));
  const lead = Math.max(MIN_LEAD, Math.max(...shifts) + 12);
  const W = 12 + lead;
  /** The plan block: A label, B yearly total, C part in the previous fiscal year, timeline from D. */
  const GRID_FROM = 4;
  const weights = scenario.seasonality ?? Array.from({ length: 12 }, () => 100 / 12);
  const cohorts = customerCohorts(plan.customers, scenario.seasonality);
  const walk = walkUp(cohorts, rates, n);
  const capacity = plan.capacity;

  // Row numbers first: the check cells near the top refer to rows written further down.
  let r = 0;
  const next = (skip = 0) => (r += 1 + skip);
  const L = {
    title: next(),
    note: next(),
    goal: next(1),
    deal: next(),
    fy: next(),
    fsm: next(),
    customers: next(),
    checksTitle: next(1),
    checks: Array.from({ length: 7 }, () => next()),
    transTitle: next(1),
    transHeader: next(),
    trans: Array.from({ length: n }, () => next()),
    cohortHeader: next(1),
    weights: next(),
    cumulative: next(),
    cohort: next(),
    walk: [] as number[],
    planTitle: 0,
    index: 0,
    planHeader: 0,
    plan: [] as number[],
    revenue: 0,
    utilisation: 0,
    capTitle: 0,
    reps: 0,
    perRep: 0,
    perMonth: 0,
    peak: 0,
    mcTitle: 0,
  };
  L.walk = new Array<number>(stages.length).fill(0);
  L.walk[n] = L.cohort;
  next();
  for (let k = 0; k < n; k++) L.walk[k] = next();
  L.planTitle = next(1);
  L.index = next();
  L.planHeader = next();
  L.plan = stages.map(() => next());
  L.revenue = next();
  L.utilisation = next();
  L.capTitle = next(1);
  L.reps = next();
  L.perRep = next();
  L.perMonth = next();
  L.peak = next();
  L.mcTitle = next(1);

  const $ = (c: string, row: number) => `$${c}$${row}`;
  const goal = $('B', L.goal);
  const deal = $('B', L.deal);
  const fy = $('B', L.fy);
  const fsm = $('B', L.fsm);
  const customers = $('B', L.customers);
  const reps = $('B', L.reps);
  const perRep = $('B', L.perRep);
  const perMonth = $('B', L.perMonth);
  const ratesRange = `$B$${L.trans[0]}:$B$${L.trans[n - 1]}`;
  const shiftRange = `$D$${L.trans[0]}:$D$${L.trans[n - 1]}`;
  const months = Array.from({ length: 12 }, (_, i) => col(i + 2));
  const grid = Array.from({ length: W }, (_, i) => col(i + GRID_FROM));
  const firstGrid = grid[0]!;
  const lastGrid = grid[W - 1]!;
  const weightsRange = `$B$${L.weights}:$M$${L.weights}`;

  const row = (at: number, values: CellValue[]): Row => {
    const line = ws.getRow(at);
    line.values = values;
    protectFormulaLike(line);
    return line;
  };
  const label = (at: number, value: string, style = labelStyle) => {
    const line = row(at, [value]);
    line.getCell(1).style = style;
    return line;
  };

  // Title and inputs.
  label(L.title, `${t('sheets.funnel')}: ${text(scenario.name)}`, titleStyle);
  row(L.note, [t('funnel.inputs')]).getCell(1).font = { italic: true };
  const inputRow = (at: number, name: string, value: CellValue, numFmt: string) => {
    const line = row(at, [name, value]);
    line.getCell(1).style = labelStyle;
    line.getCell(2).style = { ...inputStyle, numFmt };
  };
  const currency = doc.meta.currency;
  inputRow(L.goal, t('xlsx.goal', { currency }), scenario.goal ?? 0, fmt.money);
  inputRow(L.deal, t('xlsx.dealSize', { currency }), scenario.avgDealSize ?? 0, fmt.money);
  inputRow(L.fy, t('funnel.fiscalYear'), scenario.fiscalYear, '0');
  inputRow(L.fsm, t('xlsx.fiscalStart'), scenario.fiscalYearStartMonth, '0');
  const customersLine = row(L.customers, [t('funnel.customers'), f(ceil(`${goal}/${deal}`), plan.customers)]);
  customersLine.getCell(1).style = labelStyle;
  customersLine.getCell(2).numFmt = fmt.integer;

  // Checks: each one a sentence that starts with ✓, ⚠ or ✗, coloured by that first character.
  label(L.checksTitle, t('xlsx.checks.title'), titleStyle);
  const sum = weights.reduce((a, w) => a + w, 0);
  const peak = capacity?.peakUtilisation ?? 0;
  const checks: [string, string, string][] = [
    [
      t('xlsx.checks.inputs'),
      `IF(AND(${goal}>0,${deal}>0),${lit(t('xlsx.checks.inputsOk'))},${lit(t('xlsx.checks.inputsBad'))})`,
      t('xlsx.checks.inputsOk'),
    ],
    [
      t('xlsx.checks.rates'),
      `IF(COUNTIFS(${ratesRange},">0",${ratesRange},"<=1")=${n},${lit(t('xlsx.checks.ratesOk'))},${lit(t('xlsx.checks.ratesBad'))})`,
      t('xlsx.checks.ratesOk'),
    ],
    [
      t('xlsx.checks.seasonality'),
      `IF(ABS(SUM(${weightsRange})-100)<=${SEASONALITY_TOLERANCE},${lit(t('xlsx.checks.seasonalityOk'))},${lit(t('xlsx.checks.seasonalityBad'))}&ROUND(SUM(${weightsRange}),2)&${lit(t('xlsx.checks.seasonalityBadEnd'))})`,
      t('xlsx.checks.seasonalityOk'),
    ],
    [
      t('xlsx.checks.fiscalStart'),
      `IF(AND(${fsm}>=1,${fsm}<=12,INT(${fsm})=${fsm}),${lit(t('xlsx.checks.fiscalStartOk'))},${lit(t('xlsx.checks.fiscalStartBad'))})`,
      t('xlsx.checks.fiscalStartOk'),
    ],
    [
      t('xlsx.checks.lags'),
      `IF(MAX(${shiftRange})<=${lead},${lit(t('xlsx.checks.lagsOk', { months: lead }))},${lit(t('xlsx.checks.lagsBad', { months: lead }))})`,
      t('xlsx.checks.lagsOk', { months: lead }),
    ],
    [
      t('xlsx.checks.capacity'),
      `IF(${perMonth}<=0,${lit(t('xlsx.checks.capacityNone'))},IF($B$${L.peak}<=1,${lit(t('xlsx.checks.capacityOk'))},${lit(t('xlsx.checks.capacityOver'))}))`,
      !capacity
        ? t('xlsx.checks.capacityNone')
        : peak <= 1
          ? t('xlsx.checks.capacityOk')
          : t('xlsx.checks.capacityOver'),
    ],
  ];
  const checkCells = checks.map((_, i) => `B${L.checks[i + 1]}`);
  const status = row(L.checks[0]!, [
    t('xlsx.checks.model'),
    f(
      `IF(OR(${checkCells.map((c) => `LEFT(${c},1)="✗"`).join(',')}),${lit(t('xlsx.checks.modelBad'))},${lit(t('xlsx.checks.modelOk'))})`,
      t('xlsx.checks.modelOk'),
    ),
  ]);
  status.getCell(1).style = labelStyle;
  status.getCell(2).font = { bold: true };
  checks.forEach(([name, formula, value], i) => row(L.checks[i + 1]!, [name, f(formula, value)]));
  checkRule(ws, `B${L.checks[0]}:B${L.checks[checks.length]}`);

  // Conversion rates, lags and the uncertainty range; shift_k = ROUND((d_k + … + d_(n−1)) / 30.4375).
  label(L.transTitle, t('funnel.transitions'), titleStyle);
  row(L.transHeader, [
    t('columns.stage'),
    t('xlsx.rateLikely'),
    t('columns.lag'),
    t('xlsx.shift'),
    t('xlsx.rateLow'),
    t('xlsx.rateHigh'),
  ]).eachCell((c) => {
    c.style = headerStyle;
  });
  fitRowHeight(ws.getRow(L.transHeader), [40, 12, 12, 12, 12, 12]);
  const lastTransition = L.trans[n - 1]!;
  scenario.transitions.forEach((tr, k) => {
    const at = L.trans[k]!;
    const line = row(at, [
      `${text(stages[k]?.name)} → ${text(stages[k + 1]?.name)}`,
      tr.rate,
      tr.lagDays,
      f(`ROUND(SUM(C${at}:C$${lastTransition})/${DAYS_PER_MONTH},0)`, shifts[k]!),
      tr.low ?? null,
      tr.high ?? null,
    ]);
    line.getCell(2).style = { ...inputStyle, numFmt: fmt.percent };
    line.getCell(3).style = { ...inputStyle, numFmt: fmt.integer };
    line.getCell(4).numFmt = fmt.integer;
    line.getCell(5).style = { ...inputStyle, numFmt: fmt.percent };
    line.getCell(6).style = { ...inputStyle, numFmt: fmt.percent };
  });
  const shiftOf = (k: number) => (k < n ? `$D$${L.trans[k]}` : '0');

  // Cohorts by fiscal month (steps 2–3).
  const cohortMonths = Array.from({ length: 12 }, (_, i) =>
    fiscalMonth(scenario.fiscalYear, scenario.fiscalYearStartMonth, i + 1),
  );
  const header = row(L.cohortHeader, [
    t('columns.month'),
    ...cohortMonths.map((m, i) => f(`DATE(${fy},${fsm}+${i},1)`, monthDate(m.year, m.month))),
    t('columns.total'),
  ]);
  header.eachCell((c) => {
    c.style = { ...headerStyle, numFmt: 'mmm yyyy' };
  });
  const weightsLine = row(L.weights, [
    scenario.seasonality ? t('funnel.seasonality') : `${t('funnel.seasonality')} — ${t('funnel.even')}`,
    ...weights,
    f(`SUM(B${L.weights}:M${L.weights})`, sum),
  ]);
  months.forEach((_, i) => {
    weightsLine.getCell(i + 2).style = { ...inputStyle, numFmt: '0.00' };
  });
  weightsLine.getCell(14).numFmt = '0.00';
  let cumulative = 0;
  row(L.cumulative, [
    t('funnel.cumulative'),
    ...months.map((c, i) => f(`SUM($B$${L.weights}:${c}${L.weights})`, (cumulative += weights[i]!))),
  ]).eachCell((c, i) => {
    if (i > 1) c.numFmt = '0.00';
  });
  const cohortCell = (c: string) => ceil(`${customers}*${c}$${L.cumulative}/$M$${L.cumulative}`);
  const cohort = row(L.cohort, [
    stages[n]?.name ? text(stages[n]!.name) : t('funnel.customers'),
    ...months.map((c, i) =>
      f(i === 0 ? cohortCell(c) : `${cohortCell(c)}-${cohortCell(months[i - 1]!)}`, cohorts[i]!),
    ),
    f(`SUM(B${L.cohort}:M${L.cohort})`, plan.customers),
  ]);
  cohort.getCell(1).style = labelStyle;

  // Walk up each cohort, rounding up at every stage: V_k,m = CEIL(V_(k+1),m / r_k). A 0 % rate (refused
  // by the validation, flagged by the checks) gives 0 rather than #DIV/0!.
  for (let k = 0; k < n; k++) {
    const rate = `$B$${L.trans[k]}`;
    const line = row(L.walk[k]!, [
      text(stages[k]?.name),
      ...months.map((c, i) => f(`IF(${rate}>0,${ceil(`${c}${L.walk[k + 1]}/${rate}`)},0)`, walk[k]![i]!)),
      f(
        `SUM(B${L.walk[k]}:M${L.walk[k]})`,
        walk[k]!.reduce((a, v) => a + v, 0),
      ),
    ]);
    line.eachCell((c, i) => {
      if (i > 1) c.numFmt = fmt.integer;
    });
  }

  // The monthly plan: cohort m of stage k lands in timeline month m − shift_k (step 4). The timeline
  // starts at 1 − max(shift) and stops after fiscal month 12 (blank cells after it).
  label(L.planTitle, t('funnel.plan'), titleStyle);
  const start = 1 - Math.max(...shifts);
  const indexAt = (i: number) => (start + i <= 12 ? start + i : '');
  const idx = (c: string) => `${c}$${L.index}`;
  row(L.index, [
    t('funnel.monthIndex'),
    '',
    '',
    ...grid.map((c, i) =>
      f(
        i === 0
          ? `1-MAX(${shiftRange})`
          : `IF(${grid[i - 1]}$${L.index}="","",IF(${grid[i - 1]}$${L.index}+1>12,"",${grid[i - 1]}$${L.index}+1))`,
        indexAt(i),
      ),
    ),
  ]).font = { color: { argb: 'FF808080' } };
  const planHeader = row(L.planHeader, [
    t('columns.stage'),
    t('xlsx.yearTotal'),
    t('funnel.priorYear'),
    ...grid.map((c, i) => {
      const index = indexAt(i);
      const m = index === '' ? null : fiscalMonth(scenario.fiscalYear, scenario.fiscalYearStartMonth, index);
      return f(`IF(${idx(c)}="","",DATE(${fy},${fsm}+${idx(c)}-1,1))`, m ? monthDate(m.year, m.month) : '');
    }),
  ]);
  planHeader.eachCell((c) => {
    c.style = { ...headerStyle, numFmt: 'mmm yyyy' };
  });
  fitRowHeight(planHeader, [40, 11, 11, ...grid.map(() => 11)]);
  const placed = (k: number, i: number) => {
    const index = indexAt(i);
    return index === '' ? '' : (plan.stages[k]!.volumes[i] ?? 0);
  };
  stages.forEach((_, k) => {
    const at = L.plan[k]!;
    const pos = (c: string) => `${idx(c)}+${shiftOf(k)}`;
    const line = row(at, [
      text(stages[k]!.name),
      f(`SUM(${firstGrid}${at}:${lastGrid}${at})`, plan.stages[k]!.total),
      f(
        `SUMIF($${firstGrid}$${L.index}:$${lastGrid}$${L.index},"<=0",${firstGrid}${at}:${lastGrid}${at})`,
        plan.stages[k]!.priorYear,
      ),
      ...grid.map((c, i) =>
        f(
          `IF(${idx(c)}="","",IF(AND(${pos(c)}>=1,${pos(c)}<=12),INDEX($B$${L.walk[k]}:$M$${L.walk[k]},1,${pos(c)}),0))`,
          placed(k, i),
        ),
      ),
    ]);
    line.eachCell((c, i) => {
      if (i > 1) c.numFmt = fmt.integer;
    });
  });
  const customerPlan = L.plan[n]!;
  const revenue = row(L.revenue, [
    t('xlsx.revenue', { currency }),
    f(`SUM(${firstGrid}${L.revenue}:${lastGrid}${L.revenue})`, plan.revenue),
    '',
    ...grid.map((c, i) =>
      f(`IF(${idx(c)}="","",${c}${customerPlan}*${deal})`, indexAt(i) === '' ? '' : plan.monthlyRevenue[i]!),
    ),
  ]);
  revenue.eachCell((c, i) => {
    if (i > 1) c.numFmt = fmt.money;
  });

  // Sales capacity (step 7): the hand-over stage's monthly volume against reps × leads per rep.
  const h = stages.findIndex((s) => s.id === scenario.capacity.handoverStageId);
  const handoverRow = h >= 0 ? L.plan[h]! : null;
  const handoverName = h >= 0 ? text(stages[h]!.name) : t('xlsx.noHandover');
  const utilisation = row(L.utilisation, [
    t('xlsx.utilisation', { stage: handoverName }),
    '',
    '',
    ...grid.map((c, i) =>
      handoverRow === null
        ? ''
        : f(
            `IF(OR(${idx(c)}="",${perMonth}<=0),"",${c}${handoverRow}/${perMonth})`,
            indexAt(i) === '' || !capacity ? '' : capacity.months[i]!.utilisation,
          ),
    ),
  ]);
  utilisation.eachCell((c, i) => {
    if (i > 1) c.numFmt = '0%';
  });
  ws.addConditionalFormatting({
    ref: `${firstGrid}${L.utilisation}:${lastGrid}${L.utilisation}`,
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['1'],
        priority: 1,
        style: { font: { color: { argb: 'FFB3261E' }, bold: true } },
      },
    ],
  });
  label(L.capTitle, t('xlsx.capacity'), titleStyle);
  inputRow(L.reps, t('xlsx.reps'), scenario.capacity.reps, fmt.integer);
  inputRow(L.perRep, t('xlsx.perRep', { stage: handoverName }), scenario.capacity.leadsPerRep, fmt.integer);
  const perMonthLine = row(L.perMonth, [
    t('xlsx.perMonth', { stage: handoverName }),
    f(`${reps}*${perRep}`, scenario.capacity.reps * scenario.capacity.leadsPerRep),
  ]);
  perMonthLine.getCell(1).style = labelStyle;
  perMonthLine.getCell(2).numFmt = fmt.integer;
  const peakLine = row(L.peak, [
    t('xlsx.peak'),
    f(
      `IF(${perMonth}<=0,"",MAX(${firstGrid}${L.utilisation}:${lastGrid}${L.utilisation}))`,
      capacity ? peak : '',
    ),
  ]);
  peakLine.getCell(1).style = labelStyle;
  peakLine.getCell(2).numFmt = '0%';

  writeMonteCarloNote(ws, ctx, L.mcTitle);
  // Printed: the columns in use at export (the blank grid after the fiscal year is left out).
  // (exceljs prefixes each end with $, so the rows carry their own $ to make the range absolute.)
  ws.pageSetup.printArea = `A$1:${col(Math.max(14, GRID_FROM - 1 + 13 - start))}$${L.mcTitle}`;
  validate(ws, ctx, L, weightsRange);

  return {
    goal,
    dealSize: deal,
    customers,
    transitionRows: L.trans,
    weightsRow: L.weights,
    cohortRow: L.cohort,
    walkRows: L.walk,
    planRows: L.plan,
    planIndexRow: L.index,
    revenueRow: L.revenue,
    gridColumns: W,
    gridFrom: GRID_FROM,
    checkRows: L.checks,
  };
}

/** V_k,m per stage k < n and fiscal month m, as step 3 computes it. */
function walkUp(cohorts: readonly number[], rates: readonly number[], n: number): number[][] {
  const walk: number[][] = Array.from({ length: n + 1 }, () => []);
  walk[n] = [...cohorts];
  for (let k = n - 1; k >= 0; k--) walk[k] = walk[k + 1]!.map((v) => ceilClean(v / rates[k]!));
  return walk;
}

/** Input validation: the rules the app's scenario form applies, as Excel data validation. */
function validate(
  ws: Worksheet,
  ctx: SheetContext,
  L: { goal: number; deal: number; fy: number; fsm: number; reps: number; perRep: number; trans: number[] },
  weightsRange: string,
): void {
  const { t } = ctx;
  const rule = (
    type: 'decimal' | 'whole',
    operator: 'between' | 'greaterThan',
    formulae: number[],
    message: string,
  ) => ({
    type,
    operator,
    formulae,
    allowBlank: false,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: t('xlsx.validation.title'),
    error: message,
    showInputMessage: true,
    promptTitle: t('xlsx.validation.promptTitle'),
    prompt: message,
  });
  const first = L.trans[0]!;
  const last = L.trans[L.trans.length - 1]!;
  validateRange(
    ws,
    `B${L.goal}:B${L.deal}`,
    rule('decimal', 'greaterThan', [0], t('xlsx.validation.positive')),
  );
  validateRange(ws, `B${L.fy}`, rule('whole', 'between', [1970, 2200], t('xlsx.validation.year')));
  validateRange(ws, `B${L.fsm}`, rule('whole', 'between', [1, 12], t('xlsx.validation.month')));
  // A rate of 0 % would need infinitely many leads: the smallest rate accepted is 0.01 %.
  validateRange(ws, `B${first}:B${last}`, rule('decimal', 'between', [0.0001, 1], t('xlsx.validation.rate')));
  validateRange(ws, `E${first}:F${last}`, {
    ...rule('decimal', 'between', [0, 1], t('xlsx.validation.range')),
    allowBlank: true,
  });
  validateRange(ws, `C${first}:C${last}`, rule('decimal', 'between', [0, 3650], t('xlsx.validation.lag')));
  validateRange(
    ws,
    weightsRange.replace(/\$/g, ''),
    rule('decimal', 'between', [0, 100], t('xlsx.validation.weight')),
  );
  validateRange(
    ws,
    `B${L.reps}:B${L.perRep}`,
    rule('decimal', 'between', [0, 1_000_000], t('xlsx.validation.capacity')),
  );
}

/** The same validation on every cell of a range (A1 or A1:B9). */
function validateRange(ws: Worksheet, range: string, rule: DataValidation): void {
  const [from, to = from] = range.split(':') as [string, string?];
  const a = ws.getCell(from);
  const b = ws.getCell(to!);
  for (let r = Number(a.row); r <= Number(b.row); r++) {
    for (let c = Number(a.col); c <= Number(b.col); c++) ws.getCell(r, c).dataValidation = rule;
  }
}

/** Monte Carlo is not a spreadsheet formula: its percentiles live on the scenarios sheet, said here. */
function writeMonteCarloNote(ws: Worksheet, ctx: SheetContext, at: number): void {
  const line = ws.getRow(at);
  line.values = [ctx.t('xlsx.monteCarloNote', { sheet: ctx.t('sheets.scenarios') })];
  line.getCell(1).style = {
    font: { italic: true, color: { argb: 'FF5B6775' } },
    alignment: { wrapText: true, vertical: 'top' },
  };
  ws.mergeCells(`A${at}:H${at}`);
  line.height = 30;
}
