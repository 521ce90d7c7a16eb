import type { RecordField, RecordSet } from '../records/record-set';
import { cellsOf, type ByteRow, type CsvRow } from './byte-rows';
import type { Result } from '../errors/result';
import { charsOf, Growable, IdStore, TextBuilder, type PackedIds } from './columns';
import {
  DateKind,
  isoWallBytes,
  packedText,
  parseDateCell,
  plausibleWindow,
  unpack,
  wallText,
  zoneResolver,
  type OrderEvidence,
} from './dates';
import { parseAmount } from './numbers';
import {
  MAX_EXAMPLES,
  mergeParts,
  note,
  settleParts,
  type DateEvidence,
  type MappedPart,
  type MergeContext,
  type PartSummary,
  type Tally,
} from './parts';
import type { Binding, ImportPlan } from './plan';
import { FooterFilter } from './row-filter';
import type { CellExample, ColumnRef, DateOrder, ImportReport, SkipReason } from './types';

/** Cells that mean “no value” in CRM exports (Salesforce writes empty lookups as 000000000000000AAA). */
const EMPTY_MARKERS = new Set(['', 'n/a', '#n/a', 'null', 'none', '-', '—', '000000000000000aaa']);
/** Whether a marker starts with this character (n/N, #, -, —, 0): other values skip the lookup. */
const markerStart = (c: number): boolean =>
  c === 110 || c === 78 || c === 35 || c === 45 || c === 0x2014 || c === 48;
const isEmpty = (v: string): boolean =>
  v === '' || (v.length <= 18 && markerStart(v.charCodeAt(0)) && EMPTY_MARKERS.has(v.toLowerCase()));
/** Whether any cell has content (most rows: the first cell does, so this returns at once). */
const hasContent = (row: string[]): boolean => {
  for (const c of row) if (c !== '' && c.trim() !== '') return true;
  return false;
};

class DateColumn {
  readonly values: Growable<Float64Array>;
  readonly kinds: Growable<Uint8Array>;
  readonly evidence: OrderEvidence = { yearLast: 0, dmyOnly: 0, mdyOnly: 0 };
  constructor(capacity: number) {
    this.values = new Growable(Float64Array, capacity);
    this.kinds = new Growable(Uint8Array, capacity);
  }
}

/** A mapped column being built; `slot` is its index among the joined file's kept values. */
type Column = { b: Binding; slot: number } & (
  | { kind: 'date'; col: DateColumn }
  | { kind: 'text'; col: TextBuilder }
  | { kind: 'amount'; col: Growable<Float64Array> }
);

/** The import as a whole (MergeContext), and how this mapper reads and sizes its columns. */
export interface MapperOptions extends MergeContext {
  /** Per file: read a lone `,` as the decimal mark (see parseAmount). */
  decimalComma: boolean[];
  /** Expected number of records, to size the columns (growth still works if it is wrong). */
  capacityHint?: number;
  /**
   * Records to size the columns for, if more than `capacityHint`: part 0 of a split reserves the
   * whole file's, so the later part is appended into its buffers (see concatRecords).
   */
  reserve?: number;
  /**
   * Take every row's id as new: the caller checks for repeated ids once the rows are read (the parts
   * of a split read compare sorted fingerprints, and the file is read again in one part if any id may
   * repeat). Looking each id up in a table as it came was a fifth of a part's parsing time: a random
   * access to a table of megabytes per row.
   */
  repeatsLater?: boolean;
}

/**
 * The parse-and-map core: fed the rows of the joined file (if any) and then of the primary file, it
 * builds the columnar RecordSet and the import report. Pure and incremental — it never sees a file,
 * so it runs the same in the import worker and in unit tests.
 */
