import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import type { ComplianceResult } from '../../../shared/workbook/schema';
import { formatDay } from '../../format';
import { useUi } from '../../state/ui-store';

/**
 * What each imported file covers, and a warning for a file that ends before the measurement: the
 * periods after it are not judged (outside coverage) for the clauses that read it.
 */
export function CoverageNote({ result }: { result: ComplianceResult }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const sources = result.sources.filter((s) => s.name || s.lastDay);
  if (sources.length === 0) return null;
  const measuredAt = Date.parse(result.asOf);
  // Snapshots saved before the days were recorded: date the instants in the calendar's zone.
  const day = (d: string | null, iso: string | null) =>
    d ?? (iso ? DateTime.fromISO(iso, { zone: result.timeZone }).toISODate() : null);
  const warnings = sources.flatMap((s) => {
    if (s.asOf === null) return [t('coverage.noDates', { file: s.name })];
    return Date.parse(s.asOf) < measuredAt
      ? [t('coverage.endsEarly', { file: s.name, date: formatDay(day(s.lastDay, s.last), lang) })]
      : [];
  });
  return (
    <section className="panel coverage" aria-labelledby="coverage-title" data-testid="coverage">
      <h2 id="coverage-title">{t('coverage.title')}</h2>
      <ul>
        {sources.map((s, i) => (
          <li key={i}>
            {t('coverage.span', {
              file: s.name || '—',
              first: formatDay(day(s.firstDay, s.first), lang),
              last: formatDay(day(s.lastDay, s.last), lang),
            })}
          </li>
        ))}
      </ul>
      {warnings.map((w) => (
        <p key={w} className="coverage-warning" role="note">
          <span aria-hidden="true">⚠</span> {w}
        </p>
      ))}
    </section>
  );
}
