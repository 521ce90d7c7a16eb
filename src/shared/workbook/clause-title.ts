import type { Clause } from './schema';

/**
 * A clause's title is the teams' own wording ("Marketing delivers 400 MQLs a month"), kept as they wrote
 * it; its terms are fields. When the title quotes a number the terms no longer hold (the target is now
 * 450), the title is flagged rather than rewritten: a title is free text in either language, often
 * quotes its numbers in words, and rewriting it would put words in the teams' mouths.
 */

/** Numbers written as words in the example titles and in everyday titles, in both languages (2–12). */
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
};
const WORD = new RegExp(`(?<![\\p{L}])(${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}])`, 'giu');
/** Digits with optional grouping ("1.200", "1,200", "1 200") and decimals ("92,5", "2.5"). */
const DIGITS = /\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;

/** What a written number may mean: "1.200" is 1200 in Spanish and 1.2 in English. */
function readings(token: string): number[] {
  const plain = token.replace(/[\u00a0\u202f ]/g, '');
  const values = [
    Number(plain.replace(/,/g, '')), // English: comma groups, point is decimal
    Number(plain.replace(/\./g, '').replace(',', '.')), // Spanish: point groups, comma is decimal
  ];
  return values.filter((v) => Number.isFinite(v));
}

/** The numbers a clause's terms hold, as a title might quote them (a share of 0.25 as 25). */
function termNumbers(c: Clause): number[] {
  const out: number[] = [];
  for (const [key, value] of Object.entries(c)) {
    if (typeof value !== 'number') continue;
    out.push(value);
    if (/(Share|Rate)$/.test(key)) out.push(value * 100);
    if (key === 'limitHours' && value >= 24) out.push(value / 24); // "48 hours" may be "2 days"
  }
  return out;
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

/**
 * The numbers the title quotes (as written) that none of the clause's terms holds any more; empty when
 * the title agrees with the terms. Qualitative clauses and targets taken from the plan have no numbers
 * to hold the title to.
 */
export function staleTitleNumbers(c: Clause): string[] {
  if (c.type === 'qualitative' || (c.type === 'volume' && c.targetFrom === 'plan')) return [];
  const terms = termNumbers(c);
  const holds = (values: number[]) => values.some((v) => terms.some((t) => same(v, t)));
  const stale: string[] = [];
  for (const m of c.title.matchAll(DIGITS)) if (!holds(readings(m[0]))) stale.push(m[0]);
  for (const m of c.title.matchAll(WORD)) {
    const n = NUMBER_WORDS[m[0].toLowerCase()];
    if (n !== undefined && !holds([n])) stale.push(m[0]);
  }
  return stale;
}
