import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { scenarioForStages, newScenario } from '../../../src/shared/funnel/align';
import { compareScenarios, monthlyComparison, type Comparison } from '../../../src/shared/funnel/compare';
import { calibrateScenario, measuredRates } from '../../../src/shared/funnel/calibrate';
import { planScenario } from '../../../src/shared/funnel/plan';
import {
  addScenario,
  createScenario,
  deleteScenario,
  duplicateScenario,
  renameScenario,
  setPlanOfRecord,
  uniqueName,
} from '../../../src/shared/funnel/scenarios';
import type { MeasuredTransition, Scenarios, Snapshot, Stage } from '../../../src/shared/workbook/schema';
import { baseScenario, stages, withRate } from './fixtures';
import { OLIST_DIR } from '../../fixtures/olist/paths';

const stage = (id: string, kind: Stage['kind'], name = id): Stage => ({
  id,
  name,
  kind,
  definition: '',
  entryCriteria: '',
  exitCriteria: '',
  ownerTeamId: '',
});

describe('aligning transitions with the stage list', () => {
  it('keeps the plan unchanged when a stage is removed: rates multiply, lags add', () => {
    const s = {
      ...baseScenario(),
      transitions: baseScenario().transitions.map((t, i) => ({ ...t, lagDays: i * 10 })),
    };
    const without = stages.filter((st) => st.id !== 'sql');
    const aligned = scenarioForStages(without, s);
    expect(aligned.transitions.map((t) => `${t.fromStageId}>${t.toStageId}`)).toEqual([
      'visit>lead',
      'lead>mql',
      'mql>opportunity',
      'opportunity>customer',
    ]);
    expect(aligned.transitions[2]!.rate).toBeCloseTo(0.15, 12);
    expect(aligned.transitions[2]!.lagDays).toBe(50); // 20 + 30
    // SQL was the hand-over stage; the next default by kind is MQL.
    expect(aligned.capacity.handoverStageId).toBe('mql');
    const plan = planScenario(without, s);
    if (!plan.ok) throw new Error('expected ok');
    // Opp 28 / 0.15 = 186.7 → 187 MQLs: the same as through 56 SQLs.
    expect(plan.plan.stages.map((x) => x.total)).toEqual([280_800, 5_616, 2_244, 336, 84]);
  });

  it('inserts a new stage at 100 % so no figure moves until it is edited', () => {
    const withSal = [...stages.slice(0, 3), stage('sal', 'sal', 'SAL'), ...stages.slice(3)];
    const aligned = scenarioForStages(withSal, baseScenario());
    expect(aligned.transitions.map((t) => [t.fromStageId, t.toStageId, t.rate])).toEqual([
      ['visit', 'lead', 0.02],
      ['lead', 'mql', 0.4],
      ['mql', 'sal', 1],
      ['sal', 'sql', 1],
      ['sql', 'opportunity', 0.5],
      ['opportunity', 'customer', 0.25],
    ]);
  });

  it('ignores renames (ids are kept) and gives a new scenario typical rates', () => {
    const renamed = stages.map((s) => ({ ...s, name: s.name.toUpperCase() }));
    expect(scenarioForStages(renamed, baseScenario()).transitions).toEqual(baseScenario().transitions);
    const fresh = newScenario(stages, { id: 'n', name: 'New', fiscalYear: 2027 });
    expect(fresh.transitions.map((t) => t.rate)).toEqual([0.02, 0.4, 0.3, 0.5, 0.25]);
    expect(fresh.capacity.handoverStageId).toBe('sql');
  });
});

describe('the scenario list', () => {
  const empty: Scenarios = { planOfRecordId: '', items: [] };

  it('creates, duplicates, renames, deletes and keeps a plan of record', () => {
    let list = createScenario(empty, stages, { id: 'a', name: 'Base', fiscalYear: 2026 });
    expect(list.planOfRecordId).toBe('a');
    list = addScenario(list, baseScenario({ id: 'b', name: 'Ambitious' }));
    expect(list.planOfRecordId).toBe('a');
    list = duplicateScenario(list, 'a', { id: 'c', name: uniqueName(list, 'Base') });
    expect(list.items.map((s) => [s.id, s.name])).toEqual([
      ['a', 'Base'],
      ['c', 'Base (2)'],
      ['b', 'Ambitious'],
    ]);
    expect(list.items[1]!.transitions).toEqual(list.items[0]!.transitions);
    expect(list.items[1]!.transitions).not.toBe(list.items[0]!.transitions); // a deep copy
    list = renameScenario(list, 'c', 'Cautious');
    list = setPlanOfRecord(list, 'b');
    expect(list.planOfRecordId).toBe('b');
    list = deleteScenario(list, 'b');
    expect(list.planOfRecordId).toBe('a');
    expect(list.items.map((s) => s.name)).toEqual(['Base', 'Cautious']);
    expect(setPlanOfRecord(list, 'missing')).toBe(list);
  });
});

