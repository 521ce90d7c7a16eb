/**
 * A large file is read in N parts, by N workers, and merged (run-import.ts). Whatever the file and N,
 * that must give exactly what one read gives: the same records in the same order, the same report
 * (counts, examples and their row numbers), the same hash; and where a split point is not a clean
 * place to split, the part before it reads on and the result is still the same.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPart } from '../../../src/main/import/import-files';
import { runImport } from '../../../src/main/import/run-import';
import type { ImportOutcome, ImportProgress, ImportRequest } from '../../../src/shared/import/types';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pacto-split-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const HEADER = 'Record ID,Create Date,MQL date,Owner,Source,Amount,Notes';
const mapping = {
  id: 'Record ID',
  created: 'Create Date',
  'stage:mql': 'MQL date',
  owner: 'Owner',
  channel: 'Source',
  amount: 'Amount',
};

/** A small seeded generator (mulberry32): the same seed always writes the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OWNERS = ['Marta Núñez', 'Jordi Puig', 'Ana', 'Łukasz', 'Zoë'];
const SOURCES = ['Organic', 'Paid, search', 'Referral', 'Events'];

/** One data row; `seed`-driven oddities: empty and unreadable cells, quoted commas and line breaks. */
function row(
  i: number,
  rnd: () => number,
  opts: { ids?: (i: number) => string; dates?: 'iso' | 'dmy' },
): string {
  const day = 1 + Math.floor(rnd() * 28);
  const month = 1 + Math.floor(rnd() * 12);
  const date =
    opts.dates === 'dmy'
      ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2025`
      : `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${10 + Math.floor(rnd() * 9)}:15`;
  const r = rnd();
  const mql = r < 0.5 ? date : r < 0.55 ? 'not a date' : '';
  const owner = rnd() < 0.1 ? '' : OWNERS[Math.floor(rnd() * OWNERS.length)]!;
  // A source first seen late in the file: its dictionary code differs between the parts.
  const source = i > 600 && rnd() < 0.2 ? 'Partner late' : SOURCES[Math.floor(rnd() * SOURCES.length)]!;
  const amount = rnd() < 0.1 ? 'n/a' : rnd() < 0.05 ? 'twelve' : (rnd() * 9000).toFixed(2);
  const notes = rnd() < 0.05 ? '"line one\nline two, with a comma"' : rnd() < 0.1 ? '"said ""yes"""' : 'ok';
  const id = opts.ids ? opts.ids(i) : String(7_000_000 + i);
  return [id, date, mql, owner, `"${source}"`, amount, notes].join(',');
}

function csv(rows: string[], footer = ''): string {
  return [HEADER, ...rows].join('\n') + '\n' + footer;
}

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const request = (path: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  sources: [{ path }],
  mapping,
  timeZone: 'Europe/Madrid',
  ...extra,
});

/** The outcome as plain data: ids as an array, columns as arrays (their buffers' slack aside). */
function plain(o: ImportOutcome): unknown {
  const columns = Object.fromEntries(
    Object.entries(o.records).map(([k, v]) => {
      if (k === 'ids') return [k, [...o.records.ids]];
      if (v instanceof Float64Array) return [k, Array.from(v)];
      if (k === 'stageEntered')
        return [
          k,
          Object.fromEntries(Object.entries(o.records.stageEntered).map(([s, c]) => [s, Array.from(c)])),
        ];
      if (v && typeof v === 'object' && 'codes' in v)
        return [k, { ...v, codes: Array.from(v.codes as Uint32Array) }];
      return [k, v];
    }),
  );
  return { ...o, records: columns };
}

/** The import read in one part and in each of `counts` parts, all at once. */
async function inParts(
  req: ImportRequest,
  counts = [2, 3],
): Promise<{ one: ImportOutcome; split: ImportOutcome[] }> {
  const all = await Promise.all([1, ...counts].map((parts) => runImport(req, { parts })));
  const values = all.map((r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  });
  return { one: values[0]!, split: values.slice(1) };
}

/** Whether part `index` of `count` stops at its end (true) or has to read on to the end of the file. */
async function splitsCleanly(req: ImportRequest, index = 0, count = 2): Promise<boolean> {
  const r = await readPart(req, {}, { index, count });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return !r.value.parsed.toEnd;
}

// Each import starts workers that load the TypeScript source through tsx: slow on a busy machine.
describe('an import read in parts', { timeout: 120_000 }, () => {
  it('gives the same records, report and hash as one read, for seeded exports with every oddity', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const rnd = random(seed);
      const rows = Array.from({ length: 1200 }, (_, i) => row(i, rnd, {}));
      // Repeats inside each half, blank and ragged rows, a Salesforce-style footer.
      rows[100] = rows[40]!;
      rows[1000] = rows[950]!;
      rows[300] = '';
      rows[1100] = '7001100,2025-02-03 10:00';
      const path = await file(`seeded-${seed}.csv`, csv(rows, '\n"Grand Totals (1200 records)"\n'));
      const req = request(path);
      expect(await splitsCleanly(req)).toBe(true);
      // Two parts for odd seeds, three for even ones (each import starts its own workers).
      const { one, split } = await inParts(req, [seed % 2 ? 2 : 3]);
      for (const n of split) expect(plain(n)).toEqual(plain(one));
      // And the figures are the file's: 1,200 rows (2 repeated ids and 1 blank row not kept), then a
      // blank line and the footer.
      expect(one.records.size).toBe(1197);
      expect(one.report.skipped.duplicateId?.examples.map((e) => e.row)).toEqual([102, 1002]);
      expect(one.report.skipped.footer?.count).toBe(1);
      expect(one.files[0]!.rows).toBe(1202);
    }
  });

  it('settles day/month order over both halves: only the second half shows a day above 12', async () => {
    const rnd = random(9);
    const rows = Array.from({ length: 800 }, (_, i) => {
      // The first 700 rows' days are all ≤ 12, so both orders fit until row 750 says 25/03.
      const r = row(i, rnd, { dates: 'dmy' });
      return i < 700
        ? r.replace(
            /^(\d+),(\d\d)\//,
            (_, id: string, d: string) => `${id},${String(Math.min(12, Number(d))).padStart(2, '0')}/`,
          )
        : r;
    });
    rows[750] = '7000750,25/03/2025,,Ana,Organic,10,ok';
    const req = request(await file('dmy.csv', csv(rows)));
    expect(await splitsCleanly(req)).toBe(true);
    const { one, split } = await inParts(req);
    expect(one.report.dateOrders).toEqual({ '0:Create Date': 'dmy', '0:MQL date': 'dmy' });
    for (const n of split) expect(plain(n)).toEqual(plain(one));
  });

  it('reads on to the end when the middle falls inside a quoted cell with line breaks', async () => {
    const rnd = random(5);
    const rows = Array.from({ length: 200 }, (_, i) => row(i, rnd, {}));
    const note = '"' + Array.from({ length: 400 }, (_, k) => `note line ${k}, quoted`).join('\n') + '"';
    rows[100] = `7000100,2025-04-01 10:00,,Ana,Organic,1,${note}`;
    const req = request(await file('quoted-middle.csv', csv(rows)));
    expect(await splitsCleanly(req)).toBe(false);
    const { one, split } = await inParts(req, [2]);
    for (const n of split) expect(plain(n)).toEqual(plain(one));
    expect(one.records.size).toBe(200);
  });

  it('reads on to the end when the middle falls among blank rows (they may be a footer)', async () => {
    const rnd = random(6);
    const rows = Array.from({ length: 200 }, (_, i) => row(i, rnd, {}));
    rows.splice(100, 0, ...Array.from({ length: 2000 }, () => ''));
    const req = request(await file('blank-middle.csv', csv(rows)));
    expect(await splitsCleanly(req)).toBe(false);
    const { one, split } = await inParts(req, [2]);
    for (const n of split) expect(plain(n)).toEqual(plain(one));
    expect(one.report.skipped.empty?.count).toBe(2000);
  });

  it('reads on to the end when the header itself lies past the middle (a long report preamble)', async () => {
    const rnd = random(11);
    const preamble = ['Contacts report', `Filters: ${'owner is any of the team; '.repeat(200)}`, ''];
    const rows = Array.from({ length: 20 }, (_, i) => row(i, rnd, {}).replace(/\n/g, ' '));
    const req = request(await file('preamble.csv', preamble.join('\n') + '\n' + csv(rows)));
    expect(await splitsCleanly(req)).toBe(false);
    const { one, split } = await inParts(req, [2]);
    for (const n of split) expect(plain(n)).toEqual(plain(one));
    expect(one.records.size).toBe(20);
  });

  it('reads the file again in one part when the second half repeats ids of the first', async () => {
    const rnd = random(7);
    const rows = Array.from({ length: 1000 }, (_, i) => row(i, rnd, { ids: (i) => `lead-${i % 700}` }));
    const req = request(await file('repeats-across.csv', csv(rows)));
    expect(await splitsCleanly(req)).toBe(true);
    const { one, split } = await inParts(req, [2]);
    for (const n of split) expect(plain(n)).toEqual(plain(one));
    // Rows 701–1000 (file rows 702–1001) repeat ids 0–299: first occurrences are kept, in file order.
    expect(one.records.size).toBe(700);
    expect(one.report.duplicateIds.count).toBe(300);
    expect(one.report.skipped.duplicateId?.examples[0]).toMatchObject({ row: 702, value: 'lead-0' });
  });

  it('in three parts: a quoted cell across the second split makes part 1 read on, and part 2 is dropped', async () => {
    const rnd = random(12);
    const rows = Array.from({ length: 300 }, (_, i) => row(i, rnd, {}).replace(/\n/g, ' '));
    const note = '"' + Array.from({ length: 400 }, (_, k) => `note line ${k}, quoted`).join('\n') + '"';
    // Rows 0–199 are ≈ 60 bytes, the note ≈ 10 KB: two thirds of the file fall inside it.
    rows.splice(200, 0, `7000999,2025-04-01 10:00,,Ana,Organic,1,${note}`);
    const req = request(await file('quoted-second-split.csv', csv(rows)));
    expect(await splitsCleanly(req, 0, 3)).toBe(true);
    expect(await splitsCleanly(req, 1, 3)).toBe(false);
    const { one, split } = await inParts(req, [3]);
    expect(plain(split[0]!)).toEqual(plain(one));
    expect(one.records.size).toBe(301);
  });

  it('reads the file again in one part when the last of three parts repeats ids of the first', async () => {
    const rnd = random(13);
    const rows = Array.from({ length: 900 }, (_, i) =>
      row(i, rnd, { ids: (i) => `lead-${i >= 850 ? i - 850 : i}` }).replace(/\n/g, ' '),
    );
    const req = request(await file('repeats-first-last.csv', csv(rows)));
    expect(await splitsCleanly(req, 1, 3)).toBe(true);
    const { one, split } = await inParts(req, [3]);
    expect(plain(split[0]!)).toEqual(plain(one));
    // File rows 852–901 repeat the ids of rows 2–51: the first occurrences are kept.
    expect(one.records.size).toBe(850);
    expect(one.report.skipped.duplicateId?.examples[0]).toMatchObject({ row: 852, value: 'lead-0' });
  });

  it('names the file’s own row for an unterminated quote in the last part', async () => {
    const rnd = random(8);
    const rows = Array.from({ length: 1000 }, (_, i) => row(i, rnd, {}).replace(/\n/g, ' '));
    rows[999] = '7000999,2025-01-01 10:00,,Ana,"Organic,1,ok';
    const req = request(await file('open-quote.csv', csv(rows)));
    const [one, two, three] = await Promise.all([1, 2, 3].map((parts) => runImport(req, { parts })));
    expect(one).toMatchObject({
      ok: false,
      error: { code: 'import:errors.unterminatedQuote', params: { row: 1001 } },
    });
    expect(two).toEqual(one);
    expect(three).toEqual(one);
  });

  it('reports progress summed over the parts and can be cancelled', async () => {
    const rnd = random(10);
    const rows = Array.from({ length: 30_000 }, (_, i) => row(i, rnd, {}));
    const req = request(await file('progress.csv', csv(rows)));
    const seen: ImportProgress[] = [];
    const r = await runImport(req, { parts: 3, onProgress: (p) => seen.push(p) });
    expect(r.ok).toBe(true);
    const last = seen.at(-1)!;
    expect(last.phase).toBe('finish');
    expect(last.rows).toBe(30_000);
    expect(last.bytesRead).toBe(last.totalBytes);

    const abort = new AbortController();
    const cancelled = await runImport(req, {
      parts: 3,
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    expect(cancelled).toEqual({ ok: false, error: { code: 'import:errors.cancelled' } });
  });
});