export class RecordMapper {
  private readonly ids: IdStore;
  private readonly rowNumbers: Growable<Uint32Array>;
  private readonly columns: Column[];
  private readonly idBinding: Binding;
  private readonly joinedValues = new Map<string, { values: string[]; used: boolean; row: number }>();
  private readonly joinReport = { unmatched: 0, duplicateKeys: 0, examples: [] as CellExample[] };
  private readonly skipped: Partial<Record<SkipReason, Tally>> = {};
  private readonly duplicateIds: Tally = { count: 0, examples: [] };
  private readonly duplicatedIdSet = new Set<string>();
  private readonly ragged: Tally = { count: 0, examples: [] };
  private readonly unparsed: Partial<Record<RecordField, Tally>> = {};
  private rowsRead = 0;
  private tooMany = false;
  private readonly primaryWidth: number;
  private readonly window: { from: number; to: number };
  private toInstant: ((wall: number) => number) | undefined;
  private readonly implausibleDates: MappedPart['implausibleDates'] = {};
  /** The latest plausible date read. */
  private latest = -Infinity;

  constructor(
    private readonly plan: ImportPlan,
    private readonly opts: MapperOptions,
  ) {
    const hint = opts.capacityHint ?? 1024;
    const cap = Math.max(hint, opts.reserve ?? 0);
    this.rowNumbers = new Growable(Uint32Array, cap);
    this.ids = new IdStore(cap, opts.repeatsLater ? 0 : hint);
    this.idBinding = plan.bindings.find((b) => b.kind === 'id')!;
    this.primaryWidth = opts.files[plan.primary]?.headers.length ?? 0;
    this.window = plausibleWindow(opts);
    this.columns = plan.bindings.flatMap((b): Column[] => {
      const slot = plan.joined.indexOf(b);
      if (b.kind === 'date') return [{ kind: 'date', b, slot, col: new DateColumn(cap) }];
      if (b.kind === 'text') return [{ kind: 'text', b, slot, col: new TextBuilder(cap) }];
      if (b.kind === 'amount') return [{ kind: 'amount', b, slot, col: new Growable(Float64Array, cap) }];
      return [];
    });
  }

  private fileName(source: number): string {
    return this.opts.files[source]?.name ?? String(source);
  }

  private skip(reason: SkipReason, ex: CellExample): void {
    note((this.skipped[reason] ??= { count: 0, examples: [] }), ex);
  }

  /** A row filter for one source, wired to this mapper. */
  rowsOf(source: number): FooterFilter {
    const width = this.opts.files[source]?.headers.length ?? 0;
    const file = this.fileName(source);
    return new FooterFilter(width, {
      data: (row, n) =>
        source === this.plan.primary ? this.addRow(row, n) : this.addJoinedRow(cellsOf(row), n),
      footer: (row, n) => {
        if (source === this.plan.primary) this.rowsRead++;
        this.skip('footer', { file, row: n, column: '', value: row.join(' ').trim() });
      },
    });
  }

  private checkWidth(source: number, row: string[], n: number): boolean {
    if (!hasContent(row)) return false;
    const width = this.opts.files[source]?.headers.length ?? 0;
    if (row.length !== width) {
      note(this.ragged, {
        file: this.fileName(source),
        row: n,
        column: '',
        value: `${row.length}/${width}: ${row.join(' | ')}`,
      });
    }
    return true;
  }

  /** A row of the joined file: its mapped values are kept by key until the primary rows arrive. */
  addJoinedRow(row: string[], n: number): void {
    const join = this.plan.join;
    if (!join) return;
    const file = this.fileName(join.source);
    if (!this.checkWidth(join.source, row, n)) return;
    const key = (row[join.rightColumn] ?? '').trim();
    if (key === '') return;
    if (this.joinedValues.has(key)) {
      this.joinReport.duplicateKeys++;
      if (this.joinReport.examples.length < MAX_EXAMPLES) {
        this.joinReport.examples.push({ file, row: n, column: join.spec.rightColumn, value: key });
      }
      return;
    }
    this.joinedValues.set(key, {
      values: this.plan.joined.map((b) => row[b.column] ?? ''),
      used: false,
      row: n,
    });
  }

  /** A row of the primary file: one record, or a reason in the report why it is none. */
  addRow(row: CsvRow, n: number): void {
    if (Array.isArray(row) || !this.addBytes(row, n)) this.addCells(cellsOf(row), n);
  }

