import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/shared/compliance/engine';
import { planForClause, planVsActual } from '../../../src/shared/compliance/plan-vs-actual';
import {
  MAX_SNAPSHOTS,
  addSnapshot,
  createSnapshot,
  diffResults,
  latestSnapshot,
  previousSnapshot,
} from '../../../src/shared/compliance/snapshot';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';
import type { Scenario, Snapshot, Workbook } from '../../../src/shared/workbook/schema';
import { records, workbook } from './fixture';

const MARCH = Date.parse('2026-03-10T12:00:00Z');

function snapshot(id: string, asOf: number, importedAt: string): Snapshot {
  const result = measure(workbook(), records, { asOf });
  return {
    id,
    importedAt,
    asOf: result.asOf,
    files: [{ name: 'leads.csv', size: 1234, sha256: 'a'.repeat(64), rows: 9 }],
    mapping: { id: 'Record ID', 'stage:mql': 'Became a Marketing Qualified Lead Date' },
    preset: 'hubspot',
    result,
  };
}

describe('snapshots', () => {
  const march = snapshot('s1', MARCH, '2026-03-10T13:00:00.000Z');
  const april = snapshot('s2', Date.parse('2026-04-15T12:00:00Z'), '2026-04-15T13:00:00.000Z');

  it('a workbook with snapshots saves and reopens with the dashboard data intact', () => {
    const wb: Workbook = { ...workbook(), imports: { mappings: [], snapshots: [april, march] } };
    const reopened = parseWorkbook(serializeWorkbook(wb), 'sla.pacto');
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.value.doc.imports.snapshots).toEqual([april, march]);
    const snaps = reopened.value.doc.imports.snapshots;
    expect(latestSnapshot(snaps)?.id).toBe('s2');
    expect(previousSnapshot(snaps, latestSnapshot(snaps)!)?.id).toBe('s1');
  });

  it('a measurement "as of" an earlier instant ignores later events', () => {
    // By 10 March: r7 is the only March MQL; r3's late customer date (20 March) has not happened.
    const vol = march.result.clauses.find((c) => c.id === 'vol')!;
    expect(vol.periods.map((m) => [m.period, m.actual, m.status])).toEqual([
      ['2026-01', 4, 'met'],
      ['2026-02', 2, 'missed'],
      ['2026-03', 1, 'in-progress'],
    ]);
    // Breaches by then: response r3, r4; conversion r2, r3.
    expect(march.result.breaches.total).toBe(4);
  });

  it('re-importing a newer export shows what changed', () => {
    const diff = diffResults(march.result, april.result);
    expect(diff.newMonths).toEqual(['2026-04']);
    expect(diff.breaches).toEqual({ before: 4, after: 7 });
    const march26 = diff.statusChanges.filter((c) => c.period === '2026-03');
    // On 10 March, March was in progress for every measured clause. Once over: volume closed below 3;
    // the paid channel's one MQL met its 1; response: r8 (31 March) was never touched; velocity: r3
    // won on 20 March after 65 days. Conversion: r8 is still within its 30 days, so still in progress.
    expect(march26.map((c) => [c.clauseId, c.before, c.after])).toEqual([
      ['vol', 'in-progress', 'missed'],
      ['paid', 'in-progress', 'met'],
      ['resp', 'in-progress', 'missed'],
      ['vel', 'in-progress', 'missed'],
    ]);
    // Every clause gains an April period (7 clauses), and nothing changed in January or February.
    expect(diff.statusChanges.filter((c) => c.period === '2026-04')).toHaveLength(7);
    expect(diff.statusChanges.some((c) => c.period < '2026-03')).toBe(false);
  });
});

