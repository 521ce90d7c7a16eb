import { LOCALES } from '../../format';
import type { Language } from '../../../shared/workbook/schema';

/** "Nov 25" / "nov 25": short enough for a chart axis, with the year because plans cross it. */
export function monthLabel(m: { year: number; month: number }, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(m.year, m.month - 1, 1),
  );
}
