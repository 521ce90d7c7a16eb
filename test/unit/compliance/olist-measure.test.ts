import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/types';
import { blankWorkbook } from '../../../src/shared/workbook/blank';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';
import {
  ComplianceResult,
  type Clause,
  type Workbook,
  DEFAULT_TOUCH_RULE,
} from '../../../src/shared/workbook/schema';
import { OLIST_DEALS as DEALS, OLIST_LEADS as LEADS } from '../../fixtures/olist/paths';

/*
 * The real Olist funnel (8,000 MQLs, 842 won deals), imported through the Olist preset with the two
 * files joined on mql_id, measured by `pacto measure --json`. Every expected figure below comes from
 * test/fixtures/compliance/olist-figures.py, an independent stdlib-Python reading of the same CSVs
 * (wall-clock values in America/Sao_Paulo, which still had DST in 2017–18).
 */

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
    id: 'mqls',
    title: '1,000 MQLs a month',
    type: 'volume',
    stageId: 'mql',
    target: 1000,
    targetFrom: 'fixed',
  },
  {
    ...base,
    id: 'conv',
    title: '10 % of MQLs won within 90 days',
    type: 'conversion',
    fromStageId: 'mql',
    toStageId: 'customer',
    targetRate: 0.1,
    windowDays: 90,
  },
  {
    ...base,
    id: 'vel',
    title: 'Won within 10 days (median)',
    type: 'velocity',
    fromStageId: 'mql',
    toStageId: 'customer',
    targetDays: 10,
  },
  {
    ...base,
    id: 'resp',
    title: 'First touch within 4 h',
    type: 'responseTime',
    stageId: 'mql',
    limitHours: 4,
    hours: 'business',
    targetShare: 0.9,
    touches: DEFAULT_TOUCH_RULE,
  },
];

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: '/', env: {} };
  return main(args, io).then((code) => ({ code, out, err }));
}

