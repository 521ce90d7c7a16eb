import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/shared/compliance/engine';
import { teamTriggers } from '../../../src/shared/compliance/streaks';
import { blankWorkbook } from '../../../src/shared/workbook/blank';
import {
  DEFAULT_TOUCH_RULE,
  type Clause,
  type ClauseResult,
  type ClauseStatus,
  type ComplianceResult,
  type PeriodResult,
  type Scenario,
  type Workbook,
} from '../../../src/shared/workbook/schema';
import { recordSet, type Row } from './records';

/*
 * The verdict rules of issue #12, each on a small hand-made case in Madrid (CET = UTC+1 until
 * 29 March 2026, CEST = UTC+2 after). Every expected figure is worked out in the comments.
 */
const base = {
  ownerTeamId: '',
  period: 'month' as const,
  consequence: '',
  status: 'agreed' as const,
  comments: [],
};
const volume = (id: string, target: number, extra: Partial<Extract<Clause, { type: 'volume' }>> = {}) =>
  ({
    ...base,
    id,
    title: id,
    type: 'volume',
    stageId: 'mql',
    target,
    targetFrom: 'fixed',
    ...extra,
  }) as Clause;

function book(clauses: Clause[], patch: Partial<Workbook> = {}): Workbook {
  const wb = blankWorkbook('en', new Date('2026-01-01T00:00:00Z'), 'Europe/Madrid');
  return { ...wb, clauses, review: { ...wb.review, consecutiveMisses: 2 }, ...patch };
}

