import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { signOff } from '../../../src/shared/workbook/signoff';
import {
  FORMULA_LIKE,
  HOSTILE_FORMULA,
  HOSTILE_HTML,
  NOW,
  hostileWorkbook,
  olistMonthlyMqls,
  olistUnconverted,
  withOlistSnapshot,
} from './fixtures';
import { exportAndRead, rowsLabelled, sheet, sheetPartName, xlsxPart } from './xlsx-helpers';

describe('Excel export', () => {
  it('writes every sheet, named and labelled in the workbook language', async () => {
    const es = await exportAndRead(createFromTemplate('b2b', 'es', NOW), { now: NOW });
    // One sheet per section of the agreement, in the PDF's order, then the model and the scenarios.
    expect(es.book.worksheets.map((w) => w.name)).toEqual([
      'Resumen',
      'Partes',
      'Perfiles',
      'Etapas',
      'Puntuación',
      'Compromisos',
      'Comunicación',
      'Resolución de problemas',
      'Revisión',
      'Calendario',
      'Plan de embudo',
      'Escenarios',
    ]);
    expect(sheet(es.book, 'Compromisos').getRow(1).values).toEqual([
      undefined,
      'N.º',
      'Compromiso',
      'Tipo',
      'Responsable',
      'Objetivo',
      'Periodo',
      'Consecuencia',
      'Estado',
    ]);
    const en = await exportAndRead(createFromTemplate('b2b', 'en', NOW), { now: NOW });
    expect(en.book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Parties',
      'Personas',
      'Stages',
      'Scoring',
      'Commitments',
      'Feedback',
      'Playbook',
      'Review',
      'Calendar',
      'Funnel plan',
      'Scenarios',
    ]);
  });

  it('lists stages, personas, scoring and commitments with their owners, targets and statuses', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { book } = await exportAndRead(doc, { now: NOW });
    const stages = sheet(book, 'Stages');
    expect(stages.rowCount).toBe(1 + 6);
    expect(stages.getCell('B2').value).toBe('Visit');
    expect(stages.getCell('B7').value).toBe('Customer');
    expect(stages.getCell('D4').value).toBe(doc.stages[2]!.definition);
    expect(sheet(book, 'Personas').rowCount).toBe(1 + doc.personas.length);

    const scoring = sheet(book, 'Scoring');
    expect(scoring.getCell('B1').value).toBe(doc.scoring.threshold);
    expect(scoring.rowCount).toBe(3 + doc.scoring.criteria.length);

    const commitments = sheet(book, 'Commitments');
    expect(commitments.rowCount).toBe(1 + 13);
    const volume = doc.clauses.findIndex((c) => c.type === 'volume');
    const clause = doc.clauses[volume]!;
    const row = commitments.getRow(volume + 2);
    expect(row.getCell(2).value).toBe(clause.title);
    expect(row.getCell(3).value).toBe('Volume');
    expect(row.getCell(4).value).toBe(doc.parties.teams.find((t) => t.id === clause.ownerTeamId)!.name);
    // "≥ <target> entering MQL per month", the target formatted in English.
    expect(String(row.getCell(5).value)).toMatch(/^≥ [\d,.]+ entering MQL/);
    expect(String(row.getCell(5).value)).toContain(clause.type === 'volume' ? String(clause.target) : '?');
    expect(row.getCell(6).value).toBe('Month');
    expect(row.getCell(7).value).toBe(clause.consequence);
    expect(row.getCell(8).value).toBe(
      { draft: 'Draft', proposed: 'Proposed', agreed: 'Agreed', disputed: 'Disputed' }[clause.status],
    );
  });

  it('is styled like a document: frozen headers, widths, formats, landscape fit-to-width printing', async () => {
    const { book } = await exportAndRead(createFromTemplate('b2b', 'es', NOW), { now: NOW, paper: 'a4' });
    const commitments = sheet(book, 'Compromisos');
    expect(commitments.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(commitments.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    });
    expect(commitments.getColumn(2).width).toBe(32);
    expect(commitments.getCell('A1').font?.bold).toBe(true);
    expect(commitments.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const summary = sheet(book, 'Resumen');
    expect(summary.pageSetup.orientation).toBe('portrait');
    // EUR in Spanish puts the symbol after the amount, as Intl does.
    const funnel = sheet(book, 'Plan de embudo');
    const goalRow = rowsLabelled(funnel, 'Objetivo anual de ingresos (EUR)')[0]!;
    expect(funnel.getCell(goalRow, 2).numFmt).toBe('#,##0 "€"');
    const letter = await exportAndRead(createFromTemplate('b2b', 'en', NOW), { now: NOW, paper: 'letter' });
    expect(sheet(letter.book, 'Commitments').pageSetup.paperSize).toBe(1);
    expect(sheet(letter.book, 'Funnel plan').getCell(goalRow, 2).numFmt).toBe('"$"#,##0');
  });

  it('summarises revision, status and sign-off, and records the content hash', async () => {
    const draft = createFromTemplate('b2b', 'en', NOW);
    const { book } = await exportAndRead(draft, { now: NOW });
    const summary = sheet(book, 'Summary');
    const value = (label: string) => summary.getCell(rowsLabelled(summary, label)[0]!, 2).value;
    expect(value('Revision')).toBe(1);
    expect(value('Status')).toBe('Draft (unsigned)');
    expect(value('Content hash')).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.getCell(rowsLabelled(summary, 'Exported')[0]!, 2).value).toEqual(NOW);

    const signed = signOff(
      draft,
      [{ name: 'Marta Soler', role: 'Head of Sales', teamId: '', date: '2026-02-01' }],
      NOW,
    );
    if (!signed.ok) throw new Error(signed.error.code);
    const after = await exportAndRead(signed.value, { now: NOW });
    const s2 = sheet(after.book, 'Summary');
    expect(s2.getCell(rowsLabelled(s2, 'Status')[0]!, 2).value).toBe('Signed');
    expect(s2.getCell(rowsLabelled(s2, 'Content hash')[0]!, 2).value).toBe(
      signed.value.signOff.revisions[0]!.hash,
    );
    let found = false;
    s2.eachRow((row) => {
      if (row.getCell(2).value === 'Marta Soler') {
        found = true;
        expect(row.getCell(1).value).toBe(1);
        expect(row.getCell(3).value).toBe('Head of Sales');
        expect(row.getCell(5).value).toEqual(new Date('2026-02-01T00:00:00Z'));
      }
    });
    expect(found).toBe(true);
  });

  it('writes user text that looks like a formula as plain text, never as a formula', async () => {
    const doc = hostileWorkbook('en');
    doc.scoring.criteria = FORMULA_LIKE.map((label, i) => ({
      id: `c${i}`,
      kind: 'fit' as const,
      label,
      points: i,
    }));
    const { path, book } = await exportAndRead(doc, { now: NOW });
    const scoring = sheet(book, 'Scoring');
    FORMULA_LIKE.forEach((label, i) => {
      const cell = scoring.getCell(4 + i, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // Line breaks are written as LF (a bare CR would not survive XML anyway).
      expect(cell.value).toBe(label.replace('\r', '\n'));
    });
    const title = sheet(book, 'Commitments').getCell('B2');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(HOSTILE_FORMULA);
    expect(sheet(book, 'Commitments').getCell('G2').value).toBe(HOSTILE_HTML);
    expect(sheet(book, 'Personas').getCell('A2').value).toBe(HOSTILE_HTML);
    // In the raw sheet XML no formula element carries user text: the only formulas are the funnel model's.
    const parts = await Promise.all(
      book.worksheets.map((ws) => xlsxPart(path, sheetPartName(book, ws.name))),
    );
    const xml = parts.join('');
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!);
    expect(formulas.length).toBeGreaterThan(50);
    expect(formulas.some((f) => /HYPERLINK|SUM\(A1:A2\)|1\+1/.test(f))).toBe(false);
    expect(xml).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
  });

  it('adds monthly compliance per clause and the breaching records when data was imported', async () => {
    const doc = withOlistSnapshot(createFromTemplate('b2b', 'en', NOW));
    const { book } = await exportAndRead(doc, { now: NOW });
    expect(book.worksheets.map((w) => w.name).slice(-2)).toEqual(['Compliance', 'Breaches']);

    const monthly = olistMonthlyMqls();
    // Olist's busiest MQL month, counted independently (awk): 2018-04 with 1,352 first contacts.
    expect(monthly.get('2018-04')).toBe(1352);
    const compliance = sheet(book, 'Compliance');
    expect(compliance.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    // "As of" 2018-09-01T00:00Z is 21:00 the day before on the measurement's clock (São Paulo, UTC−3).
    expect(compliance.getCell('B1').value).toEqual(new Date(Date.UTC(2018, 7, 31, 21, 0, 0)));
    const rows: { month: string; actual: number; status: string }[] = [];
    compliance.eachRow((row, n) => {
      if (n > 3)
        rows.push({
          month: String(row.getCell(3).value),
          actual: Number(row.getCell(4).value),
          status: String(row.getCell(7).value),
        });
    });
    expect(rows).toHaveLength(monthly.size);
    expect(compliance.getRow(3).getCell(6).value).toBe('Unit');
    expect(compliance.getCell('F4').value).toBe('records');
    expect(compliance.autoFilter).toBe('A3:I' + (3 + monthly.size));
    expect(rows.find((r) => r.month === '2018-04')).toEqual({
      month: '2018-04',
      actual: 1352,
      status: 'Met',
    });
    expect(rows.find((r) => r.month === '2017-12')).toEqual({
      month: '2017-12',
      actual: 200,
      status: 'Missed',
    });
    const june2017 = rows.find((r) => r.month === '2017-06')!;
    expect(june2017.actual).toBe(4);
    expect(june2017.status).toBe('Missed');

    const unconverted = olistUnconverted();
    const breaches = sheet(book, 'Breaches');
    // Capped at 5,000 rows by the engine; the first row says how many there were in all.
    // 8,000 MQLs minus the 842 that closed (counted with a separate Python script).
    expect(unconverted.length).toBe(7158);
    expect(breaches.getCell('A1').value).toBe(
      'Showing the first 5,000 of 7,158 breaching records (the ones Pacto keeps).',
    );
    expect(breaches.rowCount).toBe(3 + 5000);
    expect(breaches.getRow(3).values).toEqual([
      undefined,
      'Commitment',
      'Record',
      'Month',
      'Owner',
      'Channel',
      'Actual',
      'Limit',
      'Unit',
    ]);
    expect(breaches.getCell('B4').value).toBe(unconverted[0]!.id);
    // The conversion clause's window is in days.
    expect(breaches.getCell('H4').value).toBe('days');
    expect(breaches.autoFilter).toBe('A3:H5003');
    expect(breaches.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });
});
