import { teamName } from '../../shared/export/agreement-text';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import { breachValueText, figureClause, figurePair, figureText } from '../../shared/compliance/figures';
import { clauseStandings } from '../../shared/export/compliance-view';
import {
  periodText,
  reasonsText,
  reviewText,
  scoreFromText,
  verdictText,
} from '../../shared/compliance/words';
import { coverageDays } from '../../shared/compliance/coverage';
import { dealFigures } from '../../shared/compliance/deal-figures';
import type { ClauseResult, ComplianceResult, PeriodResult } from '../../shared/workbook/schema';
import type { SectionProps } from './sections';
import { Table } from './Table';

/** Most rep-months over capacity printed per capacity clause. */
const MAX_OVER_ROWS = 30;

/** "Q1 2026: 1,352 / 1,200 · Met" — a period, its figure against the target, and the verdict. */
export function periodLine(
  props: SectionProps,
  result: ComplianceResult,
  clause: ClauseResult,
  p: PeriodResult,
): string {
  const { doc, t, lang } = props;
  // Each figure in its unit: a share, days, money, "6 / 4 MQLs per rep" (src/shared/compliance/figures.ts).
  const fc = figureClause(doc, clause);
  const figure = (v: number | null) => figureText(t, lang, fc, v);
  const figures =
    p.actual === null && p.target === null ? '' : `${figurePair(t, lang, fc, p.actual, p.target)} · `;
  const line = `${periodText(t, p.period, result.fiscalYearStartMonth, lang)}: ${figures}${verdictText(t, p)}`;
  if (clause.type !== 'revenue' || p.status === 'not-measurable') return line;
  // Revenue and deal size are read together: the deals, the revenue won and the average deal.
  const d = dealFigures(clause, p);
  return `${line} (${t('compliance:deals.inline', {
    count: d.deals,
    revenue: figure(d.revenue),
    average: figure(d.average),
  })})`;
}

/**
 * The measured compliance: what the files cover, the review rule per team, and per clause (under its
 * current name) the latest judged period and the one still open. A clause of a new kind prints here
 * without change: only its unit matters.
 */
export function ComplianceSection(props: SectionProps & { result: ComplianceResult }) {
  const { doc, t, lang, result } = props;
  // Days and instants as the measurement saw them: in the calendar's time zone, as `pacto measure` says.
  const zone = result.timeZone;
  const date = (iso: string | null) => formatDate(iso, lang, { style: 'long', timeZone: zone });
  const instant = (iso: string | null) => formatDateTime(iso, lang, zone);
  const triggered = result.teams.filter((team) => team.reviewTriggered);
  const standings = clauseStandings(doc, result);
  // The review rule counts agreed commitments only: the others carry their status, so a run of misses
  // next to "no review is due" reads as it should.
  const unagreed = (id: string) => {
    const status = doc.clauses.find((c) => c.id === id)?.status;
    return status && status !== 'agreed' ? status : null;
  };
  return (
    <>
      <p className="lead">{t('compliance.asOf', { date: date(result.asOf) })}</p>
      {result.legacy && <p className="note">{t('compliance:legacy')}</p>}

      {result.sources.length > 0 && (
        <div className="keep">
          <h3>{t('compliance:coverage.title')}</h3>
          <Table
            widths={[40, 20, 20, 20]}
            head={[
              t('pdf.compliance.file'),
              t('pdf.compliance.from'),
              t('pdf.compliance.to'),
              t('pdf.compliance.asOf', { zone }),
            ]}
            rows={result.sources.map((s) => {
              // The days as the export dates them, as the dashboard and `pacto measure` say.
              const days = coverageDays(s, zone);
              return [s.name, date(days.first), date(days.last), instant(s.asOf)];
            })}
          />
        </div>
      )}

      <div className="keep">
        <h3>{t('pdf.compliance.review')}</h3>
        {triggered.length === 0 ? (
          <p>{t('pdf.compliance.noReview', { rule: result.reviewRule })}</p>
        ) : (
          <ul>
            {triggered.map((team) => (
              <li key={team.teamId}>
                <strong>{reviewText(t, teamName(doc, team.teamId), team.current, result.reviewRule)}</strong>
                {team.runs.length > 0 &&
                  ` ${t('compliance:teams.behind', {
                    clauses: team.runs[team.runs.length - 1]!.clauseIds.map(
                      (id) => doc.clauses.find((c) => c.id === id)?.title ?? id,
                    ).join(', '),
                  })}`}
              </li>
            ))}
          </ul>
        )}
      </div>

      <Table
        widths={[28, 14, 24, 24, 10]}
        head={[
          t('columns.clause'),
          t('columns.owner'),
          t('pdf.compliance.decided'),
          t('pdf.compliance.open'),
          t('pdf.compliance.streak'),
        ]}
        rows={standings.map((s) => [
          <>
            {s.title}
            {unagreed(s.clause.id) && (
              <>
                {' '}
                <span className="badge">{t(`status.${unagreed(s.clause.id)}`)}</span>
              </>
            )}
          </>,
          teamName(doc, s.ownerTeamId),
          s.decided ? periodLine(props, result, s.clause, s.decided) : '—',
          s.open ? periodLine(props, result, s.clause, s.open) : '—',
          formatNumber(s.clause.streaks.current, lang),
        ])}
        numeric={[4]}
        // Rows several lines tall: a page break between rows beats a page left mostly empty.
        keep={false}
      />
      {standings.some((s) => unagreed(s.clause.id)) && (
        <p className="note">{t('pdf.compliance.onlyAgreed')}</p>
      )}
      {result.clauses
        .filter((c) => c.overCapacity?.length)
        .map((c) => {
          const over = c.overCapacity!;
          return (
            <div className="keep" key={c.id}>
              <h3>
                {t('compliance:capacity.title')}: {doc.clauses.find((x) => x.id === c.id)?.title ?? c.title}
              </h3>
              <Table
                widths={[20, 35, 15, 15, 15]}
                head={[
                  t('compliance:capacity.month'),
                  t('compliance:capacity.owner'),
                  t('compliance:capacity.handed'),
                  t('compliance:capacity.capacity'),
                  t('compliance:capacity.over'),
                ]}
                rows={over
                  .slice(0, MAX_OVER_ROWS)
                  .map((o) => [
                    periodText(t, o.month, 1, lang),
                    o.owner,
                    formatNumber(o.count, lang),
                    figureText(t, lang, figureClause(doc, c), o.capacity),
                    `+${formatNumber(o.count - o.capacity, lang)}`,
                  ])}
                numeric={[2, 3, 4]}
              />
              {over.length > MAX_OVER_ROWS && (
                <p className="note">
                  {t('compliance:capacity.shown', { shown: MAX_OVER_ROWS, total: over.length })}
                </p>
              )}
            </div>
          );
        })}
      <LeadQuality {...props} />
    </>
  );
}

