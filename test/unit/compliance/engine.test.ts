import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/shared/compliance/engine';
import { MonthIndex } from '../../../src/shared/compliance/months';
import { blankWorkbook } from '../../../src/shared/workbook/blank';
import {
  ComplianceResult,
  type Clause,
  type ClauseResult,
  type Workbook,
} from '../../../src/shared/workbook/schema';
import { recordSet, type Row } from './records';

const base = {
  ownerTeamId: '',
  period: 'month' as const,
  consequence: '',
  status: 'agreed' as const,
  comments: [],
};
const clauses: Clause[] = [
  { ...base, id: 'vol', title: 'MQLs per month', type: 'volume', stageId: 'mql', target: 3 },
  {
    ...base,
    id: 'paid',
    title: 'Paid MQLs',
    type: 'volume',
    stageId: 'mql',
    target: 1,
    channel: 'Paid_Search',
  },
  {
    ...base,
    id: 'resp',
    title: 'First touch in 4 business hours',
    type: 'responseTime',
    stageId: 'mql',
    limitHours: 4,
    hours: 'business',
    targetShare: 0.75,
  },
  {
    ...base,
    id: 'conv',
    title: 'MQL→SQL in 30 days',
    type: 'conversion',
    fromStageId: 'mql',
    toStageId: 'sql',
    targetRate: 0.5,
    windowDays: 30,
  },
  {
    ...base,
    id: 'vel',
    title: 'MQL→Customer',
    type: 'velocity',
    fromStageId: 'mql',
    toStageId: 'customer',
    targetDays: 60,
  },
  {
    ...base,
    id: 'recy',
    title: 'Recycle stalled SQLs',
    type: 'recycling',
    stageId: 'sql',
    stallDays: 30,
    targetShare: 0.9,
  },
  { ...base, id: 'q', title: 'Weekly triage', type: 'qualitative', text: 'Both teams attend.' },
];

function workbook(): Workbook {
  const wb = blankWorkbook('en', new Date('2026-01-01T00:00:00Z'), 'Europe/Madrid');
  return { ...wb, clauses, review: { ...wb.review, consecutiveMisses: 2 } };
}

// Madrid, Mon–Fri 09:00–18:00. CET = UTC+1 until 2026-03-29, then CEST = UTC+2.
const rows: Row[] = [
  // Mon 09:00, touched 10:00 (1 h); SQL in 15 days; customer 45 days after MQL.
  {
    id: 'r1',
    owner: 'ana',
    channel: 'paid_search',
    firstTouch: '2026-01-05T09:00:00Z',
    stages: { mql: '2026-01-05T08:00:00Z', sql: '2026-01-20T08:00:00Z', customer: '2026-02-19T08:00:00Z' },
  },
  // Fri 17:30, touched Mon 11:00: 0.5 h + 2 h = 2.5 business hours. Never converts.
  {
    id: 'r2',
    owner: 'ana',
    channel: 'organic_search',
    firstTouch: '2026-01-12T10:00:00Z',
    stages: { mql: '2026-01-09T16:30:00Z' },
  },
  // Wed 09:00, touched Thu 09:00: 9 business hours (breach). SQL after 46 days (outside the window).
  {
    id: 'r3',
    owner: 'ana',
    channel: 'organic_search',
    firstTouch: '2026-01-15T08:00:00Z',
    stages: { mql: '2026-01-14T08:00:00Z', sql: '2026-03-01T08:00:00Z', customer: '2026-03-20T08:00:00Z' },
  },
  // Fri 09:00, never touched (breach by "as of"); SQL in 11 days.
  {
    id: 'r4',
    owner: 'luis',
    channel: 'paid_search',
    stages: { mql: '2026-01-30T08:00:00Z', sql: '2026-02-10T08:00:00Z' },
  },
  // 3 minutes; SQL in 3 days.
  {
    id: 'r5',
    owner: 'luis',
    channel: 'paid_search',
    firstTouch: '2026-02-02T08:03:00Z',
    stages: { mql: '2026-02-02T08:00:00Z', sql: '2026-02-05T08:00:00Z' },
  },
  // 20 minutes; skips SQL and becomes a customer 16 d 20 h later: counts as reaching SQL "or later".
  {
    id: 'r6',
    owner: 'luis',
    channel: 'organic_search',
    firstTouch: '2026-02-03T12:20:00Z',
    stages: { mql: '2026-02-03T12:00:00Z', customer: '2026-02-20T08:00:00Z' },
  },
  // 2 hours; never converts (its 30 days ended 1 April).
  {
    id: 'r7',
    channel: 'paid_search',
    firstTouch: '2026-03-02T10:00:00Z',
    stages: { mql: '2026-03-02T08:00:00Z' },
  },
  // Tue 31 Mar 10:00 CEST, never touched: breach; its 30-day window is still open on 15 April.
  { id: 'r8', channel: 'organic_search', stages: { mql: '2026-03-31T08:00:00Z' } },
  // Wed 15 Apr 11:00 CEST; "as of" is 14:00 CEST: 3 business hours, still within the limit.
  { id: 'r9', channel: 'organic_search', stages: { mql: '2026-04-15T09:00:00Z' } },
];
const AS_OF = '2026-04-15T12:00:00Z';
const records = recordSet(rows, { asOf: AS_OF, stageColumns: ['mql', 'sql', 'customer'] });

