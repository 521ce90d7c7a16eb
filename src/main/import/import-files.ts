import { basename } from 'node:path';
import { AppFailure, fail, ok, type Result } from '../../shared/errors/result';
import { ImportError } from '../../shared/import/errors';
import type { MergeContext, PartSummary } from '../../shared/import/parts';
import type { ImportPlan } from '../../shared/import/plan';
import type { RecordSet } from '../../shared/records/record-set';
import { RecordMapper } from '../../shared/import/mapper';
import { compilePlan } from '../../shared/import/plan';
import {
  DEFAULT_LIMITS,
  type ImportLimits,
  type ImportReport,
  type ImportOutcome,
  type ImportProgress,
  type ImportRequest,
  type SniffResult,
} from '../../shared/import/types';
import { ReadBudget } from './read-budget';
import { splitPoints, type ByteRange, type StreamStats } from './read-csv';
import { sniffSource, streamSource } from './sources';

export interface ImportOptions {
  onProgress?(p: ImportProgress): void;
  signal?: AbortSignal;
  /** Clock for the default “as of” when the data has no timestamp (tests pin it). */
  now?: () => number;
}

const PROGRESS_EVERY_MS = 100;

/** Which part of the primary file a read covers: part `index` of `count` (see splitPoints). */
export interface PartOf {
  index: number;
  count: number;
  /** The records of all parts so far (one Int32 in a SharedArrayBuffer), for the row limit. */
  records?: Int32Array;
}

/** What a source's read left to report (the primary file's, summed over parts by the coordinator). */
export interface SourceRead {
  name: string;
  /** The file's size. */
  size: number;
  sha256?: string;
  /** Parser rows read, header and preamble included in part 0. */
  rows: number;
  headerIndex: number;
  invalidBytes: number;
  mojibake?: string;
}

/** A part read, as the coordinator sees it; the rows stay in the part's mapper until `resolve`. */
export interface PartParsed {
  plan: ImportPlan;
  ctx: MergeContext;
  summary: PartSummary;
  /** Whether this part read on to the end of the primary file (part 0 then is the whole import). */
  toEnd: boolean;
  /** Per source index; a later part has only the primary file. */
  sources: (SourceRead | undefined)[];
}

/**
 * Runs an import in this thread: sniff every file, stream the joined file into a key index, stream the
 * primary file through the mapper, then resolve dates. Nothing is shared with the caller until the
 * whole import succeeded, so a failure or cancellation leaves the workbook untouched.
 */
export async function importFiles(
  req: ImportRequest,
  opts: ImportOptions = {},
): Promise<Result<ImportOutcome>> {
  const read = await readPart(req, opts);
  if (!read.ok) return read;
  const { mapper, parsed } = read.value;
  const mapped = mapper.finish();
  if (!mapped.ok) return mapped;
  return ok(outcomeOf([parsed], mapped.value));
}

/**
 * Reads the rows of one part of an import into a RecordMapper. Part 0 (or a single read) sniffs and
 * reads the joined file and the primary file from its start; later parts read the primary file from
 * its split point. A part whose file cannot be split reads nothing (part 0 reads it all).
 */