/** `n` MQLs on day `day` of month `month` (2026), at 10:00 UTC, ids `<prefix><i>`. */
const mqls = (prefix: string, month: number, day: number, n: number, extra: Partial<Row> = {}): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    stages: { mql: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00Z` },
    ...extra,
  }));

const clause = (r: ComplianceResult, id: string): ClauseResult => r.clauses.find((c) => c.id === id)!;
const verdicts = (c: ClauseResult) => c.periods.map((p) => [p.period, p.actual, p.status]);
const period = (c: ClauseResult, key: string): PeriodResult => c.periods.find((p) => p.period === key)!;

describe('each clause on its own period', () => {
  // One lead on 5 January opens the measured months; MQLs: none in January or February, 6 in March.
  const rows: Row[] = [{ id: 'lead', stages: { lead: '2026-01-05T10:00:00Z' } }, ...mqls('m', 3, 10, 6)];
  const wb = book([
    volume('quarter', 6, { period: 'quarter' }),
    // The same commitment written monthly (6 ÷ 3): January and February miss it.
    volume('month', 2),
  ]);

  it('judges a 6-per-quarter clause on the quarter: 0, 0, 6 in Jan–Mar is met, with no review', () => {
    const r = measure(wb, recordSet(rows, { asOf: '2026-04-10T12:00:00Z', stageColumns: ['lead', 'mql'] }));
    const q = clause(r, 'quarter');
    expect(verdicts(q)).toEqual([
      ['2026-Q1', 6, 'met'],
      // 10 April: the second quarter has just begun.
      ['2026-Q2', 0, 'in-progress'],
    ]);
    expect(period(q, '2026-Q1')).toMatchObject({ from: '2026-01', to: '2026-03', target: 6 });
    // Monthly progress toward the quarter's 6, never a verdict: January 0, February 0, March 6.
    expect(q.months.map((m) => [m.month, m.period, m.actual, m.toDate, m.target])).toEqual([
      ['2026-01', '2026-Q1', 0, 0, null],
      ['2026-02', '2026-Q1', 0, 0, null],
      ['2026-03', '2026-Q1', 6, 6, null],
      ['2026-04', '2026-Q2', 0, 0, null],
    ]);
    expect([q.streaks.runs, q.reviewTriggered]).toEqual([[], false]);
    // Written monthly, the same records miss January and February: two in a row, a review.
    const m = clause(r, 'month');
    expect(verdicts(m).slice(0, 3)).toEqual([
      ['2026-01', 0, 'missed'],
      ['2026-02', 0, 'missed'],
      ['2026-03', 6, 'met'],
    ]);
    expect(m.streaks.runs).toEqual([{ from: '2026-01', to: '2026-02', length: 2, reachedTrigger: true }]);
  });

  it('misses a quarter only once it is over', () => {
    const five = [...rows.slice(0, 1), ...mqls('m', 3, 10, 5)];
    const over = measure(
      wb,
      recordSet(five, { asOf: '2026-04-01T08:00:00Z', stageColumns: ['lead', 'mql'] }),
    );
    expect(period(clause(over, 'quarter'), '2026-Q1')).toMatchObject({ actual: 5, status: 'missed' });
    // On 31 March the same 5 are the running figure of a quarter in progress.
    const before = measure(
      wb,
      recordSet(five, { asOf: '2026-03-31T12:00:00Z', stageColumns: ['lead', 'mql'] }),
    );
    expect(period(clause(before, 'quarter'), '2026-Q1')).toMatchObject({ actual: 5, status: 'in-progress' });
  });

  it('says whether a quarter in progress is on track: the target prorated to the time elapsed', () => {
    // 15 Feb 12:00 UTC = 13:00 CET. Q1 lasts 2,159 h (Jan 744, Feb 672, Mar 743: DST takes an hour).
    // Due by then: 6 × 744/2159 for January + 6 × 672/2159 × (14 d 13 h = 349 h)/672 for February
    // = 2.0676 + 0.9699 = 3.0375. Three MQLs are behind, four on track.
    const at = (n: number) =>
      period(
        clause(
          measure(
            wb,
            recordSet([...rows.slice(0, 1), ...mqls('m', 2, 2, n)], {
              asOf: '2026-02-15T12:00:00Z',
              stageColumns: ['lead', 'mql'],
            }),
          ),
          'quarter',
        ),
        '2026-Q1',
      );
    expect(at(3)).toMatchObject({ status: 'in-progress', actual: 3, onTrack: false });
    expect(at(4)).toMatchObject({ status: 'in-progress', actual: 4, onTrack: true });
  });

  it('takes a velocity median over the whole period', () => {
    // MQL → customer: January wins took 10 and 30 days, February's 20 and 40, March's 50:
    // the quarter's median is 30 (the months' would be 20, 30, 50).
    const won = (id: string, mql: string, days: number): Row => ({
      id,
      stages: { mql, customer: new Date(Date.parse(mql) + days * 86_400_000).toISOString() },
    });
    const sales: Row[] = [
      won('a', '2025-12-20T10:00:00Z', 30),
      won('b', '2026-01-05T10:00:00Z', 10),
      won('c', '2026-01-25T10:00:00Z', 20),
      won('d', '2025-12-31T10:00:00Z', 40),
      won('e', '2026-01-20T10:00:00Z', 50),
    ];
    const vel: Clause = {
      ...base,
      id: 'vel',
      title: 'vel',
      type: 'velocity',
      period: 'quarter',
      fromStageId: 'mql',
      toStageId: 'customer',
      targetDays: 25,
    };
    const r = measure(
      book([vel]),
      recordSet(sales, { asOf: '2026-04-02T00:00:00Z', stageColumns: ['mql', 'customer'] }),
    );
    const q1 = period(clause(r, 'vel'), '2026-Q1');
    expect([q1.actual, q1.count, q1.status]).toEqual([30, 5, 'missed']);
  });
});

describe('coverage: each file its own span and "as of"', () => {
  // leads.csv: MQL and first touch, up to Fri 20 March 15:00 (CET). deals.csv: customers, up to 10 May.
  const rows: Row[] = [
    ...mqls('jan', 1, 12, 3),
    ...mqls('feb', 2, 10, 4),
    { id: 'mar', stages: { mql: '2026-03-20T14:00:00Z' } },
    { id: 'won1', stages: { mql: '2026-02-02T10:00:00Z', customer: '2026-02-20T10:00:00Z' } },
    { id: 'won2', stages: { mql: '2026-01-15T10:00:00Z', customer: '2026-05-10T09:30:00Z' } },
  ];
  const sources = [
    { name: 'leads.csv', fields: ['id' as const, 'stage:mql' as const, 'channel' as const] },
    { name: 'deals.csv', fields: ['stage:customer' as const] },
  ];
  const records = recordSet(rows, { asOf: null, stageColumns: ['mql', 'customer'], sources });
  const conversion: Clause = {
    ...base,
    id: 'conv',
    title: 'conv',
    type: 'conversion',
    fromStageId: 'mql',
    toStageId: 'customer',
    targetRate: 0.2,
    windowDays: 30,
  };
  const velocity: Clause = {
    ...base,
    id: 'vel',
    title: 'vel',
    type: 'velocity',
    fromStageId: 'mql',
    toStageId: 'customer',
    targetDays: 200,
  };
  const r = measure(book([volume('vol', 3), conversion, velocity]), records);

  it('records each file’s first and last timestamp and takes "as of" per file', () => {
    expect(r.sources.map((s) => [s.name, s.first, s.last, s.asOf, s.asOfFrom])).toEqual([
      [
        'leads.csv',
        '2026-01-12T10:00:00.000Z',
        '2026-03-20T14:00:00.000Z',
        '2026-03-20T14:00:00.000Z',
        'data',
      ],
      [
        'deals.csv',
        '2026-02-20T10:00:00.000Z',
        '2026-05-10T09:30:00.000Z',
        '2026-05-10T09:30:00.000Z',
        'data',
      ],
    ]);
    expect(r.sources[0]!.columns).toEqual([
      { field: 'stage:mql', first: '2026-01-12T10:00:00.000Z', last: '2026-03-20T14:00:00.000Z', count: 10 },
    ]);
    // The measurement's "as of" is the later file's, but each clause is judged by its own files.
    expect(r.asOf).toBe('2026-05-10T09:30:00.000Z');
    expect(clause(r, 'vol')).toMatchObject({ asOf: '2026-03-20T14:00:00.000Z', sources: [0] });
    expect(clause(r, 'conv')).toMatchObject({ asOf: '2026-03-20T14:00:00.000Z', sources: [0, 1] });
  });

  it('judges no period past the end of a file the clause reads', () => {
    // Volume: Jan 3 + won2 = 4, Feb 4 + won1 = 5; March is cut short on the 20th by the leads file,
    // which has ended (the deals file goes on): outside coverage, as are April and May — not missed.
    expect(verdicts(clause(r, 'vol'))).toEqual([
      ['2026-01', 4, 'met'],
      ['2026-02', 5, 'met'],
      ['2026-03', 1, 'not-measurable'],
      ['2026-04', 0, 'not-measurable'],
      ['2026-05', 0, 'not-measurable'],
    ]);
    expect(
      clause(r, 'vol')
        .periods.slice(2)
        .every((p) => p.reason === 'outsideCoverage'),
    ).toBe(true);
    // Conversion within 30 days, observed in the deals file (current to 10 May): January's cohort
    // (3 + won2, won 115 days later) converted 0 of 4: missed; February's won1 of 5: 20 %, met.
    // March's cohort is cut short by the leads file: outside coverage.
    expect(verdicts(clause(r, 'conv'))).toEqual([
      ['2026-01', 0, 'missed'],
      ['2026-02', 0.2, 'met'],
      ['2026-03', 0, 'not-measurable'],
      ['2026-04', null, 'not-measurable'],
      ['2026-05', null, 'not-measurable'],
    ]);
    // Velocity counts in the month won: won2 in May would be judged against MQLs the leads file no
    // longer shows (an MQL after 20 March could have been won in May too): outside coverage.
    expect(period(clause(r, 'vel'), '2026-02')).toMatchObject({ actual: 18, status: 'met' });
    expect(period(clause(r, 'vel'), '2026-05')).toMatchObject({
      status: 'not-measurable',
      reason: 'outsideCoverage',
    });
  });

  it('with a given "as of", every file is known up to it', () => {
    const given = measure(
      book([volume('vol', 3)]),
      recordSet(rows, { asOf: '2026-04-15T12:00:00Z', stageColumns: ['mql', 'customer'], sources }),
    );
    expect(given.sources.map((s) => [s.asOf, s.asOfFrom])).toEqual([
      ['2026-04-15T12:00:00.000Z', 'given'],
      ['2026-04-15T12:00:00.000Z', 'given'],
    ]);
    // Then March is over and short of 3: missed; April is in progress.
    expect(verdicts(clause(given, 'vol')).slice(2)).toEqual([
      ['2026-03', 1, 'missed'],
      ['2026-04', 0, 'in-progress'],
    ]);
  });

  it('a file of bare dates covers its last day', () => {
    // Dates only (midnight in Madrid): the last is 31 March, so March is complete and judged.
    const dated: Row[] = [
      { id: 'a', stages: { mql: '2026-02-27T23:00:00Z' } },
      { id: 'b', stages: { mql: '2026-03-30T22:00:00Z' } },
    ];
    const d = measure(book([volume('vol', 1)]), recordSet(dated, { asOf: null, stageColumns: ['mql'] }));
    expect(d.sources[0]).toMatchObject({
      last: '2026-03-30T22:00:00.000Z',
      asOf: '2026-03-31T22:00:00.000Z',
    });
    expect(verdicts(clause(d, 'vol'))).toEqual([
      ['2026-02', 1, 'met'],
      ['2026-03', 1, 'met'],
    ]);
  });
});

describe('a filter that matches nothing', () => {
  it('is not measurable, and lists the values that do occur', () => {
    const rows: Row[] = [
      ...mqls('o', 1, 5, 3, { channel: 'organic_search' }),
      ...mqls('p', 1, 6, 2, { channel: 'Paid_Search' }),
      ...mqls('n', 1, 7, 1),
    ];
    const r = measure(
      book([
        volume('events', 5, { channel: 'Events and webinars' }),
        volume('paid', 2, { channel: 'paid_search' }),
      ]),
      recordSet(rows, { asOf: '2026-02-10T00:00:00Z', stageColumns: ['mql'] }),
    );
    const events = clause(r, 'events');
    expect(events).toMatchObject({
      reason: 'noMatchingRecords',
      occurring: ['organic_search', 'Paid_Search'],
    });
    expect(events.periods.map((p) => [p.period, p.status, p.reason])).toEqual([
      ['2026-01', 'not-measurable', 'noMatchingRecords'],
      ['2026-02', 'not-measurable', 'noMatchingRecords'],
    ]);
    // A filter that matches (ignoring case) is measured.
    expect(verdicts(clause(r, 'paid'))).toEqual([
      ['2026-01', 2, 'met'],
      ['2026-02', 0, 'in-progress'],
    ]);
  });
});

describe('the review rule per team', () => {
  const c = (id: string, ownerTeamId: string, periods: [string, string, ClauseStatus][]): ClauseResult =>
    ({
      id,
      ownerTeamId,
      periods: periods.map(([period, to, status]) => ({ period, to, status })),
    }) as unknown as ClauseResult;
  const teams = [{ id: 'mkt' }, { id: 'sales' }];

  it('a team that misses any agreed commitment in K consecutive months triggers it, naming the clauses', () => {
    const results = [
      // Marketing, monthly: January met, February missed, March met.
      c('vol', 'mkt', [
        ['2026-01', '2026-01', 'met'],
        ['2026-02', '2026-02', 'missed'],
        ['2026-03', '2026-03', 'met'],
      ]),
      // Marketing, quarterly: Q1 missed, counted in March.
      c('events', 'mkt', [['2026-Q1', '2026-03', 'missed']]),
      // Marketing, a draft: its January miss does not count toward the review.
      c('draft', 'mkt', [['2026-01', '2026-01', 'missed']]),
      // Sales: January missed, February in progress, March met.
      c('touch', 'sales', [
        ['2026-01', '2026-01', 'missed'],
        ['2026-02', '2026-02', 'in-progress'],
        ['2026-03', '2026-03', 'met'],
      ]),
    ];
    const clauses = [
      { id: 'vol', ownerTeamId: 'mkt', agreed: true },
      { id: 'events', ownerTeamId: 'mkt', agreed: true },
      { id: 'draft', ownerTeamId: 'mkt', agreed: false },
      { id: 'touch', ownerTeamId: 'sales', agreed: true },
    ];
    const [mkt, sales] = teamTriggers(teams, clauses, results, 2);
    // Marketing: January met, February missed (vol), March missed (events): two in a row.
    expect(mkt).toEqual({
      teamId: 'mkt',
      clauseIds: ['vol', 'events'],
      runs: [
        { from: '2026-02', to: '2026-03', length: 2, reachedTrigger: true, clauseIds: ['vol', 'events'] },
      ],
      longest: 2,
      current: 2,
      reviewTriggered: true,
    });
    // Sales: one missed month, then met.
    expect(sales).toMatchObject({ current: 0, longest: 1, reviewTriggered: false });
  });

  it('is computed by measure from the workbook’s teams and agreed clauses', () => {
    const wb = book(
      [
        volume('vol', 3, { ownerTeamId: 'mkt' }),
        volume('draft', 100, { ownerTeamId: 'mkt', status: 'draft' }),
      ],
      {
        parties: {
          teams: [{ id: 'mkt', name: 'Marketing', kind: 'marketing', owner: '', approver: '' }],
          raci: [],
          notes: '',
        },
      },
    );
    // January 1 MQL, February 2: missed twice (target 3); the draft clause would miss too, unheard.
    const rows = [...mqls('a', 1, 5, 1), ...mqls('b', 2, 5, 2)];
    const r = measure(wb, recordSet(rows, { asOf: '2026-03-02T00:00:00Z', stageColumns: ['mql'] }));
    expect(r.teams).toEqual([
      {
        teamId: 'mkt',
        clauseIds: ['vol'],
        runs: [{ from: '2026-01', to: '2026-02', length: 2, reachedTrigger: true, clauseIds: ['vol'] }],
        longest: 2,
        current: 2,
        reviewTriggered: true,
      },
    ]);
    expect(r.reviewRule).toBe(2);
  });
});

describe('a first touch before the hand-off', () => {
  it('counts as on time, flagged, with a count per month and the records listed', () => {
    const touch = (id: string, mql: string, first: string): Row => ({
      id,
      stages: { mql },
      firstTouch: first,
    });
    const rows = [
      // Touched two hours before becoming an MQL (Mon 12 January).
      touch('early1', '2026-01-12T10:00:00Z', '2026-01-12T08:00:00Z'),
      // Touched after 30 minutes.
      touch('ok', '2026-01-13T10:00:00Z', '2026-01-13T10:30:00Z'),
      // Touched the day before (February).
      touch('early2', '2026-02-10T10:00:00Z', '2026-02-09T15:00:00Z'),
      // Never touched: a breach once the 4 business hours are past.
      { id: 'late', stages: { mql: '2026-02-11T10:00:00Z' } },
    ];
    const resp: Clause = {
      ...base,
      id: 'resp',
      title: 'resp',
      type: 'responseTime',
      stageId: 'mql',
      limitHours: 4,
      hours: 'business',
      targetShare: 0.5,
      touches: DEFAULT_TOUCH_RULE,
    };
    // "As of" 1 March 00:00 CET: February is over.
    const r = measure(book([resp]), recordSet(rows, { asOf: '2026-02-28T23:00:00Z', stageColumns: ['mql'] }));
    const c = clause(r, 'resp');
    // January 2 of 2 on time (one flagged); February 1 of 2 (the flagged one), the other a breach.
    expect(c.periods.map((p) => [p.period, p.actual, p.status, p.flags ?? null])).toEqual([
      ['2026-01', 1, 'met', { touchBeforeStage: 1 }],
      ['2026-02', 0.5, 'met', { touchBeforeStage: 1 }],
    ]);
    expect(c.months.map((m) => m.flags?.touchBeforeStage ?? 0)).toEqual([1, 1]);
    expect(r.flagged.total).toBe(2);
    expect(r.flagged.items.map((f) => [f.recordId, f.month, f.flag, f.value])).toEqual([
      ['early1', '2026-01', 'touchBeforeStage', 0],
      ['early2', '2026-02', 'touchBeforeStage', 0],
    ]);
    // Not breaches: only the untouched one is.
    expect(r.breaches.items.map((b) => b.recordId)).toEqual(['late']);
  });
});

describe('target from the plan of record', () => {
  // Goal 240,000 / 10,000 = 24 customers; seasonality 5,5,10,10,10,10,5,5,10,10,10,10 %. Cumulative
  // rounding: ⌈24·W/100⌉ = 2,3,5,8,10,12,14,15,17,20,22,24 → customers 2,1,2,3,2,2,2,1,2,3,2,2.
  // Every step converts 50 % with no lag: MQLs = 8 × customers = 16,8,16,24,16,16,16,8,16,24,16,16.
  const scenario = (fiscalYear: number): Scenario => ({
    id: 'plan',
    name: 'Plan',
    notes: '',
    goal: 240_000,
    avgDealSize: 10_000,
    fiscalYear,
    fiscalYearStartMonth: 1,
    seasonality: [5, 5, 10, 10, 10, 10, 5, 5, 10, 10, 10, 10],
    transitions: [
      ['visit', 'lead'],
      ['lead', 'mql'],
      ['mql', 'sql'],
      ['sql', 'opportunity'],
      ['opportunity', 'customer'],
    ].map(([fromStageId, toStageId]) => ({
      fromStageId: fromStageId!,
      toStageId: toStageId!,
      rate: 0.5,
      lagDays: 0,
    })),
    capacity: { reps: 0, leadsPerRep: 0, handoverStageId: '' },
    topOfFunnel: null,
  });
  const planned = (fiscalYear: number, clauses: Clause[]) =>
    book(clauses, { scenarios: { planOfRecordId: 'plan', items: [scenario(fiscalYear)] } });
  // December 2025: 1 (before the plan); January 16, February 10, March 12, to 15 April 11 or 12.
  const rows = (april: number) => [
    { id: 'dec', stages: { mql: '2025-12-10T10:00:00Z' } },
    ...mqls('a', 1, 10, 16),
    ...mqls('b', 2, 10, 10),
    ...mqls('c', 3, 10, 12),
    ...mqls('e', 4, 10, april),
  ];
  const asOf = '2026-04-15T12:00:00Z';

  it('follows the plan’s monthly volume across the season, and sums it over a quarter', () => {
    const wb = planned(2026, [
      volume('vol', 400, { targetFrom: 'plan' }),
      volume('q', 400, { targetFrom: 'plan', period: 'quarter' }),
    ]);
    const r = measure(wb, recordSet(rows(12), { asOf, stageColumns: ['mql'] }));
    const vol = clause(r, 'vol');
    expect(vol.targetFrom).toBe('plan');
    expect(vol.periods.map((p) => [p.period, p.actual, p.target, p.status, p.reason ?? null])).toEqual([
      // December 2025 is before the plan's fiscal year.
      ['2025-12', 1, null, 'not-measurable', 'outsidePlan'],
      ['2026-01', 16, 16, 'met', null],
      ['2026-02', 10, 8, 'met', null],
      ['2026-03', 12, 16, 'missed', null],
      ['2026-04', 12, 24, 'in-progress', null],
    ]);
    // 15 April 14:00 CEST: 14 d 14 h of April's 30 days = 0.4861 × 24 = 11.67 due; 12 is on track.
    expect(period(vol, '2026-04').onTrack).toBe(true);
    expect(
      period(clause(measure(wb, recordSet(rows(11), { asOf, stageColumns: ['mql'] })), 'vol'), '2026-04')
        .onTrack,
    ).toBe(false);
    // Plan beside actual in the same calendar, month by month.
    expect(vol.months.map((m) => [m.month, m.actual, m.target])).toEqual([
      ['2025-12', 1, null],
      ['2026-01', 16, 16],
      ['2026-02', 10, 8],
      ['2026-03', 12, 16],
      ['2026-04', 12, 24],
    ]);
    // Q1: 16 + 8 + 16 = 40 planned, 38 entered: missed. Q4 2025 lacks two planned months: no target.
    const q = clause(r, 'q');
    expect(period(q, '2026-Q1')).toMatchObject({ actual: 38, target: 40, status: 'missed' });
    expect(period(q, '2025-Q4')).toMatchObject({ target: null, reason: 'outsidePlan' });
  });

  it('says so when the plan’s fiscal year and the data’s months do not overlap', () => {
    const r = measure(
      planned(2030, [volume('vol', 400, { targetFrom: 'plan' })]),
      recordSet(rows(12), { asOf, stageColumns: ['mql'] }),
    );
    expect(clause(r, 'vol')).toMatchObject({
      reason: 'outsidePlan',
      planSpan: { from: '2030-01', to: '2030-12' },
    });
    expect(clause(r, 'vol').periods.every((p) => p.reason === 'outsidePlan')).toBe(true);
  });

  it('needs a plan of record for the stage, and no channel filter', () => {
    const none = measure(
      book([volume('vol', 400, { targetFrom: 'plan' })]),
      recordSet(rows(12), { asOf, stageColumns: ['mql'] }),
    );
    expect(clause(none, 'vol').reason).toBe('noPlan');
    const channel = measure(
      planned(2026, [volume('vol', 400, { targetFrom: 'plan', channel: 'paid' })]),
      recordSet(rows(12), { asOf, stageColumns: ['mql'], columns: ['channel'] }),
    );
    expect(clause(channel, 'vol').reason).toBe('noPlan');
  });
});
