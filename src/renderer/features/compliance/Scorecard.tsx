import { useTranslation } from 'react-i18next';
import { teamName } from '../../../shared/export/agreement-text';
import type { ClauseResult, ComplianceResult, Workbook } from '../../../shared/workbook/schema';
import { formatDate, formatMonth } from '../../format';
import { useUi } from '../../state/ui-store';
import { StatusBadge } from '../../components/StatusBadge';
import { ScrollTable, TableHead } from '../../components/ScrollTable';
import { headlinePeriod } from './labels';
import { figureText } from '../../../shared/compliance/figures';
import { periodText } from '../../../shared/compliance/words';
import { coverageDays, sourcesEndingEarly } from '../../../shared/compliance/coverage';

/** A measurement of the workbook, with the clause selected for the drill-downs (the summary's too). */
export interface ScorecardProps {
  result: ComplianceResult;
  doc: Workbook;
  selected: string | null;
  onSelect(clauseId: string): void;
}

/**
 * Every clause on one line: its team, its latest decided period with the verdict, what is happening
 * now (the running figure of a period in progress, or the periods not judged and why), and the run of
 * misses against the review rule. Reasons are written out, not only hovered.
 */
export function Scorecard({ result, doc, selected, onSelect }: ScorecardProps) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  // A clause's run reopens the agreement only when it is an agreed commitment of its team.
  const counted = new Set(result.teams.flatMap((team) => team.clauseIds));
  return (
    // Focusable and named: it scrolls inside the summary, and a keyboard must reach every row.
    <ScrollTable className="scorecard" label={t('scorecard.caption')} testId="scorecard">
      <caption className="visually-hidden">{t('scorecard.caption')}</caption>
      {/* Room for the clause and the note; figures and badges take what they need. */}
      <colgroup>
        <col className="col-clause" />
        <col span={4} />
        <col className="col-notes" />
        <col className="col-streak" />
      </colgroup>
      <TableHead
        columns={[
          { text: t('scorecard.clause') },
          { text: t('summary.period') },
          { text: t('scorecard.actual'), num: true },
          { text: t('scorecard.target'), num: true },
          { text: t('scorecard.status') },
          { text: t('summary.notes') },
          { text: t('scorecard.streak'), num: true },
        ]}
      />
      <tbody>
        {result.clauses.map((c) => {
          const m = headlinePeriod(c);
          const agreement = doc.clauses.find((x) => x.id === c.id)?.status;
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
                <div className="muted small">
                  {teamName(doc, c.ownerTeamId) || '—'}
                  {agreement && ` · ${t(`workbook:status.${agreement}`)}`}
                </div>
                {c.reviewTriggered && counted.has(c.id) && (
                  <div className="review-flag" role="note">
                    <span aria-hidden="true">⚠</span>{' '}
                    {t('scorecard.review', {
                      count: c.streaks.current,
                      periods: t(`scorecard.periods.${c.period}`),
                      rule: result.reviewRule,
                    })}
                  </div>
                )}
              </th>
              <td className="nowrap">
                {c.reason
                  ? '—'
                  : m
                    ? periodText(t, m.period, result.fiscalYearStartMonth, lang)
                    : t('scorecard.noMonths')}
              </td>
              <td className="num">{m && !c.reason ? figureText(t, lang, c, m.actual) : '—'}</td>
              <td className="num">{m && c.unit !== 'none' ? figureText(t, lang, c, m.target) : '—'}</td>
              <td>
                {m ? (
                  <StatusBadge status={m.status} reason={m.reason ?? c.reason} onTrack={m.onTrack} />
                ) : (
                  <StatusBadge status="not-measurable" reason={c.reason} />
                )}
              </td>
              <td className="now">
                {c.reason ? (
                  <>
                    {t(`reason.${c.reason}`)}
                    <ClauseDetail clause={c} result={result} />
                  </>
                ) : (
                  <NowCell clause={c} result={result} />
                )}
              </td>
              <td className="num">
                {c.streaks.current}
                {c.reviewTriggered && !counted.has(c.id) && (
                  <div
                    className="muted small nowrap"
                    title={t('summary.notAgreed', {
                      count: c.streaks.current,
                      periods: t(`scorecard.periods.${c.period}`),
                      status: agreement ? t(`workbook:status.${agreement}`) : '—',
                    })}
                  >
                    {t('summary.noReview')}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/**
 * What the latest period says when it is not the decided one shown: a period in progress with its
 * running figure, or the periods at the end that are not judged and why (e.g. after a file ends).
 */
function NowCell({ clause, result }: { clause: ClauseResult; result: ComplianceResult }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const last = clause.periods.at(-1);
  if (!last || clause.reason || last === headlinePeriod(clause)) return <>—</>;
  const label = (key: string) => periodText(t, key, result.fiscalYearStartMonth, lang);
  if (last.status === 'in-progress') {
    return (
      <>
        {label(last.period)}: {figureText(t, lang, clause, last.actual)}
        {clause.unit !== 'none' && ` / ${figureText(t, lang, clause, last.target)}`}{' '}
        <StatusBadge status="in-progress" onTrack={last.onTrack} />
      </>
    );
  }
  if (last.status !== 'not-measurable') return <>—</>;
  // The trailing run of periods with the same reason.
  let i = clause.periods.length - 1;
  while (
    i > 0 &&
    clause.periods[i - 1]!.status === 'not-measurable' &&
    clause.periods[i - 1]!.reason === last.reason
  )
    i--;
  const from = label(clause.periods[i]!.period);
  const to = label(last.period);
  const [ended] = sourcesEndingEarly(
    clause.sources.flatMap((k) => result.sources[k] ?? []),
    result.asOf,
  );
  if (last.reason === 'outsideCoverage' && ended) {
    return (
      <span data-testid="not-judged" title={ended.name}>
        {t('summary.notJudged', {
          from,
          to,
          date: formatDate(coverageDays(ended, result.timeZone).last, lang),
        })}
      </span>
    );
  }
  return (
    <>
      {from === to ? from : `${from} – ${to}`}: <StatusBadge status="not-measurable" reason={last.reason} />
    </>
  );
}

/** The particulars of a clause that cannot be measured at all: the values found, the plan's months. */
function ClauseDetail({ clause, result }: { clause: ClauseResult; result: ComplianceResult }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  if (clause.reason === 'noMatchingRecords' && clause.occurring?.length) {
    return (
      <div className="clause-detail muted" title={clause.occurring.join(', ')}>
        {t('reasonDetail.occurring', {
          values: clause.occurring.slice(0, 3).join(', ') + (clause.occurring.length > 3 ? ', …' : ''),
        })}
      </div>
    );
  }
  if (clause.reason === 'outsidePlan' && clause.planSpan) {
    const months = result.months.map((m) => m.month);
    return (
      <div className="clause-detail muted small">
        {t('reasonDetail.planSpan', {
          planFrom: formatMonth(clause.planSpan.from, lang),
          planTo: formatMonth(clause.planSpan.to, lang),
          dataFrom: months[0] ? formatMonth(months[0], lang) : '—',
          dataTo: months.at(-1) ? formatMonth(months.at(-1)!, lang) : '—',
        })}
      </div>
    );
  }
  return null;
}
