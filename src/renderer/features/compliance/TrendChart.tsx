import type { ReactNode } from 'react';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { ClauseResult } from '../../../shared/workbook/schema';
import { formatMonth, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import { COMMON, axis, colour, dash, plugins, useInk, valueAxis } from '../scenarios/charts';
import { StatusBadge } from '../../components/StatusBadge';
import { figureText } from '../../../shared/compliance/figures';
import { periodText } from '../../../shared/compliance/words';

/**
 * One clause over the months: actual beside target (for a quarterly or yearly clause, the period's
 * figure to date beside the period's target: progress, not verdicts), and each period's verdict in
 * words below.
 */
export function TrendChart({
  clause,
  plan,
  planGap,
  reviewRule,
}: {
  clause: ClauseResult;
  /** Said in place of the plan line when the plan's months and the data's do not meet. */
  planGap?: ReactNode;
  reviewRule: number;
  /** The plan of record's figure per month, when it says something comparable. */
  plan?: { name: string; values: Map<string, number> } | null;
}) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const ink = useInk();
  const labels = clause.months.map((m) => formatMonth(m.month, lang));
  const periods = new Map(clause.periods.map((p) => [p.period, p]));
  const monthly = clause.period === 'month';
  // A month the clause cannot judge (e.g. after a file ends) is a gap in the line, not a fall to zero.
  const actualOf = (m: ClauseResult['months'][number]) =>
    periods.get(m.period)?.status === 'not-measurable' ? null : monthly ? m.actual : m.toDate;
  const targetOf = (m: ClauseResult['months'][number]) =>
    monthly ? m.target : (periods.get(m.period)?.target ?? null);
  const share = clause.unit === 'share';
  // A line needs two months; with one, reference values are drawn as points so they still show.
  const lonePoint = clause.months.length === 1 ? 5 : 0;
  const scale = (v: number | null) => (v === null ? null : share ? v * 100 : v);
  const summary = clause.periods
    .map(
      (p) =>
        `${periodText(t, p.period, 1, lang)} ${figureText(t, lang, clause, p.actual)} (${t(`status.${p.status}`)})`,
    )
    .join('; ');
  return (
    <section className="panel trend" aria-labelledby="trend-title">
      <h2 id="trend-title">
        {t('trend.title')}: {clause.title}
      </h2>
      {!monthly && <p className="muted small">{t('trend.progress')}</p>}
      {planGap}
      <div className="chart" data-testid="trend-chart">
        <Line
          role="img"
          aria-label={`${clause.title}: ${summary}`}
          data={{
            labels,
            datasets: [
              {
                label: t('trend.actual'),
                data: clause.months.map((m) => scale(actualOf(m))),
                borderColor: colour(0),
                backgroundColor: colour(0),
                pointStyle: clause.months.map((m) => {
                  const status = periods.get(m.period)?.status;
                  return status === 'missed' ? 'crossRot' : status === 'met' ? 'circle' : 'triangle';
                }),
                pointRadius: 6,
                spanGaps: false,
              },
              ...(plan
                ? [
                    {
                      label: t('trend.plan', { name: plan.name }),
                      data: clause.months.map((m) => scale(plan.values.get(m.month) ?? null)),
                      borderColor: colour(2),
                      borderDash: dash(2),
                      pointRadius: lonePoint,
                    },
                  ]
                : []),
              {
                label: t('trend.target'),
                data: clause.months.map((m) => scale(targetOf(m))),
                borderColor: colour(1),
                borderDash: dash(1),
                pointRadius: lonePoint,
              },
            ],
          }}
          options={{
            ...COMMON,
            plugins: plugins(clause.title, ink),
            scales: {
              x: axis(ink),
              y: {
                beginAtZero: true,
                ...(share ? axis(ink, (v) => formatPercent(Number(v) / 100, lang)) : valueAxis(ink, lang)),
              },
            },
          }}
        />
      </div>
      <ol className="month-strip" aria-label={t('trend.title')}>
        {clause.periods.map((p) => (
          <li key={p.period} data-period={p.period}>
            <span className="month">{periodText(t, p.period, 1, lang)}</span>
            <StatusBadge status={p.status} reason={p.reason} onTrack={p.onTrack} />
          </li>
        ))}
      </ol>
      <h3 className="streaks-title">{t('streaks.title')}</h3>
      {clause.streaks.runs.length === 0 ? (
        <p className="muted small">{t('streaks.none')}</p>
      ) : (
        <ul className="streaks" data-testid="streaks">
          {clause.streaks.runs.map((r) => (
            <li key={r.from} className={r.reachedTrigger ? 'reached' : undefined}>
              {r.length === 1
                ? t('streaks.single', { period: periodText(t, r.from, 1, lang) })
                : t('streaks.run', {
                    from: periodText(t, r.from, 1, lang),
                    to: periodText(t, r.to, 1, lang),
                    length: r.length,
                    periods: t(`scorecard.periods.${clause.period}`),
                  })}
              {r.reachedTrigger && ` · ${t('streaks.reached', { rule: reviewRule })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
