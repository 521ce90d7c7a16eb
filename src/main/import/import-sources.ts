/**
 * An import as the app and the CLI run it: the records (runImport: workers, parts), then what is
 * read against them: the current-stage column against the workbook's stage vocabulary.
 */
import { ok, type Result } from '../../shared/errors/result';
import { parseColumnRef } from '../../shared/import/plan';
import { applyStageValues } from '../../shared/import/stage-values';
import type { ImportOutcome, ImportRequest } from '../../shared/import/types';
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
  return ok(outcome);
}
