import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { FunnelPlan } from '../../../shared/funnel/plan';
import type { Stage } from '../../../shared/workbook/schema';
import { formatCurrency, formatNumber, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import { axis, chartOptions, colour, lineSeries, logAxis, useInk } from './charts';
import { Warning } from './fields';
import { monthLabel } from './labels';

interface Props {
  plan: FunnelPlan;
  stages: readonly Stage[];
  currency: string;
}

/** The plan's headline figures, its warnings, the funnel and monthly charts, and the monthly table. */
export function PlanResults({ plan, stages, currency }: Props) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const ink = useInk();
  const name = (id: string) => stages.find((s) => s.id === id)?.name ?? id;
  const top = plan.stages[0]!;
  const months = plan.months.map((m) => monthLabel(m, lang));
  const funnelSummary = plan.stages
    .map((s) => `${name(s.stageId)} ${formatNumber(s.total, lang)}`)
    .join('; ');

  return (
    <section className="plan-results" aria-label={t('results.title')}>
      <dl className="figures">
        <div>
          <dt>{t('results.customers')}</dt>
          <dd data-testid="figure-customers">{formatNumber(plan.customers, lang)}</dd>
        </div>
        <div>
          <dt>{t('results.revenue')}</dt>
          <dd data-testid="figure-revenue">{formatCurrency(plan.revenue, currency, lang)}</dd>
        </div>
        <div>
          <dt>{t('results.topNeeded', { stage: name(top.stageId) })}</dt>
          <dd data-testid="figure-top">{formatNumber(top.total, lang)}</dd>
          {top.priorYear > 0 && (
            <dd className="muted small">
              {t('results.priorYear', { n: formatNumber(top.priorYear, lang) })}
            </dd>
          )}
        </div>
        {plan.capacity && (
          <div>
            <dt>{t('results.peakUtilisation')}</dt>
            <dd data-testid="figure-utilisation">{formatPercent(plan.capacity.peakUtilisation, lang, 0)}</dd>
          </div>
        )}
      </dl>
      {plan.warnings.map((w) => (
        <Warning key={w.code} issue={w} />
      ))}

      <div className="chart-row">
        <div className="chart" data-testid="chart-funnel">
          <Bar
            aria-label={`${t('charts.funnel')}: ${funnelSummary}`}
            role="img"
            data={{
              labels: plan.stages.map((s) => name(s.stageId)),
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
                { x: logAxis(ink, (v) => formatNumber(v, lang)), y: axis(ink) },
                false,
              ),
              indexAxis: 'y',
            }}
          />
        </div>
        <div className="chart" data-testid="chart-monthly">
          <Line
            aria-label={t('charts.monthly')}
            role="img"
            data={{
              labels: months,
              datasets: [
                ...plan.stages.map((s, i) => ({
                  label: name(s.stageId),
                  data: s.volumes.map((v) => (v > 0 ? v : null)),
                  ...lineSeries(i),
                  spanGaps: false,
                })),
                ...(plan.capacity
                  ? [
                      {
                        label: `${t('charts.capacity')} (${name(plan.capacity.stageId)})`,
                        data: months.map(() => plan.capacity!.perMonth),
                        borderColor: ink.contrast,
                        backgroundColor: ink.contrast,
                        borderDash: [3, 3],
                        borderWidth: 2,
                        pointRadius: 0,
                      },
                    ]
                  : []),
              ],
            }}
            options={chartOptions(t('charts.monthly'), ink, {
              x: axis(ink),
              y: logAxis(ink, (v) => formatNumber(v, lang)),
            })}
          />
        </div>
      </div>

      <h3>{t('results.perMonth')}</h3>
      <div className="table-scroll">
        <table className="monthly" data-testid="monthly-table">
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
              <th scope="col">{t('results.total')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.stages.map((s) => (
              <tr key={s.stageId}>
                <th scope="row">{name(s.stageId)}</th>
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
        </table>
      </div>
    </section>
  );
}
