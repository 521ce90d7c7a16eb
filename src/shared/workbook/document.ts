import { configure } from 'safe-stable-stringify';
import { FILE_KIND, SCHEMA_VERSION, Workbook } from './schema';
import { isObject, migrate } from './migrations';
import { fail, ok, type Result } from '../errors/result';
import { jsonFailure } from './json-failure';

const stable = configure({ deterministic: true, circularValue: Error, bigint: false });

/** Keys that must never become properties: a hostile file could otherwise reach Object.prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** UTF-8 JSON, keys sorted, two-space indent and a final newline: diffs well in git. */
export function serializeWorkbook(doc: Workbook): string {
  return stable(doc, null, 2) + '\n';
}

/** Canonical JSON of any value (sorted keys, no whitespace): the input of content hashes. */
export function canonicalJson(value: unknown): string {
  return stable(value) ?? 'null';
}

/**
 * Reads a workbook file's text. Refuses, with a translatable error, text that is not JSON, JSON
 * that is not a Pacto workbook, a workbook from a newer Pacto, and a workbook that fails the schema
 * (naming the first offending field). Older versions are migrated.
 */
export function parseWorkbook(
  text: string,
  fileName: string,
): Result<{ doc: Workbook; migratedFrom?: number }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) =>
      FORBIDDEN_KEYS.has(key) ? undefined : value,
    );
  } catch (e) {
    return jsonFailure(text, e, fileName);
  }
  if (!isObject(raw) || raw.kind !== FILE_KIND) return fail('file.foreign', { file: fileName });
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('file.foreign', { file: fileName });
  }
  if (version > SCHEMA_VERSION) {
    return fail('file.newerVersion', { file: fileName, version, supported: SCHEMA_VERSION });
  }
  const migrated = version < SCHEMA_VERSION ? migrate(raw, version) : raw;
  const parsed = Workbook.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('file.invalid', {
      file: fileName,
      field: issue ? issue.path.join('.') || '(root)' : '(root)',
      detail: issue?.message ?? '',
    });
  }
  return ok(version < SCHEMA_VERSION ? { doc: parsed.data, migratedFrom: version } : { doc: parsed.data });
}
