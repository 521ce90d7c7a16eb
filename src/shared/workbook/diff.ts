import { canonicalJson } from './document';
import type { AgreementContent } from './hash';

/** The sections of the agreement, in the editor's order. */
export const SECTIONS = [
  'meta',
  'parties',
  'personas',
  'stages',
  'scoring',
  'clauses',
  'feedback',
  'playbook',
  'review',
  'calendar',
] as const;
export type Section = (typeof SECTIONS)[number];

/** A changed leaf: `path` is dotted (e.g. `roles.team-sales`); arrays of values are compared whole. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** One change, located by section and, for items of a list, by list name and item id. */
export type Change =
  | { kind: 'added'; section: Section; list: string; id: string; label: string }
  | { kind: 'removed'; section: Section; list: string; id: string; label: string }
  | { kind: 'changed'; section: Section; list: string; id: string; label: string; fields: FieldChange[] }
  | { kind: 'reordered'; section: Section; list: string; before: string[]; after: string[] }
  | { kind: 'fields'; section: Section; fields: FieldChange[] };

type Item = { id: string } & Record<string, unknown>;

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Leaf-level differences between two values; `skip` lists top-level keys handled elsewhere. */
export function fieldChanges(
  before: unknown,
  after: unknown,
  prefix = '',
  skip: readonly string[] = [],
): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((k) => !skip.includes(k))
      .sort();
    return keys.flatMap((k) => fieldChanges(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  return same(before, after) ? [] : [{ path: prefix, before, after }];
}

const labelOf = (item: Item): string => {
  for (const key of ['title', 'name', 'activity', 'label', 'problem', 'what']) {
    const v = item[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return item.id;
};

/** Items matched by id: added, removed, changed (with their fields) and, if asked, a reordering. */
function diffList(
  section: Section,
  list: string,
  before: readonly Item[],
  after: readonly Item[],
  ordered: boolean,
): Change[] {
  const changes: Change[] = [];
  const beforeById = new Map(before.map((i) => [i.id, i]));
  const afterIds = new Set(after.map((i) => i.id));
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) {
      changes.push({ kind: 'added', section, list, id: item.id, label: labelOf(item) });
      continue;
    }
    const fields = fieldChanges(old, item);
    if (fields.length)
      changes.push({ kind: 'changed', section, list, id: item.id, label: labelOf(item), fields });
  }
  for (const item of before) {
    if (!afterIds.has(item.id))
      changes.push({ kind: 'removed', section, list, id: item.id, label: labelOf(item) });
  }
  if (ordered) {
    // Order matters only among the items present in both: additions and removals are reported above.
    const kept = (items: readonly Item[], other: Set<string>) => items.filter((i) => other.has(i.id));
    const b = kept(before, afterIds);
    const a = kept(after, new Set(beforeById.keys()));
    if (b.some((item, i) => item.id !== a[i]?.id)) {
      changes.push({ kind: 'reordered', section, list, before: b.map(labelOf), after: a.map(labelOf) });
    }
  }
  return changes;
}

const items = (v: readonly object[]): Item[] => v as Item[];

/**
 * What changed between two versions of the agreement (typically the last signed revision and now),
 * section by section and item by item. Items are matched by id, so a renamed clause is one change.
 */
export function diffAgreement(before: AgreementContent, after: AgreementContent): Change[] {
  const fields = (section: Section, b: unknown, a: unknown, skip: string[] = []): Change[] => {
    const f = fieldChanges(b, a, '', skip);
    return f.length ? [{ kind: 'fields', section, fields: f }] : [];
  };
  return [
    ...fields('meta', before.meta, after.meta),
    ...fields('parties', before.parties, after.parties, ['teams', 'raci']),
    ...diffList('parties', 'teams', items(before.parties.teams), items(after.parties.teams), false),
    ...diffList('parties', 'raci', items(before.parties.raci), items(after.parties.raci), false),
    ...diffList('personas', 'personas', items(before.personas), items(after.personas), false),
    ...diffList('stages', 'stages', items(before.stages), items(after.stages), true),
    ...fields('scoring', before.scoring, after.scoring, ['criteria']),
    ...diffList('scoring', 'criteria', items(before.scoring.criteria), items(after.scoring.criteria), false),
    ...diffList('clauses', 'clauses', items(before.clauses), items(after.clauses), false),
    ...fields('feedback', before.feedback, after.feedback, ['reports', 'meetings']),
    ...diffList('feedback', 'reports', items(before.feedback.reports), items(after.feedback.reports), false),
    ...diffList(
      'feedback',
      'meetings',
      items(before.feedback.meetings),
      items(after.feedback.meetings),
      false,
    ),
    ...diffList('playbook', 'playbook', items(before.playbook), items(after.playbook), false),
    ...fields('review', before.review, after.review),
    ...fields('calendar', before.calendar, after.calendar),
  ];
}
