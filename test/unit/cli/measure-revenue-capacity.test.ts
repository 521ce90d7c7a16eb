import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { blankWorkbook } from '../../../src/shared/workbook/blank';
import { ComplianceResult, type Clause } from '../../../src/shared/workbook/schema';
import { pacto } from './run';

/*
 * `pacto measure` on the revenue and capacity fixture (test/fixtures/revenue-capacity; the figures are
 * worked out in test/unit/compliance/revenue-capacity.test.ts): monthly revenue of at least 25 000 €,
 * and at most 4 MQLs per rep a month.
 */
const CSV = resolve('test/fixtures/revenue-capacity/hubspot-contacts.csv');
const DIR = resolve('test/artifacts/cli-revenue-capacity');

const base = {
  ownerTeamId: '',
  period: 'month' as const,
  consequence: '',
  status: 'agreed' as const,
  comments: [],
};
const clauses: Clause[] = [
  {
    ...base,
    id: 'revenue',
    title: 'Revenue won',
    type: 'revenue',
    stageId: 'customer',
    metric: 'revenue',
    target: 25_000,
    targetFrom: 'fixed',
  },
  {
    ...base,
    id: 'capacity',
    title: 'MQLs per rep',
    type: 'capacity',
    stageId: 'mql',
    perRep: 4,
    targetFrom: 'fixed',
  },
];

function workbookFile(lang: 'en' | 'es'): string {
  mkdirSync(DIR, { recursive: true });
  const path = resolve(DIR, `${lang}.pacto`);
  const wb = blankWorkbook(lang, new Date('2026-01-01T00:00:00Z'), 'Europe/Madrid');
  writeFileSync(path, serializeWorkbook({ ...wb, clauses }));
  return path;
}

const args = (wb: string, ...more: string[]) => [
  'measure',
  '-w',
  wb,
  '-s',
  CSV,
  '--preset',
  'hubspot',
  '--as-of',
  '2026-04-15T12:00:00Z',
  ...more,
];

describe('pacto measure: revenue and capacity', () => {
  it('names the reps over capacity in the summary, and each month’s revenue, deals and average in --detail', async () => {
    const wb = workbookFile('en');
    const summary = await pacto(args(wb));
    expect(summary.code).toBe(0);
    expect(summary.out).toContain(
      'Sales reps over capacity:\n  MQLs per rep: 3 rep-months over, in MQLs per rep: Laura Gil 2026-01 (5 for 4), Marc Soler 2026-03 (6 for 4), Nuria Vidal 2026-03 (5 for 4)',
    );
    // Every capacity figure says what it counts: the busiest rep's MQLs in March against 4 per rep.
    expect(summary.out).toMatch(/MQLs per rep\s+2026-03\s+Missed\s+6 \/ 4 MQLs per rep/);
    expect(summary.out).toContain('2 MQLs per rep so far (target 4 MQLs per rep)');
    // The latest decided month of each, in euros for the revenue.
    expect(summary.out).toMatch(/Revenue won\s+2026-03\s+Met\s+€30,000 \/ €25,000/);

    const detail = await pacto(args(wb, '--detail'));
    expect(detail.out).toContain('revenue won €24,500 · 2 deals · average deal €12,250');
    expect(detail.out).toContain('Marc Soler 2026-03: 6 handed over, capacity 4 MQLs per rep');
    expect(detail.out).toContain('2026-03  Missed  actual 6 MQLs per rep · target 4 MQLs per rep');
  });

  it('gives the JSON its currency, metric and over-capacity list, and speaks Spanish', async () => {
    const wb = workbookFile('es');
    const json = await pacto(args(wb, '--json'));
    const result = ComplianceResult.parse(JSON.parse(json.out));
    const [revenue, capacity] = result.clauses;
    expect([revenue?.unit, revenue?.currency, revenue?.metric]).toEqual(['money', 'EUR', 'revenue']);
    expect(capacity?.overCapacity?.map((o) => `${o.owner} ${o.month} ${o.count}/${o.capacity}`)).toEqual([
      'Laura Gil 2026-01 5/4',
      'Marc Soler 2026-03 6/4',
      'Nuria Vidal 2026-03 5/4',
    ]);

    const detail = await pacto(args(wb, '--detail'), { env: { LANG: 'es_ES.UTF-8' } });
    // Intl puts a no-break space before the euro sign.
    const es = detail.out.replace(/\u00a0/g, ' ');
    expect(es).toContain('ingresos ganados 24.500 € · 2 operaciones · operación media 12.250 €');
    expect(es).toContain('ingresos ganados 30.000 € · 1 operación · operación media 30.000 €');
    expect(es).toContain('2026-03  Incumplido  real 6 MQL por comercial · objetivo 4 MQL por comercial');
    expect(es).toContain('Marc Soler 2026-03: 6 recibidos, capacidad 4 MQL por comercial');
  });
});