  private addCells(row: string[], n: number): void {
    const { primary } = this.plan;
    const file = this.fileName(primary);
    this.rowsRead++;
    if (!this.checkWidth(primary, row, n)) {
      this.skip('empty', { file, row: n, column: '', value: '' });
      return;
    }
    const idCol = this.idBinding;
    const id = (row[idCol.column] ?? '').trim();
    // Two exports pasted into one file repeat the header mid-file: it is no record.
    if (id === idCol.header && this.isHeader(primary, row)) {
      this.skip('header', { file, row: n, column: '', value: row.join(' | ').slice(0, 120) });
      return;
    }
    if (isEmpty(id)) {
      this.skip('missingId', { file, row: n, column: idCol.header, value: row.join(' | ').slice(0, 120) });
      return;
    }
    if (this.tooMany) return;
    // The store copies the id's characters, so no string keeps the parser's 1 MB chunk alive.
    if (this.addId(charsOf(id), 0, id.length) >= 0) {
      this.duplicate(id, n);
      return;
    }
    // One record more than the limit: the import fails (a repeated id past the limit is no record,
    // so parts of a file count the same as one read).
    if (this.ids.length > this.opts.maxRows) {
      this.tooMany = true;
      return;
    }
    this.rowNumbers.push(n);

    let joined: string[] | undefined;
    let joinedRow = 0;
    const join = this.plan.join;
    if (join) {
      const hit = this.joinedValues.get((row[join.leftColumn] ?? '').trim());
      if (hit) {
        hit.used = true;
        joined = hit.values;
        joinedRow = hit.row;
      }
    }
    for (const c of this.columns) {
      const b = c.b;
      const raw = (c.slot < 0 ? row[b.column] : joined?.[c.slot]) ?? '';
      this.addCell(c, raw === '' ? raw : raw.trim(), b.source === primary ? n : joinedRow);
    }
  }

  /** Appends one mapped cell's trimmed text to its column (`at`: its row, for the report). */
  private addCell(c: Column, v: string, at: number): void {
    const b = c.b;
    const empty = isEmpty(v);
    if (c.kind === 'text') {
      c.col.push(empty ? undefined : v);
      return;
    }
    if (c.kind === 'amount') {
      const x = empty ? NaN : parseAmount(v, this.opts.decimalComma[b.source] ?? false);
      if (!empty && Number.isNaN(x)) this.unparsedCell(b, at, v);
      c.col.push(x);
      return;
    }
    if (empty) {
      c.col.kinds.push(DateKind.Missing);
      c.col.values.push(NaN);
      return;
    }
    const d = parseDateCell(v);
    if (d.kind === DateKind.Invalid) this.unparsedCell(b, at, v);
    else if (d.kind === DateKind.YearLast) {
      c.col.evidence.yearLast++;
      if (d.firstOver12) c.col.evidence.dmyOnly++;
      if (d.secondOver12) c.col.evidence.mdyOnly++;
    }
    this.pushDate(c, d.kind, d.value, at);
  }

  /**
   * Appends a date cell: a wall-clock time or an instant is resolved now (in the export's zone, then
   * checked against the plausible window), so that only year-last dates, whose order is known only
   * once the whole column was read, are left for `resolve`.
   */
  private pushDate(c: Column & { kind: 'date' }, kind: DateKind, value: number, at: number): void {
    if (kind === DateKind.Wall || kind === DateKind.Instant) {
      const wall = kind === DateKind.Wall ? value : NaN;
      c.col.kinds.push(DateKind.Instant);
      c.col.values.push(this.settle(c.b, kind === DateKind.Wall ? this.instantOf(wall) : value, wall, at));
      return;
    }
    c.col.kinds.push(kind);
    c.col.values.push(kind === DateKind.YearLast ? value : NaN);
  }

  /** The instant of a wall-clock time in the export's zone. */
  private instantOf(wall: number): number {
    this.toInstant ??= zoneResolver(this.opts.timeZone);
    if (!this.toInstant) throw new Error(`unknown time zone ${this.opts.timeZone}`);
    return this.toInstant(wall);
  }

