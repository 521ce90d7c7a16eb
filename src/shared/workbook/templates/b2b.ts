import {
  DEFAULT_TOUCH_RULE,
  type Clause,
  type Comment,
  type Language,
  type RaciRole,
  type Scenario,
  type Stage,
  type Workbook,
} from '../schema';
import { blankWorkbook } from '../blank';
import type { B2bCopy, TeamKey } from './b2b-copy';
import { b2bEn } from './b2b-en';
import { b2bEs } from './b2b-es';
import { spainHolidays, usHolidays } from './holidays';

const COPY: Record<Language, B2bCopy> = { en: b2bEn, es: b2bEs };

/** Regional settings of each language's example: Spanish is a Madrid company, English a New York one. */
const REGION: Record<Language, { timeZone: string; currency: string; holidays: (year: number) => string[] }> =
  {
    es: { timeZone: 'Europe/Madrid', currency: 'EUR', holidays: spainHolidays },
    en: { timeZone: 'America/New_York', currency: 'USD', holidays: usHolidays },
  };

/*
 * Template ids are readable and stable (they are only unique within one workbook), so the example
 * reads well in a diff and tests can address its parts. Items added later get random ids.
 */
const TEAM_IDS: Record<TeamKey, string> = {
  marketing: 'team-marketing',
  sdr: 'team-sdr',
  sales: 'team-sales',
  revops: 'team-revops',
};
const T = TEAM_IDS;

/** Stage kinds in order, each owned by the team that moves records out of it. */
const STAGES: { kind: Stage['kind']; owner: TeamKey }[] = [
  { kind: 'visit', owner: 'marketing' },
  { kind: 'lead', owner: 'marketing' },
  { kind: 'mql', owner: 'sdr' },
  { kind: 'sql', owner: 'sales' },
  { kind: 'opportunity', owner: 'sales' },
  { kind: 'customer', owner: 'sales' },
];

/** RACI per activity (lead capture, scoring, hand-off, follow-up, recycling, reporting): marketing, SDR, sales, RevOps. */
const RACI: [RaciRole, RaciRole, RaciRole, RaciRole][] = [
  ['A', 'I', 'I', 'R'],
  ['A', 'C', 'C', 'R'],
  ['R', 'A', 'I', 'C'],
  ['I', 'R', 'A', 'C'],
  ['C', 'R', 'A', 'I'],
  ['C', 'C', 'I', 'A'],
];

/** Fit criteria first, then engagement; negative points mark disqualifying signals. Threshold: 60. */
const CRITERIA: { kind: 'fit' | 'engagement'; points: number }[] = [
  { kind: 'fit', points: 20 }, // decision-maker title
  { kind: 'fit', points: 15 }, // company size in the sweet spot
  { kind: 'fit', points: 15 }, // target industry
  { kind: 'fit', points: 10 }, // in a served region
  { kind: 'fit', points: -40 }, // student, competitor or personal address
  { kind: 'engagement', points: 30 }, // asked for a demo or a quote
  { kind: 'engagement', points: 15 }, // pricing page twice in 14 days
  { kind: 'engagement', points: 10 }, // attended a webinar or event
  { kind: 'engagement', points: 5 }, // downloaded a guide
  { kind: 'engagement', points: -10 }, // no activity for 90 days
];
const THRESHOLD = 60;

/**
 * The plan of record. Working backwards: 1,200,000 / 12,000 = 100 customers a year; ÷ 0.25 = 400
 * opportunities; ÷ 0.35 ≈ 1,143 SQLs; ÷ 0.25 ≈ 4,571 MQLs (≈ 381 a month, which the 400-MQL clause
 * covers with a margin); ÷ 0.20 ≈ 22,857 leads; ÷ 0.025 ≈ 914,286 visits (≈ 76,000 a month).
 * Seasonality and the lags make the busiest month need ≈ 550 MQLs and ≈ 110,000 visits: five SDRs
 * working 115 MQLs each (575) cover the peak hand-over, and the top of funnel is set to the peak month.
 */
function planOfRecord(copy: B2bCopy, year: number): Scenario {
  const rates: [Stage['kind'], Stage['kind'], number, number, number, number][] = [
    ['visit', 'lead', 0.025, 0, 0.018, 0.032],
    ['lead', 'mql', 0.2, 14, 0.15, 0.25],
    ['mql', 'sql', 0.25, 7, 0.18, 0.32],
    ['sql', 'opportunity', 0.35, 10, 0.28, 0.42],
    ['opportunity', 'customer', 0.25, 45, 0.18, 0.3],
  ];
  return {
    id: 'scenario-plan',
    name: copy.scenario.name,
    notes: copy.scenario.notes,
    goal: 1_200_000,
    avgDealSize: 12_000,
    fiscalYear: year,
    fiscalYearStartMonth: 1,
    // Percent per month; summer and the August holidays are slow, Q4 closes strong. Sums to 100.
    seasonality: [7, 8, 9, 9, 9, 7, 5, 4, 9, 10, 11, 12],
    transitions: rates.map(([from, to, rate, lagDays, low, high]) => ({
      fromStageId: from,
      toStageId: to,
      rate,
      lagDays,
      low,
      high,
    })),
    capacity: { reps: 5, leadsPerRep: 115, handoverStageId: 'mql' },
    topOfFunnel: 112_000,
  };
}

