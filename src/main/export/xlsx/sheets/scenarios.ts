import type { CellValue } from 'exceljs';
import { planScenario } from '../../../../shared/funnel/plan';
import { MIN_RUNS, monteCarlo } from '../../../../shared/funnel/monte-carlo';
import { formatNumber, formatPercent } from '../../../../shared/format';
import type { Language } from '../../../../shared/workbook/schema';
import { scenarioForStages } from '../../../../shared/funnel/align';
import { bodyStyle, headerStyle, text } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow } from '../sheet';

/** Scenarios side by side: one column per scenario, one row per assumption and per yearly result. */
export function writeScenariosSheet(ctx: SheetContext): void {
  const { doc, t, fmt, lang } = ctx;
  const items = doc.scenarios.items;
  const ws = addSheet(ctx.wb, t('sheets.scenarios'), ctx.paper, {
    widths: [44, ...items.map(() => 20)],
    frozenRows: 1,
    landscape: items.length > 4,
  });
  if (items.length === 0) {
    ws.addRow([t('scenarios.none')]).commit();
    ws.commit();
    return;
  }
  const aligned = items.map((s) => scenarioForStages(doc.stages, s));
  const plans = items.map((s) => planScenario(doc.stages, s));
  const name = (i: number) => {
    const s = items[i]!;
    return s.id === doc.scenarios.planOfRecordId
      ? `${text(s.name)} (${t('scenarios.planOfRecord')})`
      : text(s.name);
  };
  addStyledRow(ws, [t('columns.scenario'), ...items.map((_, i) => name(i))], headerStyle).commit();
  const row = (label: string, values: CellValue[], numFmt: string) =>
    addStyledRow(ws, [label, ...values], bodyStyle, [undefined, ...values.map(() => numFmt)]).commit();

  row(
    t('columns.goal'),
    items.map((s) => s.goal),
    fmt.money,
  );
  row(
    t('columns.dealSize'),
    items.map((s) => s.avgDealSize),
    fmt.money,
  );
  row(
    t('columns.customers'),
    plans.map((p) => (p.ok ? p.plan.customers : null)),
    fmt.integer,
  );
  for (let k = 0; k + 1 < doc.stages.length; k++) {
    const label = `${text(doc.stages[k]!.name)} → ${text(doc.stages[k + 1]!.name)}`;
    row(
      `${t('columns.rate')}: ${label}`,
      aligned.map((s) => s.transitions[k]?.rate ?? null),
      fmt.percent,
    );
    row(
      `${t('xlsx.range')}: ${label}`,
      aligned.map((s) => rangeText(s.transitions[k]?.low, s.transitions[k]?.high, lang)),
      '@',
    );
  }
  // Yearly volume each stage needs, as the app's plan computes it.
  doc.stages.forEach((stage, k) => {
    row(
      `${t('columns.total')}: ${text(stage.name)}`,
      plans.map((p) => (p.ok ? (p.plan.stages[k]?.total ?? null) : null)),
      fmt.integer,
    );
  });
  // Sales capacity against the hand-over stage's busiest month.
  row(
    t('xlsx.reps'),
    items.map((s) => s.capacity.reps),
    fmt.integer,
  );
  row(
    t('xlsx.capacityPerMonth'),
    items.map((s) => s.capacity.reps * s.capacity.leadsPerRep),
    fmt.integer,
  );
  row(
    t('xlsx.peak'),
    plans.map((p) => (p.ok ? (p.plan.capacity?.peakUtilisation ?? null) : null)),
    '0%',
  );
  // Uncertainty: Monte Carlo on the low/likely/high rates (the app's simulation, seed 1).
  const simulations = items.map((s) => monteCarlo(doc.stages, s, MONTE_CARLO_SEED));
  const percentile = (key: 'p10' | 'p50' | 'p90', what: 'customers' | 'revenue') =>
    simulations.map((m) => (m.ok ? m.value[what][key] : null));
  row(t('xlsx.mc.customersP10'), percentile('p10', 'customers'), fmt.decimal);
  row(t('xlsx.mc.customersP50'), percentile('p50', 'customers'), fmt.decimal);
  row(t('xlsx.mc.customersP90'), percentile('p90', 'customers'), fmt.decimal);
  row(t('xlsx.mc.revenueP10'), percentile('p10', 'revenue'), fmt.money);
  row(t('xlsx.mc.revenueP90'), percentile('p90', 'revenue'), fmt.money);
  ws.addRow([]).commit();
  const note = ws.addRow([t('xlsx.mc.note', { runs: formatNumber(MIN_RUNS, lang), seed: MONTE_CARLO_SEED })]);
  note.getCell(1).style = { font: { italic: true }, alignment: { wrapText: true, vertical: 'top' } };
  // One paragraph across the table's width.
  const width = 44 + items.length * 20;
  ws.mergeCells(note.number, 1, note.number, items.length + 1);
  note.height = 15 * Math.ceil(String(note.getCell(1).value).length / (width - 4));
  note.commit();
  ws.commit();
}

/** The Monte Carlo seed the Scenarios screen starts with, so both show the same percentiles. */
const MONTE_CARLO_SEED = 1;

/** "20 % – 30 %", or "–" without a range. */
function rangeText(low: number | undefined, high: number | undefined, lang: Language): string {
  if (low === undefined && high === undefined) return '–';
  const pct = (v: number | undefined) => (v === undefined ? '…' : formatPercent(v, lang));
  return `${pct(low)} – ${pct(high)}`;
}
