import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { SCHEMA_VERSION } from '../../../src/shared/workbook/schema';

/*
 * A workbook saved by schema v2: a weekly clause, and a snapshot measured by the v2 engine (one
 * verdict per month, `immature`, a per-clause run of misses). Written out by hand in the v2 shape.
 */
const now = new Date('2026-04-20T10:00:00Z');

function v2Workbook(lang: 'es' | 'en', fiscalYearStartMonth = 1) {
  // Plain JSON, edited freely as an old file would be.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = JSON.parse(JSON.stringify(createFromTemplate('b2b', lang, now))) as Record<string, any>;
  doc.schemaVersion = 2;
  delete doc.calendar.fiscalYearStartMonth;
  doc.scenarios.items[0].fiscalYearStartMonth = fiscalYearStartMonth;
  for (const c of doc.clauses) delete c.targetFrom;
  // The MQL volume clause was weekly in v2: 20 MQLs a week.
  const weekly = doc.clauses.find((c: { id: string }) => c.id === 'clause-mql-volume');
  weekly.period = 'week';
  weekly.target = 20;
  const month = (m: string, actual: number, status: string, extra: Record<string, unknown> = {}) => ({
    month: m,
    actual,
    target: 87,
    status,
    count: actual,
    breaches: 0,
    pending: 0,
    ...extra,
  });
  doc.imports.snapshots = [
    {
      id: 'old',
      importedAt: '2026-04-02T11:00:00.000Z',
      asOf: '2026-04-02T10:00:00.000Z',
      files: [{ name: 'contacts.csv', size: 100, sha256: 'c'.repeat(64), rows: 300 }],
      result: {
        asOf: '2026-04-02T10:00:00.000Z',
        timeZone: 'Europe/Madrid',
        records: 300,
        months: [{ month: '2026-01', entered: { mql: 90 } }],
        conversion: [],
        clauses: [
          {
            id: 'clause-mql-volume',
            title: 'MQLs',
            type: 'volume',
            ownerTeamId: 'team-marketing',
            unit: 'count',
            months: [
              month('2026-01', 90, 'met'),
              month('2026-02', 60, 'missed'),
              month('2026-03', 70, 'missed'),
              // v2 called the month of "as of" missed: it had not ended.
              month('2026-04', 5, 'missed'),
            ],
            consecutiveMisses: 3,
            reviewTriggered: true,
            byOwner: [],
            byChannel: [],
          },
          {
            id: 'clause-mql-to-sql',
            title: 'MQL→SQL',
            type: 'conversion',
            ownerTeamId: 'team-marketing',
            unit: 'share',
            months: [
              month('2026-03', 0.2, 'immature', { count: 40, pending: 12 }),
              month('2026-04', 0, 'not-measurable', { reason: 'noRecords', actual: null, count: 0 }),
            ],
            consecutiveMisses: 0,
            reviewTriggered: false,
            byOwner: [],
            byChannel: [],
          },
        ],
        breaches: {
          total: 1,
          items: [
            {
              clauseId: 'clause-mql-to-sql',
              recordId: 'r1',
              month: '2026-03',
              owner: 'ana',
              channel: '',
              value: null,
              limit: 30,
            },
          ],
        },
      },
    },
  ];
  return doc;
}

describe('migration from schema v2 to v3', () => {
  it('turns weekly clauses into monthly ones with the same target over an average month, and says so', () => {
    const parsed = parseWorkbook(JSON.stringify(v2Workbook('es')), 'v2.pacto');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.migratedFrom).toBe(2);
    expect(parsed.value.doc.schemaVersion).toBe(SCHEMA_VERSION);
    const clause = parsed.value.doc.clauses.find((c) => c.id === 'clause-mql-volume')!;
    // 20 a week × 365.25 / 84 weeks a month = 86.96 → at least 87 a month.
    expect(clause).toMatchObject({ period: 'month', target: 87, targetFrom: 'fixed' });
    expect(clause.comments.at(-1)).toMatchObject({ author: 'Pacto' });
    expect(clause.comments.at(-1)!.text).toContain('de 20 a la semana → 87 al mes');
    // Quarterly clauses stay quarterly; the calendar gains the fiscal year of the plan of record.
    expect(parsed.value.doc.clauses.find((c) => c.id === 'clause-velocity')?.period).toBe('quarter');
    expect(parsed.value.doc.calendar.fiscalYearStartMonth).toBe(1);
    const april = parseWorkbook(JSON.stringify(v2Workbook('en', 4)), 'v2.pacto');
    expect(april.ok && april.value.doc.calendar.fiscalYearStartMonth).toBe(4);
  });

  it('keeps old snapshots, marked as measured by the old rules, without a miss for an unfinished month', () => {
    const parsed = parseWorkbook(JSON.stringify(v2Workbook('en')), 'v2.pacto');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const [snapshot] = parsed.value.doc.imports.snapshots;
    expect(snapshot).toMatchObject({ id: 'old', asOf: '2026-04-02T10:00:00.000Z' });
    const result = snapshot!.result;
    expect(result.legacy).toEqual({ schemaVersion: 2 });
    expect(result.sources.map((s) => s.name)).toEqual(['contacts.csv']);
    expect(result.breaches.items).toHaveLength(1);
    const [volume, conversion] = result.clauses;
    // Judged per month, as v2 did; April (the month of "as of") had not ended: in progress, not missed.
    expect(volume!.period).toBe('month');
    expect(volume!.periods.map((p) => [p.period, p.actual, p.status])).toEqual([
      ['2026-01', 90, 'met'],
      ['2026-02', 60, 'missed'],
      ['2026-03', 70, 'missed'],
      ['2026-04', 5, 'in-progress'],
    ]);
    // The run of misses is Feb–Mar (2, the rule), not 3.
    expect(volume!.streaks).toEqual({
      runs: [{ from: '2026-02', to: '2026-03', length: 2, reachedTrigger: true }],
      longest: 2,
      current: 2,
    });
    expect(volume!.months.map((m) => m.toDate)).toEqual([90, 60, 70, 5]);
    // `immature` is now `in-progress`; an unmeasurable month keeps its reason.
    expect(conversion!.periods.map((p) => [p.status, p.reason ?? null, p.pending])).toEqual([
      ['in-progress', null, 12],
      ['not-measurable', 'noRecords', 0],
    ]);
  });

  it('refuses, naming the field, a snapshot it cannot make sense of rather than dropping it', () => {
    const doc = v2Workbook('en');
    doc.imports.snapshots[0].result.clauses[0].months[0].status = 'bogus';
    const parsed = parseWorkbook(JSON.stringify(doc), 'v2.pacto');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatchObject({ code: 'file.invalid' });
    expect(String(parsed.error.params?.field)).toContain(
      'imports.snapshots.0.result.clauses.0.periods.0.status',
    );
  });
});
