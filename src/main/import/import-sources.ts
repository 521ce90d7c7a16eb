/**
 * An import as the app and the CLI run it: the records (runImport: workers, parts), then what is
 * read against them — the current-stage column against the workbook's stage vocabulary, and the
 * activity exports, each imported the same way and linked to the records by contact id.
 */
import { IANAZone } from 'luxon';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../../shared/errors/result';
import { ImportError } from '../../shared/import/errors';
import { linkActivities, type ImportedActivities } from '../../shared/import/activities';
import { zoneResolver } from '../../shared/import/dates';
import { parseColumnRef } from '../../shared/import/plan';
import { applyStageValues } from '../../shared/import/stage-values';
import type { ImportOutcome, ImportReport, ImportRequest } from '../../shared/import/types';
import { runImport, type RunImportOptions } from './run-import';

export async function importSources(
  req: ImportRequest,
  opts: RunImportOptions = {},
  records: typeof runImport = runImport,
): Promise<Result<ImportOutcome>> {
  const imported = await records(req, opts);
  if (!imported.ok) return imported;
  const outcome = imported.value;
  const ref = req.mapping.currentStage;
  if (ref && req.stageValues) {
    const primary = req.join?.sourceIndex === 0 ? 1 : 0;
    const { source, header } = parseColumnRef(ref, primary);
    const report = applyStageValues(outcome.records, req.stageValues.order, req.stageValues.values, {
      file: outcome.files[source]?.name ?? '',
      column: header,
    });
    if (report) outcome.report.stageValues = report;
  }
  if (req.activities?.length) {
    const read: (ImportedActivities & { report: ImportReport })[] = [];
    for (const a of req.activities) {
      const m = a.mapping;
      if (!m.id || !m['activity:contact'] || !m['activity:at'])
        return fail(ImportError.activityColumns, { file: a.name ?? basename(a.path) });
      const one = await records(
        {
          sources: [
            { path: a.path, ...(a.name ? { name: a.name } : {}), ...(a.sheet ? { sheet: a.sheet } : {}) },
          ],
          mapping: a.mapping,
          timeZone: req.timeZone,
          ...(req.asOf ? { asOf: req.asOf } : {}),
          ...(req.dateWindow ? { dateWindow: req.dateWindow } : {}),
          ...(req.limits ? { limits: req.limits } : {}),
        },
        { ...opts, onProgress: (p) => opts.onProgress?.({ ...p, phase: 'activities' }) },
      );
      if (!one.ok) return one;
      const file = one.value.files[0]!;
      read.push({
        file: file.name,
        records: one.value.records,
        report: one.value.report,
        ...(a.channel ? { channel: a.channel } : {}),
      });
      outcome.files.push(file);
    }
    const toInstant = zoneResolver(req.timeZone)!;
    const zone = IANAZone.create(req.timeZone);
    const { set, reports } = linkActivities(outcome.records, read, {
      toInstant,
      toWall: (t) => t + zone.offset(t) * 60_000,
    });
    outcome.records.activities = set;
    outcome.report.activities = reports.map((r, i) => ({ ...r, read: read[i]!.report }));
  }
  return ok(outcome);
}
