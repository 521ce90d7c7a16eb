/**
 * The byte path of the importer against the text path it stands in for. ByteRowParser, handing over
 * to CsvChunkParser at the first row it cannot read (as streamRows does), gives the rows the text
 * parser gives for the decoded file, wherever the bytes are cut — inside a multi-byte character too.
 * And RecordMapper's byte rows (ids, dates and repeated labels read from the bytes) give the same
 * records and report as the same rows as strings.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteRowParser, cellsOf, type CsvRow } from '../../../src/shared/import/byte-rows';
import { CsvChunkParser } from '../../../src/shared/import/csv-chunks';
import { RecordMapper } from '../../../src/shared/import/mapper';
import { compilePlan } from '../../../src/shared/import/plan';
import type { CsvDialect, FieldMapping } from '../../../src/shared/import/types';
import { streamRows } from '../../../src/main/import/read-csv';
import { sniffOrThrow } from '../../../src/main/import/read-csv';
import { DEFAULT_LIMITS } from '../../../src/shared/import/types';
import { cut } from './cut';

type Dialect = Pick<CsvDialect, 'delimiter' | 'lineEnding'>;
const utf8 = new TextEncoder();

function textRows(bytes: Uint8Array, dialect: Dialect) {
  const rows: string[][] = [];
  const p = new CsvChunkParser(dialect, (r) => rows.push(r));
  p.push(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  p.end();
  return { rows, unterminated: p.unterminatedQuoteRow };
}

/** streamRows' reading, in memory: bytes while the byte parser can, then text from the row it could not. */
function byteRows(chunks: Uint8Array[], dialect: Dialect) {
  const rows: string[][] = [];
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let text: CsvChunkParser | undefined;
  let before = 0;
  const bytes = new ByteRowParser(dialect, (r) => rows.push(r.cells()));
  const handOver = (): void => {
    before = rows.length;
    text = new CsvChunkParser(dialect, (r) => rows.push(r));
    text.push(decoder.decode(bytes.carried, { stream: true }));
  };
  for (const c of chunks) {
    if (text) text.push(decoder.decode(c, { stream: true }));
    else if (!bytes.push(c)) handOver();
  }
  if (!text && !bytes.end()) handOver();
  if (text) {
    const tail = decoder.decode();
    if (tail) text.push(tail);
    text.end();
  }
  const open = text?.unterminatedQuoteRow;
  return { rows, unterminated: open === undefined ? undefined : before + open };
}

describe('ByteRowParser', () => {
  it('reads any UTF-8 text as the text parser does, wherever the bytes are cut', () => {
    const pieces = [
      '"',
      '""',
      ',',
      ';',
      '\r\n',
      '\n',
      '\r',
      ' ',
      'a',
      'bc',
      'é',
      '€',
      '😀',
      '\ufffd',
      '1,"x"',
      '"y",',
      'z"w',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join('')),
        fc.constantFrom<CsvDialect['delimiter']>(',', ';'),
        fc.constantFrom<CsvDialect['lineEnding']>('crlf', 'lf'),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.boolean(),
        (text, delimiter, lineEnding, at, badByte) => {
          // Sometimes a byte that is no UTF-8 at all, which both read as U+FFFD.
          const encoded = utf8.encode(text);
          const bytes = badByte
            ? new Uint8Array([...encoded.subarray(0, 3), 0xc3, ...encoded.subarray(3)])
            : encoded;
          const dialect = { delimiter, lineEnding };
          expect(byteRows(cut(bytes, at), dialect)).toEqual(textRows(bytes, dialect));
        },
      ),
      { seed: 2911, numRuns: 3000 },
    );
  });

  it('streamRows gives a file’s rows, bad bytes and mojibake as the text parser finds them', async () => {
    // Reads cut mid-row; a mis-decoded "é" (Ã©) for the mojibake check; a byte that is no UTF-8
    // past the sniffer's first megabyte; then a row only the text parser reads (text after a
    // closing quote), which hands it the rest of the file.
    const lines = ['id,name,owner'];
    for (let i = 0; i < 30000; i++) lines.push(`"${i}","Peña ${i} ""el"" €","Ana Castaño"`);
    lines.splice(29000, 0, '"x"junk,"after","quote"');
    lines.splice(2500, 0, '"y","CafÃ©","z"');
    const file = join(mkdtempSync(join(resolve('test/artifacts'), 'bytes-')), 'rows.csv');
    const body = Buffer.concat([
      Buffer.from(lines.slice(0, 28000).join('\n') + '\n'),
      Buffer.from([0xff]),
      Buffer.from(lines.slice(28000).join('\n') + '\n'),
    ]);
    writeFileSync(file, body);
    const sniff = await sniffOrThrow(file, DEFAULT_LIMITS, 'rows.csv');
    expect(sniff.dialect.encoding).toBe('utf-8');
    const rows: string[][] = [];
    const stats = await streamRows(file, sniff.dialect, (r) => rows.push(cellsOf(r).slice()));
    const text = textRows(readFileSync(file), sniff.dialect);
    expect(rows).toEqual(text.rows.slice(1));
    expect(stats.invalidBytes).toBe(1);
    expect(stats.mojibake).toContain('CafÃ©');
  });
});

