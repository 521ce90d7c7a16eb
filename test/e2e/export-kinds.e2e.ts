import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { serializeWorkbook } from '../../src/shared/workbook/document';
import { createFromTemplate } from '../../src/shared/workbook/templates';
import type { Language } from '../../src/shared/workbook/schema';

/*
 * Issue 13's clause kinds in the signable PDF (text read back with pdftotext) and the Excel file (cells
 * read back), in Spanish and English: the B2B example measured by `pacto measure --save` on the
 * fixtures, then `pacto export`. Figures worked out by hand in test/unit/compliance/revenue-capacity.test.ts,
 * test/fixtures/lead-quality/README.md and test/e2e/sources.e2e.ts.
 */
const FIXTURES = resolve('test/fixtures');
const ARTIFACTS = resolve('test/artifacts/export-kinds');
const NOW = new Date('2026-01-15T09:00:00Z');

const silent = (cwd: string, err: string[]) => ({
  stdout: () => undefined,
  stderr: (s: string) => void err.push(s),
  cwd,
  env: process.env,
});

/** The B2B example (capacity agreed at 4 MQLs per SDR a month) measured on `sources`, exported. */
async function measuredExport(lang: Language, name: string, sources: string[], asOf: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pacto-kinds-'));
  const doc = createFromTemplate('b2b', lang, NOW);
  const capacity = doc.clauses.find((c) => c.id === 'clause-sdr-capacity');
  if (capacity?.type === 'capacity') Object.assign(capacity, { targetFrom: 'fixed', perRep: 4 });
  const wb = join(dir, 'sla.pacto');
  writeFileSync(wb, serializeWorkbook(doc));
  const err: string[] = [];
  const measured = await main(
    ['measure', '-w', wb, ...sources, '--as-of', asOf, '--save'],
    silent(FIXTURES, err),
  );
  expect(err.join('')).not.toMatch(/pacto measure/);
  expect(measured).toBe(0);
  const exported = await main(
    ['export', '-w', wb, '--pdf', `${name}.pdf`, '--xlsx', `${name}.xlsx`, '--lang', lang],
    silent(dir, err),
  );
  expect(err.join('')).not.toMatch(/pacto export/);
  expect(exported).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  copyFileSync(join(dir, `${name}.pdf`), join(ARTIFACTS, `${name}.pdf`));
  // The PDF's text in reading order, line breaks and no-break spaces as plain spaces.
  const pdf = execFileSync('pdftotext', ['-raw', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, `${name}.xlsx`));
  return { pdf, book };
}

/** The Compliance sheet's verdict rows of one clause: [period, actual, target, unit, status]. */
function verdictRows(book: ExcelJS.Workbook, sheetName: string, title: RegExp): unknown[][] {
  const ws = book.getWorksheet(sheetName)!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    const v = row.values as unknown[];
    if (typeof v[1] === 'string' && title.test(v[1]) && typeof v[3] === 'string')
      rows.push([v[3], v[4] ?? null, v[5] ?? null, v[6], v[7]]);
  });
  return rows;
}

describe('revenue and capacity in the PDF and the Excel file', () => {
  const csv = ['-s', 'revenue-capacity/hubspot-contacts.csv'];
  // Wednesday 15 April 2026, 14:00 in Madrid.
  const asOf = '2026-04-15T12:00:00Z';

  it('es: Q1 revenue won against the plan in euros, and the SDRs over 4 MQLs a month', async () => {
    const { pdf, book } = await measuredExport('es', 'ingresos-capacidad-es', csv, asOf);
    // Q1: 20 000 + 24 500 + 30 000 = 74 500 € won in 5 deals with an amount (14 900 € on average)
    // against the plan's 24 customers × 12 000 € = 288 000 €.
    expect(pdf).toContain(
      '1T 2026: 74.500 € / 288.000 € · Incumplido (5 operaciones, 74.500 € ganados, media 14.900 €)',
    );
    // March: Marc Soler was handed 6 MQLs, 2 over the 4 agreed; April runs at 2.
    expect(pdf).toContain('mar 2026: 6 / 4 MQL por comercial · Incumplido');
    expect(pdf).toMatch(/abr 2026: 2 \/ 4 MQL por comercial · En curso/);
    expect(pdf).toMatch(
      /ene 2026 Laura Gil 5 4 MQL por comercial \+1 mar 2026 Marc Soler 6 4 MQL por comercial \+2 mar 2026 Nuria Vidal 5 4 MQL por comercial \+1/,
    );

    const revenue = verdictRows(book, 'Cumplimiento', /^Ingresos ganados/);
    expect(revenue).toContainEqual(['1T 2026', 74_500, 288_000, 'EUR', 'Incumplido']);
    const capacity = verdictRows(book, 'Cumplimiento', /^Ningún SDR/);
    expect(capacity).toContainEqual(['2026-03', 6, 4, 'MQL por comercial', 'Incumplido']);
    expect(capacity).toContainEqual(['2026-01', 5, 4, 'MQL por comercial', 'Incumplido']);
  });

  it('en: the same in dollars (the English example’s currency) and MQLs per rep', async () => {
    const { pdf, book } = await measuredExport('en', 'revenue-capacity-en', csv, asOf);
    expect(pdf).toContain('Q1 2026: $74,500 / $288,000 · Missed (5 deals, $74,500 won, average $14,900)');
    expect(pdf).toContain('Mar 2026: 6 / 4 MQLs per rep · Missed');
    expect(pdf).toMatch(/Mar 2026 Marc Soler 6 4 MQLs per rep \+2/);
    const capacity = verdictRows(book, 'Compliance', /^No SDR/);
    expect(capacity).toContainEqual(['2026-03', 6, 4, 'MQLs per rep', 'Missed']);
    const revenue = verdictRows(book, 'Compliance', /^Closed-won revenue/);
    expect(revenue).toContainEqual(['Q1 2026', 74_500, 288_000, 'USD', 'Missed']);
  });
});

