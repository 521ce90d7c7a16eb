import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { CliCommand } from '../types';
import { str, strings } from '../args';
import { choices } from '../help';
import { measureDetail, measureSummary } from '../measure-text';
import { nodeFiles } from '../../adapters/node-files';
import { importSources } from '../../import/import-sources';
import { osErrorDetail } from '../../services/file-errors';
import { measureSources } from '../../compliance/measure-sources';
import { readWorkbookFile, writeWorkbookFile } from '../../services/workbook-files';
import { addSnapshot, createSnapshot } from '../../../shared/compliance/snapshot';
import { AppFailure, type AppError } from '../../../shared/errors/result';
import { errorMessage } from '../../../shared/i18n';
import type { DateWindow, FieldMapping } from '../../../shared/import/types';
import { importWarnings } from '../import-warnings';
import { normalizeHeader, PRESETS } from '../../../shared/import/presets';
import { assignCrmValue, backwardsNote } from '../../../shared/import/stage-values';
import { isTimeZone } from '../../../shared/workbook/validate';
import { newId } from '../../../shared/workbook/ids';

/** A mapping file: `{ "<field>": "<column>" }`, or a saved mapping `{ "fields": { … } }`. */
const MappingFile = z.union([
  z.object({ fields: z.record(z.string(), z.string()) }).transform((m) => m.fields),
  z.record(z.string(), z.string()),
]);

/**
 * `pacto measure`: imports one export (or a leads + deals pair) and measures the workbook's clauses.
 * A clean measurement exits 0 even when clauses are missed; errors go to stderr with exit 1 (2 for
 * bad usage). `--save` adds the result to the workbook as a snapshot, as an import in the app does.
 */
