import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/import/import-files';
import { importSources } from '../../../src/main/import/import-sources';
import { sniffFile } from '../../../src/main/import/sources';
import { measure } from '../../../src/shared/compliance/engine';
import { suggestMapping } from '../../../src/shared/import/presets';
import type { Workbook } from '../../../src/shared/workbook/schema';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { exportAndRead, rowsLabelled, sheet } from './xlsx-helpers';

/*
 * The Excel export of the B2B example measured on the lead-quality fixture (figures in
 * test/fixtures/lead-quality/README.md): the compliance sheet's decisions and rejection reasons per
 * month, and the breaches sheet's hand-over dates and reasons.
 */
const FILE = new URL('../../fixtures/lead-quality/hubspot-contacts.csv', import.meta.url).pathname;
const NOW = new Date('2026-03-21T09:00:00Z');

async function measured(): Promise<Workbook> {
  const doc = createFromTemplate('b2b', 'en', NOW);
  const sniffed = await sniffFile(FILE);
  if (!sniffed.ok) throw new Error(JSON.stringify(sniffed.error));
  const { mapping } = suggestMapping([sniffed.value.dialect.headers], doc.stages);
  const r = await importSources(
    { sources: [{ path: FILE }], mapping, timeZone: 'Europe/Madrid' },
    {},
    (q, o) => importFiles(q, { ...o, now: () => NOW.getTime() }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const result = measure(doc, r.value.records, { asOf: Date.parse('2026-03-20T11:00:00Z') });
  const snapshot = { id: 'lq', importedAt: NOW.toISOString(), asOf: result.asOf, files: [], result };
  return { ...doc, imports: { ...doc.imports, snapshots: [snapshot] } };
}

describe('Excel export: acceptance rate and scoring', async () => {
  const { book } = await exportAndRead(await measured(), { now: NOW });

  it('lists sales’ decisions and the rejections per reason under the verdicts', () => {
    const ws = sheet(book, 'Compliance');
    const [title] = rowsLabelled(ws, 'Sales’ decisions and rejection reasons');
    expect(title).toBeDefined();
    const rows = [1, 2, 3, 4].map((k) => (ws.getRow(title! + k).values as unknown[]).slice(1));
    expect(rows).toEqual([
      ['Commitment', 'Month', 'Accepted', 'Rejected', 'Pending', 'Undecided', 'Rejections by reason'],
      [expect.stringMatching(/70 %/), '2026-01', 2, 3, 0, 1, 'Not ICP: 2 · Duplicate: 1'],
      [
        expect.stringMatching(/70 %/),
        '2026-02',
        5,
        3,
        0,
        0,
        'no reason given: 1 · No budget: 1 · Not ICP: 1',
      ],
      [expect.stringMatching(/70 %/), '2026-03', 1, 1, 2, 0, 'Duplicate: 1'],
    ]);
  });

  it('says under the verdicts which score the scoring clause read', () => {
    const ws = sheet(book, 'Compliance');
    const [title] = rowsLabelled(ws, 'Scoring discipline');
    expect((ws.getRow(title! + 1).values as unknown[]).slice(1)).toEqual([
      '95 % of MQLs reach sales at or above the scoring threshold',
      expect.stringMatching(
        /^Scores read: the export’s current lead score .*, not the score at the hand-over;/,
      ),
    ]);
  });

  it('gives each low-scored hand-over its score, threshold and hand-over time; each rejection its reason', () => {
    const ws = sheet(book, 'Breaches');
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(-2)).toEqual(['Handed over', 'Reason']);
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 3) rows.push((row.values as unknown[]).slice(1));
    });
    const scoring = rows.filter((r) => String(r[0]).startsWith('95 %'));
    // Record, score, threshold, unit, hand-over (the calendar's wall time, New York: 04:00, 05:00 from 8 March).
    expect(scoring.map((r) => [r[1], r[5] ?? null, r[6], r[7], (r[8] as Date).toISOString()])).toEqual([
      ['402000000002', 45, 60, 'points', '2026-01-07T04:00:00.000Z'],
      ['402000000004', 58, 60, 'points', '2026-01-19T04:00:00.000Z'],
      ['402000000009', null, 60, 'points', '2026-02-09T04:00:00.000Z'],
      ['402000000012', 59, 60, 'points', '2026-02-18T04:00:00.000Z'],
      ['402000000016', 40, 60, 'points', '2026-03-05T04:00:00.000Z'],
      ['402000000018', 55, 60, 'points', '2026-03-19T05:00:00.000Z'],
    ]);
    const rejections = rows.filter((r) => String(r[0]).startsWith('Sales accepts'));
    expect(rejections.map((r) => [r[1], r[9] ?? ''])).toEqual([
      ['402000000002', 'Not ICP'],
      ['402000000004', 'not icp'],
      ['402000000005', 'Duplicate'],
      ['402000000009', 'No budget'],
      ['402000000010', ''],
      ['402000000012', 'Not ICP'],
      ['402000000016', 'Duplicate'],
    ]);
  });
});
