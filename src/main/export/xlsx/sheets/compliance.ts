import type { ClauseResult, ComplianceResult } from '../../../../shared/workbook/schema';
import { clauseTitle, teamName } from '../../../../shared/export/agreement-text';
import { periodText, verdictText } from '../../../../shared/compliance/words';
import { dateCell, labelStyle, text } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow, writeTable } from '../sheet';

/** Period by period, per clause: actual against target and the verdict (one row each, to filter and pivot). */
export async function writeComplianceSheet(ctx: SheetContext, result: ComplianceResult): Promise<void> {
  const { doc, t, fmt } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.compliance'), ctx.paper, {
    widths: [34, 18, 10, 12, 12, 16, 10, 12],
    frozenRows: 3,
    landscape: true,
  });
  const asOf = ws.addRow([t('compliance.asOf', { date: '' }).trim(), dateCell(result.asOf)]);
  asOf.getCell(1).style = labelStyle;
  asOf.getCell(2).numFmt = fmt.dateTime;
  asOf.commit();
  ws.addRow([]).commit();
  const unitFormat = (clause: ClauseResult) =>
    clause.unit === 'share' ? fmt.percent : clause.unit === 'days' ? fmt.decimal : fmt.integer;
  const rows = result.clauses.flatMap((clause) => clause.periods.map((period) => ({ clause, period })));
  // Number formats differ per clause unit, so they are set per cell rather than per column.
  await writeTable(
    ws,
    [
      { header: t('columns.clause'), value: (r) => text(clauseTitle(doc, r.clause)) },
      { header: t('columns.owner'), value: (r) => text(teamName(doc, r.clause.ownerTeamId)) },
      {
        header: t('columns.period'),
        value: (r) => periodText(t, r.period.period, result.fiscalYearStartMonth),
      },
      { header: t('columns.actual'), value: (r) => r.period.actual },
      { header: t('columns.target'), value: (r) => r.period.target },
      { header: t('columns.status'), value: (r) => verdictText(t, r.period) },
      { header: t('columns.records'), value: (r) => r.period.count, numFmt: fmt.integer },
      { header: t('sheets.breaches'), value: (r) => r.period.breaches, numFmt: fmt.integer },
    ],
    rows,
    (row, r) => {
      row.getCell(4).numFmt = unitFormat(r.clause);
      row.getCell(5).numFmt = unitFormat(r.clause);
    },
  );
  ws.commit();
}

/** Every breaching record kept by the engine, streamed row by row (up to the engine's cap). */
export async function writeBreachesSheet(ctx: SheetContext, result: ComplianceResult): Promise<void> {
  const { doc, t, fmt } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.breaches'), ctx.paper, {
    widths: [34, 28, 10, 20, 16, 12, 12],
    frozenRows: 1,
    landscape: true,
  });
  const titles = new Map(result.clauses.map((c) => [c.id, clauseTitle(doc, c)]));
  await writeTable(
    ws,
    [
      { header: t('columns.clause'), value: (b) => text(titles.get(b.clauseId) ?? b.clauseId) },
      { header: t('columns.record'), value: (b) => text(b.recordId) },
      { header: t('columns.month'), value: (b) => b.month },
      { header: t('columns.owner'), value: (b) => text(b.owner) },
      { header: t('columns.channel'), value: (b) => text(b.channel) },
      { header: t('columns.actual'), value: (b) => b.value, numFmt: fmt.decimal },
      { header: t('columns.limit'), value: (b) => b.limit, numFmt: fmt.decimal },
    ],
    result.breaches.items,
  );
  if (result.breaches.total > result.breaches.items.length) {
    addStyledRow(ws, [`${result.breaches.items.length} / ${result.breaches.total}`], labelStyle).commit();
  }
  ws.commit();
}
