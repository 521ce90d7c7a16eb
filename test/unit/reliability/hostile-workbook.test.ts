/**
 * The workbook loader against hostile JSON, property-based: random JSON, wrong types at any field,
 * huge strings, deep nesting and prototype-pollution keys end with the workbook or a clear error —
 * and a value the loader accepts is the value that was in the file (nothing coerced or dropped).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import type { Result } from '../../../src/shared/errors/result';
import type { Workbook } from '../../../src/shared/workbook/schema';
import { clearError } from './clear-error';

const FILE_CODES = new Set([
  'file.notJson',
  'file.notJsonAt',
  'file.truncated',
  'file.tooDeep',
  'file.foreign',
  'file.newerVersion',
  'file.invalid',
]);
const base = createFromTemplate('b2b', 'en', new Date('2026-01-05T09:00:00Z'));
const baseJson = JSON.parse(serializeWorkbook(base)) as Record<string, unknown>;

function load(text: string): Result<{ doc: Workbook }> {
  const r = parseWorkbook(text, 'hostile.pacto');
  if (!r.ok) {
    clearError(r.error, FILE_CODES);
    expect(r.error.params?.file).toBe('hostile.pacto');
  }
  return r;
}

/** Every path to a primitive value in a JSON tree. */
function leafPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leafPaths(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...path, k]));
  return [path];
}
const LEAVES = leafPaths(baseJson);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}
const getAt = (root: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], root);

describe('workbook loader', () => {
  it('a valid workbook reads back exactly', () => {
    const r = load(serializeWorkbook(base));
    expect(r.ok && r.value.doc).toEqual(base);
  });

  it('random JSON: never a workbook, always a clear error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(load(JSON.stringify(value)).ok).toBe(false);
      }),
      { seed: 201, numRuns: 500 },
    );
  });

  it('random text: a clear error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(load(text).ok).toBe(false);
      }),
      { seed: 202, numRuns: 500 },
    );
  });

  it('any field replaced by any JSON value: refused naming a field, or accepted exactly as written', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEAVES), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const mutated = setAt(baseJson, path, value);
        const r = load(JSON.stringify(mutated));
        if (r.ok) {
          // Not coerced, not dropped: what the file said is what the app holds.
          expect(getAt(r.value.doc, path)).toEqual(JSON.parse(JSON.stringify(value)));
        } else if (r.error.code === 'file.invalid') {
          expect(String(r.error.params?.field)).not.toBe('');
        }
      }),
      { seed: 203, numRuns: 800 },
    );
  });

  it('prototype-pollution keys anywhere: dropped, and no prototype is touched', () => {
    const evilKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(
        fc.constantFrom(...LEAVES),
        evilKey,
        fc.jsonValue({ maxDepth: 2 }),
        (path, key, payload) => {
          // Inserted beside the leaf, i.e. into the object or array holding it, written as raw JSON text.
          const parentPath = path.slice(0, -1);
          const parent = getAt(baseJson, parentPath);
          fc.pre(!!parent && typeof parent === 'object' && !Array.isArray(parent));
          const marker = `"__marker_${key}__": 0`;
          const tagged = setAt(baseJson, [...parentPath, `__marker_${key}__`], 0);
          const text = JSON.stringify(tagged).replace(
            marker,
            `${JSON.stringify(key)}: ${JSON.stringify({ polluted: payload, isAdmin: true })}`,
          );
          const r = load(text);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
          if (r.ok) {
            expect(Object.getPrototypeOf(r.value.doc)).toBe(Object.prototype);
            const holder = getAt(r.value.doc, parentPath) as Record<string, unknown>;
            expect(Object.prototype.hasOwnProperty.call(holder, key)).toBe(false);
            expect(holder.isAdmin).toBeUndefined();
          }
        },
      ),
      { seed: 204, numRuns: 300 },
    );
  });

  it('a 60 MB string is refused as invalid, naming the field', () => {
    const text = JSON.stringify({ ...baseJson, notes: 'x'.repeat(60_000_000) });
    const r = load(text);
    expect(r).toMatchObject({ ok: false, error: { code: 'file.invalid', params: { field: 'notes' } } });
  });

  it('a million nested arrays: a clear error, not a crash', () => {
    const depth = 1_000_000;
    const text = JSON.stringify({ ...baseJson, notes: 'NEST' }).replace(
      '"NEST"',
      '['.repeat(depth) + ']'.repeat(depth),
    );
    expect(load(text).ok).toBe(false);
  });

  it('50 000 personas (the schema allows 100): refused, naming the field', () => {
    const persona = (baseJson.personas as unknown[])[0];
    const r = load(JSON.stringify({ ...baseJson, personas: Array.from({ length: 50_000 }, () => persona) }));
    expect(r).toMatchObject({ ok: false, error: { code: 'file.invalid', params: { field: 'personas' } } });
  });
});
