import { clauseTarget, teamName } from '../../../../shared/export/agreement-text';
import { labelStyle, text } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, writeTable } from '../sheet';

/** Lifecycle stages with their definitions and entry/exit criteria: the vocabulary both teams agreed. */
export async function writeStagesSheet(ctx: SheetContext): Promise<void> {
  const { doc, t, fmt } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.stages'), ctx.paper, {
    widths: [5, 18, 14, 44, 36, 36, 18],
    frozenRows: 1,
    landscape: true,
  });
  await writeTable(
    ws,
    [
      { header: t('columns.order'), value: (s) => doc.stages.indexOf(s) + 1, numFmt: fmt.integer },
      { header: t('columns.stage'), value: (s) => text(s.name) },
      { header: t('columns.kind'), value: (s) => t(`stageKind.${s.kind}`) },
      { header: t('columns.definition'), value: (s) => text(s.definition) },
      { header: t('columns.entry'), value: (s) => text(s.entryCriteria) },
      { header: t('columns.exit'), value: (s) => text(s.exitCriteria) },
      { header: t('columns.owner'), value: (s) => text(teamName(doc, s.ownerTeamId)) },
    ],
    doc.stages,
  );
  ws.commit();
}

/** Buyer personas, with which teams accepted each. */
export async function writePersonasSheet(ctx: SheetContext): Promise<void> {
  const { doc, t } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.personas'), ctx.paper, {
    widths: [20, 20, 16, 16, 34, 34, 30, 22, 12],
    frozenRows: 1,
    landscape: true,
  });
  const agreedBy = (agreed: Record<string, boolean>) =>
    doc.parties.teams
      .filter((team) => agreed[team.id])
      .map((team) => team.name)
      .join(', ');
  await writeTable(
    ws,
    [
      { header: t('columns.persona'), value: (p) => text(p.name) },
      { header: t('columns.role'), value: (p) => text(p.role) },
      { header: t('columns.companySize'), value: (p) => text(p.companySize) },
      { header: t('columns.industry'), value: (p) => text(p.industry) },
      { header: t('columns.pains'), value: (p) => text(p.pains) },
      { header: t('columns.triggers'), value: (p) => text(p.triggers) },
      { header: t('columns.disqualifiers'), value: (p) => text(p.disqualifiers) },
      { header: t('columns.agreedBy'), value: (p) => text(agreedBy(p.agreedBy)) },
      { header: t('columns.status'), value: (p) => t(`status.${p.status}`) },
    ],
    doc.personas,
  );
  ws.commit();
}

/** Lead scoring: the sales-ready threshold, then fit and engagement criteria with their points. */
export async function writeScoringSheet(ctx: SheetContext): Promise<void> {
  const { doc, t, fmt } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.scoring'), ctx.paper, { widths: [48, 16, 12], frozenRows: 3 });
  const threshold = ws.addRow([t('scoring.threshold'), doc.scoring.threshold]);
  threshold.getCell(1).style = labelStyle;
  threshold.getCell(2).numFmt = fmt.integer;
  threshold.commit();
  ws.addRow([]).commit();
  await writeTable(
    ws,
    [
      { header: t('columns.criterion'), value: (c) => text(c.label) },
      { header: t('columns.scoringKind'), value: (c) => t(`scoring.${c.kind}`) },
      { header: t('columns.points'), value: (c) => c.points, numFmt: fmt.integer },
    ],
    doc.scoring.criteria,
  );
  ws.commit();
}

/** Commitments: owner, measurable target, period, consequence of a miss, workshop status. */
export async function writeCommitmentsSheet(ctx: SheetContext): Promise<void> {
  const { doc, t, fmt, lang } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.commitments'), ctx.paper, {
    widths: [5, 32, 16, 18, 44, 12, 40, 12],
    frozenRows: 1,
    landscape: true,
  });
  await writeTable(
    ws,
    [
      { header: t('columns.order'), value: (c) => doc.clauses.indexOf(c) + 1, numFmt: fmt.integer },
      { header: t('columns.clause'), value: (c) => text(c.title) },
      { header: t('columns.type'), value: (c) => t(`clauseType.${c.type}`) },
      { header: t('columns.owner'), value: (c) => text(teamName(doc, c.ownerTeamId)) },
      { header: t('columns.target'), value: (c) => text(clauseTarget(c, doc, t, lang)) },
      { header: t('columns.period'), value: (c) => t(`period.${c.period}`) },
      { header: t('columns.consequence'), value: (c) => text(c.consequence) },
      { header: t('columns.status'), value: (c) => t(`status.${c.status}`) },
    ],
    doc.clauses,
  );
  ws.commit();
}
