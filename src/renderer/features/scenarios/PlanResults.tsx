import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { FunnelPlan } from '../../../shared/funnel/plan';
import type { Stage } from '../../../shared/workbook/schema';
import { formatCurrency, formatMonth, formatNumber, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import { ScrollTable } from '../../components/ScrollTable';
import { axis, chartOptions, colour, contrastLine, lineSeries, logAxis, useChartText } from './charts';

interface PlanProps {
  plan: FunnelPlan;
  stages: readonly Stage[];
}

const stageName = (stages: readonly Stage[], id: string) => stages.find((s) => s.id === id)?.name ?? id;

/** The answer first: customers, revenue, the volume the first stage needs, peak capacity use. */
export function PlanFigures({ plan, stages, currency }: PlanProps & { currency: string }) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const top = plan.stages[0]!;
  return (
    <dl className="figures" data-testid="plan-figures">
      <div>
        <dt>{t('results.customers')}</dt>
        <dd data-testid="figure-customers">{formatNumber(plan.customers, lang)}</dd>
      </div>
      <div>
        <dt>{t('results.revenue')}</dt>
        <dd data-testid="figure-revenue">{formatCurrency(plan.revenue, currency, lang)}</dd>
      </div>
      <div>
        <dt>{t('results.topNeeded', { stage: stageName(stages, top.stageId) })}</dt>
        <dd data-testid="figure-top">{formatNumber(top.total, lang)}</dd>
        {top.priorYear > 0 && (
          <dd className="note">{t('results.priorYear', { n: formatNumber(top.priorYear, lang) })}</dd>
        )}
      </div>
      {plan.capacity && (
        <div>
          <dt>{t('results.peakUtilisation')}</dt>
          <dd data-testid="figure-utilisation">{formatPercent(plan.capacity.peakUtilisation, lang, 0)}</dd>
        </div>
      )}
    </dl>
  );
}

/** The volume every stage needs in the year, on a logarithmic axis (visits to customers span decades). */
export function FunnelChart({ plan, stages }: PlanProps) {
  const { t, lang, ink } = useChartText();
  const summary = plan.stages
    .map((s) => `${stageName(stages, s.stageId)} ${formatNumber(s.total, lang)}`)
    .join('; ');
  return (
    <Bar
      aria-label={`${t('charts.funnel')}: ${summary}`}
      role="img"
      data={{
        labels: plan.stages.map((s) => stageName(stages, s.stageId)),
        datasets: [
          {
            label: t('charts.volume'),
            data: plan.stages.map((s) => s.total),
            backgroundColor: plan.stages.map((_, i) => colour(i)),
          },
        ],
      }}
      options={{
        ...chartOptions(
          t('charts.funnel'),
          ink,
          {
            x: logAxis(ink, (v) => formatNumber(v, lang)),
            y: { ...axis(ink), ticks: { ...axis(ink).ticks, autoSkip: false } },
          },
          false,
        ),
        indexAxis: 'y',
      }}
    />
  );
}

/** Every stage month by month, with the sales capacity line when there is one. */
export function MonthlyChart({ plan, stages }: PlanProps) {
  const { t, lang, ink } = useChartText();
  const months = plan.months.map((m) => formatMonth(m, lang));
  const summary = plan.stages
    .map((s) =>
      t('charts.rangeSummary', {
        stage: stageName(stages, s.stageId),
        min: formatNumber(Math.min(...s.volumes.filter((v) => v > 0)), lang),
        max: formatNumber(Math.max(...s.volumes), lang),
      }),
    )
    .join('; ');
  return (
    <Line
      aria-label={`${t('charts.monthly')}: ${summary}`}
      role="img"
      data={{
        labels: months,
        datasets: [
          ...plan.stages.map((s, i) => ({
            label: stageName(stages, s.stageId),
            data: s.volumes.map((v) => (v > 0 ? v : null)),
            ...lineSeries(i),
            spanGaps: false,
          })),
          ...(plan.capacity
            ? [
                contrastLine(
                  ink,
                  `${t('charts.capacity')} (${stageName(stages, plan.capacity.stageId)})`,
                  months.map(() => plan.capacity!.perMonth),
                  [3, 3],
                ),
              ]
            : []),
        ],
      }}
      options={chartOptions(t('charts.monthly'), ink, {
        x: axis(ink),
        y: logAxis(ink, (v) => formatNumber(v, lang)),
      })}
    />
  );
}

