import { SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

/**
 * Each step lifts a document from version N to N + 1. Steps work on plain JSON (before validation)
 * and must be total: anything they cannot make sense of is left for the schema to reject.
 */
const steps: Record<number, (doc: Json) => Json> = {
  // v1 (the first prototype) kept the time zone in `meta` and had no business calendar.
  1: (doc) => {
    const meta = isObject(doc.meta) ? { ...doc.meta } : {};
    const timeZone = typeof meta.timeZone === 'string' ? meta.timeZone : 'Europe/Madrid';
    delete meta.timeZone;
    return {
      ...doc,
      meta,
      calendar: { timeZone, workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', holidays: [] },
      schemaVersion: 2,
    };
  },
};

export function migrate(doc: Json, from: number): Json {
  let current = doc;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from schema version ${v}`);
    current = step(current);
  }
  return current;
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
