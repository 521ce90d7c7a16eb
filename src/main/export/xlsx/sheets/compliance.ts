import type { Breach, ClauseResult, ComplianceResult, Workbook } from '../../../../shared/workbook/schema';
import { clauseTitle, teamName } from '../../../../shared/export/agreement-text';
import { formatNumber } from '../../../../shared/format';
import { periodText, reasonsText, scoreFromText, verdictText } from '../../../../shared/compliance/words';
import { figureClause, unitLabel } from '../../../../shared/compliance/figures';
import { labelStyle, text, zonedDateTimeCell } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow, writeTable } from '../sheet';

/** Period by period, per clause: actual against target and the verdict (one row each, to filter and pivot). */
export async function writeComplianceSheet(ctx: SheetContext, result: ComplianceResult): Promise<void> {
  const { doc, t, fmt } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.compliance'), ctx.paper, {
    widths: [34, 18, 12, 12, 12, 18, 24, 10, 14],
    frozenRows: 3,
    landscape: true,
  });
  const asOf = ws.addRow([
    t('compliance.asOf', { date: '' }).trim(),
    zonedDateTimeCell(result.asOf, result.timeZone),
  ]);
  asOf.getCell(1).style = labelStyle;
  asOf.getCell(2).numFmt = fmt.dateTime;
  asOf.commit();
  ws.addRow([]).commit();
  const unitFormat = (clause: ClauseResult) =>
    clause.unit === 'share'
      ? fmt.percent
      : clause.unit === 'days'
        ? fmt.decimal
        : clause.unit === 'money'
          ? fmt.money
          : fmt.integer;
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
      {
        header: t('xlsx.unit'),
        // Money in the workbook's currency (its ISO code); other units in words ("MQLs per rep").
        value: (r) => unitLabel(t, figureClause(doc, r.clause)),
      },
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
  ws.autoFilter = `A3:I${3 + rows.length}`;
  await writeDecisions(ctx, ws, result);
  writeScoreNotes(ctx, ws, result);
  ws.commit();
}

/**
 * Capacity clauses: every rep-month handed more than the capacity per rep (as the engine lists them),
 * one row each to filter by rep or month. Written only when some rep went over.
 */
export async function writeOverCapacitySheet(ctx: SheetContext, result: ComplianceResult): Promise<void> {
  const { doc, t, fmt } = ctx;
  const rows = result.clauses.flatMap((clause) =>
    (clause.overCapacity ?? []).map((over) => ({ clause, over })),
  );
  if (rows.length === 0) return;
  const ws = addSheet(ctx.wb, t('sheets.overCapacity'), ctx.paper, {
    widths: [34, 12, 28, 14, 14, 14, 22],
    frozenRows: 3,
  });
  addStyledRow(ws, [t('compliance:capacity.note')], labelStyle).commit();
  ws.addRow([]).commit();
  await writeTable(
    ws,
    [
      { header: t('columns.clause'), value: (r) => text(clauseTitle(doc, r.clause)) },
      { header: t('columns.month'), value: (r) => r.over.month },
      { header: t('compliance:capacity.owner'), value: (r) => text(r.over.owner) },
      { header: t('compliance:capacity.handed'), value: (r) => r.over.count, numFmt: fmt.integer },
      { header: t('compliance:capacity.capacity'), value: (r) => r.over.capacity, numFmt: fmt.integer },
      {
        header: t('compliance:capacity.over'),
        value: (r) => r.over.count - r.over.capacity,
        numFmt: fmt.integer,
      },
      { header: t('xlsx.unit'), value: (r) => unitLabel(t, figureClause(doc, r.clause)) },
    ],
    rows,
  );
  ws.autoFilter = `A3:G${3 + rows.length}`;
  ws.commit();
}

/**
 * Below the verdicts, for each acceptance-rate clause: sales' decisions on each month's hand-overs
 * and the rejections per reason (as the dashboard's drill-down and `pacto measure --detail` say them).
 */
async function writeDecisions(
  ctx: SheetContext,
  ws: Parameters<typeof writeTable>[0],
  result: ComplianceResult,
): Promise<void> {
  const { doc, t, fmt, lang } = ctx;
  const rows = result.clauses.flatMap((clause) =>
    (clause.decisions ?? [])
      .filter((d) => d.accepted + d.rejected + d.pending + d.undecided > 0)
      .map((d) => ({ clause, d })),
  );
  if (rows.length === 0) return;
  ws.addRow([]).commit();
  addStyledRow(ws, [t('compliance:decisions.title')], labelStyle).commit();
  const num = (n: number) => formatNumber(n, lang);
  await writeTable(
    ws,
    [
      { header: t('columns.clause'), value: (r) => text(clauseTitle(doc, r.clause)) },
      { header: t('columns.month'), value: (r) => r.d.month },
      { header: t('compliance:decisions.accepted'), value: (r) => r.d.accepted, numFmt: fmt.integer },
      { header: t('compliance:decisions.rejected'), value: (r) => r.d.rejected, numFmt: fmt.integer },
      { header: t('compliance:decisions.pending'), value: (r) => r.d.pending, numFmt: fmt.integer },
      { header: t('compliance:decisions.undecided'), value: (r) => r.d.undecided, numFmt: fmt.integer },
      { header: t('compliance:decisions.reasons'), value: (r) => text(reasonsText(t, r.d, num)) },
    ],
    rows,
  );
}

