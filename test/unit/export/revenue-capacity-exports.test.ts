import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/shared/compliance/engine';
import type { Workbook } from '../../../src/shared/workbook/schema';
import { AS_OF, capacity, load, revenue, workbook } from '../compliance/revenue-capacity-fixture';
import { NOW } from './fixtures';
import { exportAndRead, sheet } from './xlsx-helpers';

/*
 * The revenue and capacity clauses in the Excel file (the PDF: test/e2e/revenue-capacity.e2e.ts), measured on the
 * fixture (figures in test/unit/compliance/revenue-capacity.test.ts): 25 000 € a month, 4 MQLs per rep.
 */
async function measured(lang: 'en' | 'es'): Promise<Workbook> {
  const doc = { ...workbook([revenue(), capacity()]), meta: { ...workbook([]).meta, language: lang } };
  const result = measure(doc, await load(['hubspot-contacts.csv']), { asOf: Date.parse(AS_OF) });
  const snapshot = { id: 'snap', importedAt: AS_OF, asOf: result.asOf, files: [], result };
  return { ...doc, imports: { ...doc.imports, snapshots: [snapshot] } };
}

describe('revenue and capacity in the exports', () => {
  it('xlsx: revenue in the currency’s number format, and a sheet of the rep-months over capacity', async () => {
    const doc = await measured('en');
    const { book } = await exportAndRead(doc, { now: NOW });
    expect(book.worksheets.map((w) => w.name).slice(-3)).toEqual(['Compliance', 'Breaches', 'Over capacity']);
    const compliance = sheet(book, 'Compliance');
    // Row 4 on: the revenue clause's months (Dec–Apr), then the capacity clause's.
    const feb = compliance.getRow(6);
    expect([feb.getCell(3).value, feb.getCell(4).value, feb.getCell(5).value, feb.getCell(6).value]).toEqual([
      '2026-02',
      24_500,
      25_000,
      'EUR',
    ]);
    expect(feb.getCell(4).numFmt).toBe('"€"#,##0');
    // The capacity clause's months (Dec–Apr) after the revenue's: its figures are MQLs per rep.
    const capacityMarch = compliance.getRow(4 + 5 + 3);
    expect([3, 4, 5, 6, 7].map((c) => capacityMarch.getCell(c).value)).toEqual([
      '2026-03',
      6,
      4,
      'MQLs per rep',
      'Missed',
    ]);
    const over = sheet(book, 'Over capacity');
    const rows: unknown[][] = [];
    over.eachRow((row, n) => {
      if (n > 3) rows.push([2, 3, 4, 5, 6, 7].map((c) => row.getCell(c).value));
    });
    expect(rows).toEqual([
      ['2026-01', 'Laura Gil', 5, 4, 1, 'MQLs per rep'],
      ['2026-03', 'Marc Soler', 6, 4, 2, 'MQLs per rep'],
      ['2026-03', 'Nuria Vidal', 5, 4, 1, 'MQLs per rep'],
    ]);
  });
});
