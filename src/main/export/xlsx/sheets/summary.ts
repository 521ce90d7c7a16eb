import type { CellValue, Worksheet } from 'exceljs';
import { teamName } from '../../../../shared/export/agreement-text';
import { historyNote, revisionHistory } from '../../../../shared/export/revision';
import { dateCell, text, titleStyle } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow, writeFacts, writeTable } from '../sheet';

/** The teams with their kind, owner and approver: on the cover and on the parties sheet. */
export async function writeTeamTable(ws: Worksheet, { doc, t }: SheetContext): Promise<void> {
  await writeTable(
    ws,
    [
      { header: t('summary.team'), value: (team) => text(team.name) },
      { header: t('summary.kind'), value: (team) => t(`teamKind.${team.kind}`) },
      { header: t('summary.owner'), value: (team) => text(team.owner) },
      { header: t('summary.approver'), value: (team) => text(team.approver) },
    ],
    doc.parties.teams,
  );
}

/** Cover sheet: what the agreement is, its revision and status, who the parties are and who signed. */
export async function writeSummarySheet(ctx: SheetContext): Promise<void> {
  const { doc, t, fmt, revision } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.summary'), ctx.paper, {
    widths: [26, 30, 24, 24, 24, 16],
    frozenRows: 1,
  });
  addStyledRow(ws, [t('docTitle')], titleStyle).commit();
  ws.addRow([]).commit();

  const plan = doc.scenarios.items.find((s) => s.id === doc.scenarios.planOfRecordId);
  const status = revision.signed ? t('revisionStatus.signed') : t('revisionStatus.draft');
  const facts: [string, CellValue, string?][] = [
    [t('summary.title'), text(doc.meta.title) || t('untitled')],
    [t('summary.company'), text(doc.meta.company)],
    [t('summary.revision'), revision.number, fmt.integer],
    [t('summary.status'), status],
    [
      t('pdf.signoff.effectiveFrom'),
      revision.effectiveDate ? dateCell(revision.effectiveDate) : t('pdf.signoff.onSignature'),
      fmt.date,
    ],
    [t('summary.exportedAt'), ctx.exportedAt, fmt.dateTime],
    [t('summary.currency'), doc.meta.currency],
    [t('summary.planOfRecord'), text(plan?.name)],
    [t('summary.contentHash'), revision.hash],
  ];
  writeFacts(ws, facts);

  ws.addRow([]).commit();
  addStyledRow(ws, [t('summary.parties')], titleStyle).commit();
  await writeTeamTable(ws, ctx);

  ws.addRow([]).commit();
  addStyledRow(ws, [t('summary.signOff')], titleStyle).commit();
  const signatures = doc.signOff.revisions.flatMap((rev) =>
    rev.signatories.map((s) => ({ revision: rev.number, signedAt: rev.signedAt, ...s })),
  );
  if (signatures.length === 0) {
    ws.addRow([t('summary.noSignatures')]).commit();
  } else {
    await writeTable(
      ws,
      [
        { header: t('summary.revision'), value: (s) => s.revision, numFmt: fmt.integer },
        { header: t('summary.name'), value: (s) => text(s.name) },
        { header: t('summary.role'), value: (s) => text(s.role) },
        { header: t('summary.team'), value: (s) => text(teamName(doc, s.teamId)) },
        { header: t('summary.date'), value: (s) => dateCell(s.date), numFmt: fmt.date },
      ],
      signatures,
    );
  }

  ws.addRow([]).commit();
  addStyledRow(ws, [t('pdf.signoff.history')], titleStyle).commit();
  await writeTable(
    ws,
    [
      { header: t('summary.revision'), value: (h) => h.number, numFmt: fmt.integer },
      {
        header: t('pdf.signoff.signedOn'),
        value: (h) => (h.signedAt ? dateCell(h.signedAt) : t('pdf.signoff.pending')),
        numFmt: fmt.date,
      },
      {
        header: t('pdf.signoff.effectiveFrom'),
        value: (h) => (h.effectiveDate ? dateCell(h.effectiveDate) : t('pdf.signoff.onSignature')),
        numFmt: fmt.date,
      },
      { header: t('pdf.signoff.changes'), value: (h) => text(historyNote(h, t)) },
    ],
    revisionHistory(doc),
  );
  ws.commit();
}
