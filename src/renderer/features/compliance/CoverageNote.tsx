import { useTranslation } from 'react-i18next';
import { coverageDays, sourcesEndingEarly } from '../../../shared/compliance/coverage';
import type { ComplianceResult } from '../../../shared/workbook/schema';
import { formatDate } from '../../format';
import { useUi } from '../../state/ui-store';

/** Warnings for the summary: a file that ends before the measurement, a file without any date. */
export function useCoverageWarnings(result: ComplianceResult): string[] {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const early = sourcesEndingEarly(result.sources, result.asOf);
  return result.sources.flatMap((s) => {
    if (s.asOf === null) return s.name ? [t('coverage.noDates', { file: s.name })] : [];
    if (!early.includes(s)) return [];
    const date = formatDate(coverageDays(s, result.timeZone).last, lang);
    return [t('coverage.endsEarly', { file: s.name, date })];
  });
}

/** What each imported file covers, first to last day: a drill-down below the summary. */
export function CoverageNote({ result }: { result: ComplianceResult }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const sources = result.sources.filter((s) => s.name || s.lastDay);
  if (sources.length === 0) return null;
  return (
    <section className="panel coverage" aria-labelledby="coverage-title" data-testid="coverage">
      <h2 id="coverage-title">{t('coverage.title')}</h2>
      <ul>
        {sources.map((s, i) => {
          const days = coverageDays(s, result.timeZone);
          return (
            <li key={i}>
              {t('coverage.span', {
                file: s.name || '—',
                first: formatDate(days.first, lang),
                last: formatDate(days.last, lang),
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
