import { Fragment, useMemo } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import {
  compareScenarios,
  monthlyComparison,
  type Comparison,
  type ComparisonRow,
} from '../../../shared/funnel/compare';
import type { Scenario, Stage } from '../../../shared/workbook/schema';
import { formatCurrency, formatMonth, formatNumber, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import { ScrollTable } from '../../components/ScrollTable';
import { axis, chartOptions, colour, lineSeries, logAxis, useChartText, valueAxis } from './charts';

export interface CompareProps {
  scenarios: readonly Scenario[];
  stages: readonly Stage[];
  currency: string;
}

type CompareChartProps = Omit<CompareProps, 'currency'> & { cmp: Comparison };

export const useComparison = (stages: readonly Stage[], scenarios: readonly Scenario[]) =>
  useMemo(() => compareScenarios(stages, scenarios), [stages, scenarios]);

/**
 * Two or three scenarios side by side: what each plan needs (volume per stage, with the difference
 * from the first), then what each assumes, and the charts.
 */
export function CompareView(props: CompareProps) {
  const { scenarios, stages } = props;
  const { t } = useTranslation('scenarios');
  const cmp = useComparison(stages, scenarios);
  return (
    <section className="compare" data-testid="compare">
      <div className="compare-results">
        <HeadedCompareTable
          id="compare-results"
          title={t('compare.results')}
          rows={cmp.results}
          testId="compare-results-table"
          {...props}
        />
        <div className="chart tall" data-testid="chart-compare">
          <CompareVolumeChart cmp={cmp} scenarios={scenarios} stages={stages} />
        </div>
      </div>
      <HeadedCompareTable id="compare-inputs" title={t('compare.inputs')} rows={cmp.inputs} {...props} />
      <div className="chart tall" data-testid="chart-compare-monthly">
        <CompareMonthlyChart cmp={cmp} scenarios={scenarios} stages={stages} />
      </div>
    </section>
  );
}

/** A comparison table under its heading. A wrapper, not a landmark: the table's scroll region is, named by the heading. */
function HeadedCompareTable({
  id,
  title,
  ...props
}: CompareProps & { id: string; title: string; rows: readonly ComparisonRow[]; testId?: string }) {
  return (
    <div>
      <h2 id={id}>{title}</h2>
      <CompareTable {...props} labelledBy={id} />
    </div>
  );
}

/** A table of comparison rows: one column per scenario, each after the first followed by its difference from the first. */
export function CompareTable({
  rows,
  scenarios,
  stages,
  currency,
  testId,
  labelledBy,
}: CompareProps & { rows: readonly ComparisonRow[]; testId?: string; labelledBy?: string }) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const name = (id: string | undefined) => stages.find((s) => s.id === id)?.name ?? id ?? '';
  const value = (row: ComparisonRow, v: number | null): string => {
    if (v === null) return '—';
    switch (row.format) {
      case 'currency':
        return formatCurrency(v, currency, lang);
      case 'percent':
        return formatPercent(v, lang, 2);
      case 'days':
        return formatNumber(v, lang, 1);
      default:
        return formatNumber(v, lang);
    }
  };
  // A difference reads as "+55,200 (+19.7 %)"; a rate's as "+5.5 pts"; no change as "=".
  const delta = (row: ComparisonRow, i: number): string => {
    const d = row.deltas[i] ?? null;
    if (d === null) return '—';
    if (d === 0) return '=';
    const sign = d > 0 ? '+' : '−';
    if (row.format === 'percent') {
      return t('compare.points', { value: sign + formatNumber(Math.abs(d) * 100, lang, 2) });
    }
    const change = row.changes[i] ?? null;
    const amount = sign + value(row, Math.abs(d));
    return change === null ? amount : `${amount} (${sign}${formatPercent(Math.abs(change), lang, 1)})`;
  };
  const label = (row: ComparisonRow) =>
    t(`compare.rows.${row.kind}`, {
      from: name(row.stageId),
      to: name(row.toStageId),
      stage: name(row.stageId),
    });
  const first = scenarios[0]!;
  return (
    <ScrollTable
      label={labelledBy ? undefined : t('compare.title')}
      labelledBy={labelledBy}
      tableClassName="comparison"
      testId={testId}
    >
      <thead>
        <tr>
          <th scope="col">{t('compare.figure')}</th>
          {scenarios.map((s, i) => (
            <Fragment key={s.id}>
              <th scope="col">
                <span className="swatch" style={{ background: colour(i) }} aria-hidden="true" />
                {s.name}
              </th>
              {i > 0 && (
                <th scope="col" className="delta">
                  <span className="visually-hidden">{s.name}: </span>
                  {t('compare.difference', { name: first.name })}
                </th>
              )}
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r} className={row.deltas.some((d) => d !== null && d !== 0) ? 'differs' : undefined}>
            <th scope="row">{label(row)}</th>
            {row.values.map((v, i) => (
              <Fragment key={i}>
                {row.kind === 'peakUtilisation' && v !== null && v > 1 ? (
                  // More hand-overs than sales can take: the room must see it, not only read 120 %.
                  <td className="over">
                    {value(row, v)}
                    <span aria-hidden="true"> ⚠</span>
                    <span className="visually-hidden"> ({t('compare.overCapacity')})</span>
                  </td>
                ) : (
                  <td>{value(row, v)}</td>
                )}
                {i > 0 && <td className="delta">{delta(row, i)}</td>}
              </Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** What each plan needs: the comparison's results on its slide (the screen heads them, HeadedCompareTable). */
export function CompareResultsTable({ cmp, ...props }: CompareProps & { cmp: Comparison }) {
  return <CompareTable rows={cmp.results} {...props} testId="compare-results-table" />;
}

/** The volume each plan needs per stage, bars side by side (logarithmic: visits to customers). */
export function CompareVolumeChart({ cmp, scenarios, stages }: CompareChartProps) {
  const { t, lang, ink } = useChartText();
  const volumes = cmp.results.filter((r) => r.kind === 'volume');
  const name = (id: string | undefined) => stages.find((s) => s.id === id)?.name ?? '';
  const summary = scenarios
    .map(
      (s, i) =>
        `${s.name}: ` +
        volumes.map((r) => `${name(r.stageId)} ${formatNumber(r.values[i] ?? null, lang)}`).join(', '),
    )
    .join('; ');
  return (
    <Bar
      role="img"
      aria-label={`${t('charts.compare')}. ${summary}`}
      data={{
        labels: volumes.map((r) => name(r.stageId)),
        datasets: scenarios.map((s, i) => ({
          label: s.name,
          data: volumes.map((r) => r.values[i] ?? null),
          backgroundColor: colour(i),
          borderColor: ink.text,
          borderWidth: i === 0 ? 0 : 1,
        })),
      }}
      options={chartOptions(t('charts.compare'), ink, {
        x: { ...axis(ink), ticks: { ...axis(ink).ticks, autoSkip: false } },
        y: logAxis(ink, (v) => formatNumber(v, lang)),
      })}
    />
  );
}

/** The hand-over stage month by month for each plan, on one calendar axis. */
export function CompareMonthlyChart({ cmp, scenarios, stages }: CompareChartProps) {
  const { t, lang, ink } = useChartText();
  const handover =
    stages.find((s) => s.id === cmp.outcomes[0]?.scenario.capacity.handoverStageId) ?? stages[0]!;
  const { months, series } = useMemo(() => monthlyComparison(cmp, handover.id), [cmp, handover.id]);
  const title = t('charts.compareMonthly', { stage: handover.name });
  return (
    <Line
      role="img"
      aria-label={`${title}. ${scenarios
        .map((s, i) => {
          const values = (series[i] ?? []).filter((v): v is number => v !== null);
          return `${s.name}: ${t('charts.rangeSummary', {
            stage: handover.name,
            min: formatNumber(Math.min(...values), lang),
            max: formatNumber(Math.max(...values), lang),
          })}`;
        })
        .join('; ')}`}
      data={{
        labels: months.map((m) => formatMonth(m, lang)),
        datasets: scenarios.map((s, i) => ({
          label: s.name,
          data: series[i] ?? [],
          ...lineSeries(i),
        })),
      }}
      options={chartOptions(title, ink, {
        x: axis(ink),
        y: valueAxis(ink, lang),
      })}
    />
  );
}