describe('comparison', () => {
  const find = (cmp: Comparison, kind: string, stageId?: string) =>
    [...cmp.results, ...cmp.inputs].find(
      (r) => r.kind === kind && (stageId === undefined || r.stageId === stageId),
    )!;

  it('shows the differences of a scenario with 25 % MQL→SQL against the base', () => {
    const cmp = compareScenarios(stages, [baseScenario(), withRate(baseScenario({ id: 'v' }), 2, 0.25)]);
    const row = (kind: string, stageId?: string) => find(cmp, kind, stageId);
    expect(row('rate', 'mql').deltas[1]).toBeCloseTo(-0.05, 12);
    // Variant per month: SQL 56 → MQL 224, lead 560, visit 28,000 (base 187, 468, 23,400).
    expect(row('volume', 'mql').values).toEqual([2_244, 2_688]);
    expect(row('volume', 'lead').deltas).toEqual([0, 1_104]);
    expect(row('volume', 'visit').deltas).toEqual([0, 55_200]);
    expect(row('volume', 'sql').deltas).toEqual([0, 0]);
    expect(row('revenue').values).toEqual([1_008_000, 1_008_000]);
  });

  it('leads with the results: customers, revenue, then every stage’s volume with its change in %', () => {
    const cmp = compareScenarios(stages, [baseScenario(), withRate(baseScenario({ id: 'v' }), 2, 0.25)]);
    expect(cmp.results.map((r) => (r.kind === 'volume' ? r.stageId : r.kind))).toEqual([
      'customers',
      'revenue',
      'visit',
      'lead',
      'mql',
      'sql',
      'opportunity',
      'customer',
      'peakUtilisation',
    ]);
    expect(cmp.inputs.map((r) => r.kind)).toEqual([
      'goal',
      'avgDealSize',
      ...['rate', 'lagDays', 'rate', 'lagDays', 'rate', 'lagDays', 'rate', 'lagDays', 'rate', 'lagDays'],
      'capacity',
    ]);
    // Visits 280,800 → 336,000: 55,200 more, 19.66 % (by hand: 55,200 / 280,800).
    const visits = find(cmp, 'volume', 'visit');
    expect(visits.values).toEqual([280_800, 336_000]);
    expect(visits.changes[0]).toBe(0);
    expect(visits.changes[1]).toBeCloseTo(55_200 / 280_800, 12);
    expect(find(cmp, 'volume', 'customer').changes).toEqual([0, 0]);
  });

  it('leaves an invalid scenario’s plan figures empty instead of inventing them', () => {
    const cmp = compareScenarios(stages, [
      baseScenario(),
      baseScenario({ goal: null }),
      withRate(baseScenario(), 0, 0),
    ]);
    const customers = find(cmp, 'customers');
    expect(customers.values).toEqual([84, null, null]);
    expect(customers.deltas).toEqual([0, null, null]);
    expect(customers.changes).toEqual([0, null, null]);
    // No change in % from a first value of 0 (capacity of a scenario without reps).
    const noReps = compareScenarios(stages, [
      baseScenario({ capacity: { reps: 0, leadsPerRep: 10, handoverStageId: 'sql' } }),
      baseScenario(),
    ]);
    expect(find(noReps, 'capacity').deltas).toEqual([0, 50]);
    expect(find(noReps, 'capacity').changes).toEqual([null, null]);
  });

  it('puts the months of plans with different fiscal years on one calendar axis', () => {
    // Base: January–December 2026, no lags. Other: fiscal year April 2026 – March 2027, SQL 30 days
    // (one month) before its opportunity: its timeline runs March 2026 – March 2027, SQLs from March 2026
    // to February 2027 and none in March 2027.
    const other = {
      ...baseScenario({ id: 'apr', fiscalYearStartMonth: 4 }),
      transitions: baseScenario().transitions.map((t, i) => (i === 3 ? { ...t, lagDays: 30 } : t)),
    };
    const cmp = compareScenarios(stages, [baseScenario(), other]);
    const { months, series } = monthlyComparison(cmp, 'sql');
    expect(months[0]).toEqual({ year: 2026, month: 1 });
    expect(months.at(-1)).toEqual({ year: 2027, month: 3 });
    expect(months).toHaveLength(15);
    // 84 customers, 7 a month → 28 opportunities → 56 SQLs a month in both plans, shifted.
    expect(series[0]).toEqual([...Array(12).fill(56), null, null, null]);
    expect(series[1]).toEqual([null, null, ...Array(12).fill(56), 0]);
  });
});

