import type { CellValue } from 'exceljs';
import { planScenario } from '../../../../shared/funnel/plan';
import { scenarioForStages } from '../../../../shared/funnel/align';
import { bodyStyle, headerStyle, text } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow } from '../sheet';

/** Scenarios side by side: one column per scenario, one row per assumption and per yearly result. */
export function writeScenariosSheet(ctx: SheetContext): void {
  const { doc, t, fmt } = ctx;
  const items = doc.scenarios.items;
  const ws = addSheet(ctx.wb, t('sheets.scenarios'), ctx.paper, {
    widths: [34, ...items.map(() => 18)],
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
  }
  // Yearly volume each stage needs, as the app's plan computes it.
  doc.stages.forEach((stage, k) => {
    row(
      `${t('columns.total')}: ${text(stage.name)}`,
      plans.map((p) => (p.ok ? (p.plan.stages[k]?.total ?? null) : null)),
      fmt.integer,
    );
  });
  ws.commit();
}
