import { describe, expect, it } from 'vitest';
import { fairShare, measure } from '../../../src/shared/compliance/engine';
import { MonthIndex } from '../../../src/shared/compliance/months';
import { streaksOf } from '../../../src/shared/compliance/streaks';
import {
  ComplianceResult,
  type Breach,
  type ClauseResult,
  type ClauseStatus,
} from '../../../src/shared/workbook/schema';
import { AS_OF, records, rows, workbook } from './fixture';
import { recordSet } from './records';

const byId = (r: ComplianceResult, id: string): ClauseResult => {
  const c = r.clauses.find((x) => x.id === id);
  if (!c) throw new Error(`no clause ${id}`);
  return c;
};
const statuses = (c: ClauseResult) => c.periods.map((m) => m.status);
const actuals = (c: ClauseResult) => c.periods.map((m) => m.actual);

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

  it('volume: met / missed per month; the month in progress is in progress, not missed', () => {
    const vol = byId(result, 'vol');
    expect(actuals(vol)).toEqual([4, 2, 2, 1]);
    expect(statuses(vol)).toEqual(['met', 'missed', 'missed', 'in-progress']);
    // 15 April 14:00 CEST is 14.58 of April's 30 days: 3 × 0.486 = 1.46 due by then, 1 counted.
    expect(vol.periods[3]!.onTrack).toBe(false);
    // Feb and Mar missed in a row = the workbook's review rule (2).
    expect(vol.streaks).toEqual({
      runs: [{ from: '2026-02', to: '2026-03', length: 2, reachedTrigger: true }],
      longest: 2,
      current: 2,
    });
    expect(vol.reviewTriggered).toBe(true);
    // Channel filter is case-insensitive: paid_search = r1, r4 | r5 | r7 | none.
    expect(actuals(byId(result, 'paid'))).toEqual([2, 1, 1, 0]);
    expect(statuses(byId(result, 'paid'))).toEqual(['met', 'met', 'met', 'in-progress']);
  });

  it('response time in business hours, with untouched records breaching only past the limit', () => {
    const resp = byId(result, 'resp');
    // Jan: r1, r2 on time; r3, r4 late → 2/4. Feb: 2/2. Mar: r7 on time, r8 late → 1/2. Apr: r9 pending.
    expect(actuals(resp)).toEqual([0.5, 1, 0.5, null]);
    expect(statuses(resp)).toEqual(['missed', 'met', 'missed', 'in-progress']);
    // Nothing decided in April yet: too early to tell.
    expect(resp.periods[3]!.onTrack).toBeNull();
    expect(resp.periods.map((m) => [m.breaches, m.pending])).toEqual([
      [2, 0],
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    // Jan and Mar missed, Feb met between them: two runs of one.
    expect(resp.streaks.runs.map((r) => [r.from, r.length])).toEqual([
      ['2026-01', 1],
      ['2026-03', 1],
    ]);
    expect(resp.streaks.current).toBe(1);
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

  it('cohort conversion: reaching SQL or any later stage within the window; young cohorts in progress', () => {
    const conv = byId(result, 'conv');
    // Jan: r1, r4 converted of 4 → 0.5 (met). Feb: r5, r6 (via Customer) of 2. Mar: r7 failed, r8 still
    // within its 30 days (to 30 April): March is over but its cohort is not decided.
    expect(actuals(conv)).toEqual([0.5, 1, 0, 0]);
    expect(statuses(conv)).toEqual(['met', 'met', 'in-progress', 'in-progress']);
    // March: 0 of 2 so far, 1 still open: 50 % is still reachable, so too early to tell.
    expect(conv.periods[2]).toMatchObject({ count: 2, pending: 1, onTrack: null });
    expect(conv.streaks.current).toBe(0);
  });

  it('velocity: median days, in the month the target stage was reached', () => {
    const vel = byId(result, 'vel');
    // Feb: r1 45 d and r6 16 d 20 h → (45 + 16.8333)/2. Mar: r3 65 d (> 60).
    const [jan, feb, mar, apr] = vel.periods.map((m) => m.actual);
    expect([jan, mar, apr]).toEqual([null, 65, null]);
    expect(feb).toBeCloseTo((45 + 16 + 20 / 24) / 2, 9);
    // No customer in January; April is not over.
    expect(statuses(vel)).toEqual(['not-measurable', 'met', 'missed', 'in-progress']);
    expect(vel.periods[0]!.reason).toBe('noRecords');
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

describe('fairShare', () => {
  const list = (clauseId: string, n: number): Breach[] =>
    Array.from({ length: n }, (_, i) => ({
      clauseId,
      recordId: `${clauseId}${i}`,
      month: '2026-01',
      owner: '',
      channel: '',
      value: null,
      limit: 1,
    }));
  it('keeps small lists whole and splits the rest of the cap between the large ones', () => {
    // Cap 10 over 3 clauses: "b" has 2 (under its share of 3), so "a" and "c" split the other 8.
    const out = fairShare([list('a', 50), list('b', 2), list('c', 7)], 10);
    const count = (id: string) => out.filter((b) => b.clauseId === id).length;
    expect([count('a'), count('b'), count('c')]).toEqual([4, 2, 4]);
    expect(out.map((b) => b.clauseId).join('')).toBe('aaaabbcccc');
    expect(fairShare([list('a', 3)], 10)).toHaveLength(3);
  });
});

describe('streaksOf', () => {
  const periods = (...list: ClauseStatus[]) =>
    list.map((status, i) => ({ period: `2026-0${i + 1}`, status }));
  it('keeps every run of misses; undecided periods neither count nor break a run', () => {
    // Jan–Feb missed (reaches 2), Mar met, Apr missed, May in progress, Jun not measurable, Jul missed.
    const s = streaksOf(
      periods('missed', 'missed', 'met', 'missed', 'in-progress', 'not-measurable', 'missed'),
      2,
    );
    expect(s.runs).toEqual([
      { from: '2026-01', to: '2026-02', length: 2, reachedTrigger: true },
      { from: '2026-04', to: '2026-07', length: 2, reachedTrigger: true },
    ]);
    expect([s.longest, s.current]).toEqual([2, 2]);
    // A met period last: the current run is 0, the history stays.
    const after = streaksOf(periods('missed', 'missed', 'missed', 'met'), 2);
    expect([after.longest, after.current, after.runs.length]).toEqual([3, 0, 1]);
    expect(streaksOf(periods('in-progress', 'not-measurable'), 1)).toEqual({
      runs: [],
      longest: 0,
      current: 0,
    });
  });
});

describe('recomputing on the same records', () => {
  it('after a clause edit gives what a fresh measurement gives', () => {
    const wb = workbook();
    measure(wb, records);
    const edited = {
      ...wb,
      clauses: wb.clauses.map((c) => (c.id === 'vol' ? { ...c, target: 2 } : c)),
      review: { ...wb.review, consecutiveMisses: 1 },
    };
    const again = measure(edited, records);
    // A fresh record set (same rows) shares no cached work.
    const fresh = measure(edited, recordSet(rows, { asOf: AS_OF, stageColumns: ['mql', 'sql', 'customer'] }));
    expect(again).toEqual(fresh);
    // Target 2: February's 2 MQLs now meet it; March's 2 too.
    expect(again.clauses.find((c) => c.id === 'vol')?.periods.map((m) => m.status)).toEqual([
      'met',
      'met',
      'met',
      'in-progress',
    ]);
    // Review rule 1: the response clause's single March miss now triggers it.
    expect(again.clauses.find((c) => c.id === 'resp')?.reviewTriggered).toBe(true);
  });
});