describe('calibrating from measured rates (Olist CRM data)', () => {
  // Measured independently here from the raw files: of 8,000 MQLs, 842 were won; the median days from
  // first contact to won date is 14.
  const read = (f: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(OLIST_DIR, f), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
  const leads = new Map(
    read('olist_marketing_qualified_leads_dataset.csv').map((r) => [r.mql_id!, r.first_contact_date!]),
  );
  const won = read('olist_closed_deals_dataset.csv');
  const days = won
    .map((r) => (Date.parse(r.won_date!.slice(0, 10)) - Date.parse(leads.get(r.mql_id!)!)) / 86_400_000)
    .sort((a, b) => a - b);
  const mid = days.length / 2; // 842 deals: the median is the mean of the 421st and 422nd
  const median = (days[mid - 1]! + days[mid]!) / 2;

  it('copies the measured MQL→customer rate and lag into a new scenario and plans with it', () => {
    expect(leads.size).toBe(8_000);
    expect(won.length).toBe(842);
    const twoStages = [stage('mql', 'mql', 'MQL'), stage('won', 'customer', 'Won')];
    const base = baseScenario({
      goal: 1_200_000,
      avgDealSize: 10_000,
      capacity: { reps: 4, leadsPerRep: 30, handoverStageId: 'mql' },
    });
    const measured = [
      { from: 'mql', to: 'won', rate: won.length / leads.size, medianDays: median },
      { from: 'lead', to: 'won', rate: 0.01, medianDays: null },
    ];
    const out = calibrateScenario(twoStages, base, measured, { id: 'cal', name: 'Measured' });
    if (!out.ok) throw new Error('expected ok');
    expect(out.value.applied).toEqual([0]);
    expect(out.value.skipped).toEqual([measured[1]]);
    const t = out.value.scenario.transitions[0]!;
    expect(t.rate).toBeCloseTo(0.10525, 12);
    expect(t.lagDays).toBe(14);
    const plan = planScenario(twoStages, out.value.scenario);
    if (!plan.ok) throw new Error('expected ok');
    // 120 customers, 10 a month; 10 / 0.10525 = 95.01 → 96 MQLs a month; 14 days rounds to no shift.
    expect(plan.plan.stages[0]!.volumes).toEqual(Array(12).fill(96));
    expect(plan.plan.capacity!.peakUtilisation).toBeCloseTo(96 / 120, 12);
  });

  it('explains that it needs imported data when nothing was measured', () => {
    expect(calibrateScenario(stages, baseScenario(), [], { id: 'x', name: 'x' })).toEqual({
      ok: false,
      code: 'calibrate.noData',
    });
  });
});

describe('reading measured rates from import snapshots', () => {
  const snapshot = (importedAt: string, conversion: MeasuredTransition[]): Snapshot => ({
    id: importedAt,
    importedAt,
    asOf: importedAt,
    files: [],
    result: {
      asOf: importedAt,
      timeZone: 'Europe/Madrid',
      fiscalYearStartMonth: 1,
      reviewRule: 2,
      records: 100,
      sources: [],
      months: [],
      conversion,
      clauses: [],
      teams: [],
      breaches: { total: 0, items: [] },
      flagged: { total: 0, items: [] },
    },
  });
  const t = (
    from: string,
    to: string,
    rate: number | null,
    medianDays: number | null,
  ): MeasuredTransition => ({
    from,
    to,
    rate,
    medianDays,
    entered: 100,
    reached: rate === null ? 0 : Math.round(rate * 100),
  });

  it('takes the latest import and leaves out conversions nobody could make', () => {
    const older = snapshot('2026-01-10T09:00:00.000Z', [t('mql', 'sql', 0.5, 3)]);
    const newer = snapshot('2026-02-10T09:00:00.000Z', [
      t('mql', 'sql', 0.31, 6.5),
      t('sql', 'opportunity', null, null),
    ]);
    expect(measuredRates([newer, older])).toEqual([{ from: 'mql', to: 'sql', rate: 0.31, medianDays: 6.5 }]);
  });

  it('is empty before any import', () => {
    expect(measuredRates([])).toEqual([]);
  });
});