/**
 * Every stage's volume per month (previous fiscal year's months marked), the year's total and the
 * capacity use. The stage column stays in view while the months scroll sideways on a narrow screen.
 */
export function MonthlyTable({ plan, stages }: PlanProps) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const months = plan.months.map((m) => formatMonth(m, lang));
  return (
    <>
      <ScrollTable label={t('results.perMonth')} tableClassName="monthly" testId="monthly-table">
        <thead>
          <tr>
            <th scope="col">{t('results.stage')}</th>
            {plan.months.map((m, i) => (
              <th
                scope="col"
                key={m.index}
                className={m.index <= 0 ? 'prior' : undefined}
                title={m.index <= 0 ? t('results.previousYear') : undefined}
              >
                {months[i]}
                {m.index <= 0 && <span aria-hidden="true">*</span>}
              </th>
            ))}
            <th scope="col" className="total">
              {t('results.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.stages.map((s) => (
            <tr key={s.stageId}>
              <th scope="row">{stageName(stages, s.stageId)}</th>
              {s.volumes.map((v, i) => (
                <td key={i} className={plan.months[i]!.index <= 0 ? 'prior' : undefined}>
                  {formatNumber(v, lang)}
                </td>
              ))}
              <td className="total">{formatNumber(s.total, lang)}</td>
            </tr>
          ))}
          {plan.capacity && (
            <tr className="utilisation">
              <th scope="row">{t('results.utilisation')}</th>
              {plan.capacity.months.map((m, i) => (
                <td key={i} className={m.over ? 'over' : undefined}>
                  {formatPercent(m.utilisation, lang, 0)}
                  {m.over && <span aria-hidden="true"> ⚠</span>}
                </td>
              ))}
              <td className="total">{formatPercent(plan.capacity.peakUtilisation, lang, 0)}</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>
      {plan.months.some((m) => m.index <= 0) && (
        <p className="muted small table-note">* {t('results.previousYear')}</p>
      )}
    </>
  );
}

/**
 * The monthly plan turned for a projected slide: a row per month, a column per stage. Fourteen months
 * fit a screen's height in large type where fourteen columns would not fit its width.
 */
export function MonthlyTableByMonth({ plan, stages }: PlanProps) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  return (
    <>
      <table className="monthly by-month" data-testid="monthly-table">
        <thead>
          <tr>
            <th scope="col">{t('results.month')}</th>
            {plan.stages.map((s) => (
              <th scope="col" key={s.stageId}>
                {stageName(stages, s.stageId)}
              </th>
            ))}
            {plan.capacity && <th scope="col">{t('results.utilisation')}</th>}
          </tr>
        </thead>
        <tbody>
          {plan.months.map((m, i) => {
            const over = plan.capacity?.months[i]?.over ?? false;
            return (
              <tr key={m.index} className={m.index <= 0 ? 'prior' : undefined}>
                <th scope="row" title={m.index <= 0 ? t('results.previousYear') : undefined}>
                  {formatMonth(m, lang)}
                  {m.index <= 0 && <span aria-hidden="true">*</span>}
                </th>
                {plan.stages.map((s) => (
                  <td key={s.stageId}>{formatNumber(s.volumes[i], lang)}</td>
                ))}
                {plan.capacity && (
                  <td className={over ? 'over' : undefined}>
                    {formatPercent(plan.capacity.months[i]?.utilisation, lang, 0)}
                    {over && <span aria-hidden="true"> ⚠</span>}
                  </td>
                )}
              </tr>
            );
          })}
          <tr className="total">
            <th scope="row">{t('results.total')}</th>
            {plan.stages.map((s) => (
              <td key={s.stageId}>{formatNumber(s.total, lang)}</td>
            ))}
            {plan.capacity && <td>{formatPercent(plan.capacity.peakUtilisation, lang, 0)}</td>}
          </tr>
        </tbody>
      </table>
      {plan.months.some((m) => m.index <= 0) && (
        <p className="muted table-note slide-note">* {t('results.previousYear')}</p>
      )}
    </>
  );
}