function clauses(copy: B2bCopy, comment: (key: keyof B2bCopy['comments'], id: string) => Comment): Clause[] {
  const c = copy.clauses;
  return [
    {
      id: 'clause-mql-volume',
      type: 'volume',
      title: c.mqlVolume.title,
      ownerTeamId: T.marketing,
      period: 'month',
      consequence: c.mqlVolume.consequence,
      status: 'agreed',
      comments: [],
      stageId: 'mql',
      target: 400,
      targetFrom: 'fixed',
    },
    {
      id: 'clause-event-volume',
      type: 'volume',
      title: c.eventVolume.title,
      ownerTeamId: T.marketing,
      period: 'quarter',
      consequence: c.eventVolume.consequence,
      status: 'proposed',
      comments: [],
      stageId: 'mql',
      target: 150,
      targetFrom: 'fixed',
      channel: c.eventVolume.channel,
    },
    {
      id: 'clause-first-touch',
      type: 'responseTime',
      title: c.firstTouch.title,
      ownerTeamId: T.sdr,
      period: 'month',
      consequence: c.firstTouch.consequence,
      status: 'agreed',
      comments: [comment('firstTouch', 'comment-first-touch')],
      stageId: 'mql',
      limitHours: 4,
      hours: 'business',
      targetShare: 0.9,
      // A first touch is a call, an email written by hand, a meeting or a social message; attempts count.
      touches: DEFAULT_TOUCH_RULE,
    },
    {
      id: 'clause-follow-up',
      type: 'cadence',
      title: c.followUp.title,
      ownerTeamId: T.sdr,
      period: 'month',
      consequence: c.followUp.consequence,
      status: 'proposed',
      comments: [],
      stageId: 'mql',
      minTouches: 3,
      withinDays: 5,
      targetShare: 0.8,
      // Follow-ups by phone and hand-written email; sequences never count.
      touches: { channels: ['call', 'email'], connectsOnly: false },
    },
    {
      id: 'clause-acceptance',
      type: 'acceptance',
      title: c.acceptance.title,
      ownerTeamId: T.sdr,
      period: 'month',
      consequence: c.acceptance.consequence,
      status: 'proposed',
      comments: [],
      stageId: 'mql',
      acceptStageId: 'sql',
      limitHours: 48,
      hours: 'calendar',
      targetShare: 0.95,
      reasonCodes: c.acceptance.reasonCodes,
    },
    {
      id: 'clause-acceptance-rate',
      type: 'acceptanceRate',
      title: c.acceptanceRate.title,
      ownerTeamId: T.marketing,
      period: 'month',
      consequence: c.acceptanceRate.consequence,
      status: 'proposed',
      comments: [],
      stageId: 'mql',
      acceptStageId: 'sql',
      targetShare: 0.7,
      // An MQL still undecided a month after the hand-over is left out (the 48-hour clause covers it).
      decideWithinDays: 30,
    },
    {
      id: 'clause-scoring',
      type: 'scoring',
      title: c.scoring.title,
      ownerTeamId: T.marketing,
      period: 'month',
      consequence: c.scoring.consequence,
      status: 'proposed',
      comments: [],
      stageId: 'mql',
      // Held to the scoring section's threshold (60); a little slack for manual hand-overs from events.
      targetShare: 0.95,
    },
    {
      id: 'clause-mql-to-sql',
      type: 'conversion',
      title: c.mqlToSql.title,
      ownerTeamId: T.marketing,
      period: 'month',
      consequence: c.mqlToSql.consequence,
      status: 'disputed',
      comments: [comment('mqlToSql', 'comment-mql-to-sql')],
      fromStageId: 'mql',
      toStageId: 'sql',
      targetRate: 0.25,
      windowDays: 30,
    },
    {
      id: 'clause-recycling',
      type: 'recycling',
      title: c.recycling.title,
      ownerTeamId: T.sales,
      period: 'month',
      consequence: c.recycling.consequence,
      status: 'draft',
      comments: [],
      stageId: 'sql',
      stallDays: 30,
      targetShare: 0.9,
    },
    {
      id: 'clause-velocity',
      type: 'velocity',
      title: c.velocity.title,
      ownerTeamId: T.sales,
      period: 'quarter',
      consequence: c.velocity.consequence,
      status: 'draft',
      comments: [],
      fromStageId: 'sql',
      toStageId: 'opportunity',
      targetDays: 14,
    },
    {
      id: 'clause-revenue',
      type: 'revenue',
      title: c.revenue.title,
      ownerTeamId: T.sales,
      period: 'quarter',
      consequence: c.revenue.consequence,
      status: 'proposed',
      comments: [],
      stageId: 'customer',
      metric: 'revenue',
      // The plan of record's revenue for the quarter; 300 000 is kept for a fixed target.
      target: 300_000,
      targetFrom: 'plan',
    },
    {
      id: 'clause-sdr-capacity',
      type: 'capacity',
      title: c.capacity.title,
      ownerTeamId: T.sdr,
      period: 'month',
      consequence: c.capacity.consequence,
      status: 'proposed',
      comments: [],
      stageId: 'mql',
      // The plan's 115 MQLs per SDR a month.
      perRep: 115,
      targetFrom: 'plan',
    },
    {
      id: 'clause-enablement',
      type: 'qualitative',
      title: c.enablement.title,
      ownerTeamId: T.marketing,
      period: 'quarter',
      consequence: c.enablement.consequence,
      status: 'proposed',
      comments: [],
      text: c.enablement.text,
    },
  ];
}

