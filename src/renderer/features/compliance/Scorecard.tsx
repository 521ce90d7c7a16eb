import { useTranslation } from 'react-i18next';
import type { ComplianceResult } from '../../../shared/workbook/schema';
import { useUi } from '../../state/ui-store';
import { StatusBadge } from './StatusBadge';
import { headlinePeriod, monthText, periodLabel, valueText } from './labels';

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
                        {t('scorecard.review', {
                          count: c.streaks.current,
                          periods: t(`scorecard.periods.${c.period}`),
                          rule: reviewRule,
                        })}
                      </div>
                    )}
                    <ClauseDetail clause={c} result={result} />
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

/** The particulars of a clause that cannot be measured at all: the values found, the plan's months. */
function ClauseDetail({
  clause,
  result,
}: {
  clause: ComplianceResult['clauses'][number];
  result: ComplianceResult;
}) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  if (clause.reason === 'noMatchingRecords' && clause.occurring?.length) {
    return (
      <div className="clause-detail muted">
        {t('reasonDetail.occurring', { values: clause.occurring.join(', ') })}
      </div>
    );
  }
  if (clause.reason === 'outsidePlan' && clause.planSpan) {
    const months = result.months.map((m) => m.month);
    return (
      <div className="clause-detail muted">
        {t('reasonDetail.planSpan', {
          planFrom: monthText(clause.planSpan.from, lang),
          planTo: monthText(clause.planSpan.to, lang),
          dataFrom: months[0] ? monthText(months[0], lang) : '—',
          dataTo: months.at(-1) ? monthText(months.at(-1)!, lang) : '—',
        })}
      </div>
    );
  }
  return null;
}
