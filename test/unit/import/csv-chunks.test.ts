/**
 * CsvChunkParser's own loop against papaparse, the parser it stands in for: on any text made of
 * the characters that matter to CSV (quotes, delimiters, every kind of line break, spaces, accents),
 * cut into chunks anywhere, both give the same rows and both see the same unterminated quote.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CsvChunkParser } from '../../../src/shared/import/csv-chunks';
import type { CsvDialect } from '../../../src/shared/import/types';
import { cut } from './cut';

const NEWLINE = { crlf: '\r\n', lf: '\n', cr: '\r', mixed: '\n' } as const;

/** The importer's former reader: papaparse's Parser on each chunk, the incomplete row carried over. */
function papaRows(chunks: string[], dialect: Pick<CsvDialect, 'delimiter' | 'lineEnding'>) {
  const parser = new Papa.Parser({
    delimiter: dialect.delimiter,
    newline: NEWLINE[dialect.lineEnding],
    quoteChar: '"',
    escapeChar: '"',
  });
  const rows: string[][] = [];
  let unterminated = false;
  let partial = '';
  const run = (input: string, last: boolean): void => {
    partial = '';
    if (input === '') return;
    const res = parser.parse(input, 0, !last) as {
      data: string[][];
      errors: { code: string }[];
      meta: { cursor: number };
    };
    rows.push(...res.data);
    if (res.errors.some((e) => e.code === 'MissingQuotes')) unterminated = true;
    if (!last) partial = input.substring(res.meta.cursor);
  };
  for (const c of chunks) run(partial + c, false);
  run(partial, true);
  return { rows, unterminated };
}

function ourRows(chunks: string[], dialect: Pick<CsvDialect, 'delimiter' | 'lineEnding'>) {
  const rows: string[][] = [];
  const p = new CsvChunkParser(dialect, (r) => rows.push(r));
  for (const c of chunks) p.push(c);
  p.end();
  return { rows, unterminated: p.unterminatedQuoteRow !== undefined };
}

describe('CsvChunkParser', () => {
  it('reads any text exactly as papaparse does, wherever the chunks are cut', () => {
    const pieces = ['"', '""', ',', ';', '\r\n', '\n', '\r', ' ', 'a', 'bc', 'é', '1,"x"', '"y",', 'z"w'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join('')),
        fc.constantFrom<CsvDialect['delimiter']>(',', ';'),
        fc.constantFrom<CsvDialect['lineEnding']>('crlf', 'lf', 'cr'),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (text, delimiter, lineEnding, at) => {
          const chunks = cut(text, at);
          const dialect = { delimiter, lineEnding };
          expect(ourRows(chunks, dialect)).toEqual(papaRows(chunks, dialect));
        },
      ),
      { seed: 4242, numRuns: 3000 },
    );
  });

  it('reads a well-formed export cut into 1-byte to 40-byte chunks like papaparse reads it whole', () => {
    const text =
      '"Record ID","Company Name","Notes","Amount"\r\n' +
      '"101","Talleres Ibáñez, S.L.","said ""call me""\nnext week","1.500,00"\r\n' +
      '"102","","",""\r\n' +
      '103,Café Østergaard SL,plain,12\r\n' +
      '\r\n' +
      '"104","Grupo García, Inc.","a\r\nb",""';
    const whole = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' }).data;
    expect(whole).toHaveLength(6);
    expect(whole[1]).toEqual(['101', 'Talleres Ibáñez, S.L.', 'said "call me"\nnext week', '1.500,00']);
    for (let size = 1; size <= 40; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(ourRows(chunks, { delimiter: ',', lineEnding: 'crlf' }).rows, `chunks of ${size}`).toEqual(
        whole,
      );
    }
  });

  it('numbers the row where an unclosed quote opens, counting the rows before it', () => {
    const rows: string[][] = [];
    const p = new CsvChunkParser({ delimiter: ',', lineEnding: 'lf' }, (r) => rows.push(r));
    p.push('id,name\n1,"Ana"\n2,"Luis\n3,Marta\n');
    p.end();
    // Rows: header (1), 1 (2), then row 3 opens a quote that swallows the rest.
    expect(p.unterminatedQuoteRow).toBe(3);
    expect(rows).toEqual([
      ['id', 'name'],
      ['1', 'Ana'],
      ['2', 'Luis\n3,Marta\n'],
    ]);
  });
});
