import type { Workbook } from '../../../src/shared/workbook/schema';
import { createFromTemplate } from '../../../src/shared/workbook/templates';

/** The instant revision 0 is saved at; revision n is saved n seconds later. */
const BASE = Date.parse('2026-05-04T09:00:00Z');
export const savedAt = (rev: number): Date => new Date(BASE + rev * 1000);

/**
 * A workbook of a few MB whose every byte depends on `rev`: even revisions carry 60 personas (2.3 MB),
 * odd ones 20 (0.8 MB), so a torn write (old head + new tail, or a truncated file) can never pass for either version.
 */
export function bigWorkbook(rev: number): Workbook {
  const doc = createFromTemplate('b2b', 'es', savedAt(0));
  const count = rev % 2 === 0 ? 60 : 20;
  const filler = (seed: string, n: number) => `${seed} `.repeat(Math.ceil(n / (seed.length + 1))).slice(0, n);
  const template = doc.personas[0]!;
  doc.id = 'big-workbook'; // templates get a random id; the content must be a function of rev alone
  doc.meta.title = `Revisión ${rev}`;
  doc.personas = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `p-${rev}-${i}`,
    name: `Persona ${i} · rev ${rev}`,
    pains: filler(`dolor-${rev}-${i}`, 19_000),
    comments: Array.from({ length: 8 }, (_, k) => ({
      id: `c-${rev}-${i}-${k}`,
      author: 'Marta Núñez',
      at: savedAt(rev).toISOString(),
      text: filler(`comentario ${rev}/${i}/${k} — «acuerdo»`, 2_000),
    })),
  }));
  return doc;
}

/** The unsaved edit the child autosaves after saving revision `rev`. */
export function editedWorkbook(rev: number): Workbook {
  const doc = bigWorkbook(rev);
  doc.meta.title = `Revisión ${rev} (sin guardar)`;
  doc.notes = `Edición sin guardar ${rev}`;
  return doc;
}
