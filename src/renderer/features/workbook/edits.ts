import {
  DEFAULT_TOUCH_RULE,
  type Clause,
  type ClauseType,
  type Workbook,
} from '../../../shared/workbook/schema';
import { newId } from '../../../shared/workbook/ids';

/** Helpers for immer drafts: each editor action is one `updateWorkbook` recipe built from these. */

export function moveItem<T>(list: T[], from: number, to: number): void {
  if (to < 0 || to >= list.length || from === to) return;
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(to, 0, item);
}

export function removeById<T extends { id: string }>(list: T[], id: string): void {
  const i = list.findIndex((x) => x.id === id);
  if (i >= 0) list.splice(i, 1);
}

export function byId<T extends { id: string }>(list: T[], id: string): T | undefined {
  return list.find((x) => x.id === id);
}

/** The id of the first stage of a kind, else of the stage at `fallback` (clamped). */
function stageOf(doc: Workbook, kind: string, fallback: number): string {
  const s = doc.stages.find((x) => x.kind === kind) ?? doc.stages[Math.min(fallback, doc.stages.length - 1)];
  return s?.id ?? '';
}

/** A new clause of a type, measuring the usual stages (MQL, MQL→SQL) so it is valid as soon as it exists. */
export function newClause(type: ClauseType, doc: Workbook, title: string): Clause {
  const base = {
    id: newId(),
    title,
    ownerTeamId: '',
    period: 'month' as const,
    consequence: '',
    status: 'draft' as const,
    comments: [],
  };
  const mql = stageOf(doc, 'mql', 2);
  const sql = stageOf(doc, 'sql', 3);
  // Revenue and capacity take their targets from the plan of record when there is one.
  const plan = doc.scenarios.items.find((x) => x.id === doc.scenarios.planOfRecordId);
  switch (type) {
    case 'volume':
      return { ...base, type, stageId: mql, target: 100, targetFrom: 'fixed' };
    case 'responseTime':
      return {
        ...base,
        type,
        stageId: mql,
        limitHours: 4,
        hours: 'business',
        targetShare: 0.9,
        touches: DEFAULT_TOUCH_RULE,
      };
    case 'cadence':
      return {
        ...base,
        type,
        stageId: mql,
        minTouches: 3,
        withinDays: 5,
        targetShare: 0.8,
        touches: DEFAULT_TOUCH_RULE,
      };
    case 'acceptance':
      return {
        ...base,
        type,
        stageId: mql,
        acceptStageId: doc.stages.find((s) => s.kind === 'sal')?.id ?? sql,
        limitHours: 48,
        hours: 'calendar',
        targetShare: 0.95,
        reasonCodes: [],
      };
    case 'acceptanceRate':
      return {
        ...base,
        type,
        stageId: mql,
        acceptStageId: doc.stages.find((s) => s.kind === 'sal')?.id ?? sql,
        targetShare: 0.7,
        decideWithinDays: 30,
      };
    case 'scoring':
      return { ...base, type, stageId: mql, targetShare: 0.95 };
    case 'conversion':
      return { ...base, type, fromStageId: mql, toStageId: sql, targetRate: 0.25, windowDays: 30 };
    case 'recycling':
      return { ...base, type, stageId: sql, stallDays: 30, targetShare: 0.9 };
    case 'velocity':
      return { ...base, type, fromStageId: sql, toStageId: stageOf(doc, 'opportunity', 4), targetDays: 14 };
    case 'revenue':
      return {
        ...base,
        type,
        stageId: stageOf(doc, 'customer', doc.stages.length - 1),
        metric: 'revenue',
        target: plan?.goal ? Math.round(plan.goal / 12) : 100_000,
        targetFrom: plan ? 'plan' : 'fixed',
      };
    case 'capacity':
      return {
        ...base,
        type,
        stageId: plan?.capacity.handoverStageId || mql,
        perRep: plan?.capacity.leadsPerRep || 100,
        targetFrom: plan?.capacity.leadsPerRep ? 'plan' : 'fixed',
      };
    case 'qualitative':
      return { ...base, type, text: '' };
  }
}

/** Where an acceptance stage (SAL) goes: right after MQL, or before SQL when there is no MQL. */
export function salInsertIndex(doc: Workbook): number {
  const mql = doc.stages.findIndex((s) => s.kind === 'mql');
  if (mql >= 0) return mql + 1;
  const sql = doc.stages.findIndex((s) => s.kind === 'sql');
  return sql >= 0 ? sql : doc.stages.length;
}
