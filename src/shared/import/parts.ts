/**
 * An import may read its primary file in parts (the two halves of a large file, in two workers): each
 * part's RecordMapper reads its rows, the parts' date evidence is settled together, each part resolves
 * its dates, and the parts are merged in file order. A single mapper goes through the same steps, so
 * one import and one part give the same records and report as any split of the same file.
 */
import { MISSING_CODE, type RecordField, type RecordSet, type TextColumn } from '../records/record-set';
import { fail, ok, type Result } from '../errors/result';
import { PackedIdList, type PackedIds } from './columns';
import { plausibleWindow, resolveOrder, zoneResolver, type OrderEvidence } from './dates';
import { runSteps, type Steps } from './steps';
import { ImportError } from './errors';
import type { ImportPlan } from './plan';
import {
  SKIP_REASONS,
  type CellExample,
  type ColumnRef,
  type DateOrder,
  type DateWindow,
  type ImportReport,
  type SkipReason,
} from './types';

export const MAX_EXAMPLES = 5;

export interface Tally {
  count: number;
  examples: CellExample[];
}

/** Day/month evidence per date column (by ref), summed over the rows a part read. */
export type DateEvidence = Record<ColumnRef, OrderEvidence>;

/** What a part knows once its rows are read, before its dates are resolved. */
export interface PartSummary {
  evidence: DateEvidence;
  records: number;
  tooMany: boolean;
}

/** One part's records and tallies. Row numbers in examples are the part's own (see mergeParts). */
export interface MappedPart {
  /** Dates resolved; `ids` empty (they are in `packedIds`); `asOf` NaN until the merge. */
  records: RecordSet;
  packedIds: PackedIds;
  /** The latest timestamp in the part, -Infinity when it has none. */
  latest: number;
  rowsRead: number;
  skipped: Partial<Record<SkipReason, Tally>>;
  duplicateIds: Tally;
  raggedRows: Tally;
  /** Cells that could not be read while rows arrived… */
  unparsed: Partial<Record<RecordField, Tally>>;
  /** …and day/month dates that turned out impossible once the order was known (listed after). */
  unparsedDates: Partial<Record<RecordField, Tally>>;
  /** Dates outside the plausible window, set aside (see plausibleWindow). */
  implausibleDates: Partial<Record<RecordField, Tally>>;
  join?: ImportReport['join'];
}

/** What settling and merging need to know about the import as a whole. */
export interface MergeContext {
  files: { name: string; headers: string[] }[];
  timeZone: string;
  dateOrder?: Record<ColumnRef, DateOrder>;
  /** ISO instant; default the latest plausible timestamp in the data, else `now`. */
  asOf?: string;
  dateWindow?: DateWindow;
  now: number;
  maxRows: number;
}

export function note(t: Tally, ex: CellExample): void {
  t.count++;
  if (t.examples.length < MAX_EXAMPLES) t.examples.push({ ...ex, value: ex.value.slice(0, 200) });
}

const fileName = (ctx: MergeContext, source: number): string => ctx.files[source]?.name ?? String(source);

/**
 * Checks the parts together and decides each date column's day/month order from their summed
 * evidence. Fails as a single read of the file would: too many rows, no records, a bad time zone, or a
 * column where both orders fit and nobody said which.
 */
export function settleParts(
  plan: ImportPlan,
  ctx: MergeContext,
  parts: PartSummary[],
): Result<Record<ColumnRef, DateOrder>> {
  const primary = fileName(ctx, plan.primary);
  const records = parts.reduce((n, p) => n + p.records, 0);
  if (parts.some((p) => p.tooMany) || records > ctx.maxRows)
    return fail(ImportError.tooManyRows, { file: primary, limit: ctx.maxRows });
  if (records === 0) return fail(ImportError.noRecords, { file: primary });
  if (!zoneResolver(ctx.timeZone)) return fail(ImportError.badTimeZone, { zone: ctx.timeZone });
  const orders: Record<ColumnRef, DateOrder> = {};
  for (const b of plan.bindings) {
    if (b.kind !== 'date') continue;
    const order = resolveOrder(sumEvidence(parts, b.ref), ctx.dateOrder?.[b.ref]);
    if (order === undefined)
      return fail(ImportError.dateOrderNeeded, { file: fileName(ctx, b.source), column: b.header });
    orders[b.ref] = order;
  }
  return ok(orders);
}

function sumEvidence(parts: PartSummary[], ref: ColumnRef): OrderEvidence {
  const sum: OrderEvidence = { yearLast: 0, dmyOnly: 0, mdyOnly: 0 };
  for (const p of parts) {
    const e = p.evidence[ref];
    if (!e) continue;
    sum.yearLast += e.yearLast;
    sum.dmyOnly += e.dmyOnly;
    sum.mdyOnly += e.mdyOnly;
  }
  return sum;
}

