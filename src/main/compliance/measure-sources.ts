import { basename } from 'node:path';
import { fail, ok, type Result } from '../../shared/errors/result';
import { measure } from '../../shared/compliance/engine';
import { PRESETS, suggestMapping } from '../../shared/import/presets';
import { stageVocabulary } from '../../shared/import/stage-values';
import { suggestActivityMapping } from '../../shared/import/activities';
import type {
  SniffResult,
  DateWindow,
  FieldMapping,
  ImportOutcome,
  ImportRequest,
  JoinSpec,
} from '../../shared/import/types';
import type { ComplianceResult, Workbook } from '../../shared/workbook/schema';
import { sniffFile } from '../import/sources';

export interface MeasureSourcesRequest {
  workbook: Workbook;
  /** CSV or xlsx paths; the first is the primary file (leads) unless a preset says otherwise. */
  sources: string[];
  /** The sheet of each source that is an Excel workbook (by index; default: the first with a table). */
  sheets?: (string | undefined)[];
  /** Activity exports (calls, emails…), each mapped by its own detected preset. */
  activities?: { path: string; sheet?: string }[];
  /** Key column present in both files. */
  join?: string;
  preset?: string;
  mapping?: FieldMapping;
  /** ISO instant; default: the latest timestamp in the data. */
  asOf?: string;
  /** Overrides the plausible-date window (default 1990-01-01 to a year after "as of"). */
  dateWindow?: DateWindow;
  /** Zone of the exports' wall-clock times; default: the workbook calendar's. */
  timeZone?: string;
}

export interface MeasuredSources {
  result: ComplianceResult;
  outcome: ImportOutcome;
  mapping: FieldMapping;
  presetId: string | undefined;
}

export type Importer = (req: ImportRequest) => Promise<Result<ImportOutcome>>;

/**
 * Works out the mapping (explicit, a named preset, or the best-matching preset), imports the files
 * and measures the workbook's clauses: `pacto measure` and the app share this path.
 */
export async function measureSources(
  req: MeasureSourcesRequest,
  runImport: Importer,
): Promise<Result<MeasuredSources>> {
  const headers: string[][] = [];
  const sniffs: SniffResult[] = [];
  const sheetOf = (i: number): string | undefined => req.sheets?.[i];
  for (const [i, path] of req.sources.entries()) {
    const sniffed = await sniffFile(path, { sheet: sheetOf(i) });
    if (!sniffed.ok) return sniffed;
    headers.push(sniffed.value.dialect.headers);
    sniffs.push(sniffed.value);
  }
  let mapping: FieldMapping;
  let join: JoinSpec | undefined;
  let presetId: string | undefined;
  if (req.mapping) {
    mapping = req.mapping;
  } else {
    // An unknown --preset name is refused by the CLI as bad usage, before any file is read.
    const suggestion = suggestMapping(headers, req.workbook.stages);
    if (!suggestion.presetId) {
      return fail('compliance:cli.noPreset', {
        files: req.sources.map((path) => basename(path)).join(', '),
        names: PRESETS.map((p) => p.id).join(', '),
      });
    }
    if (req.preset && suggestion.presetId !== req.preset) {
      return fail('compliance:cli.presetMismatch', { preset: req.preset, found: suggestion.presetId ?? '—' });
    }
    mapping = suggestion.mapping;
    join = suggestion.join;
    presetId = suggestion.presetId;
  }
  if (req.join) {
    join = { sourceIndex: join?.sourceIndex ?? 1, leftColumn: req.join, rightColumn: req.join };
  }
  if (req.sources.length > 1 && !join) return fail('compliance:cli.joinNeeded');
  const activities: NonNullable<ImportRequest['activities']> = [];
  for (const a of req.activities ?? []) {
    const sniffed = await sniffFile(a.path, { sheet: a.sheet });
    if (!sniffed.ok) return sniffed;
    const s = suggestActivityMapping(sniffed.value.dialect.headers, mapping.id);
    activities.push({
      path: a.path,
      mapping: s.mapping,
      ...(a.sheet ? { sheet: a.sheet } : {}),
      ...(s.channel ? { channel: s.channel } : {}),
    });
  }
  const imported = await runImport({
    sources: req.sources.map((path, i) => {
      const sheet = sheetOf(i);
      return sheet ? { path, sheet } : { path };
    }),
    ...(join ? { join } : {}),
    mapping,
    timeZone: req.timeZone ?? req.workbook.calendar.timeZone,
    ...(req.asOf ? { asOf: req.asOf } : {}),
    stageValues: {
      order: req.workbook.stages.map((s) => s.id),
      values: stageVocabulary(req.workbook.stages),
    },
    ...(req.dateWindow ? { dateWindow: req.dateWindow } : {}),
    ...(activities.length ? { activities } : {}),
    sniffs,
  });
  if (!imported.ok) return imported;
  const result = measure(req.workbook, imported.value.records);
  return ok({ result, outcome: imported.value, mapping, presetId });
}
