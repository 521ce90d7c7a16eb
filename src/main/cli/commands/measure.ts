import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { CliCommand, CliContext } from '../types';
import { nodeFiles } from '../../adapters/node-files';
import { importSources } from '../../import/import-sources';
import { measureSources } from '../../compliance/measure-sources';
import { readWorkbookFile, writeWorkbookFile } from '../../services/workbook-files';
import { addSnapshot, createSnapshot } from '../../../shared/compliance/snapshot';
import { AppFailure, type AppError } from '../../../shared/errors/result';
import { errorMessage } from '../../../shared/i18n';
import type { FieldMapping } from '../../../shared/import/types';
import type { ClauseResult, ComplianceResult } from '../../../shared/workbook/schema';
import { periodText, verdictText, type Translate } from '../../../shared/compliance/words';
import { newId } from '../../../shared/workbook/ids';

/** A mapping file: `{ "<field>": "<column>" }`, or a saved mapping `{ "fields": { … } }`. */
const MappingFile = z.union([
  z.object({ fields: z.record(z.string(), z.string()) }).transform((m) => m.fields),
  z.record(z.string(), z.string()),
]);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * `pacto measure`: imports one export (or a leads + deals pair) and measures the workbook's clauses.
 * A clean measurement exits 0 even when clauses are missed; errors go to stderr with exit 1 (2 for
 * bad usage). `--save` adds the result to the workbook as a snapshot, as an import in the app does.
 */
export const measureCommand: CliCommand = {
  name: 'measure',
  summary: 'Measure the SLA clauses against CRM exports (CSV or xlsx).',
  usage:
    'pacto measure --workbook <W.pacto> --source <a.csv|a.xlsx> [--source <b.csv> --join <column>] [--sheet <name>]… [--preset <name> | --mapping <m.json>] [--as-of <ISO time>] [--time-zone <IANA zone>] [--save] [--json]',
  options: {
    workbook: { type: 'string', short: 'w' },
    source: { type: 'string', short: 's', multiple: true },
    join: { type: 'string' },
    sheet: { type: 'string', multiple: true },
    preset: { type: 'string' },
    mapping: { type: 'string' },
    'as-of': { type: 'string' },
    'time-zone': { type: 'string' },
    save: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  async run(values, ctx) {
    const { io, t } = ctx;
    const usage = (key: string, params?: Record<string, string>): number => {
      io.stderr(t(`compliance:cli.${key}`, params ?? {}) + '\n');
      return 2;
    };
    const workbookArg = str(values.workbook);
    const sources = Array.isArray(values.source)
      ? values.source.filter((s): s is string => typeof s === 'string')
      : [];
    if (!workbookArg) return usage('missingWorkbook');
    if (sources.length === 0) return usage('missingSource');
    if (sources.length > 2) return usage('tooManySources');
    // One --sheet per .xlsx source, in the order the sources are given.
    const sheetArgs = Array.isArray(values.sheet)
      ? values.sheet.filter((s): s is string => typeof s === 'string')
      : [];
    const workbooks = sources.flatMap((s, i) => (/\.xlsx$/i.test(s) ? [i] : []));
    if (sheetArgs.length > workbooks.length)
      return usage('tooManySheets', {
        sheets: String(sheetArgs.length),
        workbooks: String(workbooks.length),
      });
    const sheets = sources.map((_, i) => {
      const k = workbooks.indexOf(i);
      return k >= 0 ? sheetArgs[k] : undefined;
    });
    const preset = str(values.preset);
    const mappingArg = str(values.mapping);
    if (preset && mappingArg) return usage('presetAndMapping');
    const asOf = str(values['as-of']);
    if (asOf && Number.isNaN(Date.parse(asOf))) return usage('badAsOf', { value: asOf });

    const failed = (error: AppError): number => {
      io.stderr(errorMessage(t, error) + '\n');
      return 1;
    };
    const workbookPath = resolve(io.cwd, workbookArg);
    try {
      const { doc } = await readWorkbookFile(nodeFiles, workbookPath);
      let mapping: FieldMapping | undefined;
      if (mappingArg) {
        const file = resolve(io.cwd, mappingArg);
        const parsed = await readMapping(file);
        if (!parsed.ok) return usage('badMapping', { file: basename(file), detail: parsed.detail });
        mapping = parsed.mapping;
      }
      const measured = await measureSources(
        {
          workbook: doc,
          sources: sources.map((s) => resolve(io.cwd, s)),
          sheets,
          ...(str(values.join) ? { join: str(values.join) } : {}),
          ...(preset ? { preset } : {}),
          ...(mapping ? { mapping } : {}),
          ...(asOf ? { asOf } : {}),
          ...(str(values['time-zone']) ? { timeZone: str(values['time-zone']) } : {}),
        },
        // The app's import: worker threads, a large file read in two parts.
        (req) => importSources(req),
      );
      if (!measured.ok) return failed(measured.error);
      const { result, outcome } = measured.value;
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
          JSON.stringify({ workbook: basename(workbookPath), files: outcome.files, ...result }, null, 2) +
            '\n',
        );
      } else {
        io.stdout(textReport(result, ctx));
        if (values.save) io.stdout(t('compliance:cli.saved', { file: basename(workbookPath) }) + '\n');
      }
      return 0;
    } catch (e) {
      if (e instanceof AppFailure) return failed(e.toError());
      throw e;
    }
  },
};

async function readMapping(
  file: string,
): Promise<{ ok: true; mapping: FieldMapping } | { ok: false; detail: string }> {
  try {
    const parsed = MappingFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) return { ok: false, detail: parsed.error.issues[0]?.message ?? '' };
    return { ok: true, mapping: parsed.data as FieldMapping };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

function formatValue(c: ClauseResult, value: number | null, lang: string): string {
  if (value === null) return '—';
  if (c.unit === 'share')
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
}

/** Each clause's verdict per period, in the words the app uses; quarters and years with their months' progress. */
function textReport(result: ComplianceResult, { t, lang }: CliContext): string {
  const tr: Translate = (key, params) => t(key, params ?? {});
  const lines = [
    t('compliance:cli.header', { records: result.records, asOf: result.asOf, zone: result.timeZone }),
  ];
  for (const c of result.clauses) {
    lines.push('', c.title || c.id);
    for (const p of c.periods) {
      lines.push(
        t('compliance:cli.month', {
          month: periodText(tr, p.period, result.fiscalYearStartMonth),
          status: verdictText(tr, p),
          actual: formatValue(c, p.actual, lang),
          target: formatValue(c, p.target, lang),
        }),
      );
      if (c.period === 'month') continue;
      for (const m of c.months.filter((x) => x.period === p.period)) {
        lines.push(
          t('compliance:cli.progress', {
            month: m.month,
            actual: formatValue(c, m.actual, lang),
            toDate: formatValue(c, m.toDate, lang),
          }),
        );
      }
    }
  }
  return lines.join('\n') + '\n';
}