/**
 * The parts, in file order, as one import: records and ids concatenated (text codes renumbered into
 * one dictionary), counts summed, examples kept in file order with each part's row numbers shifted by
 * `rowOffsets` (the file rows before the part). The caller has ensured no id repeats across parts.
 */
export function mergeParts(...args: Parameters<typeof mergeSteps>): Merged {
  return runSteps(mergeSteps(...args));
}

type Merged = Result<{ records: RecordSet; report: ImportReport }>;

/**
 * mergeParts a column at a time: it pauses after each column it copies (a few ms each at 1M rows), so
 * the thread that serves the UI can run its event loop in between.
 */
export function* mergeSteps(
  plan: ImportPlan,
  ctx: MergeContext,
  settled: { summaries: PartSummary[]; orders: Record<ColumnRef, DateOrder> },
  parts: MappedPart[],
  rowOffsets: number[],
): Steps<Merged> {
  const { summaries, orders } = settled;
  const shifted = parts.map((p, k) => ({ p, off: rowOffsets[k] ?? 0 }));
  const records = yield* concatRecords(parts.map((p) => p.records));
  records.timeZone = ctx.timeZone;
  records.sources = ctx.files.map((f, s) => ({
    name: f.name,
    fields: plan.bindings.filter((b) => b.source === s).map((b) => b.field),
  }));
  if (ctx.asOf !== undefined) {
    const t = Date.parse(ctx.asOf);
    if (Number.isNaN(t)) return fail(ImportError.badAsOf, { value: ctx.asOf });
    // An "as of" in year 9999 would measure thousands of empty months; the window is the dates' own.
    const window = plausibleWindow({ now: ctx.now, dateWindow: ctx.dateWindow });
    if (t < window.from || t > window.to) {
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      return fail(ImportError.implausibleAsOf, {
        value: ctx.asOf,
        from: day(window.from),
        to: day(window.to),
      });
    }
    records.asOf = t;
    records.asOfGiven = true;
  } else {
    const latest = Math.max(...parts.map((p) => p.latest));
    records.asOf = Number.isFinite(latest) ? latest : ctx.now;
  }

  const skipped: ImportReport['skipped'] = {};
  for (const reason of SKIP_REASONS) {
    const t = mergeTallies(shifted.map(({ p, off }) => [p.skipped[reason], off]));
    if (t) skipped[reason] = t;
  }
  const unparsed: ImportReport['unparsed'] = {};
  for (const b of plan.bindings) {
    const t = mergeTallies([
      ...shifted.map(({ p, off }): TallyAt => [p.unparsed[b.field], off]),
      ...shifted.map(({ p, off }): TallyAt => [p.unparsedDates[b.field], off]),
    ]);
    if (t) unparsed[b.field] = t;
  }
  const implausibleDates: ImportReport['implausibleDates'] = {};
  for (const b of plan.bindings) {
    const t = mergeTallies(shifted.map(({ p, off }): TallyAt => [p.implausibleDates[b.field], off]));
    if (t) implausibleDates[b.field] = t;
  }
  const window = plausibleWindow(ctx);
  const dateOrders: Record<ColumnRef, DateOrder> = {};
  for (const [ref, order] of Object.entries(orders))
    if (summaries.some((s) => (s.evidence[ref]?.yearLast ?? 0) > 0)) dateOrders[ref] = order;

  const mapped = new Set(plan.bindings.map((b) => b.ref));
  if (plan.join) {
    mapped.add(`${plan.primary}:${plan.join.spec.leftColumn}`);
    mapped.add(`${plan.join.source}:${plan.join.spec.rightColumn}`);
  }
  const used = [plan.primary, ...(plan.join ? [plan.join.source] : [])];
  // A join is read whole by one part (the coordinator splits only a file read alone).
  const join = parts[0]?.join;
  const report: ImportReport = {
    rowsRead: parts.reduce((n, p) => n + p.rowsRead, 0),
    rowsUsed: records.size,
    skipped,
    duplicateIds: mergeTallies(shifted.map(({ p, off }) => [p.duplicateIds, off])) ?? {
      count: 0,
      examples: [],
    },
    raggedRows: mergeTallies(shifted.map(({ p, off }) => [p.raggedRows, off])) ?? { count: 0, examples: [] },
    unparsed,
    implausibleDates,
    dateWindow: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() },
    unmappedColumns: used.map((s) => ({
      file: fileName(ctx, s),
      columns: (ctx.files[s]?.headers ?? []).filter((h) => h !== '' && !mapped.has(`${s}:${h}`)),
    })),
    ...(join ? { join } : {}),
    dateOrders,
    invalidBytes: 0,
  };
  yield;
  records.ids = new PackedIdList(concatIds(parts.map((p) => p.packedIds)));
  return ok({ records, report });
}