  /**
   * A date's instant `t` (`wall`: its wall-clock time, NaN when it was given as an instant), or NaN
   * when it lies outside the plausible window: such dates are listed in the report, so neither "as of"
   * nor the measured months ever reach a placeholder like 1900-01-01.
   */
  private settle(b: Binding, t: number, wall: number, row: number): number {
    if (t < this.window.from || t > this.window.to) {
      const value = Number.isNaN(wall) ? new Date(t).toISOString() : wallText(wall);
      note((this.implausibleDates[b.field] ??= { count: 0, examples: [] }), {
        file: this.fileName(b.source),
        row,
        column: b.header,
        value,
      });
      return NaN;
    }
    if (t > this.latest) this.latest = t;
    return t;
  }

  /**
   * A primary row read as bytes (UTF-8): the common record — as wide as the header, an ASCII id that
   * is new or repeated, no join — is added without making a string of its cells, with the same
   * outcome as addCells. Returns false, having changed nothing, for any other row (addCells reads it).
   */
  private addBytes(row: ByteRow, n: number): boolean {
    if (this.plan.join || this.tooMany || row.length !== this.primaryWidth) return false;
    const bytes = row.bytes;
    const idColumn = this.idBinding.column;
    if (row.escaped[idColumn]) return false;
    const s = row.trimmedStart(idColumn);
    const e = row.trimmedEnd(idColumn, s);
    if (s === e) return false;
    for (let k = s; k < e; k++) if (bytes[k]! > 127) return false;
    // An empty marker or a repeated header is not a record: addCells says so in the report.
    if (e - s <= 18 && markerStart(bytes[s]!) && isEmpty(row.decode(s, e))) return false;
    if (this.headerId(bytes, s, e)) return false;

    this.rowsRead++;
    if (this.addId(bytes, s, e) >= 0) {
      this.duplicate(row.decode(s, e), n);
      return true;
    }
    if (this.ids.length > this.opts.maxRows) {
      this.tooMany = true;
      return true;
    }
    this.rowNumbers.push(n);
    for (const c of this.columns) {
      const i = c.b.column;
      const from = row.trimmedStart(i);
      const to = row.trimmedEnd(i, from);
      if (row.escaped[i] === 0) {
        if (c.kind === 'text') {
          if (c.col.pushKnownBytes(bytes, from, to)) continue;
          const v = row.decode(from, to);
          const t = v.trim();
          const code = c.col.push(isEmpty(t) ? undefined : t);
          // Bytes that decode to their trimmed value always read the same: remember them.
          if (t.length === v.length) c.col.rememberBytes(bytes, from, to, code);
          continue;
        }
        if (c.kind === 'date') {
          const wall = isoWallBytes(bytes, from, to);
          if (wall !== undefined) {
            this.pushDate(c, DateKind.Wall, wall, n);
            continue;
          }
        }
        // An empty cell needs no decoding.
        if (from === to) {
          this.addCell(c, '', n);
          continue;
        }
      }
      const raw = row.cell(i);
      this.addCell(c, raw === '' ? raw : raw.trim(), n);
    }
    return true;
  }

  /** Adds a record's id: the index of an earlier record with the same id, else -1 (see repeatsLater). */
  private addId(chars: Uint8Array | Uint16Array, start: number, end: number): number {
    if (!this.opts.repeatsLater) return this.ids.addChars(chars, start, end);
    this.ids.append(chars, start, end);
    return -1;
  }

  /** Whether the ASCII id `bytes[start..end)` is the id column's header (a header repeated mid-file). */
  private headerId(bytes: Uint8Array, start: number, end: number): boolean {
    const h = this.idBinding.header;
    if (h.length !== end - start) return false;
    for (let k = 0; k < h.length; k++) if (h.charCodeAt(k) !== bytes[start + k]) return false;
    return true;
  }

  private duplicate(id: string, n: number): void {
    const idCol = this.idBinding;
    const file = this.fileName(this.plan.primary);
    this.skip('duplicateId', { file, row: n, column: idCol.header, value: id });
    if (!this.duplicatedIdSet.has(id)) {
      this.duplicatedIdSet.add(id);
      note(this.duplicateIds, { file, row: n, column: idCol.header, value: id });
    }
  }

