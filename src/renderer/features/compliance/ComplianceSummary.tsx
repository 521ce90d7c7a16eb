import { useTranslation } from 'react-i18next';
import { clauseTitle, teamName } from '../../../shared/export/agreement-text';
import type { ClauseStatus } from '../../../shared/workbook/schema';
import { formatMonth, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { useCoverageWarnings } from './CoverageNote';
import { Scorecard, type ScorecardProps } from './Scorecard';
import { headlinePeriod } from './labels';

/**
 * The answer at a glance, on one screen: how many clauses met or missed, whether a team's review is
 * due (with the clauses behind it), which file ends before the measurement, then every clause's verdict.
 * The drill-downs follow below it.
 */
export function ComplianceSummary({ result, doc, selected, onSelect }: ScorecardProps) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const warnings = useCoverageWarnings(result);
  const counts: Record<ClauseStatus, number> = { met: 0, missed: 0, 'in-progress': 0, 'not-measurable': 0 };
  for (const c of result.clauses)
    counts[c.reason ? 'not-measurable' : (headlinePeriod(c)?.status ?? 'not-measurable')]++;
  const n = (k: ClauseStatus) => formatNumber(counts[k], lang);
  const names = (ids: string[]) => ids.map((id) => clauseTitle(doc, { id, title: id })).join('; ');
  return (
    <section className="panel summary" aria-labelledby="summary-title" data-testid="compliance-summary">
      <div className="summary-head">
        <h2 id="summary-title">{t('summary.title')}</h2>
        <p className="summary-counts">
          {t('summary.counts', {
            met: n('met'),
            missed: n('missed'),
            inProgress: n('in-progress'),
            notMeasurable: n('not-measurable'),
          })}
        </p>
      </div>
      <ul className="summary-alerts">
        {result.legacy && (
          <li className="alert" data-testid="legacy-note">
            {t('legacy')}
          </li>
        )}
        {!result.legacy &&
          result.teams.map((team) => {
            const name = teamName(doc, team.teamId) || team.teamId;
            const current = team.runs.at(-1);
            if (team.reviewTriggered && current)
              return (
                <li key={team.teamId} className="alert review-flag" data-team={team.teamId}>
                  <span aria-hidden="true">⚠</span>{' '}
                  <strong>
                    {t('teams.review', { team: name, count: team.current, rule: result.reviewRule })}
                  </strong>
                  . {t('teams.behind', { clauses: names(current.clauseIds) })}
                </li>
              );
            const earlier = team.runs.filter((r) => r.reachedTrigger).at(-1);
            return (
              <li key={team.teamId} className="ok" data-team={team.teamId}>
                <span aria-hidden="true">✓</span> {t('summary.teamOk', { team: name })}
                {earlier &&
                  ` (${t('summary.teamEarlier', {
                    length: earlier.length,
                    from: formatMonth(earlier.from, lang),
                    to: formatMonth(earlier.to, lang),
                  })})`}
              </li>
            );
          })}
        {warnings.map((w) => (
          <li key={w} className="alert coverage-warning" data-testid="coverage-warning">
            <span aria-hidden="true">⚠</span> {w}
          </li>
        ))}
      </ul>
      <Scorecard result={result} doc={doc} selected={selected} onSelect={onSelect} />
    </section>
  );
}
