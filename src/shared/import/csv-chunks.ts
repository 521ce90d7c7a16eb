import Papa from 'papaparse';
import { newlineOf } from './dialect';
import type { CsvDialect } from './types';

/**
 * Incremental CSV tokenizer over decoded text chunks, on papaparse's low-level Parser (the same loop
 * its own streamers use): each chunk is parsed up to its last complete row and the rest is carried
 * into the next one, so quoted newlines may straddle chunks. Calling it directly avoids papaparse's
 * Node Duplex, whose per-row object-mode backpressure made a million rows ~10× slower.
 */
export class CsvChunkParser {
  private readonly parser: Papa.Parser;
  private partial = '';
  constructor(
    dialect: Pick<CsvDialect, 'delimiter' | 'lineEnding'>,
    private readonly onRow: (row: string[]) => void,
  ) {
    this.parser = new Papa.Parser({
      delimiter: dialect.delimiter,
      newline: newlineOf(dialect.lineEnding) as '\r\n' | '\n' | '\r',
      quoteChar: '"',
      escapeChar: '"',
    });
  }

  push(text: string): void {
    this.run(this.partial + text, false);
  }

  end(): void {
    this.run(this.partial, true);
  }

  private run(input: string, last: boolean): void {
    this.partial = '';
    if (input === '') return;
    const res = this.parser.parse(input, 0, !last) as { data: string[][]; meta: { cursor: number } };
    for (const row of res.data) this.onRow(row);
    if (!last) this.partial = input.substring(res.meta.cursor);
  }
}