/**
 * Under the verdicts, for each measured scoring clause: which score it read (at the hand-over, or the
 * export's current score), so no one reads a current score as the score sales received.
 */
function writeScoreNotes(ctx: SheetContext, ws: Parameters<typeof writeTable>[0], result: ComplianceResult) {
  const scorings = result.clauses.filter((c) => c.threshold !== undefined && !c.reason);
  if (scorings.length === 0) return;
  const { doc, t } = ctx;
  ws.addRow([]).commit();
  addStyledRow(ws, [t('compliance:scoring.title')], labelStyle).commit();
  for (const c of scorings) ws.addRow([text(clauseTitle(doc, c)), text(scoreFromText(t, c))]).commit();
}

/** Every breaching record kept by the engine, streamed row by row (up to the engine's cap). */
export async function writeBreachesSheet(ctx: SheetContext, result: ComplianceResult): Promise<void> {
  const { doc, t, fmt, lang } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.breaches'), ctx.paper, {
    widths: [34, 28, 10, 20, 16, 12, 12, 18, 14, 28],
    frozenRows: 3,
    landscape: true,
  });
  const shown = result.breaches.items.length;
  const total = result.breaches.total;
  const count = (n: number) => formatNumber(n, lang);
  addStyledRow(
    ws,
    [
      shown < total
        ? t('xlsx.breachesShown', { shown: count(shown), total: count(total) })
        : t('xlsx.breachesAll', { count: total, total: count(total) }),
    ],
    labelStyle,
  ).commit();
  ws.addRow([]).commit();
  const clauses = new Map(result.clauses.map((c) => [c.id, c]));
  const dated = result.breaches.items.some((b) => b.at !== undefined);
  const titles = new Map(result.clauses.map((c) => [c.id, clauseTitle(doc, c)]));
  await writeTable(
    ws,
    [
      {
        header: t('columns.clause'),
        value: (b) => text(titles.get(b.clauseId) ?? clauseTitle(doc, { id: b.clauseId, title: '' })),
      },
      { header: t('columns.record'), value: (b) => text(b.recordId) },
      { header: t('columns.month'), value: (b) => b.month },
      { header: t('columns.owner'), value: (b) => text(b.owner) },
      { header: t('columns.channel'), value: (b) => text(b.channel) },
      { header: t('columns.actual'), value: (b) => b.value, numFmt: fmt.decimal },
      { header: t('columns.limit'), value: (b) => b.limit, numFmt: fmt.decimal },
      { header: t('xlsx.unit'), value: (b) => breachUnit(doc, b.clauseId, clauses.get(b.clauseId)?.type, t) },
      // Scoring and acceptance rate: when the record was handed over, and the rejection reason.
      ...(dated
        ? [
            {
              header: t('compliance:breaches.at'),
              value: (b: Breach) => (b.at ? zonedDateTimeCell(b.at, result.timeZone) : ''),
              numFmt: fmt.dateTime,
            },
            { header: t('compliance:breaches.note'), value: (b: Breach) => text(b.note ?? '') },
          ]
        : []),
    ],
    result.breaches.items,
  );
  // Filters on the header row (row 3), over every breach row.
  ws.autoFilter = `A3:${dated ? 'J' : 'H'}${3 + shown}`;
  ws.commit();
}

/**
 * What a breach's value and limit count: hours for the response and acceptance clauses, days for the
 * clauses measured in days. A new clause kind names its unit here.
 */
function breachUnit(doc: Workbook, clauseId: string, type: string | undefined, t: SheetContext['t']): string {
  const clause = doc.clauses.find((c) => c.id === clauseId);
  switch (clause?.type ?? type) {
    case 'responseTime':
    case 'acceptance':
      return t(`hours.${clause && 'hours' in clause ? clause.hours : 'business'}`);
    case 'conversion':
    case 'recycling':
    case 'velocity':
    case 'acceptanceRate':
      return t('xlsx.units.days');
    case 'scoring':
      return t('xlsx.units.points');
    case 'cadence':
      return t('xlsx.units.touches');
    default:
      return '';
  }
}
