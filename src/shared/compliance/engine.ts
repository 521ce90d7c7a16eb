import type { RecordSet } from '../records/record-set';
import {
  BREACH_CAP,
  type Breach,
  type Clause,
  type ClauseResult,
  type ComplianceResult,
  type Workbook,
} from '../workbook/schema';
import { aggregate, consecutiveMisses } from './aggregate';
import { MeasureContext } from './context';
import { evaluate, monthlyTarget } from './evaluate';
import { measuredTransitions, monthlyVolumes } from './funnel-actuals';

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
  const perClause: Breach[][] = [];
  let breachTotal = 0;

  const clauses = workbook.clauses.map((clause): ClauseResult => {
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
      return {
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
    }
    const ev = evaluated.evaluation;
    const agg = aggregate(ev, {
      clauseId: clause.id,
      labels: ctx.months.labels,
      currentMonth: ctx.currentMonth,
      ids: records.ids,
      owner: records.owner,
      channel: records.channel,
      breaches: (perClause[perClause.length] = []),
      cap,
    });
    breachTotal += agg.breachTotal;
    const streak = consecutiveMisses(agg.months);
    return {
      ...base,
      unit: ev.unit,
      months: agg.months,
      consecutiveMisses: streak,
      reviewTriggered: streak >= workbook.review.consecutiveMisses,
      byOwner: agg.byOwner,
      byChannel: agg.byChannel,
      ...(agg.histogram ? { histogram: agg.histogram } : {}),
    };
  });

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
