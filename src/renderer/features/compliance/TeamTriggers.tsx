import { useTranslation } from 'react-i18next';
import { clauseTitle, teamName } from '../../../shared/export/agreement-text';
import type { ComplianceResult, Workbook } from '../../../shared/workbook/schema';
import { formatMonth } from '../../format';
import { useUi } from '../../state/ui-store';

/**
 * The review rule as the agreement states it, per team: a team that misses any of its agreed
 * commitments K months in a row triggers the review, with the clauses behind each run.
 */
export function TeamTriggers({ result, doc }: { result: ComplianceResult; doc: Workbook }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  if (result.legacy) return null;
  const names = (ids: string[]) => ids.map((id) => clauseTitle(doc, { id, title: id })).join('; ');
  return (
    <section className="panel team-triggers" aria-labelledby="teams-title" data-testid="team-triggers">
      <h2 id="teams-title">{t('teams.title')}</h2>
      <p className="muted">{t('teams.caption', { rule: result.reviewRule })}</p>
      {result.teams.length === 0 && <p>{t('teams.none')}</p>}
      <ul>
        {result.teams.map((team) => {
          const name = teamName(doc, team.teamId) || team.teamId;
          const reached = team.runs.filter((r) => r.reachedTrigger);
          const current = team.runs.at(-1);
          return (
            <li key={team.teamId} data-team={team.teamId}>
              {team.reviewTriggered && current ? (
                <div className="review-flag" role="note">
                  <span aria-hidden="true">⚠</span>{' '}
                  {t('teams.review', { team: name, count: team.current, rule: result.reviewRule })}.{' '}
                  {t('teams.behind', { clauses: names(current.clauseIds) })}
                </div>
              ) : (
                <div>{t('summary.teamOk', { team: name })}</div>
              )}
              {reached
                .filter((r) => !(team.reviewTriggered && r === current))
                .map((r) => (
                  <div key={r.from} className="muted">
                    {t('teams.history', {
                      team: name,
                      length: r.length,
                      from: formatMonth(r.from, lang),
                      to: formatMonth(r.to, lang),
                    })}
                    . {t('teams.behind', { clauses: names(r.clauseIds) })}
                  </div>
                ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
