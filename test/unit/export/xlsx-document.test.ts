import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { FORMULA_LIKE, NOW, hostileWorkbook } from './fixtures';
import { exportAndRead, rowsLabelled, sheet, sheetPartName, xlsxPart } from './xlsx-helpers';

/** The sheets a RevOps lead opens beyond the funnel: every section, readable and safe to edit. */
describe('Excel export as a document', () => {
  it('has a sheet for parties and RACI, feedback, playbook, review and calendar', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { book } = await exportAndRead(doc, { now: NOW });

    const parties = sheet(book, 'Parties');
    expect(parties.getRow(1).values).toEqual([undefined, 'Team', 'Kind', 'Owner', 'Approver']);
    expect(parties.getCell('A2').value).toBe(doc.parties.teams[0]!.name);
    expect(parties.getCell('D2').value).toBe(doc.parties.teams[0]!.approver);
    const raciHeader = rowsLabelled(parties, 'Activity')[0]!;
    expect(parties.getRow(raciHeader).values).toEqual([
      undefined,
      'Activity',
      ...doc.parties.teams.map((t) => t.name),
    ]);
    const first = doc.parties.raci[0]!;
    expect(parties.getCell(raciHeader + 1, 1).value).toBe(first.activity);
    expect(parties.getCell(raciHeader + 1, 2).value).toBe(first.roles[doc.parties.teams[0]!.id]);

    const feedback = sheet(book, 'Feedback');
    expect(feedback.getCell('A1').value).toBe('Channels');
    expect(feedback.getCell('B1').value).toBe(doc.feedback.channels);
    const meetings = rowsLabelled(feedback, 'Meetings')[0]!;
    expect(feedback.getCell(meetings + 2, 1).value).toBe(doc.feedback.meetings[0]!.name);

    const playbook = sheet(book, 'Playbook');
    expect(playbook.rowCount).toBe(1 + doc.playbook.length);
    expect(playbook.getCell('C2').value).toBe(doc.playbook[0]!.action);

    const review = sheet(book, 'Review');
    const value = (label: string) => review.getCell(rowsLabelled(review, label)[0]!, 2).value;
    expect(value('Consecutive missed periods that trigger a review')).toBe(2);
    expect(value('Next review')).toEqual(new Date(`${doc.review.reviewDate}T00:00:00Z`));
    expect(value('Termination')).toBe(doc.review.termination);

    const calendar = sheet(book, 'Calendar');
    expect(calendar.getCell('B1').value).toBe('America/New_York');
    expect(calendar.getCell('B2').value).toBe('Monday, Tuesday, Wednesday, Thursday, Friday');
    const holidays = rowsLabelled(calendar, 'Holidays')[0]!;
    expect(calendar.getRow(holidays + 1).values).toEqual([undefined, 'Date', 'Day']);
    // Independence Day 2026 is observed on Friday 3 July (the 4th is a Saturday).
    const july3 = doc.calendar.holidays.indexOf('2026-07-03');
    expect(july3).toBeGreaterThanOrEqual(0);
    expect(calendar.getCell(holidays + 2 + july3, 2).value).toBe('Friday');
  });

  it('stores formula-looking text as text with the quote prefix, read back from the cell style', async () => {
    const doc = hostileWorkbook('en');
    doc.scoring.criteria = FORMULA_LIKE.map((label, i) => ({
      id: `c${i}`,
      kind: 'fit' as const,
      label,
      points: i,
    }));
    const { path, book } = await exportAndRead(doc, { now: NOW });
    const styles = await xlsxPart(path, 'xl/styles.xml');
    const cellXfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    const xml = await xlsxPart(path, sheetPartName(book, 'Scoring'));
    const styleOf = (ref: string) => {
      const s = new RegExp(`<c r="${ref}"[^>]*\\bs="(\\d+)"`).exec(xml);
      if (!s) throw new Error(`no style on ${ref}`);
      return cellXfs[Number(s[1])]!;
    };
    FORMULA_LIKE.forEach((label, i) => {
      const ref = `A${4 + i}`;
      // A leading CR is stored as LF ("\n=1+1"), which no spreadsheet reads as a formula.
      if (label.startsWith('\r')) return expect(styleOf(ref)).not.toContain('quotePrefix');
      // A string cell without a formula, in the Text format, with quotePrefix on its cell format.
      expect(xml).toMatch(new RegExp(`<c r="${ref}"[^>]*t="str"><v>`));
      expect(styleOf(ref)).toContain('numFmtId="49"');
      expect(styleOf(ref)).toContain('quotePrefix="1"');
      expect(sheet(book, 'Scoring').getCell(ref).numFmt).toBe('@');
    });
    // Ordinary text keeps the ordinary style: no quote prefix on the threshold's label.
    expect(styleOf('A1')).not.toContain('quotePrefix');
    // The commitment title "=HYPERLINK(…)" too.
    const commitments = await xlsxPart(path, sheetPartName(book, 'Commitments'));
    const b2 = /<c r="B2"[^>]*\bs="(\d+)"/.exec(commitments)!;
    expect(cellXfs[Number(b2[1])]).toContain('quotePrefix="1"');
  });

  it('stores a value with every formula and asks for a full recalculation on open', async () => {
    const { path, book } = await exportAndRead(createFromTemplate('b2b', 'es', NOW), { now: NOW });
    expect(await xlsxPart(path, 'xl/workbook.xml')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    let formulas = 0;
    for (const ws of book.worksheets) {
      const xml = await xlsxPart(path, sheetPartName(book, ws.name));
      for (const [cell] of xml.matchAll(/<c\b[^>]*>(?:(?!<\/c>).)*<f>(?:(?!<\/c>).)*<\/c>/g)) {
        formulas += 1;
        expect(cell, `${ws.name}: ${cell}`).toMatch(/<v>[^<]*<\/v>|<v\/>/);
      }
    }
    expect(formulas).toBeGreaterThan(400);
  });

  it('sizes rows to their wrapped text and freezes the summary and funnel panes', async () => {
    const doc = createFromTemplate('b2b', 'es', NOW);
    const { book } = await exportAndRead(doc, { now: NOW });
    // Definitions and criteria wrap in columns 44 and 36 characters wide: each row grows to at least
    // one 15-point line per column width of its longest text (a full line of characters, no less).
    const stages = sheet(book, 'Etapas');
    let grown = 0;
    for (let r = 2; r <= 1 + doc.stages.length; r++) {
      const lines = Math.max(
        ...[4, 5, 6].map((c) =>
          Math.ceil(String(stages.getCell(r, c).value ?? '').length / stages.getColumn(c).width!),
        ),
      );
      if (lines > 1) {
        grown += 1;
        expect(stages.getRow(r).height, `row ${r}`).toBeGreaterThanOrEqual(lines * 15);
      }
    }
    expect(grown).toBeGreaterThan(3);
    // Wrapped headers: "Criterios de entrada" in a narrow column.
    const funnel = sheet(book, 'Plan de embudo');
    const header = rowsLabelled(funnel, 'Etapa')[0]!;
    expect(funnel.getRow(header).height).toBeGreaterThan(15);
    expect(funnel.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet(book, 'Resumen').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('compares scenarios with their capacity and uncertainty ranges', async () => {
    const doc = createFromTemplate('b2b', 'en', NOW);
    const { book } = await exportAndRead(doc, { now: NOW });
    const ws = sheet(book, 'Scenarios');
    const value = (label: string) => ws.getCell(rowsLabelled(ws, label)[0]!, 2).value;
    // 5 reps × 115 MQLs each = 575 a month; the busiest month needs 552 MQLs: 552 / 575 = 96 %.
    expect(value('Sales capacity per month')).toBe(575);
    expect(value('Peak use of capacity')).toBeCloseTo(552 / 575, 10);
    expect(value('Range (low – high): MQL → SQL')).toBe('18% – 32%');
    const p10 = Number(value('Customers, pessimistic (P10)'));
    const p50 = Number(value('Customers, median (P50)'));
    const p90 = Number(value('Customers, optimistic (P90)'));
    expect(p10).toBeLessThan(p50);
    expect(p50).toBeLessThan(p90);
    // Forward model at the likely rates: 12 × 112,000 visits × 2.5 % × 20 % × 25 % × 35 % × 25 % ≈ 147.
    expect(p50).toBeGreaterThan(100);
    expect(p50).toBeLessThan(200);
  });
});