describe('pacto measure on the Olist pair', () => {
  let dir = '';
  let wbPath = '';
  let result: ComplianceResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pacto-measure-'));
    wbPath = join(dir, 'olist.pacto');
    const wb: Workbook = {
      ...blankWorkbook('en', new Date('2018-12-01T00:00:00Z'), 'America/Sao_Paulo'),
      clauses,
    };
    writeFileSync(wbPath, serializeWorkbook(wb));
    const r = await run([
      'measure',
      '--workbook',
      wbPath,
      '--source',
      LEADS,
      '--source',
      DEALS,
      '--join',
      'mql_id',
      '--preset',
      'olist',
      '--json',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    result = ComplianceResult.parse(JSON.parse(r.out));
  });

  it('joins the two files into 8,000 records, as of the latest won date', () => {
    expect(result.records).toBe(8000);
    // Latest won_date 2018-11-14 18:04:19 in São Paulo (UTC−2 under DST) = 20:04:19Z.
    expect(result.asOf).toBe('2018-11-14T20:04:19.000Z');
  });

  it('counts MQLs and customers per month', () => {
    const entered = Object.fromEntries(result.months.map((m) => [m.month, m.entered]));
    const mqls = {
      '2017-06': 4,
      '2017-07': 239,
      '2017-08': 386,
      '2017-09': 312,
      '2017-10': 416,
      '2017-11': 445,
      '2017-12': 200,
      '2018-01': 1141,
      '2018-02': 1028,
      '2018-03': 1174,
      '2018-04': 1352,
      '2018-05': 1303,
    };
    const customers = {
      '2017-12': 3,
      '2018-01': 73,
      '2018-02': 113,
      '2018-03': 147,
      '2018-04': 207,
      '2018-05': 122,
      '2018-06': 57,
      '2018-07': 37,
      '2018-08': 33,
      '2018-09': 23,
      '2018-10': 21,
      '2018-11': 6,
    };
    for (const [month, n] of Object.entries(mqls)) expect(entered[month]?.mql, month).toBe(n);
    for (const [month, n] of Object.entries(customers)) expect(entered[month]?.customer, month).toBe(n);
    expect(result.months.map((m) => m.month)).toHaveLength(18); // 2017-06 … 2018-11
    expect(result.months.reduce((n, m) => n + (m.entered.mql ?? 0), 0)).toBe(8000);
    expect(result.months.reduce((n, m) => n + (m.entered.customer ?? 0), 0)).toBe(842);
  });

  it('measures MQL→customer conversion and the median days to won', () => {
    expect(result.conversion).toHaveLength(1);
    const c = result.conversion[0]!;
    expect([c.from, c.to, c.entered, c.reached]).toEqual(['mql', 'customer', 8000, 842]);
    expect(c.rate).toBeCloseTo(0.10525, 10); // 842 / 8000
    expect(c.medianDays).toBeCloseTo(14.6715625, 6);
  });

  it('judges the clauses month by month', () => {
    const clause = (id: string) => result.clauses.find((c) => c.id === id)!;
    const month = (id: string, m: string) => clause(id).periods.find((x) => x.period === m)!;
    expect([month('mqls', '2018-01').status, month('mqls', '2017-12').status]).toEqual(['met', 'missed']);
    // Won within 90 days of the first contact, per MQL cohort: Jan 129/1141, Apr 171/1352, May 109/1303.
    expect(month('conv', '2018-01').actual).toBeCloseTo(129 / 1141, 12);
    expect(month('conv', '2018-04').actual).toBeCloseTo(171 / 1352, 12);
    expect(month('conv', '2018-05').actual).toBeCloseTo(109 / 1303, 12);
    expect(['2017-10', '2017-11', '2018-01', '2018-05'].map((m) => month('conv', m).status)).toEqual([
      'missed',
      'missed',
      'met',
      'missed',
    ]);
    // The leads file ends on 31 May 2018: no June cohort can be judged.
    expect(month('conv', '2018-06')).toMatchObject({ status: 'not-measurable', reason: 'outsideCoverage' });
    // Median days to won, by won month: Mar 10.5177, Apr 10.8209, May 9.7197.
    expect(month('vel', '2018-03').actual).toBeCloseTo(10.517696759259259, 6);
    expect(month('vel', '2018-04').actual).toBeCloseTo(10.820891203703704, 6);
    expect(month('vel', '2018-05')).toMatchObject({ status: 'met' });
    expect(month('vel', '2018-05').actual).toBeCloseTo(9.719658564814814, 6);
    // Olist has no first-touch column.
    expect(clause('resp').reason).toBe('noFirstTouchColumn');
    // Per owner (the sales rep): the busiest rep closed 133 deals.
    const top = clause('vel').byOwner[0]!;
    expect([top.key, top.count]).toEqual(['4ef15afb4b2723d8f3d81e51ec7afefe', 133]);
  });

  it('says which file ends when, and judges no month after the leads file ends (issue #12)', () => {
    // Leads: first_contact_date from 2017-06-14 to 2018-05-31 (dates, São Paulo midnight = 03:00Z),
    // so the file is known to the end of 31 May. Deals: won_date up to 2018-11-14 18:04:19 (UTC−2).
    expect(result.sources.map((s) => [s.name, s.first, s.last, s.asOf, s.asOfFrom])).toEqual([
      [
        'olist_marketing_qualified_leads_dataset.csv',
        '2017-06-14T03:00:00.000Z',
        '2018-05-31T03:00:00.000Z',
        '2018-06-01T03:00:00.000Z',
        'data',
      ],
      [
        'olist_closed_deals_dataset.csv',
        '2017-12-05T04:00:00.000Z',
        '2018-11-14T20:04:19.000Z',
        '2018-11-14T20:04:19.000Z',
        'data',
      ],
    ]);
    // As the export dates them: the leads file ends on 2018-05-31.
    expect(result.sources.map((s) => [s.firstDay, s.lastDay])).toEqual([
      ['2017-06-14', '2018-05-31'],
      ['2017-12-05', '2018-11-14'],
    ]);
    const mqls = result.clauses.find((c) => c.id === 'mqls')!;
    // June–November 2018 (6 months) are after the leads file: not measurable, never missed.
    const after = mqls.periods.filter((p) => p.period > '2018-05');
    expect(after.map((p) => p.period)).toEqual([
      '2018-06',
      '2018-07',
      '2018-08',
      '2018-09',
      '2018-10',
      '2018-11',
    ]);
    expect(after.every((p) => p.status === 'not-measurable' && p.reason === 'outsideCoverage')).toBe(true);
    for (const c of result.clauses) {
      expect(
        c.periods.filter((p) => p.period > '2018-05' && p.status === 'missed'),
        c.id,
      ).toEqual([]);
    }
    // May 2018 is judged: 1,303 MQLs against 1,000.
    expect(mqls.periods.find((p) => p.period === '2018-05')).toMatchObject({ actual: 1303, status: 'met' });
  });

  it('prints a one-screen summary in Spanish, and saves a snapshot with --save', async () => {
    const r = await run([
      'measure',
      '-w',
      wbPath,
      '-s',
      LEADS,
      '-s',
      DEALS,
      '--preset',
      'olist',
      '--save',
      '--lang',
      'es',
    ]);
    expect([r.code, r.err]).toEqual([0, '']);
    const lines = r.out.split('\n');
    // The latest won date, 2018-11-14 18:04:19 in São Paulo; Spanish groups thousands from four digits, as the exports do.
    expect(lines[0]).toBe('8.000 registros a 14 nov 2018, 18:04 (America/Sao_Paulo)');
    expect(r.out).toMatch(
      /^Cláusula +Último veredicto +Real \/ Objetivo +Racha de incumplimientos +Incumplimientos$/m,
    );
    // olist-figures.py: May 2018 has 1,303 MQLs (target 1,000), after five met months since January.
    expect(r.out).toMatch(/^1,000 MQLs a month +2018-05 {2}Cumplido +1\.303 \/ 1\.000 +0 +0$/m);
    // 90-day conversion of May's cohort: 109 / 1,303 = 8.4 % < 10 %, after February–April met
    // (128/1028, 141/1174, 171/1352); the MQLs not won within 90 days: 8,000 − 691 = 7,309.
    expect(r.out).toMatch(
      /^10 % of MQLs won within 90 days +2018-05 {2}Incumplido +8,4\s% \/ 10\s% +1 +7\.309$/m,
    );
    // Median days to won for May's deals: 9.72 ≤ 10.
    expect(r.out).toMatch(/^Won within 10 days \(median\) +2018-05 {2}Cumplido +9,7 d \/ 10 d +0 +\d+$/m);
    // What cannot be measured, once per reason: no first-touch column; June–November after the leads file.
    expect(r.out).toContain('No medibles:\n');
    expect(r.out).toContain('  First touch within 4 h: No hay columna de primer contacto asignada\n');
    expect(r.out).toContain(
      '  1,000 MQLs a month: Fuera de las fechas que cubren los archivos (6 periodos: 2018-06 – 2018-11)\n',
    );
    expect(r.out).toContain('Qué cubren los archivos:\n');
    expect(r.out).toMatch(
      /^ {2}olist_marketing_qualified_leads_dataset\.csv: de 14 de junio de 2017 a 31 de mayo de 2018, a 1 jun 2018, 0:00$/m,
    );
    expect(r.out).toContain('Cada periodo: --detail · para scripts: --json\n');
    expect(r.out.endsWith('Instantánea guardada en olist.pacto.\n')).toBe(true);
    // One screen: no month-by-month listing.
    expect(lines.length).toBeLessThan(40);
    expect(r.out).not.toContain('2017-07');

    const detail = await run([
      'measure',
      '-w',
      wbPath,
      '-s',
      LEADS,
      '-s',
      DEALS,
      '-p',
      'olist',
      '-d',
      '-l',
      'es',
    ]);
    expect(detail.code).toBe(0);
    expect(detail.out).toMatch(/^ {2}2018-01 {2}Cumplido {2}real 1\.141 · objetivo 1\.000$/m);
    expect(detail.out).toContain('No medible (Fuera de las fechas que cubren los archivos)');
    const saved = parseWorkbook(readFileSync(wbPath, 'utf8'), 'olist.pacto');
    if (!saved.ok) throw new Error(saved.error.code);
    const [snapshot] = saved.value.doc.imports.snapshots;
    expect(snapshot).toMatchObject({ preset: 'olist', asOf: '2018-11-14T20:04:19.000Z' });
    expect(snapshot!.files.map((f) => [f.name, f.size])).toEqual([
      ['olist_marketing_qualified_leads_dataset.csv', 703836],
      ['olist_closed_deals_dataset.csv', 171352],
    ]);
    expect(snapshot!.mapping).toMatchObject({
      'stage:mql': '0:first_contact_date',
      'stage:customer': '1:won_date',
    });
    expect(snapshot!.result.records).toBe(8000);
  });

  it('takes an explicit --mapping file (a single source, no join)', async () => {
    const mapping = join(dir, 'leads-mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({ fields: { id: 'mql_id', 'stage:mql': 'first_contact_date', channel: 'origin' } }),
    );
    const r = await run(['measure', '-w', wbPath, '-s', LEADS, '--mapping', mapping, '--json']);
    expect([r.code, r.err]).toEqual([0, '']);
    const res = ComplianceResult.parse(JSON.parse(r.out));
    expect(res.records).toBe(8000);
    expect(res.months.find((m) => m.month === '2018-04')?.entered).toEqual({ mql: 1352 });
    // Only one stage is measured: no transition, and the customer clauses say why.
    expect(res.conversion).toEqual([]);
    expect(res.clauses.find((c) => c.id === 'conv')?.reason).toBe('noTargetStageColumn');
    // The busiest channel: organic_search, 2,296 MQLs (olist-figures.py).
    expect(res.clauses.find((c) => c.id === 'mqls')?.byChannel[0]).toMatchObject({
      key: 'organic_search',
      count: 2296,
    });
    writeFileSync(mapping, '["not", "a", "mapping"]');
    const bad = await run(['measure', '-w', wbPath, '-s', LEADS, '--mapping', mapping]);
    expect([bad.code, bad.err.includes('leads-mapping.json')]).toEqual([2, true]);
  });

  it('reports errors on stderr with a non-zero exit', async () => {
    const missing = await run(['measure', '-w', wbPath, '-s', join(dir, 'nope.csv'), '--json']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.csv');
    expect(missing.out).toBe('');
    const preset = await run(['measure', '-w', wbPath, '-s', LEADS, '--preset', 'hubspot']);
    expect(preset.code).toBe(1);
    expect(preset.err).toContain('hubspot');
    expect((await run(['measure', '-w', wbPath])).code).toBe(2);
    const badAsOf = await run(['measure', '-w', wbPath, '-s', LEADS, '--as-of', 'yesterday']);
    expect([badAsOf.code, badAsOf.err.includes('yesterday')]).toEqual([2, true]);
  });
});

describe('pacto measure: the review rule per team, on the B2B example', () => {
  // The example's only agreed Marketing commitment is "400 MQLs a month"; the rule is 2 misses in a row.
  async function summary(target: number, ...extra: string[]) {
    return summaryIn('America/Sao_Paulo', target, ...extra);
  }
  async function summaryIn(zone: string, target: number, ...extra: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'pacto-teams-'));
    const doc = createFromTemplate('b2b', 'en', new Date('2018-12-01T00:00:00Z'));
    doc.calendar.timeZone = zone;
    doc.clauses = doc.clauses.map((c) =>
      c.id === 'clause-mql-volume' && c.type === 'volume' ? { ...c, target } : c,
    );
    writeFileSync(join(dir, 'sla.pacto'), serializeWorkbook(doc));
    const r = await run([
      'measure',
      '-w',
      join(dir, 'sla.pacto'),
      '-s',
      LEADS,
      '-s',
      DEALS,
      '-p',
      'olist',
      ...extra,
    ]);
    expect([r.code, r.err]).toEqual([0, '']);
    return r.out;
  }

  it('no review due: MQLs per month (olist-figures.py) were under 400 from June to September 2017 only', async () => {
    // Jun 4, Jul 239, Aug 386, Sep 312 missed; Oct 416 and Nov 445 met; Dec 200 missed; 2018 met.
    const out = await summary(400);
    expect(out).toContain('Teams (review rule: 2 months in a row):\n');
    expect(out).toContain('  Marketing: no review due; longest run 4 months, 2017-06 to 2017-09\n');
  });

  it('dates each file as the export does, whatever the calendar’s zone: the leads file ends on 31 May', async () => {
    // The export's dates are São Paulo days; the calendar is New York's, where 31 May 00:00 in São
    // Paulo is still 30 May. People call the file's last day 31 May, as the dashboard and the PDF do.
    const out = await summaryIn('America/New_York', 400, '--time-zone', 'America/Sao_Paulo');
    expect(out).toMatch(
      /^ {2}olist_marketing_qualified_leads_dataset\.csv: June 14, 2017 to May 31, 2018, as of /m,
    );
  });

  it('review due: at 2,000 a month every month of the leads file (at most 1,352) is a miss', async () => {
    const out = await summary(2000);
    expect(out).toContain('  Marketing: review due, commitments missed 12 months in a row (rule: 2)\n');
    expect(out).toContain('    Behind it: Marketing delivers 400 MQLs a month\n');
    expect(out).toMatch(
      /^Marketing delivers 400 MQLs a month +2018-05 {2}Missed +1,303 \/ 2,000 +12 \(review due\) +0$/m,
    );
  });

  it('in progress: as of 15 May 2018, May has 675 MQLs so far (dated 1–15 May), already over 400', async () => {
    const out = await summary(400, '--as-of', '2018-05-15T12:00:00Z');
    expect(out).toContain(
      'In progress:\n  Marketing delivers 400 MQLs a month: 2018-05 In progress (on track), 675 so far (target 400)\n',
    );
    // April is the latest month that is over: 1,352 MQLs.
    expect(out).toMatch(/^Marketing delivers 400 MQLs a month +2018-04 {2}Met +1,352 \/ 400 +0 +0$/m);
  });
});