const byId = (r: ComplianceResult, id: string): ClauseResult => {
  const c = r.clauses.find((x) => x.id === id);
  if (!c) throw new Error(`no clause ${id}`);
  return c;
};
const statuses = (c: ClauseResult) => c.months.map((m) => m.status);
const actuals = (c: ClauseResult) => c.months.map((m) => m.actual);

describe('measure', () => {
  const result = measure(workbook(), records);

  it('counts records per month and stage in the workbook time zone', () => {
    expect(result.records).toBe(9);
    expect(result.asOf).toBe('2026-04-15T12:00:00.000Z');
    expect(result.months).toEqual([
      { month: '2026-01', entered: { mql: 4, sql: 1, customer: 0 } },
      { month: '2026-02', entered: { mql: 2, sql: 2, customer: 2 } },
      { month: '2026-03', entered: { mql: 2, sql: 1, customer: 1 } },
      { month: '2026-04', entered: { mql: 1, sql: 0, customer: 0 } },
    ]);
  });

  it('volume: met / missed per month; the month in progress is immature, not missed', () => {
    const vol = byId(result, 'vol');
    expect(actuals(vol)).toEqual([4, 2, 2, 1]);
    expect(statuses(vol)).toEqual(['met', 'missed', 'missed', 'immature']);
    // Feb and Mar missed in a row = the workbook's review rule (2).
    expect(vol.consecutiveMisses).toBe(2);
    expect(vol.reviewTriggered).toBe(true);
    // Channel filter is case-insensitive: paid_search = r1, r4 | r5 | r7 | none.
    expect(actuals(byId(result, 'paid'))).toEqual([2, 1, 1, 0]);
    expect(statuses(byId(result, 'paid'))).toEqual(['met', 'met', 'met', 'immature']);
  });

  it('response time in business hours, with untouched records breaching only past the limit', () => {
    const resp = byId(result, 'resp');
    // Jan: r1, r2 on time; r3, r4 late → 2/4. Feb: 2/2. Mar: r7 on time, r8 late → 1/2. Apr: r9 pending.
    expect(actuals(resp)).toEqual([0.5, 1, 0.5, null]);
    expect(statuses(resp)).toEqual(['missed', 'met', 'missed', 'immature']);
    expect(resp.months.map((m) => [m.breaches, m.pending])).toEqual([
      [2, 0],
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    expect(resp.consecutiveMisses).toBe(1);
    expect(resp.reviewTriggered).toBe(false);
    // Touch delays: 3 min | 20 min | 60, 120, 150 min | 540 min; untouched r4, r8, r9.
    expect(resp.histogram).toEqual({ bands: [1, 0, 1, 3, 1, 0], untouched: 3 });
    // r3 took 9 business hours (Wed 09:00 → Thu 09:00).
    const r3 = result.breaches.items.find((b) => b.clauseId === 'resp' && b.recordId === 'r3');
    expect(r3).toMatchObject({
      value: 9,
      limit: 4,
      owner: 'ana',
      channel: 'organic_search',
      month: '2026-01',
    });
  });

  it('breaks response time down per owner and per channel', () => {
    const resp = byId(result, 'resp');
    // ana: r1 ok, r2 ok, r3 late; luis: r4 late, r5 ok, r6 ok; unassigned: r7 ok, r8 late, r9 pending.
    expect(resp.byOwner).toEqual([
      { key: '', count: 3, actual: 0.5, breaches: 1 },
      { key: 'ana', count: 3, actual: 2 / 3, breaches: 1 },
      { key: 'luis', count: 3, actual: 2 / 3, breaches: 1 },
    ]);
    // organic: r2 ok, r3 late, r6 ok, r8 late, r9 pending; paid: r1, r5, r7 ok, r4 late.
    expect(resp.byChannel).toEqual([
      { key: 'organic_search', count: 5, actual: 0.5, breaches: 2 },
      { key: 'paid_search', count: 4, actual: 0.75, breaches: 1 },
    ]);
  });

  it('cohort conversion: reaching SQL or any later stage within the window; young cohorts immature', () => {
    const conv = byId(result, 'conv');
    // Jan: r1, r4 converted of 4 → 0.5 (met). Feb: r5, r6 (via Customer) of 2. Mar: r7 failed, r8 pending.
    expect(actuals(conv)).toEqual([0.5, 1, 0, 0]);
    expect(statuses(conv)).toEqual(['met', 'met', 'immature', 'immature']);
    expect(conv.consecutiveMisses).toBe(0);
  });

  it('velocity: median days, in the month the target stage was reached', () => {
    const vel = byId(result, 'vel');
    // Feb: r1 45 d and r6 16 d 20 h → (45 + 16.8333)/2. Mar: r3 65 d (> 60).
    const [jan, feb, mar, apr] = vel.months.map((m) => m.actual);
    expect([jan, mar, apr]).toEqual([null, 65, null]);
    expect(feb).toBeCloseTo((45 + 16 + 20 / 24) / 2, 9);
    expect(statuses(vel)).toEqual(['not-measurable', 'met', 'missed', 'not-measurable']);
    expect(vel.months[0]!.reason).toBe('noRecords');
  });

  it('says why a clause cannot be measured', () => {
    expect(byId(result, 'recy')).toMatchObject({ reason: 'noRecycledColumn', unit: 'share' });
    expect(statuses(byId(result, 'recy'))).toEqual(Array(4).fill('not-measurable'));
    expect(byId(result, 'q').reason).toBe('qualitative');
    const noTouch = measure(
      workbook(),
      recordSet(rows, { asOf: AS_OF, stageColumns: ['mql'], columns: ['owner'] }),
    );
    expect(byId(noTouch, 'resp').reason).toBe('noFirstTouchColumn');
    expect(byId(noTouch, 'paid').reason).toBe('noChannelColumn');
    expect(byId(noTouch, 'conv').reason).toBe('noTargetStageColumn');
  });

  it('measures transitions between consecutive measured stages (calibrate from actuals)', () => {
    // MQL→SQL-or-later: r1 15 d, r3 46 d, r4 11 d, r5 3 d, r6 16.83 d → 5 of 9, median 15.
    // SQL→Customer: of r1, r3, r4, r5 (r6 never entered SQL), r1 (30 d) and r3 (19 d) → 0.5, median 24.5.
    expect(result.conversion).toEqual([
      { from: 'mql', to: 'sql', rate: 5 / 9, medianDays: 15, entered: 9, reached: 5 },
      { from: 'sql', to: 'customer', rate: 0.5, medianDays: 24.5, entered: 4, reached: 2 },
    ]);
  });

  it('lists breaches with a total and a cap, and the result is a valid snapshot summary', () => {
    // resp: r3, r4, r8; conv: r2, r3, r7; vel: r3.
    expect(result.breaches.total).toBe(7);
    expect(result.breaches.items.map((b) => `${b.clauseId}:${b.recordId}`).sort()).toEqual(
      ['conv:r2', 'conv:r3', 'conv:r7', 'resp:r3', 'resp:r4', 'resp:r8', 'vel:r3'].sort(),
    );
    const capped = measure(workbook(), records, { breachCap: 2 });
    expect(capped.breaches).toMatchObject({ total: 7 });
    expect(capped.breaches.items).toHaveLength(2);
    const roundTrip = ComplianceResult.parse(JSON.parse(JSON.stringify(result)));
    expect(roundTrip).toEqual(result);
  });
});

describe('MonthIndex', () => {
  it('assigns instants to months in the calendar zone, not UTC', () => {
    const idx = new MonthIndex(
      Date.parse('2025-12-01T00:00:00Z'),
      Date.parse('2026-04-30T00:00:00Z'),
      'Europe/Madrid',
    );
    expect(idx.labels).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
    // 2026-01-31 23:30 UTC is 1 February 00:30 in Madrid.
    expect(idx.labels[idx.of(Date.parse('2026-01-31T23:30:00Z'))]).toBe('2026-02');
    // March has 31 days even though it loses an hour to DST.
    expect(idx.days(3)).toBe(31);
    expect(idx.of(Date.parse('2027-01-01T00:00:00Z'))).toBe(-1);
    expect(idx.of(NaN)).toBe(-1);
  });
});
