import type { PlanMonth } from '../../shared/funnel/plan';
import type { Language } from '../../shared/workbook/schema';

/** "nov 25" / "Nov 25": a plan month with its year, so a plan that spans two years reads unambiguously. */
export function monthLabel(m: Pick<PlanMonth, 'year' | 'month'>, lang: Language): string {
  const month = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' })
    .format(new Date(Date.UTC(m.year, m.month - 1, 1)))
    .replace(/\.$/, '');
  return `${month} ${String(m.year % 100).padStart(2, '0')}`;
}