describe('acceptance rate, scoring and follow-up cadence in the PDF and the Excel file', () => {
  const leads = ['-s', 'lead-quality/hubspot-contacts.csv', '--time-zone', 'Europe/Madrid'];
  const asOf = '2026-03-20T11:00:00Z';

  it('es: the rate and its reasons, the low scores in points and which score was read', async () => {
    const { pdf, book } = await measuredExport('es', 'calidad-es', leads, asOf);
    // February: 5 accepted of 8 decided = 62,5 % against 70 %; 6 of 8 hand-overs at or above 60.
    expect(pdf).toContain('feb 2026: 62,5 % / 70 % · Incumplido');
    expect(pdf).toContain('feb 2026: 75 % / 95 % · Incumplido');
    expect(pdf).toContain('ene 2026 2 3 0 1 Not ICP: 2 · Duplicate: 1');
    expect(pdf).toContain('402000000002 45 puntos');
    expect(pdf).toContain('402000000009 sin puntuación');
    expect(pdf).toContain(
      'Puntuación leída: la puntuación actual del lead en la exportación (la del CRM al exportar), no la que tenía al traspasarse',
    );
    expect(verdictRows(book, 'Cumplimiento', /^Ventas acepta/)).toContainEqual([
      '2026-02',
      0.625,
      0.7,
      'proporción de registros',
      'Incumplido',
    ]);
    // The low scores in the breaches sheet: score and threshold in points.
    const ws = book.getWorksheet('Incumplimientos')!;
    const low: unknown[][] = [];
    ws.eachRow((row) => {
      const v = row.values as unknown[];
      if (v[2] === '402000000002' && String(v[1]).startsWith('El 95 %')) low.push([v[6], v[7], v[8]]);
    });
    expect(low).toEqual([[45, 60, 'puntos']]);
  });

  it('en: the cadence’s records short of three touches, with the touches in the Excel file', async () => {
    const activities = [
      '-s',
      'activities/hubspot-contacts.csv',
      '--activities',
      'activities/hubspot-calls.csv',
      '--activities',
      'activities/hubspot-emails.csv',
    ];
    const { pdf, book } = await measuredExport('en', 'cadence-en', activities, '2026-04-01T10:00:00Z');
    // 1 of 5 MQLs had its three touches within five business days: 20 % against 80 %.
    expect(pdf).toContain('Mar 2026: 20% / 80% · Missed');
    expect(verdictRows(book, 'Compliance', /^Three follow-up/)).toContainEqual([
      '2026-03',
      0.2,
      0.8,
      'share of records',
      'Missed',
    ]);
    const ws = book.getWorksheet('Breaches')!;
    const short: unknown[][] = [];
    ws.eachRow((row) => {
      const v = row.values as unknown[];
      if (String(v[1]).startsWith('Three follow-up')) short.push([v[2], v[6], v[7], v[8]]);
    });
    // Bruno 2 touches, Celia, Diego and Elisa 1 each, of the 3 agreed.
    expect(short).toEqual([
      ['301000000002', 2, 3, 'touches'],
      ['301000000003', 1, 3, 'touches'],
      ['301000000004', 1, 3, 'touches'],
      ['301000000005', 1, 3, 'touches'],
    ]);
  });
});
