import { describe, expect, it } from 'vitest';
import { parseWorkbook, serializeWorkbook } from '../../../src/shared/workbook/document';
import { createFromTemplate } from '../../../src/shared/workbook/templates';
import { blankWorkbook } from '../../../src/shared/workbook/blank';
import { SCHEMA_VERSION, Workbook } from '../../../src/shared/workbook/schema';

const now = new Date('2026-11-02T10:00:00Z');

describe('workbook document', () => {
  it('round-trips the template through the file format unchanged', () => {
    const doc = createFromTemplate('b2b', 'es', now);
    const text = serializeWorkbook(doc);
    const back = parseWorkbook(text, 'a.pacto');
    expect(back.ok && back.value.doc).toEqual(doc);
    expect(back.ok && back.value.migratedFrom).toBeUndefined();
  });

  it('writes sorted keys, two-space indent and a final newline, identical for equal content', () => {
    const doc = blankWorkbook('en', now);
    const shuffled = Object.fromEntries(Object.entries(doc).reverse()) as Workbook;
    const a = serializeWorkbook(doc);
    expect(serializeWorkbook(shuffled)).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    const topKeys = [...a.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(topKeys).toEqual([...topKeys].sort());
    expect(a).toContain('\n  "calendar": {\n    "end": "18:00",');
  });

  it('migrates a version-1 file: the time zone moves from meta into a business calendar', () => {
    const v2 = createFromTemplate('b2b', 'en', now);
    const { calendar: _calendar, ...rest } = v2;
    const v1 = { ...rest, schemaVersion: 1, meta: { ...v2.meta, timeZone: 'America/Mexico_City' } };
    const result = parseWorkbook(JSON.stringify(v1), 'old.pacto');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.migratedFrom).toBe(1);
    expect(result.value.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.value.doc.calendar).toEqual({
      timeZone: 'America/Mexico_City',
      workingDays: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '18:00',
      holidays: [],
      fiscalYearStartMonth: 1,
    });
    expect('timeZone' in result.value.doc.meta).toBe(false);
    expect(result.value.doc.clauses).toEqual(v2.clauses);
  });

  it('refuses text that is not JSON, naming the file (and a file cut short as such)', () => {
    const r = parseWorkbook('kind: pacto.workbook\nschemaVersion: 4\n', 'yaml.pacto');
    expect(r).toEqual({ ok: false, error: { code: 'file.notJson', params: { file: 'yaml.pacto' } } });
    const cut = parseWorkbook('{"kind": "pacto.workbook", "schemaVer', 'broken.pacto');
    expect(cut).toEqual({ ok: false, error: { code: 'file.truncated', params: { file: 'broken.pacto' } } });
  });

  it('refuses a foreign JSON file', () => {
    for (const text of ['{"name":"pacto","version":"1.0.0"}', '[1,2,3]', '"just a string"', 'null']) {
      const r = parseWorkbook(text, 'package.json');
      expect(r).toMatchObject({ ok: false, error: { code: 'file.foreign' } });
    }
  });

  it('refuses a file from a newer Pacto, saying which versions', () => {
    const doc = { ...blankWorkbook('en', now), schemaVersion: SCHEMA_VERSION + 1 };
    const r = parseWorkbook(JSON.stringify(doc), 'future.pacto');
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'file.newerVersion',
        params: { version: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION },
      },
    });
  });

  it('refuses a workbook that fails the schema, naming the field', () => {
    const doc = createFromTemplate('b2b', 'en', now);
    const bad = JSON.parse(JSON.stringify(doc)) as { review: { consecutiveMisses: unknown } };
    bad.review.consecutiveMisses = 'two';
    const r = parseWorkbook(JSON.stringify(bad), 'bad.pacto');
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'file.invalid', params: { field: 'review.consecutiveMisses' } },
    });
  });

  it('drops prototype-pollution keys instead of letting them reach objects', () => {
    const doc = createFromTemplate('b2b', 'en', now);
    const roles = JSON.stringify(doc.parties.raci[0]!.roles);
    const evilRoles = roles.replace('{', '{"__proto__":{"polluted":true},"constructor":"R","prototype":"A",');
    const text = JSON.stringify(doc).replace(roles, evilRoles);
    expect(text).toContain('"constructor":"R"');
    const r = parseWorkbook(text, 'evil.pacto');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const parsedRoles = r.value.doc.parties.raci[0]!.roles;
    expect(Object.keys(parsedRoles)).toEqual(Object.keys(doc.parties.raci[0]!.roles));
    expect(Object.getPrototypeOf(parsedRoles)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const text = '\uFEFF' + serializeWorkbook(blankWorkbook('es', now));
    expect(parseWorkbook(text, 'bom.pacto').ok).toBe(true);
  });
});
