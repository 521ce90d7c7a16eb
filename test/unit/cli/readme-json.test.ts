/**
 * The README's `pacto measure --json` tables stay true: every key the real output has for the clause
 * kinds of issue 13 (acceptance rate, scoring, revenue, capacity, follow-up cadence), their periods and
 * breaches, and a current-stage column's report, is named in the README; every record field
 * `--mapping` accepts is listed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS } from '../../../src/shared/records/record-set';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { pacto } from './run';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const artifacts = new URL('../../artifacts/cli-readme-json/', import.meta.url).pathname;

const readme = readFileSync('README.md', 'utf8');
const measureSection = readme.slice(
  readme.indexOf('### `pacto measure`'),
  readme.indexOf('### `pacto plan`'),
);
/** The README row of the JSON table whose first cell starts with `key`. */
const row = (key: string): string => {
  const line = measureSection.split('\n').find((l) => l.startsWith(`| ${key}`));
  if (!line) throw new Error(`no README row ${key}`);
  return line;
};
/** The names in a `{ a, b?, c: [{ d }] }` list (optional marks and nested lists dropped). */
const names = (list: string): string[] =>
  list
    .replace(/: \[\{[^}]*\}\]/g, '')
    .split(',')
    .map((k) => k.trim().replace(/\?$/, ''));

function workbook(): string {
  mkdirSync(artifacts, { recursive: true });
  const path = `${artifacts}b2b.pacto`;
  writeFileSync(path, serializeWorkbook(createFromTemplate('b2b', 'en', new Date('2026-01-15T09:00:00Z'))));
  return path;
}

type Json = Record<string, unknown>;
async function measureJson(dir: string, ...args: string[]): Promise<Json> {
  const r = await pacto(['measure', '-w', workbook(), ...args, '--json'], { cwd: fixtures + dir });
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Json;
}

describe('README: pacto measure --json', async () => {
  // Acceptance rate and scoring; revenue and capacity; the follow-up cadence from activity files.
  const runs = await Promise.all([
    measureJson('lead-quality', '-s', 'hubspot-contacts.csv', '--as-of', '2026-03-20T11:00:00Z'),
    measureJson('revenue-capacity', '-s', 'hubspot-contacts.csv', '--as-of', '2026-04-15T12:00:00Z'),
    measureJson(
      'activities',
      '-s',
      'hubspot-contacts.csv',
      '--activities',
      'hubspot-calls.csv',
      '--as-of',
      '2026-04-01T10:00:00Z',
    ),
  ]);
  const kinds = ['acceptanceRate', 'scoring', 'revenue', 'capacity', 'cadence'];
  const clauses = runs
    .flatMap((r) => r.clauses as Json[])
    .filter((c) => kinds.includes(c.type as string) && !c.reason);

  it('measures every kind it checks', () => {
    expect([...new Set(clauses.map((c) => c.type))].sort()).toEqual([...kinds].sort());
  });

  it('names every key of those clauses in the `clauses` row', () => {
    const documented = names(/`\[\{ ([^}]*) \}\]`/.exec(row('`clauses`'))![1]!);
    const keys = new Set(clauses.flatMap((c) => Object.keys(c)));
    expect([...keys].filter((k) => !documented.includes(k))).toEqual([]);
    // And each kind's own fields are there to be named.
    const of = (type: string) => clauses.find((c) => c.type === type)!;
    expect(Object.keys(of('revenue'))).toEqual(expect.arrayContaining(['currency', 'metric']));
    expect(Object.keys(of('capacity'))).toContain('overCapacity');
    expect(Object.keys(of('acceptanceRate'))).toContain('decisions');
    expect(Object.keys(of('scoring'))).toEqual(expect.arrayContaining(['threshold', 'scoreFrom']));
  });

  it('names every key of their periods, months, decisions, over-capacity rows and breaches', () => {
    const documentedIn = (key: string) => names(/`\[\{ (.*?) \}\]`/.exec(row(key))![1]!);
    const keysOf = (items: unknown[]) => [...new Set(items.flatMap((x) => Object.keys(x as Json)))];
    const all = (field: string) => clauses.flatMap((c) => (c[field] as unknown[] | undefined) ?? []);
    const missing = (items: unknown[], documented: string[]) =>
      keysOf(items).filter((k) => !documented.includes(k));
    expect(missing(all('periods'), documentedIn('`clauses[].periods`'))).toEqual([]);
    expect(missing(all('months'), documentedIn('`clauses[].months`'))).toEqual([]);
    expect(missing(all('decisions'), documentedIn('`clauses[].decisions`'))).toEqual([]);
    expect(missing(all('overCapacity'), documentedIn('`clauses[].overCapacity`'))).toEqual([]);
    const breaches = runs.flatMap((r) => (r.breaches as { items: Json[] }).items);
    const kindIds = new Set(clauses.map((c) => c.id));
    const documented = names(/`\{ total, items: \[\{ ([^}]*) \}\] \}`/.exec(row('`breaches`'))![1]!);
    expect(
      missing(
        breaches.filter((b) => kindIds.has(b.clauseId)),
        documented,
      ),
    ).toEqual([]);
  });

  it("names every key of a current-stage column's report", async () => {
    const r = await measureJson('stages', '-s', 'hubspot-lifecycle.csv');
    const report = (r.import as Json).stageValues as Json;
    const documented = names(
      /`stageValues\?` \(a current-stage column's `\{ ([^}]*) \}`/.exec(row('`import`'))![1]!,
    );
    expect(Object.keys(report).filter((k) => !documented.includes(k))).toEqual([]);
    expect(report.backwards).toBe('partly');
  });

  it('lists every record field --mapping accepts', () => {
    const line = measureSection.split('\n').find((l) => l.startsWith('| `-m, --mapping'))!;
    expect(RECORD_FIELDS.filter((f) => !line.includes(`\`${f}\``))).toEqual([]);
  });
});