/** Scores listed per scoring clause in the PDF (the xlsx and `pacto measure --detail` list them all). */
const MAX_LOW_SCORES = 20;

/**
 * Lead quality: each acceptance-rate clause's decisions and rejection reasons per month of hand-over,
 * and each scoring clause's hand-overs below the threshold (record, score, day).
 */
function LeadQuality(props: SectionProps & { result: ComplianceResult }) {
  const { doc, t, lang, result } = props;
  const num = (n: number) => formatNumber(n, lang);
  const title = (c: ClauseResult) => doc.clauses.find((x) => x.id === c.id)?.title ?? c.title;
  const rates = result.clauses.filter((c) =>
    c.decisions?.some((d) => d.accepted + d.rejected + d.pending + d.undecided),
  );
  const scorings = result.clauses.filter((c) => c.threshold !== undefined && !c.reason);
  return (
    <>
      {rates.map((c) => (
        <div className="keep" key={c.id} data-testid="pdf-decisions">
          <h3>
            {t('compliance:decisions.title')}: {title(c)}
          </h3>
          <Table
            widths={[12, 11, 11, 11, 11, 44]}
            head={[
              t('columns.month'),
              t('compliance:decisions.accepted'),
              t('compliance:decisions.rejected'),
              t('compliance:decisions.pending'),
              t('compliance:decisions.undecided'),
              t('compliance:decisions.reasons'),
            ]}
            rows={c
              .decisions!.filter((d) => d.accepted + d.rejected + d.pending + d.undecided > 0)
              .map((d) => [
                periodText(t, d.month, result.fiscalYearStartMonth, lang),
                num(d.accepted),
                num(d.rejected),
                num(d.pending),
                num(d.undecided),
                reasonsText(t, d, num),
              ])}
            numeric={[1, 2, 3, 4]}
          />
          <p className="note">{t('compliance:decisions.note')}</p>
        </div>
      ))}
      {scorings.map((c) => {
        const low = result.breaches.items.filter((b) => b.clauseId === c.id);
        const total = c.periods.reduce((n, p) => n + p.breaches, 0);
        return (
          <div className="keep" key={c.id} data-testid="pdf-scoring">
            <h3>
              {t('compliance:scoring.title')}: {title(c)}
            </h3>
            <p>
              {t('compliance:scoring.threshold', { threshold: formatNumber(c.threshold!, lang, 1) })}{' '}
              {t('compliance:scoring.below', { count: total, formatted: num(total) })}
            </p>
            <p className="note">{scoreFromText(t, c)}</p>
            {low.length > 0 && (
              <Table
                widths={[40, 20, 40]}
                head={[t('columns.record'), t('pdf.compliance.score'), t('compliance:breaches.at')]}
                rows={low
                  .slice(0, MAX_LOW_SCORES)
                  .map((b) => [
                    b.recordId,
                    breachValueText(t, lang, c.type, b),
                    b.at ? formatDate(b.at, lang, { style: 'long', timeZone: result.timeZone }) : b.month,
                  ])}
                numeric={[1]}
              />
            )}
            {low.length > MAX_LOW_SCORES && (
              <p className="note">
                {t('pdf.compliance.moreLow', { shown: num(MAX_LOW_SCORES), total: num(total) })}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