type TallyAt = [Tally | undefined, number];

function mergeTallies(list: TallyAt[]): Tally | undefined {
  const present = list.filter((x): x is [Tally, number] => x[0] !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1 && present[0]![1] === 0) return present[0]![0];
  const out: Tally = { count: 0, examples: [] };
  for (const [t, off] of present) {
    out.count += t.count;
    for (const ex of t.examples)
      if (out.examples.length < MAX_EXAMPLES) out.examples.push(off ? { ...ex, row: ex.row + off } : ex);
  }
  return out;
}

type Column = Float64Array | TextColumn;

/** The record sets one after another (ids aside), a column per step. One set is returned as it is. */
function* concatRecords(sets: RecordSet[]): Steps<RecordSet> {
  const [first, ...rest] = sets;
  if (!first) throw new Error('concatRecords: no record sets');
  if (rest.length === 0) return first;
  const out: RecordSet = { size: 0, ids: [], stageEntered: {}, asOf: NaN };
  for (const s of sets) out.size += s.size;
  for (const stage of Object.keys(first.stageEntered)) {
    out.stageEntered[stage] = concatFloats(sets.map((s) => s.stageEntered[stage]!));
    yield;
  }
  const target = out as unknown as Record<string, Column>;
  for (const [key, value] of Object.entries(first)) {
    const columns = sets.map((s) => (s as unknown as Record<string, Column>)[key]!);
    if (value instanceof Float64Array) target[key] = concatFloats(columns as Float64Array[]);
    else if (value && typeof value === 'object' && 'codes' in value)
      target[key] = concatText(columns as TextColumn[]);
    else continue;
    yield;
  }
  return out;
}

function concatFloats(cols: Float64Array[]): Float64Array {
  const out = extend(cols, Float64Array);
  let at = cols[0]!.length;
  for (const c of cols.slice(1)) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

type Typed = Float64Array | Uint32Array | Uint8Array | Uint16Array;

/**
 * An array for `parts` one after another, holding the first part's values. When the first part's
 * buffer has room (part 0 of a split is sized for the whole file; unwritten capacity takes no
 * memory), it is that buffer: only the later parts are copied, and no second copy of part 0 exists.
 */
function extend<T extends Typed>(
  parts: Typed[],
  ctor: { new (n: number): T; new (b: ArrayBufferLike, o: number, n: number): T; BYTES_PER_ELEMENT: number },
): T {
  const first = parts[0]!;
  const total = parts.reduce((n, p) => n + p.length, 0);
  if (first instanceof ctor && first.buffer.byteLength - first.byteOffset >= total * ctor.BYTES_PER_ELEMENT)
    return new ctor(first.buffer, first.byteOffset, total);
  const out = new ctor(total);
  out.set(first);
  return out;
}

/** Text columns with one dictionary: later parts' codes renumbered, new values appended in order. */
function concatText(cols: TextColumn[]): TextColumn {
  const values: string[] = [];
  const index = new Map<string, number>();
  const codes = extend(
    cols.map((c) => c.codes),
    Uint32Array,
  );
  let at = 0;
  for (const [k, col] of cols.entries()) {
    const renumber = new Uint32Array(col.values.length);
    col.values.forEach((v, i) => {
      let code = index.get(v);
      if (code === undefined) {
        code = values.length;
        values.push(v);
        index.set(v, code);
      }
      renumber[i] = code;
    });
    const src = col.codes;
    // The first part's dictionary starts the merged one, so its codes (which `extend` kept or
    // copied) are already right.
    if (k === 0) {
      at += src.length;
      continue;
    }
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      codes[at + i] = c === MISSING_CODE ? c : renumber[c]!;
    }
    at += src.length;
  }
  return { codes, values };
}

/** Packed id lists one after another (UTF-16 if any part needed it). */
export function concatIds(list: PackedIds[]): PackedIds {
  const [first, ...rest] = list;
  if (!first) throw new Error('concatIds: no ids');
  if (rest.length === 0) return first;
  const wide = list.some((p) => p.encoding === 'utf16le');
  const charLists = list.map((p) => p.chars);
  const chars = wide ? extend(charLists, Uint16Array) : extend(charLists, Uint8Array);
  const ends = extend(
    list.map((p) => p.ends),
    Uint32Array,
  );
  let charAt = first.chars.length;
  let idAt = first.ends.length;
  for (const p of rest) {
    chars.set(p.chars, charAt);
    for (let i = 0; i < p.ends.length; i++) ends[idAt + i] = p.ends[i]! + charAt;
    charAt += p.chars.length;
    idAt += p.ends.length;
  }
  return { encoding: wide ? 'utf16le' : 'latin1', chars, ends };
}