describe('planVsActual', () => {
  // 120,000 / 10,000 = 12 customers a year, 1 a month; every step converts 50 % (visits 10 %), no lags:
  // per month 1 customer ← 2 opportunities ← 4 SQLs ← 8 MQLs ← 16 leads ← 160 visits.
  const scenario: Scenario = {
    id: 'plan',
    name: 'Plan 2026',
    notes: '',
    goal: 120_000,
    avgDealSize: 10_000,
    fiscalYear: 2026,
    fiscalYearStartMonth: 1,
    seasonality: null,
    transitions: [
      ['visit', 'lead', 0.1],
      ['lead', 'mql', 0.5],
      ['mql', 'sql', 0.5],
      ['sql', 'opportunity', 0.5],
      ['opportunity', 'customer', 0.5],
    ].map(([fromStageId, toStageId, rate]) => ({
      fromStageId: fromStageId as string,
      toStageId: toStageId as string,
      rate: rate as number,
      lagDays: 10,
    })),
    capacity: { reps: 0, leadsPerRep: 0, handoverStageId: '' },
    topOfFunnel: null,
  };
  const wb: Workbook = { ...workbook(), scenarios: { planOfRecordId: 'plan', items: [scenario] } };

  it('puts the plan-of-record volumes and rates beside the measured ones', () => {
    const pva = planVsActual(wb, measure(wb, records));
    expect(pva?.scenarioName).toBe('Plan 2026');
    const mql = pva!.stages.find((s) => s.stageId === 'mql')!;
    expect(mql.months.find((m) => m.month === '2026-01')).toEqual({ month: '2026-01', plan: 8, actual: 4 });
    expect(mql.months.find((m) => m.month === '2026-04')).toEqual({ month: '2026-04', plan: 8, actual: 1 });
    // Months only the plan has (after "as of") have no actual.
    expect(mql.months.find((m) => m.month === '2026-12')?.actual).toBeNull();
    // SQL→Customer skips Opportunity in the data: planned 0.5 × 0.5 = 0.25 over 10 + 10 days.
    expect(pva!.rates).toEqual([
      { from: 'mql', to: 'sql', planned: 0.5, measured: 5 / 9, plannedDays: 10, measuredDays: 15 },
      { from: 'sql', to: 'customer', planned: 0.25, measured: 0.5, plannedDays: 20, measuredDays: 24.5 },
    ]);
  });

  it('gives each clause the plan line to draw beside its actual', () => {
    const pva = planVsActual(wb, measure(wb, records))!;
    const clause = (id: string) => wb.clauses.find((c) => c.id === id)!;
    // Volume of MQLs: 8 a month. A channel-filtered volume has no plan to compare with.
    expect(planForClause(wb, pva, clause('vol'))?.get('2026-03')).toBe(8);
    expect(planForClause(wb, pva, clause('paid'))).toBeNull();
    // MQL→SQL planned at 50 %; MQL→Customer planned over three 10-day steps.
    expect(planForClause(wb, pva, clause('conv'))?.get('2026-02')).toBe(0.5);
    expect(planForClause(wb, pva, clause('vel'))?.get('2026-02')).toBe(30);
    expect(planForClause(wb, pva, clause('q'))).toBeNull();
  });

  it('says when the plan’s fiscal year and the measured months do not meet', () => {
    // The plan starts before its fiscal year: visits lead customers by 5 steps of 10 days.
    expect(planVsActual(wb, measure(wb, records))).toMatchObject({
      planSpan: { from: '2025-11', to: '2026-12' },
      dataSpan: { from: '2026-01', to: '2026-04' },
      overlaps: true,
    });
    const lastYear = { ...wb, scenarios: { ...wb.scenarios, items: [{ ...scenario, fiscalYear: 2025 }] } };
    const pva = planVsActual(lastYear, measure(lastYear, records))!;
    expect(pva).toMatchObject({ planSpan: { from: '2024-11', to: '2025-12' }, overlaps: false });
    // Nothing planned in any measured month: a plan series would be empty.
    const mql = pva.stages.find((s) => s.stageId === 'mql')!;
    expect(mql.months.filter((m) => m.actual !== null).every((m) => m.plan === null)).toBe(true);
  });

  it('is null without a plan of record', () => {
    expect(planVsActual(workbook(), measure(workbook(), records))).toBeNull();
  });
});

describe('createSnapshot / addSnapshot', () => {
  it('keeps files, the mapping actually used and the result, and drops the oldest beyond 200', () => {
    const result = measure(workbook(), records);
    const s = createSnapshot({
      id: 'x',
      now: new Date('2026-04-15T13:00:00Z'),
      files: [{ name: 'a.csv', size: 10, sha256: 'b'.repeat(64), rows: 9 }],
      mapping: { id: '0:Record ID', owner: undefined, 'stage:mql': '0:MQL date' },
      preset: 'hubspot',
      result,
    });
    expect(s).toEqual({
      id: 'x',
      importedAt: '2026-04-15T13:00:00.000Z',
      asOf: '2026-04-15T12:00:00.000Z',
      files: [{ name: 'a.csv', size: 10, sha256: 'b'.repeat(64), rows: 9 }],
      mapping: { id: '0:Record ID', 'stage:mql': '0:MQL date' },
      preset: 'hubspot',
      result,
    });
    const many = Array.from({ length: MAX_SNAPSHOTS }, (_, i) => ({ ...s, id: `s${i}` }));
    const next = addSnapshot(many, { ...s, id: 'new' });
    expect(next).toHaveLength(MAX_SNAPSHOTS);
    expect([next[0]!.id, next.at(-1)!.id]).toEqual(['s1', 'new']);
  });
});
