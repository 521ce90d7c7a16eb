import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HEADERS, hubspotContactChunks } from '../../../bench/generate/hubspot-contacts';

const text = (rows: number, seed: number): string => [...hubspotContactChunks({ rows, seed }, 700)].join('');
const sha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('benchmark data generator (HubSpot-style contacts export)', () => {
  const rows = 12_000;
  const csv = text(rows, 42);
  const parsed = Papa.parse<string[]>(csv, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: true,
  });

  it('gives the same bytes for the same seed, and different bytes for another seed', () => {
    expect(sha(text(rows, 42))).toBe(sha(csv));
    expect(sha(text(rows, 43))).not.toBe(sha(csv));
    // Chunking is presentation only: another batch size yields the same file.
    expect(sha([...hubspotContactChunks({ rows, seed: 42 }, 4999)].join(''))).toBe(sha(csv));
  });

  it('parses back to the header plus exactly the requested rows, every row as wide as the header', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(rows + 1);
    expect(parsed.data[0]).toEqual([...HEADERS]);
    expect(parsed.data.every((r) => r.length === HEADERS.length)).toBe(true);
    const ids = parsed.data.slice(1).map((r) => r[0]!);
    expect(new Set(ids).size).toBe(rows);
    expect(ids.every((id) => /^\d{12}$/.test(id))).toBe(true);
  });

  it('has the hard parts of a real export: quoted commas, a few quoted newlines, empty cells, non-ASCII', () => {
    const body = parsed.data.slice(1);
    const company = HEADERS.indexOf('Company Name');
    const withComma = body.filter((r) => r[company]!.includes(',')).length;
    const withNewline = body.filter((r) => r[company]!.includes('\n')).length;
    // Three of eight suffixes carry a comma (≈ 37.5 %); one name in 2,000 spans two lines (≈ 6 here).
    expect(withComma / rows).toBeGreaterThan(0.3);
    expect(withComma / rows).toBeLessThan(0.45);
    expect(withNewline).toBeGreaterThanOrEqual(1);
    expect(withNewline).toBeLessThan(20);
    // Physical lines = rows + header + one extra per quoted newline.
    expect(csv.split('\n').length - 1).toBe(rows + 1 + withNewline);
    expect(body.some((r) => r.some((c) => c === ''))).toBe(true);
    expect(body.some((r) => /[^ -~]/.test(r[1]! + r[2]!))).toBe(true);
    expect(csv.startsWith('"Record ID",')).toBe(true);
  });

  it('shapes a funnel: about 40 % reach MQL, 25 % of those SQL, with datetimes as HubSpot writes them', () => {
    const body = parsed.data.slice(1);
    const col = (h: (typeof HEADERS)[number]): number => HEADERS.indexOf(h);
    const mql = body.filter((r) => r[col('Became a Marketing Qualified Lead Date')] !== '');
    const sql = body.filter((r) => r[col('Became a Sales Qualified Lead Date')] !== '');
    expect(mql.length / rows).toBeGreaterThan(0.37);
    expect(mql.length / rows).toBeLessThan(0.43);
    expect(sql.length / mql.length).toBeGreaterThan(0.21);
    expect(sql.length / mql.length).toBeLessThan(0.29);
    // Every SQL was an MQL first, and entered the stages in order.
    for (const r of sql) {
      expect(
        r[col('Became a Marketing Qualified Lead Date')]! <= r[col('Became a Sales Qualified Lead Date')]!,
      ).toBe(true);
    }
    expect(body.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[col('Create Date')]!))).toBe(true);
  });
});