  private isHeader(source: number, row: string[]): boolean {
    const headers = this.opts.files[source]?.headers ?? [];
    return row.length === headers.length && row.every((c, i) => c.trim() === headers[i]);
  }

  private unparsedCell(b: Binding, row: number, value: string): void {
    note((this.unparsed[b.field] ??= { count: 0, examples: [] }), {
      file: this.fileName(b.source),
      row,
      column: b.header,
      value,
    });
  }

  /** True once the primary file has more records than the limit: the caller stops reading. */
  get overLimit(): boolean {
    return this.tooMany;
  }

  /** Records read so far. */
  get records(): number {
    return this.ids.length;
  }

  /** The import as a whole (this part and the file's others) has more records than the limit. */
  overTotal(): void {
    this.tooMany = true;
  }

  /** What settling the parts needs from this one (see settleParts). */
  summary(): PartSummary {
    const evidence: DateEvidence = {};
    for (const c of this.columns) if (c.kind === 'date') evidence[c.b.ref] = { ...c.col.evidence };
    return { evidence, records: this.ids.length, tooMany: this.tooMany };
  }

  /** The ids read so far, as buffers (views of the store's own). */
  packedIds(): PackedIds {
    return this.ids.packed();
  }

  /**
   * Resolves the year-last dates in the settled day/month orders (see settle) and hands over the
   * part. Call once.
   */
  resolve(orders: Record<ColumnRef, DateOrder>): MappedPart {
    const size = this.ids.length;
    const rows = this.rowNumbers.done();
    const records: RecordSet = { size, ids: [], stageEntered: {}, asOf: NaN };
    const unparsedDates: MappedPart['unparsedDates'] = {};
    for (const c of this.columns) {
      if (c.kind === 'text') {
        (records as unknown as Record<string, unknown>)[c.b.field] = c.col.done();
      } else if (c.kind === 'amount') {
        records[c.b.field as 'amount' | 'score' | 'handoverScore'] = c.col.done();
      } else if (c.kind === 'date') {
        const out = c.col.values.done();
        // Only year-last dates are left, now that the column's order is settled.
        if (c.col.evidence.yearLast > 0) {
          const kinds = c.col.kinds.done();
          const order = orders[c.b.ref] ?? 'dmy';
          for (let i = 0; i < size; i++) {
            if (kinds[i] !== DateKind.YearLast) continue;
            const wall = unpack(out[i]!, order);
            if (Number.isNaN(wall)) {
              note((unparsedDates[c.b.field] ??= { count: 0, examples: [] }), {
                file: this.fileName(c.b.source),
                row: rows[i]!,
                column: c.b.header,
                value: packedText(out[i]!),
              });
              out[i] = NaN;
            } else out[i] = this.settle(c.b, this.instantOf(wall), wall, rows[i]!);
          }
        }
        if (c.b.field.startsWith('stage:')) records.stageEntered[c.b.field.slice(6)] = out;
        else (records as unknown as Record<string, unknown>)[c.b.field] = out;
      }
    }
    let unmatched = 0;
    for (const v of this.joinedValues.values()) if (!v.used) unmatched++;
    return {
      records,
      packedIds: this.ids.packed(),
      latest: this.latest,
      rowsRead: this.rowsRead,
      skipped: this.skipped,
      duplicateIds: this.duplicateIds,
      raggedRows: this.ragged,
      unparsed: this.unparsed,
      unparsedDates,
      implausibleDates: this.implausibleDates,
      ...(this.plan.join ? { join: { ...this.joinReport, unmatched } } : {}),
    };
  }

  /**
   * This mapper as the whole import: settled, resolved and merged alone.
   */
  finish(): Result<{ records: RecordSet; report: ImportReport }> {
    const summaries = [this.summary()];
    const orders = settleParts(this.plan, this.opts, summaries);
    if (!orders.ok) return orders;
    const part = this.resolve(orders.value);
    return mergeParts(this.plan, this.opts, { summaries, orders: orders.value }, [part], [0]);
  }
}
