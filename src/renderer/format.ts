import type { Language } from '../shared/workbook/schema';
import { formatDateTime as sharedDateTime } from '../shared/format';

/** The renderer's formatters are the shared ones (src/shared/format.ts): one way to write a value. */
export {
  LOCALES,
  formatCurrency,
  formatDate,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../shared/format';

/**
 * An instant in this machine's zone, or in `timeZone` — then named after it, since on a screen no one
 * would otherwise know it is not their own.
 */
export const formatDateTime = (iso: string | null | undefined, lang: Language, timeZone?: string): string => {
  const text = sharedDateTime(iso, lang, timeZone);
  return timeZone && iso ? `${text} (${timeZone})` : text;
};