export async function readPart(
  req: ImportRequest,
  opts: ImportOptions,
  part: PartOf = { index: 0, count: 1 },
): Promise<Result<{ mapper: RecordMapper; parsed: PartParsed }>> {
  const limits: ImportLimits = { ...DEFAULT_LIMITS, ...req.limits };
  const names = req.sources.map((s) => s.name ?? basename(s.path));
  try {
    const sniffs: SniffResult[] = [];
    for (const [i, s] of req.sources.entries())
      sniffs.push(req.sniffs?.[i] ?? (await sniffSource(s.path, limits, names[i]!, s.sheet)));
    const files = sniffs.map((s) => ({ name: s.name, headers: s.dialect.headers }));
    const planned = compilePlan(files, req.mapping, req.join);
    if (!planned.ok) return planned;
    const plan = planned.value;
    const primarySniff = sniffs[plan.primary]!;
    const size = primarySniff.size;
    // Part k reads from the (k−1)th split to the kth; a part past the last split reads nothing. A
    // workbook is read in one part (its rows are inside a zip).
    const splits =
      part.count > 1 && !plan.join && !primarySniff.xlsx
        ? await splitPoints(req.sources[plan.primary]!.path, size, primarySniff.dialect, part.count)
        : [];
    const from = part.index === 0 ? 0 : splits[part.index - 1];
    const stopAt = splits[part.index];
    const ctx: MergeContext = {
      files,
      timeZone: req.timeZone,
      dateOrder: req.dateOrder,
      asOf: req.asOf,
      dateWindow: req.dateWindow,
      now: (opts.now ?? Date.now)(),
      maxRows: limits.maxRows,
    };
    // Rows expected from the preview's average row length: the columns are sized once instead of
    // doubling ~20 times (each doubling copies, and leaves garbage behind).
    const preview = primarySniff.preview;
    const previewChars = preview.reduce((n, r) => n + r.reduce((m, c) => m + c.length + 3, 0), 0);
    const rowsIn = (bytes: number): number | undefined =>
      preview.length > 0
        ? Math.min(limits.maxRows, Math.ceil((bytes / (previewChars / preview.length)) * 1.1))
        : undefined;
    const capacityHint = rowsIn((stopAt ?? size) - (from ?? 0));
    const mapper = new RecordMapper(plan, {
      ...ctx,
      decimalComma: sniffs.map((s) => s.dialect.delimiter === ';'),
      capacityHint,
      // Part 0 of a split keeps room for the later parts' records (see concatRecords).
      reserve: splits.length > 0 && part.index === 0 ? rowsIn(size) : undefined,
      // The parts of a split read check repeated ids together, once read (see runImport).
      repeatsLater: part.count > 1,
    });
    const parsed = (toEnd: boolean, stats: (StreamStats | undefined)[]): PartParsed => ({
      plan,
      ctx,
      summary: mapper.summary(),
      toEnd,
      sources: sniffs.map((sn, i) => {
        const st = stats[i];
        if (!st) return undefined;
        return {
          name: names[i]!,
          size: sn.size,
          ...(st.sha256 ? { sha256: st.sha256 } : {}),
          rows: st.rows,
          headerIndex: sn.dialect.headerIndex,
          invalidBytes: st.invalidBytes,
          mojibake: st.mojibake ?? sn.mojibake,
        };
      }),
    });
    if (from === undefined) return ok({ mapper, parsed: parsed(false, []) });

    const totalBytes = sniffs.reduce((n, s) => n + s.size, 0);
    const started = Date.now();
    let bytesBefore = 0;
    let rows = 0;
    let lastReport = 0;
    const progress = (
      phase: ImportProgress['phase'],
      sourceIndex: number,
      bytesRead: number,
      force = false,
    ): void => {
      const now = Date.now();
      if (!opts.onProgress || (!force && now - lastReport < PROGRESS_EVERY_MS)) return;
      lastReport = now;
      const seconds = Math.max(0.001, (now - started) / 1000);
      opts.onProgress({
        phase,
        sourceIndex,
        rows,
        bytesRead,
        totalBytes,
        rowsPerSecond: Math.round(rows / seconds),
      });
    };
    const budget = new ReadBudget(limits, part.records);
    let outOfMemoryAt: { source: number; row: number } | undefined;
    const abortOnLimit = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, abortOnLimit.signal]) : abortOnLimit.signal;

    const stats: StreamStats[] = [];
    const order = plan.join && part.index === 0 ? [plan.join.source, plan.primary] : [plan.primary];
    for (const source of order) {
      const phase = source === plan.primary ? 'read' : 'join';
      const filter = mapper.rowsOf(source);
      const range: ByteRange | undefined =
        source !== plan.primary || splits.length === 0
          ? undefined
          : { from, ...(stopAt !== undefined ? { stopAt, canStop: () => !filter.holding } : {}) };
      const st = await streamSource(
        req.sources[source]!.path,
        sniffs[source]!,
        (row, n) => {
          rows++;
          filter.push(row, n);
          if ((rows & 1023) === 0) {
            progress(phase, source, bytesBefore);
            if (!mapper.overLimit && budget.tooManyRecords(mapper.records)) mapper.overTotal();
            if (mapper.overLimit) abortOnLimit.abort();
            // Memory every 8,192 rows (a read of /proc): ≈ 2 MB of records apart.
            if ((rows & 8191) === 0 && budget.outOfMemory()) {
              outOfMemoryAt = { source, row: n };
              abortOnLimit.abort();
            }
          }
        },
        { signal, name: names[source]!, range, onBytes: (b) => progress(phase, source, bytesBefore + b) },
      ).catch((e: unknown) => {
        if (abortOnLimit.signal.aborted) return undefined;
        throw e;
      });
      filter.end();
      if (!st) break;
      stats[source] = st;
      bytesBefore += st.size;
    }
    if (opts.signal?.aborted) return fail(ImportError.cancelled);
    if (outOfMemoryAt) {
      return fail(ImportError.outOfMemory, {
        file: names[outOfMemoryAt.source]!,
        row: outOfMemoryAt.row,
        limit: Math.round(limits.maxMemoryBytes / 1e6),
      });
    }
    progress('finish', plan.primary, bytesBefore, true);
    return ok({ mapper, parsed: parsed(stats[plan.primary]?.toEnd ?? true, stats) });
  } catch (e) {
    if (e instanceof AppFailure) return { ok: false, error: e.toError() };
    if (opts.signal?.aborted || (e as Error).name === 'AbortError') return fail(ImportError.cancelled);
    return fail(ImportError.internal, { detail: (e as Error).message });
  }
}

/**
 * The import's outcome from its parts (in file order) and their merged records: the files read, with
 * the primary file's rows and bad bytes summed over the parts. `sha256` is the primary file's hash
 * when it was split (its parts hash nothing).
 */
export function outcomeOf(
  parts: PartParsed[],
  merged: { records: RecordSet; report: ImportReport },
  sha256?: string,
): ImportOutcome {
  const { records, report } = merged;
  const first = parts[0]!;
  const primary = first.plan.primary;
  const sources = first.sources.map((s, i) => {
    if (!s || i !== primary) return s;
    if (parts.length === 1) return sha256 ? { ...s, sha256 } : s;
    const all = parts.map((p) => p.sources[primary]!);
    return {
      ...s,
      sha256: sha256 ?? s.sha256,
      rows: all.reduce((n, r) => n + r.rows, 0),
      invalidBytes: all.reduce((n, r) => n + r.invalidBytes, 0),
      mojibake: all.find((r) => r.mojibake)?.mojibake,
    };
  });
  const read = first.plan.join ? [first.plan.join.source, primary] : [primary];
  for (const i of read) report.invalidBytes += sources[i]?.invalidBytes ?? 0;
  const moji = read.map((i) => sources[i]).find((s) => s?.mojibake);
  if (moji) report.mojibake = { file: moji.name, row: 0, column: '', value: moji.mojibake! };
  return {
    records,
    report,
    files: sources.flatMap((s) =>
      s
        ? [
            {
              name: s.name,
              size: s.size,
              sha256: s.sha256 ?? '',
              rows: Math.max(0, s.rows - s.headerIndex - 1),
            },
          ]
        : [],
    ),
  };
}
