import { RECORD_FIELDS, type RecordField } from '../records/record-set';
import { fieldKind, parseColumnRef } from './plan';
import type { FieldMapping, SniffResult } from './types';

/** The fields the wizard offers, stage entries in the workbook's stage order after `created`. */
export function mappableFields(stages: { id: string }[]): RecordField[] {
  const [id, created, ...rest] = RECORD_FIELDS;
  return [id, created, ...stages.map((s) => `stage:${s.id}` as const), ...rest];
}

/** Keeps only the mapped columns that exist in these files (a saved mapping may name others). */
export function applicableMapping(
  mapping: Record<string, string>,
  files: { headers: string[] }[],
): FieldMapping {
  const out: FieldMapping = {};
  for (const [field, ref] of Object.entries(mapping)) {
    const { source, header } = parseColumnRef(ref, 0);
    if (files[source]?.headers.includes(header)) out[field as RecordField] = `${source}:${header}`;
  }
  return out;
}

export interface DateQuestion {
  ref: string;
  file: string;
  column: string;
  example: string;
}

/** Mapped date columns whose sampled values fit both d/m/y and m/d/y: the wizard asks about each. */
export function dateQuestions(mapping: FieldMapping, files: SniffResult[]): DateQuestion[] {
  const out: DateQuestion[] = [];
  const seen = new Set<string>();
  for (const [field, ref] of Object.entries(mapping) as [RecordField, string][]) {
    if (fieldKind(field) !== 'date') continue;
    const { source, header } = parseColumnRef(ref, 0);
    const file = files[source];
    const key = `${source}:${header}`;
    if (!file || seen.has(key) || !file.ambiguousDateColumns.includes(header)) continue;
    seen.add(key);
    const col = file.dialect.headers.indexOf(header);
    const example = file.preview.map((r) => (r[col] ?? '').trim()).find((v) => v !== '') ?? '';
    out.push({ ref: key, file: file.name, column: header, example });
  }
  return out;
}

/** The distinct non-empty values of a mapped column in its file's preview (at most 50), in order. */
export function previewValues(ref: string | undefined, files: SniffResult[]): string[] {
  if (!ref) return [];
  const { source, header } = parseColumnRef(ref, 0);
  const file = files[source];
  const col = file ? file.dialect.headers.indexOf(header) : -1;
  if (!file || col < 0) return [];
  const seen = new Set<string>();
  for (const row of file.preview) {
    const v = (row[col] ?? '').trim();
    if (v !== '') seen.add(v);
    if (seen.size >= 50) break;
  }
  return [...seen];
}
