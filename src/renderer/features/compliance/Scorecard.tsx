import { useTranslation } from 'react-i18next';
import type { ComplianceResult } from '../../../shared/workbook/schema';
import { useUi } from '../../state/ui-store';
import { StatusBadge } from './StatusBadge';
import { headlinePeriod, periodLabel, valueText } from './labels';

interface Props {
  result: ComplianceResult;
  reviewRule: number;
  selected: string | null;
  onSelect(clauseId: string): void;
}

/** Every clause in its latest decided period, with the run of misses against the review rule. */
export function Scorecard({ result, reviewRule, selected, onSelect }: Props) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  return (
    <section className="panel scorecard" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">{t('scorecard.title')}</h2>
      <p className="muted">{t('scorecard.caption')}</p>
      <div className="table-scroll">
        <table data-testid="scorecard">
          <thead>
            <tr>
              <th scope="col">{t('scorecard.clause')}</th>
              <th scope="col">{t('scorecard.month')}</th>
              <th scope="col" className="num">
                {t('scorecard.actual')}
              </th>
              <th scope="col" className="num">
                {t('scorecard.target')}
              </th>
              <th scope="col">{t('scorecard.status')}</th>
              <th scope="col" className="num">
                {t('scorecard.streak')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.clauses.map((c) => {
              const m = headlinePeriod(c);
              return (
                <tr
                  key={c.id}
                  className={selected === c.id ? 'selected' : undefined}
                  data-clause={c.id}
                  aria-selected={selected === c.id}
                >
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onSelect(c.id)}>
                      {c.title || c.id}
                    </button>
                    {c.reviewTriggered && (
                      <div className="review-flag" role="note">
                        <span aria-hidden="true">⚠</span>{' '}
                        {t('scorecard.review', { count: c.streaks.current, rule: reviewRule })}
                      </div>
                    )}
                  </th>
                  <td>
                    {m
                      ? periodLabel(t, m.period, lang, result.fiscalYearStartMonth)
                      : t('scorecard.noMonths')}
                  </td>
                  <td className="num">{m ? valueText(c.unit, m.actual, lang) : '—'}</td>
                  <td className="num">{m && c.unit !== 'none' ? valueText(c.unit, m.target, lang) : '—'}</td>
                  <td>
                    {m ? (
                      <StatusBadge status={m.status} reason={m.reason ?? c.reason} onTrack={m.onTrack} />
                    ) : null}
                  </td>
                  <td className="num">{c.streaks.current}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
