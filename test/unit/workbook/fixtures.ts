import type { Workbook } from '../../../src/shared/workbook/schema';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

export const NOW = new Date('2026-03-02T10:00:00Z');

/** A fresh Spanish B2B example, deep-copied so tests can mutate it freely. */
export const example = (lang: 'es' | 'en' = 'es'): Workbook =>
  structuredClone(createFromTemplate('b2b', lang, NOW));

export function clause<T extends Workbook['clauses'][number]['type']>(
  doc: Workbook,
  id: string,
  type: T,
): Extract<Workbook['clauses'][number], { type: T }> {
  const c = doc.clauses.find((x) => x.id === id);
  if (!c || c.type !== type) throw new Error(`no ${type} clause ${id}`);
  return c as Extract<Workbook['clauses'][number], { type: T }>;
}
