import { SCHEMA_VERSION } from './schema';
import { legacyResult } from '../compliance/legacy-result';
import { createI18n } from '../i18n';

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
  // v3 judges each clause on its own period (month, quarter or year: no more weeks), with coverage,
  // in-progress periods and team triggers. Helpers adding v3 fields append their changes here.
  2: (doc) => {
    const review = isObject(doc.review) ? doc.review : {};
    const rule = typeof review.consecutiveMisses === 'number' ? review.consecutiveMisses : 2;
    const calendar = isObject(doc.calendar) ? { ...doc.calendar } : doc.calendar;
    // Quarters and years follow the plan of record's fiscal year, when there is one.
    if (isObject(calendar) && calendar.fiscalYearStartMonth === undefined) {
      const scenarios = isObject(doc.scenarios) ? doc.scenarios : {};
      const plan = Array.isArray(scenarios.items)
        ? scenarios.items.find((s) => isObject(s) && s.id === scenarios.planOfRecordId)
        : undefined;
      const start = isObject(plan) ? plan.fiscalYearStartMonth : undefined;
      calendar.fiscalYearStartMonth = typeof start === 'number' ? start : 1;
    }
    const imports = isObject(doc.imports) ? doc.imports : undefined;
    return {
      ...doc,
      calendar,
      clauses: Array.isArray(doc.clauses) ? doc.clauses.map((c) => weekToMonth(c, doc)) : doc.clauses,
      ...(imports && Array.isArray(imports.snapshots)
        ? {
            imports: {
              ...imports,
              snapshots: imports.snapshots.map((s) =>
                isObject(s) ? { ...s, result: legacyResult(s.result, s.files, rule) } : s,
              ),
            },
          }
        : {}),
      schemaVersion: 3,
    };
  },
};

/** Average weeks in a month (365.25 days ÷ 12 ÷ 7). */
export const WEEKS_PER_MONTH = 365.25 / 84;

/**
 * A weekly clause becomes a monthly one, with a comment saying so. A weekly volume target N becomes
 * ⌈N × 365.25 ÷ 84⌉ a month (counts are whole: the least count that meets N a week over an average
 * month); shares and days are per record and stay as they are.
 */
function weekToMonth(clause: unknown, doc: Json): unknown {
  if (!isObject(clause) || clause.period !== 'week') return clause;
  const out: Json = { ...clause, period: 'month' };
  if (clause.type === 'volume' && typeof clause.target === 'number') {
    out.target = Math.ceil(clause.target * WEEKS_PER_MONTH - 1e-9);
    const meta = isObject(doc.meta) ? doc.meta : {};
    const lang = meta.language === 'es' ? 'es' : 'en';
    const text = createI18n(lang).t('workbook:clauses.weekMigrated', {
      before: clause.target,
      after: out.target,
    });
    const comment = {
      id: `week-to-month-${String(clause.id).slice(0, 100)}`,
      author: 'Pacto',
      at: typeof meta.updatedAt === 'string' ? meta.updatedAt : new Date(0).toISOString(),
      text,
    };
    out.comments = [...(Array.isArray(clause.comments) ? clause.comments : []), comment];
  }
  return out;
}

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
