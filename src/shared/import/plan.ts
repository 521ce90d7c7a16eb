import { ACTIVITY_FIELDS, RECORD_FIELDS, type RecordField } from '../records/record-set';
import { fail, ok, type Result } from '../errors/result';
import { ImportError } from './errors';
import type { ColumnRef, FieldMapping, JoinSpec } from './types';

export type FieldKind = 'id' | 'date' | 'text' | 'amount';

const TEXT_FIELDS = new Set<string>([
  'owner',
  'channel',
  'status',
  'lostReason',
  'rejectReason',
  'currentStage',
]);
export function fieldKind(field: RecordField): FieldKind {
  if (field === 'id') return 'id';
  if (field.startsWith('activity:')) return field === 'activity:at' ? 'date' : 'text';
  // Numbers: read with the file's decimal mark.
  if (field === 'amount' || field === 'score' || field === 'handoverScore') return 'amount';
  if (TEXT_FIELDS.has(field)) return 'text';
  return 'date';
}

export interface Binding {
  field: RecordField;
  kind: FieldKind;
  source: number;
  column: number;
  header: string;
  /** Canonical `"<source>:<header>"`, the key of date-order answers. */
  ref: ColumnRef;
}

export interface ImportPlan {
  primary: number;
  bindings: Binding[];
  join?: { source: number; leftColumn: number; rightColumn: number; spec: JoinSpec };
  /** Bindings read from the joined file, in the order their values are stored per key. */
  joined: Binding[];
}

const FIELDS = new Set<string>(RECORD_FIELDS);
const ACTIVITY = new Set<string>(ACTIVITY_FIELDS.map((f) => `activity:${f}`));
/** A field of the record format: a fixed field, or `stage:<stage id>`. */
export const isRecordField = (f: string): f is RecordField =>
  FIELDS.has(f) || /^stage:.+/.test(f) || ACTIVITY.has(f);

/** Splits a column reference; a bare header belongs to the primary file. */
export function parseColumnRef(ref: ColumnRef, primary: number): { source: number; header: string } {
  const m = /^(\d+):(.*)$/s.exec(ref);
  return m ? { source: Number(m[1]), header: m[2]! } : { source: primary, header: ref };
}

/** Checks a mapping against the files' headers and resolves every column to an index. */
export function compilePlan(
  files: { name: string; headers: string[] }[],
  mapping: FieldMapping,
  join: JoinSpec | undefined,
): Result<ImportPlan> {
  if (join && (join.sourceIndex < 0 || join.sourceIndex >= files.length)) {
    return fail(ImportError.badSource, { index: join.sourceIndex });
  }
  const primary = join?.sourceIndex === 0 ? 1 : 0;
  if (primary >= files.length) return fail(ImportError.badSource, { index: primary });
  if (!mapping.id) return fail(ImportError.noId);

  const bindings: Binding[] = [];
  for (const [field, ref] of Object.entries(mapping) as [RecordField, ColumnRef | undefined][]) {
    if (!ref) continue;
    if (!isRecordField(field)) return fail(ImportError.unknownField, { field });
    const { source, header } = parseColumnRef(ref, primary);
    const file = files[source];
    if (!file) return fail(ImportError.badSource, { index: source });
    if (source !== primary && source !== join?.sourceIndex)
      return fail(ImportError.badSource, { index: source });
    const column = file.headers.indexOf(header);
    if (column < 0) return fail(ImportError.unknownColumn, { file: file.name, column: header });
    if (field === 'id' && source !== primary) return fail(ImportError.idNotInPrimary, { file: file.name });
    bindings.push({ field, kind: fieldKind(field), source, column, header, ref: `${source}:${header}` });
  }

  let joinPlan: ImportPlan['join'];
  if (join) {
    const left = files[primary]!;
    const right = files[join.sourceIndex]!;
    const leftColumn = left.headers.indexOf(join.leftColumn);
    const rightColumn = right.headers.indexOf(join.rightColumn);
    if (leftColumn < 0) return fail(ImportError.joinColumn, { file: left.name, column: join.leftColumn });
    if (rightColumn < 0) return fail(ImportError.joinColumn, { file: right.name, column: join.rightColumn });
    joinPlan = { source: join.sourceIndex, leftColumn, rightColumn, spec: join };
  }
  return ok({
    primary,
    bindings,
    join: joinPlan,
    joined: bindings.filter((b) => joinPlan && b.source === joinPlan.source),
  });
}
