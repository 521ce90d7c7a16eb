/**
 * Stage vocabulary: exports that hold a record's *current* lifecycle stage or status (HubSpot
 * "Lifecycle Stage", Salesforce "Lead Status" / "Stage") rather than a date per stage. Each value is
 * matched to a workbook stage; the current stage then counts as reached, dated by its own column or,
 * when that is empty (a date cleared by a backwards move), by the "stage changed" column. Records
 * that moved backwards keep their later stage dates and are listed in the report; where the export
 * has no date for the later stages, the report says that backward moves cannot be seen in it.
 */
import type { RecordSet } from '../records/record-set';
import type { StageKind } from '../workbook/schema';
import { normalizeHeader } from './presets';
import type { StageValueReport } from './types';

/**
 * Values CRMs write for each kind of stage, in English and Spanish: HubSpot's lifecycle labels and
 * internal names (crm-exports.md §1), the demand-waterfall names (Inquiry, MQL, SAL, SQL, SQO, Won)
 * and Salesforce's won stage. Org-specific statuses (Salesforce's "Working - Contacted") are the
 * user's to assign: they are reported as unknown values until then.
 */
export const STAGE_VALUE_ALIASES: Record<StageKind, string[]> = {
  visit: ['Visit', 'Visitor', 'Visita', 'Visitante'],
  lead: ['Lead', 'Inquiry', 'Inquiries', 'Consulta', 'Contacto'],
  mql: [
    'Marketing Qualified Lead',
    'marketingqualifiedlead',
    'MQL',
    'Lead calificado por marketing',
    'Lead cualificado por marketing',
  ],
  sal: ['Sales Accepted Lead', 'SAL', 'Accepted', 'Lead aceptado por ventas', 'Aceptado'],
  sql: [
    'Sales Qualified Lead',
    'salesqualifiedlead',
    'SQL',
    'Lead calificado para ventas',
    'Lead calificado por ventas',
    'Lead cualificado por ventas',
  ],
  opportunity: ['Opportunity', 'SQO', 'Sales Qualified Opportunity', 'Oportunidad'],
  customer: ['Customer', 'Won', 'Closed Won', 'Cliente', 'Ganado', 'Cerrado ganado'],
  custom: [],
};

export interface VocabularyStage {
  id: string;
  name: string;
  kind: StageKind;
  crmValues?: string[];
}

/**
 * Normalised value → stage id. A stage's own CRM values win over names and built-in values, and an
 * earlier stage over a later one, so the user's words always decide.
 */
export function stageVocabulary(stages: VocabularyStage[]): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (value: string, id: string): void => {
    const key = normalizeHeader(value);
    if (key !== '' && !(key in out)) out[key] = id;
  };
  for (const s of stages) for (const v of s.crmValues ?? []) add(v, s.id);
  for (const s of stages) add(s.name, s.id);
  for (const s of stages) for (const v of STAGE_VALUE_ALIASES[s.kind]) add(v, s.id);
  return out;
}

const MAX_EXAMPLES = 5;
const MAX_UNKNOWN = 20;

/**
 * Reads the current-stage column of imported records against the vocabulary (value → stage id, keys
 * normalised) and the workbook's stage order. Fills each record's current-stage date from
 * `stageChangedAt` where its own is empty (adding the stage's column if the export had none), and
 * reports what it found. Mutates `records`; undefined when there is no current-stage column.
 */
export function applyStageValues(
  records: RecordSet,
  stageOrder: string[],
  vocabulary: Record<string, string>,
  source: { file: string; column: string },
): StageValueReport | undefined {
  const current = records.currentStage;
  if (!current) return undefined;
  const index = new Map(stageOrder.map((id, i) => [id, i]));
  // Per dictionary value: the stage's position, or -1.
  const stageOfCode = Int32Array.from(current.values, (v) => {
    const id = vocabulary[normalizeHeader(v)];
    return id === undefined ? -1 : (index.get(id) ?? -1);
  });
  const changed = records.stageChangedAt;
  const columns = stageOrder.map((id) => records.stageEntered[id]);
  // The stages the export dates itself, before any date is filled from the "stage changed" column.
  const dated = columns.map((c) => c !== undefined);
  let earliest = stageOrder.length;
  const byStage: Record<string, number> = {};
  const unknownCounts = new Map<number, number>();
  const report: StageValueReport = {
    ...source,
    byStage,
    unknown: [],
    filled: 0,
    undated: 0,
    movedBackwards: { count: 0, examples: [] },
    backwards: 'seen',
    unseenFrom: [],
  };
  for (let i = 0; i < records.size; i++) {
    const code = current.codes[i]!;
    if (code >= stageOfCode.length) continue; // no value
    const s = stageOfCode[code]!;
    if (s < 0) {
      unknownCounts.set(code, (unknownCounts.get(code) ?? 0) + 1);
      continue;
    }
    const id = stageOrder[s]!;
    byStage[id] = (byStage[id] ?? 0) + 1;
    if (s < earliest) earliest = s;
    const later: string[] = [];
    for (let t = s + 1; t < columns.length; t++) {
      const col = columns[t];
      if (col && col[i] === col[i]) later.push(stageOrder[t]!);
    }
    if (later.length > 0) {
      report.movedBackwards.count++;
      if (report.movedBackwards.examples.length < MAX_EXAMPLES)
        report.movedBackwards.examples.push({
          id: records.ids.at(i) ?? '',
          value: current.values[code]!,
          later,
        });
    }
    const own = columns[s];
    if (own && own[i] === own[i]) continue;
    const when = changed ? changed[i]! : NaN;
    if (when === when) {
      let col = columns[s];
      if (!col) col = columns[s] = records.stageEntered[id] = new Float64Array(records.size).fill(NaN);
      col[i] = when;
      report.filled++;
    } else report.undated++;
  }
  // A move back from a stage can be seen only through that stage's own date.
  const later = stageOrder.slice(earliest + 1);
  report.unseenFrom = later.filter((_, k) => !dated[earliest + 1 + k]);
  if (report.unseenFrom.length > 0)
    report.backwards = report.unseenFrom.length === later.length ? 'unseen' : 'partly';
  report.unknown = [...unknownCounts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_UNKNOWN)
    .map(([code, count]) => ({ value: current.values[code]!, count }));
  return report;
}

/**
 * Records the user's answer for a CRM value in the workbook's stages (a draft): the value joins
 * `stageId`'s CRM values and leaves any other stage's. An empty id only removes it.
 */
export function assignCrmValue(stages: VocabularyStage[], value: string, stageId: string): void {
  const key = normalizeHeader(value);
  for (const s of stages) {
    const kept = (s.crmValues ?? []).filter((v) => normalizeHeader(v) !== key);
    if (s.id === stageId) kept.push(value.trim());
    if (kept.length > 0 || s.crmValues) s.crmValues = kept.slice(-100);
  }
}

/**
 * What the report says about backward moves this export cannot show (see StageValueReport.backwards),
 * or null when every later stage is dated. `stageName` names a stage id for people.
 */
export function backwardsNote(
  t: (key: string, params?: Record<string, string | number>) => string,
  report: Pick<StageValueReport, 'backwards' | 'unseenFrom'>,
  stageName: (id: string) => string,
): string | null {
  if (report.backwards === 'unseen') return t('import:report.stageBackwardsUnseen');
  if (report.backwards === 'partly')
    return t('import:report.stageBackwardsPartly', {
      count: report.unseenFrom.length,
      stages: report.unseenFrom.map(stageName).join(', '),
    });
  return null;
}
