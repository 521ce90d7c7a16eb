import type { ClauseResult, ComplianceResult } from '../../../../shared/workbook/schema';
import { STATUS_KEY, teamName } from '../../../../shared/export/agreement-text';
import { dateCell, labelStyle, text } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow, writeTable } from '../sheet';

/** Month by month, per clause: actual against target and the status (one row each, to filter and pivot). */
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
  const rows = result.clauses.flatMap((clause) => clause.months.map((month) => ({ clause, month })));
  // Number formats differ per clause unit, so they are set per cell rather than per column.
  await writeTable(
    ws,
    [
      { header: t('columns.clause'), value: (r) => text(r.clause.title) },
      { header: t('columns.owner'), value: (r) => text(teamName(doc, r.clause.ownerTeamId)) },
      { header: t('columns.month'), value: (r) => r.month.month },
      { header: t('columns.actual'), value: (r) => r.month.actual },
      { header: t('columns.target'), value: (r) => r.month.target },
      {
        header: t('columns.status'),
        value: (r) => t(`compliance.periodStatus.${STATUS_KEY[r.month.status]}`),
      },
      { header: t('columns.records'), value: (r) => r.month.count, numFmt: fmt.integer },
      { header: t('sheets.breaches'), value: (r) => r.month.breaches, numFmt: fmt.integer },
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
  const { t, fmt } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.breaches'), ctx.paper, {
    widths: [34, 28, 10, 20, 16, 12, 12],
    frozenRows: 1,
    landscape: true,
  });
  const titles = new Map(result.clauses.map((c) => [c.id, c.title]));
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
