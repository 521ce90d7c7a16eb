import type { RecordSet } from '../records/record-set';
import {
  BREACH_CAP,
  type Breach,
  type Clause,
  type ClauseResult,
  type ComplianceResult,
  type FlaggedRecord,
  type SourceCoverage,
  type Workbook,
} from '../workbook/schema';
import { canonicalJson } from '../workbook/document';
import { aggregate, groupsOf } from './aggregate';
import { MeasureContext } from './context';
import type { SourceSpan } from './coverage';
import { evaluate } from './evaluate';
import { measuredTransitions, monthlyVolumes } from './funnel-actuals';
import { kindOf } from './kinds';
import { periodIndex } from './periods';
import { planTargets } from './plan-target';
import { streaksOf, teamTriggers } from './streaks';

export interface MeasureOptions {
  /** The exports' "as of" instant (epoch ms), overriding the records' own. */
  asOf?: number;
  /** Breaches kept in the result (the total is always counted). */
  breachCap?: number;
}

/**
 * Measures every clause of the workbook against imported records: each clause on its own period
 * (month, quarter or year, in the calendar's zone and fiscal year), with monthly progress, up to the
 * "as of" of the files it reads. Pure and synchronous; the result is what a snapshot stores, so the
 * dashboard can reopen without the source files. The rules: docs/compliance.md.
 */
export function measure(workbook: Workbook, records: RecordSet, opts: MeasureOptions = {}): ComplianceResult {
  const given = opts.asOf ?? (records.asOfGiven ? records.asOf : NaN);
  const ctx = new MeasureContext(workbook, records, given);
  const cap = Math.min(opts.breachCap ?? BREACH_CAP, BREACH_CAP);
  const rule = workbook.review.consecutiveMisses;
  const measured = workbook.clauses.map((clause) => {
    const plan = planTargets(workbook, clause);
    // A clause's figures depend only on the clause, the calendar, its plan and the (cached) record
    // columns: after an edit, only the edited clause is measured again.
    // A scoring clause holds scores to the workbook's threshold.
    const threshold = clause.type === 'scoring' ? workbook.scoring.threshold : null;
    const key = canonicalJson([clause, workbook.calendar, cap, plan && [...plan.targets], threshold]);
    return ctx.clauseMemo(key, () => measureClause(ctx, clause, cap, plan));
  });
  const clauses = measured.map((m): ClauseResult => {
    const streaks = streaksOf(m.result.periods, rule);
    return { ...m.result, streaks, reviewTriggered: streaks.current >= rule };
  });
  const teams = teamTriggers(
    workbook.parties.teams,
    workbook.clauses.map((c) => ({ id: c.id, ownerTeamId: c.ownerTeamId, agreed: c.status === 'agreed' })),
    clauses.filter((c) => !c.reason),
    rule,
  );
  return {
    asOf: iso(ctx.asOf),
    timeZone: workbook.calendar.timeZone,
    fiscalYearStartMonth: workbook.calendar.fiscalYearStartMonth,
    reviewRule: rule,
    records: records.size,
    sources: ctx.sources.map(sourceCoverage),
    months: ctx.memo('volumes', () => monthlyVolumes(ctx)),
    conversion: ctx.memo('transitions', () => measuredTransitions(ctx)),
    clauses,
    teams,
    breaches: {
      total: measured.reduce((n, m) => n + m.breachTotal, 0),
      items: fairShare(
        measured.map((m) => m.breaches),
        cap,
      ),
    },
    flagged: {
      total: measured.reduce((n, m) => n + m.flaggedTotal, 0),
      items: fairShare(
        measured.map((m) => m.flagged),
        cap,
      ),
    },
  };
}

const iso = (t: number): string => new Date(Number.isFinite(t) ? t : 0).toISOString();
const isoOrNull = (t: number): string | null => (Number.isFinite(t) ? new Date(t).toISOString() : null);

function sourceCoverage(s: SourceSpan): SourceCoverage {
  return {
    name: s.name.slice(0, 500),
    asOf: isoOrNull(s.asOf),
    asOfFrom: s.given ? 'given' : 'data',
    first: isoOrNull(s.first),
    last: isoOrNull(s.last),
    firstDay: s.firstDay,
    lastDay: s.lastDay,
    columns: s.columns.map((c) => ({
      field: c.field,
      first: isoOrNull(c.first),
      last: isoOrNull(c.last),
      count: c.count,
    })),
  };
}

interface MeasuredClause {
  /** Without the streaks and trigger, which depend on the review rule. */
  result: ClauseResult;
  breaches: Breach[];
  breachTotal: number;
  flagged: FlaggedRecord[];
  flaggedTotal: number;
}

const NO_STREAKS = { runs: [], longest: 0, current: 0 };

