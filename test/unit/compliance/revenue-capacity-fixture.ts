import { importFiles } from '../../../src/main/import/import-files';
import { importSources } from '../../../src/main/import/import-sources';
import { sniffFile } from '../../../src/main/import/sources';
import { suggestMapping } from '../../../src/shared/import/presets';
import type { FieldMapping, ImportRequest } from '../../../src/shared/import/types';
import type { RecordSet } from '../../../src/shared/records/record-set';
import { blankWorkbook, defaultStages } from '../../../src/shared/workbook/blank';
import type { Clause, Scenario, Workbook } from '../../../src/shared/workbook/schema';

/**
 * The revenue and capacity fixture (test/fixtures/revenue-capacity) imported as the app does, and the
 * clauses and plan the tests measure it with; the figures are worked out in revenue-capacity.test.ts.
 */
const dir = new URL('../../fixtures/revenue-capacity/', import.meta.url).pathname;
export const STAGES = defaultStages('en');
export const ZONE = 'Europe/Madrid';
/** Wednesday 15 April 2026, 14:00 in Madrid: April is 350 of its 720 hours old. */
export const AS_OF = '2026-04-15T12:00:00Z';

async function headers(file: string): Promise<string[]> {
  const s = await sniffFile(dir + file);
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  return s.value.dialect.headers;
}

export async function load(
  files: string[],
  edit: (m: FieldMapping) => void = () => {},
  join?: ImportRequest['join'],
): Promise<RecordSet> {
  const { mapping } = suggestMapping(await Promise.all(files.map(headers)), STAGES);
  edit(mapping);
  const r = await importSources(
    { sources: files.map((f) => ({ path: dir + f })), mapping, timeZone: ZONE, ...(join ? { join } : {}) },
    {},
    (q, o) => importFiles(q, { ...o, now: () => Date.UTC(2026, 5, 1) }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.records;
}

const base = {
  ownerTeamId: '',
  period: 'month' as const,
  consequence: '',
  status: 'agreed' as const,
  comments: [],
};
export const revenue = (over: Partial<Extract<Clause, { type: 'revenue' }>> = {}): Clause => ({
  ...base,
  id: 'revenue',
  title: 'Closed-won revenue',
  type: 'revenue',
  stageId: 'customer',
  metric: 'revenue',
  target: 25_000,
  targetFrom: 'fixed',
  ...over,
});
export const dealSize = (over: Partial<Extract<Clause, { type: 'revenue' }>> = {}): Clause =>
  revenue({ id: 'deal', title: 'Average deal', metric: 'dealSize', target: 10_000, ...over });
export const capacity = (over: Partial<Extract<Clause, { type: 'capacity' }>> = {}): Clause => ({
  ...base,
  id: 'capacity',
  title: 'MQLs per rep',
  type: 'capacity',
  stageId: 'mql',
  perRep: 4,
  targetFrom: 'fixed',
  ...over,
});

/**
 * Plan of record for 2026 (January start): goal 120 000 at 10 000 a deal = 12 customers, one a month
 * (even seasonality, no lags), so 10 000 of revenue a month; 3 reps × 5 MQLs a month.
 */
export const plan: Scenario = {
  id: 'plan',
  name: 'Plan 2026',
  notes: '',
  goal: 120_000,
  avgDealSize: 10_000,
  fiscalYear: 2026,
  fiscalYearStartMonth: 1,
  seasonality: null,
  transitions: STAGES.slice(0, -1).map((s, i) => ({
    fromStageId: s.id,
    toStageId: STAGES[i + 1]!.id,
    rate: 0.5,
    lagDays: 0,
  })),
  capacity: { reps: 3, leadsPerRep: 5, handoverStageId: 'mql' },
  topOfFunnel: null,
};

export function workbook(clauses: Clause[], scenario?: Scenario): Workbook {
  const wb = blankWorkbook('en', new Date('2026-01-01T00:00:00Z'), ZONE);
  return {
    ...wb,
    stages: STAGES,
    clauses,
    ...(scenario ? { scenarios: { planOfRecordId: scenario.id, items: [scenario] } } : {}),
  };
}
