/**
 * `pacto measure` says every figure with its unit: a follow-up cadence's records short of the agreed
 * touches as "2 of 3 touches", in English and Spanish (test/fixtures/activities, figures worked out in
 * test/e2e/sources.e2e.ts: measured on 1 April 2026, every March window is over).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { pacto } from './run';

const ACT = new URL('../../fixtures/activities/', import.meta.url).pathname;
const artifacts = new URL('../../artifacts/cli-units/', import.meta.url).pathname;

function workbook(lang: 'en' | 'es'): string {
  mkdirSync(artifacts, { recursive: true });
  const path = `${artifacts}b2b-${lang}.pacto`;
  writeFileSync(path, serializeWorkbook(createFromTemplate('b2b', lang, new Date('2026-01-15T09:00:00Z'))));
  return path;
}

const measure = (lang: 'en' | 'es') =>
  pacto(
    [
      'measure',
      '-w',
      workbook(lang),
      '-s',
      'hubspot-contacts.csv',
      '--activities',
      'hubspot-calls.csv',
      '--activities',
      'hubspot-emails.csv',
      '--as-of',
      '2026-04-01T10:00:00Z',
      '--detail',
    ],
    { cwd: ACT, env: { LANG: lang === 'es' ? 'es_ES.UTF-8' : 'en_US.UTF-8' } },
  );

/** The rows of the table under `heading`: record, touches, month, owner. */
function rowsUnder(out: string, heading: RegExp): string[][] {
  const lines = out.split('\n');
  const at = lines.findIndex((l) => heading.test(l));
  expect(at).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const l of lines.slice(at + 3)) {
    if (!l.trim()) break;
    rows.push(l.trim().split(/\s{2,}/));
  }
  return rows;
}

describe('pacto measure: units', () => {
  it('lists the records short of the follow-up cadence with the touches they got of the three agreed', async () => {
    const en = await measure('en');
    expect(en.code).toBe(0);
    // Bruno 2 touches in his five business days, Celia, Diego and Elisa 1 each; Ana had her 3.
    expect(rowsUnder(en.out, /Short of the agreed touches \(4 of 4; every one in --json\):/)).toEqual([
      ['301000000002', '2 of 3 touches', '2026-03', 'Marc Soler'],
      ['301000000003', '1 of 3 touches', '2026-03', 'Laura Gil'],
      ['301000000004', '1 of 3 touches', '2026-03', 'Marc Soler'],
      ['301000000005', '1 of 3 touches', '2026-03', 'Laura Gil'],
    ]);
    // The verdict itself is a share of the MQLs: 1 of 5 kept it.
    expect(en.out).toContain('2026-03  Missed  actual 20% · target 80%');

    const es = await measure('es');
    expect(es.code).toBe(0);
    expect(rowsUnder(es.out, /Sin los contactos acordados \(4 de 4; todos en --json\):/)).toEqual([
      ['301000000002', '2 de 3 contactos', '2026-03', 'Marc Soler'],
      ['301000000003', '1 de 3 contactos', '2026-03', 'Laura Gil'],
      ['301000000004', '1 de 3 contactos', '2026-03', 'Marc Soler'],
      ['301000000005', '1 de 3 contactos', '2026-03', 'Laura Gil'],
    ]);
  });
});
