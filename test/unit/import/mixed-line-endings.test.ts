/**
 * Files whose rows end in CRLF, LF and CR at once (exports from different tools pasted together):
 * parsed with one newline, the rows ending otherwise ran together, the sniffer skipped the real header
 * and the import blamed the mapping ("Choose the column that holds each record's id").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/import/import-files';
import { sniffFile } from '../../../src/main/import/run-import';
import { CsvChunkParser } from '../../../src/shared/import/csv-chunks';
import { detectLineEnding } from '../../../src/shared/import/dialect';
import { textAt } from '../../../src/shared/records/record-set';

const fixture = new URL('../../fixtures/nasty/mixed-line-endings.csv', import.meta.url).pathname;

describe('mixed line endings', () => {
  it('are told apart from one kind of break', () => {
    expect(detectLineEnding('a,b\r\nc,d\ne,f\r')).toBe('mixed');
    expect(detectLineEnding('a,b\rc,d\r\ne,f\r\n')).toBe('mixed');
    // A CRLF sample cut between its CR and LF is still CRLF; quoted LFs (Excel's in-cell breaks) do not count.
    expect(detectLineEnding('a,b\r\nc,d\r\ne,f\r')).toBe('crlf');
    expect(detectLineEnding('a,b\r\n1,"x\ny"\r\n2,z\r\n')).toBe('crlf');
    expect(detectLineEnding('a,b\nc,d\n')).toBe('lf');
    // Without a CR: LF, whether its breaks are quoted, cut off by an open quote, or absent.
    expect(detectLineEnding('a,"b\nc"\n"d\ne",f')).toBe('lf');
    expect(detectLineEnding('a,"b\nc,d\n')).toBe('lf');
    expect(detectLineEnding('a,b')).toBe('lf');
    expect(detectLineEnding('a,b\rc,d\r')).toBe('cr');
  });

  it('the fixture (CR, then CRLF, then LF rows) is sniffed with its real header and imported whole', async () => {
    const sniffed = await sniffFile(fixture);
    if (!sniffed.ok) throw new Error(sniffed.error.code);
    expect(sniffed.value.dialect).toMatchObject({ lineEnding: 'mixed', headerIndex: 0, delimiter: ',' });
    expect(sniffed.value.dialect.headers[0]).toBe('Record ID');
    expect(sniffed.value.preview).toHaveLength(9);
    const r = await importFiles(
      {
        sources: [{ path: fixture }],
        mapping: {
          id: 'Record ID',
          owner: 'Contact owner',
          channel: 'Original Source',
          'stage:mql': 'Became a Marketing Qualified Lead Date',
        },
        timeZone: 'UTC',
      },
      { now: () => Date.parse('2026-05-04T12:00:00Z') },
    );
    if (!r.ok) throw new Error(r.error.code);
    const { records, report } = r.value;
    expect([...records.ids]).toEqual(['601', '602', '603', '604', '605', '606', '607', '608', '609']);
    // The last cell of each row holds no stray CR; the quoted cell on an LF row reads as written.
    expect(Array.from(records.stageEntered.mql!).map((t) => (Number.isNaN(t) ? null : t))).toEqual([
      Date.UTC(2026, 0, 6, 10),
      Date.UTC(2026, 0, 14, 12),
      null,
      Date.UTC(2026, 1, 3, 9, 30),
      null,
      Date.UTC(2026, 1, 18, 10, 10),
      Date.UTC(2026, 2, 3, 15, 40),
      Date.UTC(2026, 2, 10, 12),
      null,
    ]);
    expect(textAt(records.channel!, 6)).toBe('Organic Search');
    expect(report.raggedRows.count).toBe(0);
    expect(report.unparsed).toEqual({});
  });

  it('chunks cut anywhere — between a CR and its LF too — give the rows of the whole text', () => {
    const cell = fc.stringMatching(/^[a-z ]{0,6}$/);
    const row = fc.array(cell, { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(row, fc.constantFrom('\r\n', '\n', '\r')), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, cuts) => {
          const text = rows.map(([cells, end]) => cells.join(',') + end).join('');
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => text.slice(from, [...at, text.length][i]));
          const got: string[][] = [];
          const parser = new CsvChunkParser({ delimiter: ',', lineEnding: 'mixed' }, (r) => got.push(r));
          for (const c of chunks) parser.push(c);
          parser.end();
          expect(got).toEqual(rows.map(([cells]) => cells));
        },
      ),
      { numRuns: 300, seed: 18 },
    );
  });
});
