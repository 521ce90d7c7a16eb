import { useTranslation } from 'react-i18next';
import type { SnapshotDiff } from '../../../shared/compliance/snapshot';
import { formatDate, formatMonth, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { periodText } from '../../../shared/compliance/words';

const MAX_LISTED = 12;

/** What a newer export changed: records, breaches, new months and clause statuses that moved. */
export function SnapshotChanges({ diff, previousAsOf }: { diff: SnapshotDiff; previousAsOf: string }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  // Months new in this import are listed once, not clause by clause.
  const changed = diff.statusChanges.filter((c) => c.before !== null);
  return (
    <section className="panel changes" aria-labelledby="changes-title" data-testid="snapshot-changes">
      <h2 id="changes-title">{t('changes.title', { date: formatDate(previousAsOf, lang) })}</h2>
      <ul>
        <li>
          {t('changes.records', {
            before: formatNumber(diff.records.before, lang),
            after: formatNumber(diff.records.after, lang),
          })}
        </li>
        <li>
          {t('changes.breaches', {
            before: formatNumber(diff.breaches.before, lang),
            after: formatNumber(diff.breaches.after, lang),
          })}
        </li>
        {diff.newMonths.length > 0 && (
          <li>
            {t('changes.newMonths', { months: diff.newMonths.map((m) => formatMonth(m, lang)).join(', ') })}
          </li>
        )}
        {changed.length === 0 && <li>{t('changes.none')}</li>}
        {changed.slice(0, MAX_LISTED).map((c) => (
          <li key={`${c.clauseId}-${c.period}`}>
            {t('changes.change', {
              title: c.title,
              month: periodText(t, c.period, 1, lang),
              before: c.before ? t(`status.${c.before}`) : t('changes.new'),
              after: t(`status.${c.after}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
