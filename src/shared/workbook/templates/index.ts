import type { Language, Workbook } from '../schema';
import { blankWorkbook } from '../blank';
import { b2bWorkbook } from './b2b';

export const templateNames = ['b2b', 'blank'] as const;
export type TemplateName = (typeof templateNames)[number];

export const isTemplateName = (name: string): name is TemplateName =>
  (templateNames as readonly string[]).includes(name);

/** The time zone and currency a blank workbook starts with, matching the language's example. */
const BLANK_REGION: Record<Language, { timeZone: string; currency: string }> = {
  es: { timeZone: 'Europe/Madrid', currency: 'EUR' },
  en: { timeZone: 'America/New_York', currency: 'USD' },
};

/** A new workbook: the complete B2B example or an empty one, written in `lang`. */
export function createFromTemplate(name: TemplateName, lang: Language, now: Date): Workbook {
  if (name === 'b2b') return b2bWorkbook(lang, now);
  const region = BLANK_REGION[lang];
  const doc = blankWorkbook(lang, now, region.timeZone);
  return { ...doc, meta: { ...doc.meta, currency: region.currency } };
}
