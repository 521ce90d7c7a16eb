import type { Language, Workbook } from '../../shared/workbook/schema';
import { blankWorkbook } from '../../shared/workbook/blank';

/** A new workbook from a named template (see src/shared/workbook/templates). */
export function createWorkbook(_template: string, lang: Language, now: Date): Workbook {
  return blankWorkbook(lang, now);
}
