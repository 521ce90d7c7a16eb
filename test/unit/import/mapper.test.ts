import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvChunkParser } from '../../../src/shared/import/csv-chunks';
import { RecordMapper } from '../../../src/shared/import/mapper';
import { compilePlan } from '../../../src/shared/import/plan';
import { textAt } from '../../../src/shared/records/record-set';
import type { FieldMapping, JoinSpec } from '../../../src/shared/import/types';

/** Runs the pure core on CSV text, as the worker does on a file (header = first row). */
function mapCsv(
  texts: string[],
  mapping: FieldMapping,
  join?: JoinSpec,
  extra: { dateOrder?: Record<string, 'dmy' | 'mdy'> } = {},
) {
  const parsed = texts.map((t) => Papa.parse<string[]>(t, { delimiter: ',', newline: '\n' }).data);
  const files = parsed.map((rows, i) => ({ name: `f${i}.csv`, headers: rows[0]! }));
  const plan = compilePlan(files, mapping, join);
  if (!plan.ok) return plan;
  const mapper = new RecordMapper(plan.value, {
    files,
    decimalComma: files.map(() => false),
    timeZone: 'UTC',
    now: Date.UTC(2026, 4, 4),
    maxRows: 1000,
    ...extra,
  });
  const order = join ? [join.sourceIndex, plan.value.primary] : [plan.value.primary];
  for (const s of order) {
    const filter = mapper.rowsOf(s);
    parsed[s]!.slice(1).forEach((row, i) => filter.push(row, i + 2));
    filter.end();
  }
  return mapper.finish();
}

describe('RecordMapper', () => {
  it('joins deals onto leads: first deal per key wins, unmatched and repeated keys are reported', () => {
    const leads = 'id,mql\nA,2026-01-05\nB,2026-01-06\nC,2026-01-07\n';
    const deals =
      'lead,won,rep,value\nB,2026-02-01 10:00,Marc,100\nZ,2026-02-02,Laura,5\nB,2026-03-01,Laura,7\nA,,Laura,x\n';
    const r = mapCsv(
      [leads, deals],
      { id: '0:id', 'stage:mql': '0:mql', 'stage:customer': '1:won', owner: '1:rep', amount: '1:value' },
      { sourceIndex: 1, leftColumn: 'id', rightColumn: 'lead' },
    );
    if (!r.ok) throw new Error(r.error.code);
    const { records, report } = r.value;
    expect([...records.ids]).toEqual(['A', 'B', 'C']);
    expect(Array.from(records.stageEntered.customer!)).toEqual([NaN, Date.UTC(2026, 1, 1, 10), NaN]);
    expect([0, 1, 2].map((i) => textAt(records.owner, i))).toEqual(['Laura', 'Marc', undefined]);
    expect(Array.from(records.amount!)).toEqual([NaN, 100, NaN]);
    expect(report.join).toEqual({
      unmatched: 1,
      duplicateKeys: 1,
      examples: [{ file: 'f1.csv', row: 4, column: 'lead', value: 'B' }],
    });
    // The bad amount is located in the deals file, on the deal's own row.
    expect(report.unparsed.amount?.examples).toEqual([
      { file: 'f1.csv', row: 5, column: 'value', value: 'x' },
    ]);
    expect(report.unmappedColumns).toEqual([
      { file: 'f0.csv', columns: [] },
      { file: 'f1.csv', columns: [] },
    ]);
  });

  it('a column whose dates disagree keeps the majority order and reports the rest', () => {
    // Three values only fit d/m/y, one only fits m/d/y.
    const csv = 'id,d\n1,13/01/2026\n2,14/01/2026\n3,15/01/2026\n4,01/16/2026\n5,02/03/2026\n';
    const r = mapCsv([csv], { id: 'id', created: 'd' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.report.dateOrders).toEqual({ '0:d': 'dmy' });
    expect(r.value.records.created![4]).toBe(Date.UTC(2026, 2, 2));
    expect(Number.isNaN(r.value.records.created![3]!)).toBe(true);
    expect(r.value.report.unparsed.created?.examples).toEqual([
      { file: 'f0.csv', row: 5, column: 'd', value: '1/16/2026' },
    ]);
  });

  it('reads the same rows whatever the chunk boundaries (quoted newlines straddling chunks)', () => {
    const csv = 'id,note,when\r\n1,"a\r\nb, ""c""",2026-01-01\r\n2,plain,2026-01-02\r\n3,"",2026-01-03\r\n';
    const parseInChunks = (size: number): string[][] => {
      const rows: string[][] = [];
      const p = new CsvChunkParser({ delimiter: ',', lineEnding: 'crlf' }, (r) => rows.push(r));
      for (let i = 0; i < csv.length; i += size) p.push(csv.slice(i, i + size));
      p.end();
      return rows;
    };
    const whole = parseInChunks(csv.length);
    expect(whole).toEqual([
      ['id', 'note', 'when'],
      ['1', 'a\r\nb, "c"', '2026-01-01'],
      ['2', 'plain', '2026-01-02'],
      ['3', '', '2026-01-03'],
    ]);
    for (let size = 1; size <= 12; size++) expect(parseInChunks(size), `chunks of ${size}`).toEqual(whole);
  });

  it('refuses a mapping without id, or with the id from the joined file', () => {
    expect(mapCsv(['a,b\n1,2\n'], { created: 'b' })).toEqual({
      ok: false,
      error: { code: 'import:errors.noId' },
    });
    const r = mapCsv(
      ['a,b\n1,2\n', 'k,v\n1,3\n'],
      { id: '1:v' },
      { sourceIndex: 1, leftColumn: 'a', rightColumn: 'k' },
    );
    expect(r).toEqual({
      ok: false,
      error: { code: 'import:errors.idNotInPrimary', params: { file: 'f1.csv' } },
    });
  });
});
