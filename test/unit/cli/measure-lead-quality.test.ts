/**
 * `pacto measure` on the lead-quality fixture with the B2B example (acceptance rate ≥ 70 % of decided
 * MQLs, 30-day decision window; 95 % of MQLs at or above the scoring threshold of 60): the summary's
 * lead-quality lines, `--detail`'s decisions and below-threshold list, and the JSON fields. Figures as
 * in test/fixtures/lead-quality/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import type { ComplianceResult } from '../../../src/shared/workbook/schema';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { pacto } from './run';

const DIR = new URL('../../fixtures/lead-quality/', import.meta.url).pathname;
const artifacts = new URL('../../artifacts/cli-lead-quality/', import.meta.url).pathname;

function workbook(lang: 'en' | 'es'): string {
  mkdirSync(artifacts, { recursive: true });
  const path = `${artifacts}b2b-${lang}.pacto`;
  writeFileSync(path, serializeWorkbook(createFromTemplate('b2b', lang, new Date('2026-01-15T09:00:00Z'))));
  return path;
}

const args = (lang: 'en' | 'es', ...more: string[]) => [
  'measure',
  '-w',
  workbook(lang),
  '-s',
  'hubspot-contacts.csv',
  '--time-zone',
  'Europe/Madrid',
  '--as-of',
  '2026-03-20T11:00:00Z',
  ...more,
];

describe('pacto measure: acceptance rate and scoring discipline', () => {
  it('the summary says the latest month’s rejection reasons and how many hand-overs scored low', async () => {
    const r = await pacto(args('en'), { cwd: DIR });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Lead quality:');
    expect(r.out).toContain(
      'Sales accepts at least 70 % of the MQLs it decides on: 1 rejection in 2026-03 (Duplicate: 1)',
    );
    expect(r.out).toContain(
      '95 % of MQLs reach sales at or above the scoring threshold: 6 hand-overs below the threshold of 60 or without a score (current scores, not those at hand-over; listed by --detail)',
    );
  });

  it('reads a score-at-hand-over column when the export has one, and says which score it read', async () => {
    // The same export with "Score at MQL" (test/fixtures/lead-quality/README.md): 4 hand-overs below 60.
    const handover = args('en');
    handover[handover.indexOf('hubspot-contacts.csv')] = 'hubspot-contacts-handover.csv';
    const r = await pacto(handover, { cwd: DIR });
    expect(r.out).toContain(
      '95 % of MQLs reach sales at or above the scoring threshold: 4 hand-overs below the threshold of 60 or without a score (scores at hand-over; listed by --detail)',
    );
    const detail = await pacto([...handover, '--detail'], { cwd: DIR });
    expect(detail.out).toContain(
      '  Scoring threshold: 60 points\n  Scores read: the score at the hand-over (the export’s “score at hand-over” column).',
    );
    const json = JSON.parse((await pacto([...handover, '--json'], { cwd: DIR })).out) as ComplianceResult;
    expect(json.clauses.find((c) => c.id === 'clause-scoring')?.scoreFrom).toBe('handover');
  });

  it('--detail gives each month’s decisions and reasons, and lists the low scores with their dates', async () => {
    const r = await pacto(args('es', '--detail'), { cwd: DIR, env: { LANG: 'es_ES.UTF-8' } });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContain(
      '    2026-01: 2 aceptados, 3 rechazados, 0 pendientes, 1 sin decidir — Not ICP: 2 · Duplicate: 1',
    );
    expect(lines).toContain(
      '    2026-02: 5 aceptados, 3 rechazados, 0 pendientes, 0 sin decidir — sin motivo: 1 · No budget: 1 · Not ICP: 1',
    );
    expect(lines).toContain('  Umbral de scoring: 60 puntos');
    // Which score: the export's current one, said plainly.
    expect(lines[lines.indexOf('  Umbral de scoring: 60 puntos') + 1]).toBe(
      '  Puntuación leída: la puntuación actual del lead en la exportación (la del CRM al exportar), no la que tenía al traspasarse; un lead que subió o bajó desde entonces cuenta con su puntuación de ahora. Asigna una columna de «puntuación al traspaso» para medir la que recibió ventas.',
    );
    expect(lines).toContain('  Por debajo del umbral (6 de 6):');
    const table = lines.slice(lines.indexOf('  Por debajo del umbral (6 de 6):') + 1);
    expect(table[0]).toMatch(/^\s+Registro\s+Puntuación\s+Traspasado\s+Responsable/);
    // Below the header's rule: the record, its score in points (or none) and the hand-over day.
    expect(
      table.slice(2, 8).map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 3),
      ),
    ).toEqual([
      ['402000000002', '45 puntos', '7 de enero de 2026'],
      ['402000000004', '58 puntos', '19 de enero de 2026'],
      ['402000000009', 'sin puntuación', '9 de febrero de 2026'],
      ['402000000012', '59 puntos', '18 de febrero de 2026'],
      ['402000000016', '40 puntos', '5 de marzo de 2026'],
      ['402000000018', '55 puntos', '19 de marzo de 2026'],
    ]);
  });

  it('--json carries the decisions per month and the threshold', async () => {
    const r = await pacto(args('en', '--json'), { cwd: DIR });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as ComplianceResult;
    const rate = result.clauses.find((c) => c.id === 'clause-acceptance-rate')!;
    const score = result.clauses.find((c) => c.id === 'clause-scoring')!;
    expect(rate.decisions?.map((d) => [d.month, d.accepted, d.rejected, d.pending, d.undecided])).toEqual([
      ['2026-01', 2, 3, 0, 1],
      ['2026-02', 5, 3, 0, 0],
      ['2026-03', 1, 1, 2, 0],
    ]);
    // 2/5 and 5/8 against 70 %; March still open.
    expect(rate.periods.map((p) => [p.period, p.status, p.actual])).toEqual([
      ['2026-01', 'missed', 0.4],
      ['2026-02', 'missed', 0.625],
      ['2026-03', 'in-progress', 0.5],
    ]);
    expect(score.threshold).toBe(60);
    expect(score.periods.map((p) => [p.period, p.status, p.breaches])).toEqual([
      ['2026-01', 'missed', 2],
      ['2026-02', 'missed', 2],
      ['2026-03', 'in-progress', 2],
    ]);
  });
});
