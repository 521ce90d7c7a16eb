import { teamName } from '../../../../shared/export/agreement-text';
import { dateCell, text, titleStyle } from '../cells';
import type { SheetContext } from '../context';
import { addSheet, addStyledRow, writeFacts, writeTable } from '../sheet';
import { writeTeamTable } from './summary';

/**
 * The agreement's remaining sections, one sheet each as in the PDF: parties and responsibilities,
 * the feedback loop, the troubleshooting playbook, review and termination, the business calendar.
 */

/** Teams with their owner and approver, then the RACI matrix (one column per team) and notes. */
export async function writePartiesSheet(ctx: SheetContext): Promise<void> {
  const { doc, t } = ctx;
  const teams = doc.parties.teams;
  const ws = addSheet(ctx.wb, t('sheets.parties'), ctx.paper, {
    // Team table in A–D; the RACI matrix then takes one column per team from B.
    widths: [40, 22, 30, 24, ...teams.slice(3).map(() => 16)],
    frozenRows: 1,
    landscape: teams.length > 4,
  });
  await writeTeamTable(ws, ctx);
  if (doc.parties.raci.length > 0) {
    ws.addRow([]).commit();
    addStyledRow(ws, [t('pdf.sections.raci')], titleStyle).commit();
    await writeTable(
      ws,
      [
        { header: t('xlsx.activity'), value: (row) => text(row.activity) },
        ...teams.map((team) => ({
          header: text(team.name),
          value: (row: (typeof doc.parties.raci)[number]) => row.roles[team.id] ?? '',
        })),
      ],
      doc.parties.raci,
    );
    ws.addRow([t('xlsx.raciLegend')]).commit();
  }
  if (doc.parties.notes.trim()) {
    ws.addRow([]).commit();
    writeFacts(ws, [[t('pdf.sections.notes'), text(doc.parties.notes)]]);
  }
  ws.commit();
}

/** Channels, what each side reports to the other, and the meetings. */
export async function writeFeedbackSheet(ctx: SheetContext): Promise<void> {
  const { doc, t } = ctx;
  const f = doc.feedback;
  const ws = addSheet(ctx.wb, t('sheets.feedback'), ctx.paper, {
    widths: [24, 24, 48, 24, 20],
    frozenRows: 0,
    landscape: true,
  });
  writeFacts(ws, [[t('pdf.channels'), text(f.channels) || t('pdf.empty')]]);
  ws.addRow([]).commit();
  addStyledRow(ws, [t('pdf.reports')], titleStyle).commit();
  await writeTable(
    ws,
    [
      { header: t('pdf.from'), value: (r) => text(teamName(doc, r.fromTeamId)) },
      { header: t('pdf.to'), value: (r) => text(teamName(doc, r.toTeamId)) },
      { header: t('pdf.what'), value: (r) => text(r.what) },
      { header: t('pdf.channel'), value: (r) => text(r.channel) },
      { header: t('pdf.frequency'), value: (r) => text(r.frequency) },
    ],
    f.reports,
  );
  ws.addRow([]).commit();
  addStyledRow(ws, [t('pdf.meetings')], titleStyle).commit();
  await writeTable(
    ws,
    [
      { header: t('summary.name'), value: (m) => text(m.name) },
      { header: t('pdf.cadence'), value: (m) => text(m.cadence) },
      { header: t('pdf.agenda'), value: (m) => text(m.agenda) },
      { header: t('pdf.attendees'), value: (m) => text(m.attendees) },
    ],
    f.meetings,
  );
  ws.commit();
}

/** What to do when marketing misses volume, over-delivers, or leads are judged low quality. */
export async function writePlaybookSheet(ctx: SheetContext): Promise<void> {
  const { doc, t } = ctx;
  const ws = addSheet(ctx.wb, t('sheets.playbook'), ctx.paper, {
    widths: [32, 50, 50],
    frozenRows: 1,
    landscape: true,
  });
  await writeTable(
    ws,
    [
      { header: t('pdf.problem'), value: (p) => text(p.problem) },
      { header: t('pdf.diagnosis'), value: (p) => text(p.diagnosis) },
      { header: t('pdf.action'), value: (p) => text(p.action) },
    ],
    doc.playbook,
  );
  ws.commit();
}

/** When the agreement is reviewed, renegotiated or ends. */
export function writeReviewSheet(ctx: SheetContext): void {
  const { doc, t, fmt } = ctx;
  const r = doc.review;
  const ws = addSheet(ctx.wb, t('sheets.review'), ctx.paper, { widths: [34, 90], frozenRows: 0 });
  writeFacts(ws, [
    [t('xlsx.reviewTrigger'), r.consecutiveMisses, fmt.integer],
    [t('xlsx.reviewRule'), t('pdf.reviewTrigger', { count: r.consecutiveMisses })],
    [t('pdf.reviewDate'), r.reviewDate ? dateCell(r.reviewDate) : '', fmt.date],
    [t('pdf.renegotiation'), text(r.renegotiation)],
    [t('pdf.termination'), text(r.termination)],
  ]);
  ws.commit();
}

/** Working days and hours, time zone and holidays: what "business hours" means in the clauses. */
export async function writeCalendarSheet(ctx: SheetContext): Promise<void> {
  const { doc, t, fmt, lang } = ctx;
  const c = doc.calendar;
  const ws = addSheet(ctx.wb, t('sheets.calendar'), ctx.paper, { widths: [28, 48], frozenRows: 0 });
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday: ISO weekday d is that week's day d.
  const dayName = (d: number) => weekday.format(new Date(Date.UTC(2024, 0, d)));
  writeFacts(ws, [
    [t('pdf.timeZone'), c.timeZone],
    [t('pdf.workingDays'), c.workingDays.map(dayName).join(', ')],
    [t('pdf.workingHours'), `${c.start}–${c.end}`],
  ]);
  ws.addRow([]).commit();
  addStyledRow(ws, [t('pdf.holidays')], titleStyle).commit();
  await writeTable(
    ws,
    [
      { header: t('summary.date'), value: (h) => dateCell(h), numFmt: fmt.date },
      { header: t('xlsx.weekday'), value: (h) => weekday.format(new Date(`${h}T00:00:00Z`)) },
    ],
    c.holidays,
  );
  ws.commit();
}
