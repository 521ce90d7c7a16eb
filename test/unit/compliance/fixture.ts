import { blankWorkbook } from '../../../src/shared/workbook/blank';
import { DEFAULT_TOUCH_RULE, type Clause, type Workbook } from '../../../src/shared/workbook/schema';
import { recordSet, type Row } from './records';

/**
 * A small, hand-checked funnel: nine MQLs over four months in Madrid, with the figures each clause
 * should show worked out in the comments (and asserted in engine.test.ts).
 */
const base = {
  ownerTeamId: '',
  period: 'month' as const,
  consequence: '',
  status: 'agreed' as const,
  comments: [],
};
export const clauses: Clause[] = [
  {
    ...base,
    id: 'vol',
    title: 'MQLs per month',
    type: 'volume',
    stageId: 'mql',
    target: 3,
    targetFrom: 'fixed',
  },
  {
    ...base,
    id: 'paid',
    title: 'Paid MQLs',
    type: 'volume',
    stageId: 'mql',
    target: 1,
    targetFrom: 'fixed',
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
    touches: DEFAULT_TOUCH_RULE,
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

export function workbook(): Workbook {
  const wb = blankWorkbook('en', new Date('2026-01-01T00:00:00Z'), 'Europe/Madrid');
  return { ...wb, clauses, review: { ...wb.review, consecutiveMisses: 2 } };
}

// Madrid, Mon–Fri 09:00–18:00. CET = UTC+1 until 2026-03-29, then CEST = UTC+2.
export const rows: Row[] = [
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
export const AS_OF = '2026-04-15T12:00:00Z';
export const records = recordSet(rows, { asOf: AS_OF, stageColumns: ['mql', 'sql', 'customer'] });
