import type { RecordSet } from '../records/record-set';
import {
  BREACH_CAP,
  type Breach,
  type Clause,
  type ClauseResult,
  type ComplianceResult,
  type Workbook,
} from '../workbook/schema';
import { aggregate, consecutiveMisses, groupsOf } from './aggregate';
import { MeasureContext } from './context';
import { evaluate, monthlyTarget } from './evaluate';
import { measuredTransitions, monthlyVolumes } from './funnel-actuals';
import { canonicalJson } from '../workbook/document';

export interface MeasureOptions {
  /** Overrides the export's "as of" instant (epoch ms). */
  asOf?: number;
  /** Breaches kept in the result (the total is always counted). */
  breachCap?: number;
}

/**
 * Measures every clause of the workbook against imported records, per calendar month in the
 * workbook calendar's time zone, up to the "as of" instant. Pure and synchronous; the result is what
 * a snapshot stores, so the dashboard can reopen without the source files.
 */
export function measure(workbook: Workbook, records: RecordSet, opts: MeasureOptions = {}): ComplianceResult {
  const asOf = opts.asOf ?? (Number.isFinite(records.asOf) ? records.asOf : latestInstant(records));
  const ctx = new MeasureContext(workbook, records, asOf);
  const cap = Math.min(opts.breachCap ?? BREACH_CAP, BREACH_CAP);
  // Each clause keeps up to `cap` breaches; the shared list is then split fairly between clauses.
  const measured = workbook.clauses.map((clause) =>
    // A clause's figures depend only on the clause, the calendar and the (cached) record columns:
    // after an edit, only the edited clause is measured again.
    ctx.clauseMemo(canonicalJson([clause, workbook.calendar, cap]), () => measureClause(ctx, clause, cap)),
  );
  const clauses = measured.map((m): ClauseResult => ({
    ...m.result,
    reviewTriggered: m.result.consecutiveMisses >= workbook.review.consecutiveMisses,
  }));
  const breachTotal = measured.reduce((n, m) => n + m.breachTotal, 0);
  const perClause = measured.map((m) => m.breaches);

  return {
    asOf: new Date(asOf).toISOString(),
    timeZone: workbook.calendar.timeZone,
    records: records.size,
    months: ctx.memo('volumes', () => monthlyVolumes(ctx)),
    conversion: ctx.memo('transitions', () => measuredTransitions(ctx)),
    clauses,
    breaches: { total: breachTotal, items: fairShare(perClause, cap) },
  };
}

function unitOf(clause: Clause): ClauseResult['unit'] {
  if (clause.type === 'volume') return 'count';
  if (clause.type === 'velocity') return 'days';
  return 'share';
}

interface MeasuredClause {
  result: ClauseResult;
  breaches: Breach[];
  breachTotal: number;
}

function measureClause(ctx: MeasureContext, clause: Clause, cap: number): MeasuredClause {
  const base = {
    id: clause.id,
    title: clause.title,
    type: clause.type,
    ownerTeamId: clause.ownerTeamId,
    byOwner: [],
    byChannel: [],
    consecutiveMisses: 0,
    reviewTriggered: false,
  };
  const evaluated = evaluate(ctx, clause);
  if (!evaluated.ok) {
    const result: ClauseResult = {
      ...base,
      unit: clause.type === 'qualitative' ? 'none' : unitOf(clause),
      reason: evaluated.reason,
      months: ctx.months.labels.map((month, m) => ({
        month,
        actual: null,
        target: monthlyTarget(clause, ctx.months.days(m)),
        status: 'not-measurable',
        reason: evaluated.reason,
        count: 0,
        breaches: 0,
        pending: 0,
      })),
    };
    return { result, breaches: [], breachTotal: 0 };
  }
  const ev = evaluated.evaluation;
  const breaches: Breach[] = [];
  const agg = aggregate(ev, {
    clauseId: clause.id,
    labels: ctx.months.labels,
    currentMonth: ctx.currentMonth,
    ids: ctx.records.ids,
    owner: ctx.records.owner,
    channel: ctx.records.channel,
    ownerGroup: ctx.memo('ownerGroup', () => ctx.records.owner && groupsOf(ctx.records.owner)),
    channelGroup: ctx.memo('channelGroup', () => ctx.records.channel && groupsOf(ctx.records.channel)),
    breaches,
    cap,
  });
  const result: ClauseResult = {
    ...base,
    unit: ev.unit,
    months: agg.months,
    consecutiveMisses: consecutiveMisses(agg.months),
    byOwner: agg.byOwner,
    byChannel: agg.byChannel,
    ...(agg.histogram ? { histogram: agg.histogram } : {}),
  };
  return { result, breaches, breachTotal: agg.breachTotal };
}

/**
 * Up to `cap` breaches in all, in clause order, shared so that a clause with thousands of breaches
 * does not crowd out the others: clauses with fewer than an equal share keep all theirs, and what
 * they leave is split among the rest.
 */
export function fairShare(lists: readonly Breach[][], cap: number): Breach[] {
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

function latestInstant(records: RecordSet): number {
  let last = -Infinity;
  const cols = [...Object.values(records.stageEntered), records.firstTouch, records.created];
  for (const col of cols) {
    if (!col) continue;
    for (let i = 0; i < col.length; i++) if (col[i]! > last) last = col[i]!;
  }
  return Number.isFinite(last) ? last : 0;
}
