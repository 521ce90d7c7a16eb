import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/shared/compliance/engine';
import { blankWorkbook } from '../../../src/shared/workbook/blank';
import type { Clause, ClauseResult, Workbook } from '../../../src/shared/workbook/schema';
import { recordSet, type Row } from './records';

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
    id: 'acc',
    title: 'Accept or reject within 8 business hours, with a reason',
    type: 'acceptance',
    stageId: 'mql',
    acceptStageId: 'sql',
    limitHours: 8,
    hours: 'business',
    targetShare: 0.8,
    reasonCodes: ['not-icp', 'duplicate'],
  },
  {
    ...base,
    id: 'rec',
    title: 'Recycle SQLs stalled 30 days',
    type: 'recycling',
    stageId: 'sql',
    stallDays: 30,
    targetShare: 0.9,
  },
];
// Madrid (blank calendar: Mon–Fri 09:00–18:00, no holidays); February and March 2026 are CET (UTC+1).
const wb: Workbook = { ...blankWorkbook('en', new Date('2026-01-01T00:00:00Z'), 'Europe/Madrid'), clauses };
const columns = ['rejectedAt', 'rejectReason', 'recycledAt', 'owner'] as const;
const stageColumns = ['mql', 'sql', 'opportunity', 'customer'];
const byId = (clauses: ClauseResult[], id: string) => clauses.find((c) => c.id === id)!;

describe('acceptance clause', () => {
  const rows: Row[] = [
    // Mon 09:00 → SQL at 13:00: 4 h.
    { id: 'a1', stages: { mql: '2026-02-02T08:00:00Z', sql: '2026-02-02T12:00:00Z' } },
    // Mon 17:00 → rejected Tue 11:00 as not-icp: 1 h + 2 h.
    {
      id: 'a2',
      stages: { mql: '2026-02-02T16:00:00Z' },
      rejectedAt: '2026-02-03T10:00:00Z',
      rejectReason: 'not-icp',
    },
    // Rejected within the hour but with a reason outside the agreed codes: does not count; never accepted.
    {
      id: 'a3',
      stages: { mql: '2026-02-03T08:00:00Z' },
      rejectedAt: '2026-02-03T09:00:00Z',
      rejectReason: 'too small',
    },
    // Wed 09:00 → SQL Fri 09:00: 18 business hours (late).
    { id: 'a4', stages: { mql: '2026-02-04T08:00:00Z', sql: '2026-02-06T08:00:00Z' } },
    // Thu 09:00 → rejected 10:00 as "DUPLICATE " (codes match case- and space-insensitively): 1 h.
    {
      id: 'a6',
      stages: { mql: '2026-02-05T08:00:00Z' },
      rejectedAt: '2026-02-05T09:00:00Z',
      rejectReason: 'DUPLICATE ',
    },
    // Mon 2 March 09:00, nothing yet at "as of" (10:00): 1 h, still within the limit.
    { id: 'a5', stages: { mql: '2026-03-02T08:00:00Z' } },
  ];
  const result = measure(
    wb,
    recordSet(rows, { asOf: '2026-03-02T09:00:00Z', stageColumns, columns: [...columns] }),
  );
  const acc = byId(result.clauses, 'acc');

  it('counts acceptance (reaching the accept stage or later) and rejections with an agreed reason', () => {
    // February: a1, a2, a6 on time; a3, a4 late → 3/5. March: only a5, pending.
    expect(acc.periods.map((m) => [m.period, m.actual, m.status, m.breaches, m.pending])).toEqual([
      ['2026-02', 3 / 5, 'missed', 2, 0],
      ['2026-03', null, 'in-progress', 0, 1],
    ]);
  });

  it('measures the breaches in business hours', () => {
    const values = Object.fromEntries(
      result.breaches.items.filter((b) => b.clauseId === 'acc').map((b) => [b.recordId, b.value]),
    );
    // a4: Wed 9 h + Thu 9 h. a3: 19 working days (3–27 Feb) × 9 h + Mon 2 Mar 09:00–10:00 = 172 h.
    expect(values).toEqual({ a3: 172, a4: 18 });
  });
});

describe('recycling clause', () => {
  const rows: Row[] = [
    // Moves on to Opportunity within 30 days: not stalled, not in the clause.
    { id: 's1', stages: { sql: '2026-01-05T08:00:00Z', opportunity: '2026-01-20T08:00:00Z' } },
    // Stalled, returned to marketing.
    { id: 's2', stages: { sql: '2026-01-10T08:00:00Z' }, recycledAt: '2026-02-15T08:00:00Z' },
    // Stalled, never returned.
    { id: 's3', stages: { sql: '2026-01-12T08:00:00Z' } },
    // Became a customer only after 45 days: it had stalled at day 30 and was not returned.
    { id: 's4', stages: { sql: '2026-01-15T08:00:00Z', customer: '2026-03-01T08:00:00Z' } },
    // Entered SQL on 1 April: its 30 days are not over on 15 April.
    { id: 's5', stages: { sql: '2026-04-01T08:00:00Z' } },
  ];
  const result = measure(
    wb,
    recordSet(rows, { asOf: '2026-04-15T12:00:00Z', stageColumns, columns: [...columns] }),
  );
  const rec = byId(result.clauses, 'rec');

  it('judges only stalled records, by the month they entered the stage', () => {
    expect(rec.periods.map((m) => [m.period, m.actual, m.status, m.count])).toEqual([
      ['2026-01', 1 / 3, 'missed', 3],
      ['2026-02', null, 'not-measurable', 0],
      ['2026-03', null, 'not-measurable', 0],
      ['2026-04', null, 'in-progress', 1],
    ]);
    // s3 has stalled from 12 Jan 08:00 to 15 Apr 12:00 (UTC): 93 days and 4 hours.
    const s3 = result.breaches.items.find((b) => b.clauseId === 'rec' && b.recordId === 's3');
    expect(s3?.value).toBeCloseTo(93 + 4 / 24, 9);
    expect(result.breaches.items.filter((b) => b.clauseId === 'rec').map((b) => b.recordId)).toEqual([
      's3',
      's4',
    ]);
  });
});