describe('RecordMapper on byte rows', () => {
  it('gives the records and report of the same rows read as strings', () => {
    const headers = ['Record ID', 'Owner', 'Create Date', 'MQL Date', 'Amount', 'Source'];
    const rows = [
      ['1', 'Ana', '2026-01-05 10:00', '2026-01-06', '1.200', 'Ads'],
      [' 2 ', ' Ana ', ' 2026-01-05 ', '13/02/2026', '', 'Ads'],
      ['3', 'Ana\u00a0', '2026-02-30', 'n/a', 'x', '—'],
      ['2', 'Luis', '2026-01-07', '', '', 'Ads'], // repeated id
      ['Record ID', 'Owner', 'Create Date', 'MQL Date', 'Amount', 'Source'], // a header mid-file
      ['n/a', 'Ana', '2026-01-05', '', '', ''],
      ['000000000000000AAA', 'Ana', '2026-01-05', '', '', ''],
      ['ñ-4', 'Zoë', '2026-01-08T09:00:00Z', '', '3', 'Email'],
      ['5', 'Say "hi"', '2026-01-09 08:00:00', '2026-01-09 09:00', '', '-'],
      ['6', '', '', '', '', ''],
      ['7', 'Ana', '2026-01-10'], // ragged
      ['', '', '', '', '', ''],
      ['0031t00000ABCDEFGH', 'Ana', '2026-01-11', '', '', 'NULL'],
    ];
    const quote = (c: string): string => (/[",\s]/.test(c) || c === '' ? `"${c.replaceAll('"', '""')}"` : c);
    const csv = utf8.encode([headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');
    const mapping: FieldMapping = {
      id: 'Record ID',
      owner: 'Owner',
      created: 'Create Date',
      'stage:mql': 'MQL Date',
      amount: 'Amount',
      channel: 'Source',
    };
    const files = [{ name: 'x.csv', headers }];
    const plan = compilePlan(files, mapping, undefined);
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const run = (asStrings: boolean) => {
      const mapper = new RecordMapper(plan.value, {
        files,
        timeZone: 'Europe/Madrid',
        now: Date.parse('2026-03-01T00:00:00Z'),
        maxRows: 100,
        decimalComma: [false],
      });
      const filter = mapper.rowsOf(0);
      let n = 1;
      const parser = new ByteRowParser({ delimiter: ',', lineEnding: 'crlf' }, (r: CsvRow) => {
        n++;
        if (n > 2) filter.push(asStrings ? cellsOf(r) : r, n);
      });
      parser.push(csv);
      expect(parser.end()).toBe(true);
      filter.end();
      const out = mapper.finish();
      if (!out.ok) throw new Error(JSON.stringify(out.error));
      return { ...out.value, records: { ...out.value.records, ids: [...out.value.records.ids] } };
    };
    const strings = run(true);
    expect(run(false)).toEqual(strings);
    expect(strings.records.ids).toEqual(['1', '2', '3', 'ñ-4', '5', '6', '7', '0031t00000ABCDEFGH']);
  });
});