/** A complete, realistic B2B agreement: four teams, three personas, thirteen clauses of every type. */
export function b2bWorkbook(lang: Language, now: Date): Workbook {
  const copy = COPY[lang];
  const region = REGION[lang];
  const year = now.getUTCFullYear();
  const doc = blankWorkbook(lang, now, region.timeZone);
  // Comments are dated a day before creation, as if written in the preparation meeting.
  const commentAt = new Date(now.getTime() - 86_400_000).toISOString();
  const comment = (key: keyof B2bCopy['comments'], id: string): Comment => ({
    id,
    author: copy.comments[key].author,
    at: commentAt,
    text: copy.comments[key].text,
  });
  const teamKeys = Object.keys(TEAM_IDS) as TeamKey[];
  const reviewDate = new Date(now.getTime() + 182 * 86_400_000).toISOString().slice(0, 10);

  return {
    ...doc,
    meta: { ...doc.meta, title: copy.title, company: copy.company, currency: region.currency },
    parties: {
      teams: teamKeys.map((key) => ({
        id: TEAM_IDS[key],
        name: copy.teams[key].name,
        kind: key,
        owner: copy.teams[key].owner,
        approver: copy.teams[key].approver,
      })),
      raci: copy.activities.map((activity, i) => ({
        id: `raci-${i + 1}`,
        activity,
        roles: Object.fromEntries(teamKeys.map((key, j) => [TEAM_IDS[key], RACI[i]?.[j] ?? ''])),
      })),
      notes: copy.partiesNotes,
    },
    personas: copy.personas.map((p, i) => ({
      id: `persona-${i + 1}`,
      ...p,
      // The third persona is still under discussion: sales has not accepted it yet.
      agreedBy: { [T.marketing]: true, [T.sdr]: true, [T.sales]: i < 2, [T.revops]: true },
      status: i < 2 ? 'agreed' : 'proposed',
      comments: i < 2 ? [] : [comment('persona', 'comment-persona-3')],
    })),
    stages: STAGES.map((s, i) => {
      const text = copy.stages[i];
      return {
        id: s.kind,
        kind: s.kind,
        name: text?.name ?? s.kind,
        definition: text?.definition ?? '',
        entryCriteria: text?.entry ?? '',
        exitCriteria: text?.exit ?? '',
        ownerTeamId: TEAM_IDS[s.owner],
      };
    }),
    scoring: {
      threshold: THRESHOLD,
      criteria: CRITERIA.map((c, i) => ({ id: `criterion-${i + 1}`, ...c, label: copy.criteria[i] ?? '' })),
    },
    clauses: clauses(copy, comment),
    feedback: {
      channels: copy.feedback.channels,
      reports: copy.feedback.reports.map((r, i) => ({
        id: `report-${i + 1}`,
        fromTeamId: TEAM_IDS[r.from],
        toTeamId: TEAM_IDS[r.to],
        what: r.what,
        channel: r.channel,
        frequency: r.frequency,
      })),
      meetings: copy.feedback.meetings.map((m, i) => ({ id: `meeting-${i + 1}`, ...m })),
    },
    playbook: copy.playbook.map((p, i) => ({ id: `playbook-${i + 1}`, ...p })),
    review: { consecutiveMisses: 2, reviewDate, ...copy.review },
    calendar: {
      timeZone: region.timeZone,
      workingDays: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '18:00',
      holidays: [...region.holidays(year), ...region.holidays(year + 1)],
      fiscalYearStartMonth: 1,
    },
    scenarios: { planOfRecordId: 'scenario-plan', items: [planOfRecord(copy, year)] },
    notes: copy.notes,
  };
}