function measureClause(
  ctx: MeasureContext,
  clause: Clause,
  cap: number,
  plan: ReturnType<typeof planTargets>,
): MeasuredClause {
  const kind = kindOf(clause);
  const targetFrom = 'targetFrom' in clause ? clause.targetFrom : 'fixed';
  const { fiscalYearStartMonth, timeZone } = ctx.workbook.calendar;
  // The same for every clause of a period kind: built once per record set (and calendar).
  const periods = ctx.memo(`periods:${clause.period}:${fiscalYearStartMonth}`, () =>
    periodIndex(ctx.months, clause.period, fiscalYearStartMonth, timeZone),
  );
  const base = {
    id: clause.id,
    title: clause.title,
    type: clause.type,
    ownerTeamId: clause.ownerTeamId,
    unit: kind ? kind.unit : ('none' as const),
    ...(kind?.unit === 'money' ? { currency: ctx.workbook.meta.currency } : {}),
    ...(clause.type === 'revenue' ? { metric: clause.metric } : {}),
    period: clause.period,
    targetFrom,
    asOf: iso(ctx.asOf),
    sources: [],
    byOwner: [],
    byChannel: [],
    streaks: NO_STREAKS,
    reviewTriggered: false,
  };
  const none = { breaches: [], breachTotal: 0, flagged: [], flaggedTotal: 0 };
  // Why the whole clause cannot be measured: every period and month says so.
  const unmeasurable = (reason: NonNullable<ClauseResult['reason']>, extra: Partial<ClauseResult> = {}) => {
    const target =
      kind && clause.type !== 'qualitative' && targetFrom === 'fixed' ? kind.target(clause as never) : null;
    const result: ClauseResult = {
      ...base,
      ...extra,
      reason,
      periods: periods.keys.map((period, p) => ({
        period,
        from: periods.from[p]!,
        to: periods.to[p]!,
        actual: null,
        count: 0,
        breaches: 0,
        pending: 0,
        target,
        status: 'not-measurable',
        reason,
      })),
      months: ctx.months.labels.map((month, m) => ({
        month,
        period: periods.keys[periods.ofMonth[m]!]!,
        actual: null,
        count: 0,
        breaches: 0,
        pending: 0,
        target: null,
        toDate: null,
      })),
    };
    return { result, ...none };
  };

  if (targetFrom === 'plan') {
    const channel = clause.type === 'volume' && clause.channel?.trim();
    // The plan's volume is the whole stage's: it is no target for one channel. (A plan without the
    // clause's figure — no deal size, no capacity per rep — is no plan for it either.)
    if (!plan || channel) return unmeasurable('noPlan');
    if (!ctx.months.labels.some((m) => plan.targets.has(m))) {
      return unmeasurable('outsidePlan', { planSpan: { from: plan.from, to: plan.to } });
    }
  }
  const evaluated = evaluate(ctx, clause);
  if (!evaluated.ok) {
    return unmeasurable(evaluated.reason, evaluated.occurring ? { occurring: evaluated.occurring } : {});
  }
  const ev = evaluated.evaluation;
  const agg = aggregate(ev, {
    clauseId: clause.id,
    months: ctx.months,
    periods,
    asOf: ctx.asOf,
    zone: ctx.workbook.calendar.timeZone,
    planTargets: targetFrom === 'plan' && plan ? plan.targets : null,
    ids: ctx.records.ids,
    owner: ctx.records.owner,
    channel: ctx.records.channel,
    ownerGroup: ctx.memo('ownerGroup', () => ctx.records.owner && groupsOf(ctx.records.owner)),
    channelGroup: ctx.memo('channelGroup', () => ctx.records.channel && groupsOf(ctx.records.channel)),
    cap,
  });
  const result: ClauseResult = {
    ...base,
    unit: ev.unit,
    asOf: iso(Math.max(0, Math.min(ev.coverage.observeEnd, ev.coverage.anchorEnd, ctx.asOf))),
    sources: ev.coverage.sources,
    periods: agg.periods,
    months: agg.months,
    byOwner: agg.byOwner,
    byChannel: agg.byChannel,
    ...(agg.histogram ? { histogram: agg.histogram } : {}),
    ...(agg.overCapacity ? { overCapacity: agg.overCapacity } : {}),
    ...ev.detail,
    ...(targetFrom === 'plan' && plan ? { planSpan: { from: plan.from, to: plan.to } } : {}),
  };
  return {
    result,
    breaches: agg.breaches,
    breachTotal: agg.breachTotal,
    flagged: agg.flagged,
    flaggedTotal: agg.flaggedTotal,
  };
}

/**
 * Up to `cap` items in all, in clause order, shared so that a clause with thousands of breaches
 * does not crowd out the others: clauses with fewer than an equal share keep all theirs, and what
 * they leave is split among the rest.
 */
export function fairShare<T>(lists: readonly T[][], cap: number): T[] {
  const quota = new Array<number>(lists.length).fill(0);
  const order = lists.map((l, i) => i).sort((a, b) => lists[a]!.length - lists[b]!.length);
  let remaining = cap;
  order.forEach((i, k) => {
    const share = Math.floor(remaining / (order.length - k));
    quota[i] = Math.min(lists[i]!.length, share);
    remaining -= quota[i]!;
  });
  return lists.flatMap((l, i) => l.slice(0, quota[i]));
}
