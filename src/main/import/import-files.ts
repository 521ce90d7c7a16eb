import { basename } from 'node:path';
import { AppFailure, fail, ok, type Result } from '../../shared/errors/result';
import { ImportError } from '../../shared/import/errors';
import type { PackedIds } from '../../shared/import/columns';
import { RecordMapper } from '../../shared/import/mapper';
import { compilePlan } from '../../shared/import/plan';
import {
  DEFAULT_LIMITS,
  type ImportLimits,
  type ImportOutcome,
  type ImportProgress,
  type ImportRequest,
  type SniffResult,
} from '../../shared/import/types';
import { sniffOrThrow, streamRows, type StreamStats } from './read-csv';

export interface ImportOptions {
  onProgress?(p: ImportProgress): void;
  signal?: AbortSignal;
  /** Clock for the default “as of” when the data has no timestamp (tests pin it). */
  now?: () => number;
  /** Return the ids as buffers in `packedIds` (records.ids left empty), for the worker's hand-back. */
  packIds?: boolean;
}

const PROGRESS_EVERY_MS = 100;

/**
 * Runs an import in this thread: sniff every file, stream the joined file into a key index, stream the
 * primary file through the mapper, then resolve dates. Nothing is shared with the caller until the
 * whole import succeeded, so a failure or cancellation leaves the workbook untouched.
 */
export async function importFiles(
  req: ImportRequest,
  opts: ImportOptions = {},
): Promise<Result<ImportOutcome & { packedIds?: PackedIds }>> {
  const limits: ImportLimits = { ...DEFAULT_LIMITS, ...req.limits };
  const names = req.sources.map((s) => s.name ?? basename(s.path));
  try {
    const sniffs: SniffResult[] = [];
    for (const [i, s] of req.sources.entries()) sniffs.push(await sniffOrThrow(s.path, limits, names[i]!));
    const files = sniffs.map((s) => ({ name: s.name, headers: s.dialect.headers }));
    const planned = compilePlan(files, req.mapping, req.join);
    if (!planned.ok) return planned;
    const plan = planned.value;
    const totalBytes = sniffs.reduce((n, s) => n + s.size, 0);
    const primarySniff = sniffs[plan.primary]!;
    // Rows expected from the preview's average row length: the columns are sized once instead of
    // doubling ~20 times (each doubling copies, and leaves garbage behind).
    const preview = primarySniff.preview;
    const previewChars = preview.reduce((n, r) => n + r.reduce((m, c) => m + c.length + 3, 0), 0);
    const capacityHint =
      preview.length > 0
        ? Math.min(limits.maxRows, Math.ceil((primarySniff.size / (previewChars / preview.length)) * 1.1))
        : undefined;
    const mapper = new RecordMapper(plan, {
      files,
      decimalComma: sniffs.map((s) => s.dialect.delimiter === ';'),
      timeZone: req.timeZone,
      dateOrder: req.dateOrder,
      asOf: req.asOf,
      now: (opts.now ?? Date.now)(),
      maxRows: limits.maxRows,
      capacityHint,
    });

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
    const abortOnLimit = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, abortOnLimit.signal]) : abortOnLimit.signal;

    const stats: StreamStats[] = [];
    const order = plan.join ? [plan.join.source, plan.primary] : [plan.primary];
    for (const source of order) {
      const phase = source === plan.primary ? 'read' : 'join';
      const filter = mapper.rowsOf(source);
      const st = await streamRows(
        req.sources[source]!.path,
        sniffs[source]!.dialect,
        (row, n) => {
          rows++;
          filter.push(row, n);
          if ((rows & 1023) === 0) {
            progress(phase, source, bytesBefore);
            if (mapper.overLimit) abortOnLimit.abort();
          }
        },
        { signal, name: names[source], onBytes: (b) => progress(phase, source, bytesBefore + b) },
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
    progress('finish', plan.primary, totalBytes, true);
    const mapped = mapper.finish({ packIds: opts.packIds });
    if (!mapped.ok) return mapped;
    const { records, report, packedIds } = mapped.value;
    for (const s of stats) if (s) report.invalidBytes += s.invalidBytes;
    const moji = order.map((i) => ({ i, m: stats[i]?.mojibake ?? sniffs[i]!.mojibake })).find((x) => x.m);
    if (moji) report.mojibake = { file: names[moji.i]!, row: 0, column: '', value: moji.m! };
    return ok({
      records,
      report,
      ...(packedIds ? { packedIds } : {}),
      files: [...order]
        .sort((a, b) => a - b)
        .map((i) => ({
          name: names[i]!,
          size: stats[i]!.size,
          sha256: stats[i]!.sha256,
          rows: Math.max(0, stats[i]!.rows - sniffs[i]!.dialect.headerIndex - 1),
        })),
    });
  } catch (e) {
    if (e instanceof AppFailure) return { ok: false, error: e.toError() };
    if (opts.signal?.aborted || (e as Error).name === 'AbortError') return fail(ImportError.cancelled);
    return fail(ImportError.internal, { detail: (e as Error).message });
  }
}