export const measureCommand: CliCommand = {
  name: 'measure',
  options: {
    workbook: { type: 'string', short: 'w', arg: 'workbook' },
    source: { type: 'string', short: 's', multiple: true, arg: 'csv' },
    join: { type: 'string', short: 'j', arg: 'column' },
    sheet: { type: 'string', multiple: true, arg: 'sheet' },
    activities: { type: 'string', multiple: true, arg: 'csv' },
    preset: { type: 'string', short: 'p', arg: 'name' },
    mapping: { type: 'string', short: 'm', arg: 'mapping' },
    'as-of': { type: 'string', arg: 'instant' },
    'time-zone': { type: 'string', arg: 'zone' },
    'date-window': { type: 'string', arg: 'window' },
    'stage-value': { type: 'string', multiple: true, arg: 'stageValue' },
    save: { type: 'boolean' },
    detail: { type: 'boolean', short: 'd' },
    json: { type: 'boolean' },
  },
  async run(values, ctx) {
    const { io, t, fail } = ctx;
    const usage = (key: string, params?: Record<string, string>): number =>
      ctx.usage(t(`compliance:cli.${key}`, params ?? {}));
    const workbookArg = str(values.workbook);
    const sources = strings(values.source);
    if (!workbookArg) return usage('missingWorkbook');
    if (sources.length === 0) return usage('missingSource');
    if (sources.length > 2) return usage('tooManySources');
    const activityFiles = strings(values.activities);
    // One --sheet per .xlsx file, in order: the sources, then the activity files.
    const sheetArgs = strings(values.sheet);
    const all = [...sources, ...activityFiles];
    const workbooks = all.flatMap((s, i) => (/\.xlsx$/i.test(s) ? [i] : []));
    if (sheetArgs.length > workbooks.length)
      return usage('tooManySheets', {
        sheets: String(sheetArgs.length),
        workbooks: String(workbooks.length),
      });
    const sheets = all.map((_, i) => {
      const k = workbooks.indexOf(i);
      return k >= 0 ? sheetArgs[k] : undefined;
    });
    const preset = str(values.preset);
    const mappingArg = str(values.mapping);
    if (preset && mappingArg) return usage('presetAndMapping');
    if (preset && !PRESETS.some((p) => p.id === preset))
      return usage('unknownPreset', { preset, names: choices.presets });
    const asOf = str(values['as-of']);
    if (asOf && Number.isNaN(Date.parse(asOf))) return usage('badAsOf', { value: asOf });
    const timeZone = str(values['time-zone']);
    if (timeZone && !isTimeZone(timeZone)) return ctx.usage(t('cli:errors.badZone', { zone: timeZone }));
    const windowArg = str(values['date-window']);
    const dateWindow = windowArg === undefined ? undefined : parseDateWindow(windowArg);
    if (dateWindow === null) return usage('badDateWindow', { value: windowArg ?? '' });

    const stageValues: { value: string; stage: string }[] = [];
    for (const arg of strings(values['stage-value'])) {
      const at = arg.lastIndexOf('=');
      const value = arg.slice(0, at).trim();
      const stage = arg.slice(at + 1).trim();
      if (at < 0 || value === '' || stage === '') return usage('badStageValue', { value: arg });
      stageValues.push({ value, stage });
    }

    const failed = (error: AppError): number => fail(error);
    const workbookPath = resolve(io.cwd, workbookArg);
    try {
      const read = await readWorkbookFile(nodeFiles, workbookPath);
      // The stage vocabulary answered on the command line, as the wizard's answers: in the workbook's stages.
      const stages = structuredClone(read.doc.stages);
      for (const { value, stage } of stageValues) {
        const found = stageNamed(stages, stage);
        if (!found) return usage('unknownStage', { stage, names: stages.map((s) => s.name).join(', ') });
        assignCrmValue(stages, value, found.id);
      }
      const doc = stageValues.length ? { ...read.doc, stages } : read.doc;
      let mapping: FieldMapping | undefined;
      if (mappingArg) {
        const file = resolve(io.cwd, mappingArg);
        const parsed = await readMapping(file);
        if (!parsed.ok) {
          const error = {
            code: 'compliance:cli.badMapping',
            params: { file: basename(file), detail: parsed.detail },
          };
          return ctx.usage(errorMessage(t, error));
        }
        mapping = parsed.mapping;
      }
      const measured = await measureSources(
        {
          workbook: doc,
          sources: sources.map((s) => resolve(io.cwd, s)),
          sheets: sheets.slice(0, sources.length),
          activities: activityFiles.map((a, i) => ({
            path: resolve(io.cwd, a),
            sheet: sheets[sources.length + i],
          })),
          ...(str(values.join) ? { join: str(values.join) } : {}),
          ...(preset ? { preset } : {}),
          ...(mapping ? { mapping } : {}),
          ...(asOf ? { asOf } : {}),
          ...(timeZone ? { timeZone } : {}),
          ...(dateWindow ? { dateWindow } : {}),
        },
        // The app's import: worker threads, a large file read in two parts.
        (req) => importSources(req),
      );
      if (!measured.ok) return failed(measured.error);
      const { result, outcome } = measured.value;
      const stageName = (id: string) => doc.stages.find((s) => s.id === id)?.name ?? id;
      for (const line of importWarnings(outcome.report, t, stageName)) io.stderr(line + '\n');
      if (values.save) {
        const snapshot = createSnapshot({
          id: newId(),
          now: new Date(),
          files: outcome.files,
          mapping: measured.value.mapping,
          ...(measured.value.presetId ? { preset: measured.value.presetId } : {}),
          result,
        });
        const next = {
          ...doc,
          imports: { ...doc.imports, snapshots: addSnapshot(doc.imports.snapshots, snapshot) },
        };
        const saved = await writeWorkbookFile(nodeFiles, workbookPath, next, new Date());
        if (saved.backupSkipped)
          io.stderr(t('common:status.savedNoBackup', { name: basename(workbookPath) }) + '\n');
      }
      if (values.json) {
        io.stdout(
          JSON.stringify(
            { workbook: basename(workbookPath), files: outcome.files, import: outcome.report, ...result },
            null,
            2,
          ) + '\n',
        );
      } else {
        const stages = outcome.report.stageValues;
        const note = stages && backwardsNote((k, p) => t(k, p ?? {}), stages, stageName);
        const text = values.detail
          ? measureDetail(result, doc, ctx)
          : measureSummary(result, doc, ctx, note ? [note] : []);
        io.stdout(text + '\n');
        if (values.save) io.stdout(t('compliance:cli.saved', { file: basename(workbookPath) }) + '\n');
      }
      return 0;
    } catch (e) {
      if (e instanceof AppFailure) return failed(e.toError());
      throw e;
    }
  },
};

/** A stage by its id, else its name (case, accents and punctuation aside). */
function stageNamed<S extends { id: string; name: string }>(stages: S[], name: string): S | undefined {
  const key = normalizeHeader(name);
  return stages.find((s) => s.id === name) ?? stages.find((s) => normalizeHeader(s.name) === key);
}

/** `--date-window 1980-01-01..2030-12-31`: either end may be left out; null when a given end is no date. */
function parseDateWindow(arg: string): DateWindow | null {
  const ends = arg.split('..');
  if (ends.length !== 2) return null;
  const [from = '', to = ''] = ends;
  if (from === '' && to === '') return null;
  const iso = (s: string) => (Number.isNaN(Date.parse(s)) ? null : new Date(Date.parse(s)).toISOString());
  const window: DateWindow = {};
  if (from !== '') window.from = iso(from) ?? '';
  if (to !== '') window.to = iso(to) ?? '';
  return window.from === '' || window.to === '' ? null : window;
}

async function readMapping(
  file: string,
): Promise<{ ok: true; mapping: FieldMapping } | { ok: false; detail: string }> {
  try {
    const parsed = MappingFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) return { ok: false, detail: parsed.error.issues[0]?.message ?? '' };
    return { ok: true, mapping: parsed.data as FieldMapping };
  } catch (e) {
    return { ok: false, detail: osErrorDetail(e) };
  }
}
