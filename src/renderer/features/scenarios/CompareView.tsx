import { useMemo } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { compareScenarios, type ComparisonRow } from '../../../shared/funnel/compare';
import type { Scenario, Stage } from '../../../shared/workbook/schema';
import { formatCurrency, formatNumber, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import { axis, chartOptions, colour, lineSeries, logAxis, useInk } from './charts';
import { monthLabel } from './labels';

interface Props {
  scenarios: readonly Scenario[];
  stages: readonly Stage[];
  currency: string;
}

/** Two or three scenarios side by side: a table of figures with differences, and two charts. */
export function CompareView({ scenarios, stages, currency }: Props) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const ink = useInk();
  const cmp = useMemo(() => compareScenarios(stages, scenarios), [stages, scenarios]);
  const name = (id: string | undefined) => stages.find((s) => s.id === id)?.name ?? id ?? '';

  const format = (row: ComparisonRow, v: number | null, signed = false): string => {
    if (v === null) return '—';
    const sign = signed && v > 0 ? '+' : '';
    switch (row.format) {
      case 'currency':
        return sign + formatCurrency(v, currency, lang);
      case 'percent':
        return signed
          ? t('compare.points', { value: sign + formatNumber(v * 100, lang, 2) })
          : formatPercent(v, lang, 2);
      case 'days':
        return sign + formatNumber(v, lang, 1);
      default:
        return sign + formatNumber(v, lang);
    }
  };
  const rowLabel = (row: ComparisonRow) =>
    t(`compare.rows.${row.kind}`, {
      from: name(row.stageId),
      to: name(row.toStageId),
      stage: name(row.stageId),
    });
  const first = scenarios[0]!;
  const volumeRows = cmp.rows.filter((r) => r.kind === 'volume');
  // The hand-over stage month by month, on one calendar axis (scenarios may start in different months).
  const handover =
    stages.find((s) => s.id === cmp.outcomes[0]?.scenario.capacity.handoverStageId) ?? stages[0]!;
  const monthly = useMemo(() => {
    const keyed = new Map<number, string>();
    const series = cmp.outcomes.map((o) => {
      const byMonth = new Map<number, number>();
      if (!o.ok) return byMonth;
      const k = o.plan.stages.findIndex((st) => st.stageId === handover.id);
      o.plan.months.forEach((m, i) => {
        const key = m.year * 12 + m.month;
        keyed.set(key, monthLabel(m, lang));
        byMonth.set(key, o.plan.stages[k]?.volumes[i] ?? 0);
      });
      return byMonth;
    });
    const keys = [...keyed.keys()].sort((a, b) => a - b);
    return {
      labels: keys.map((k) => keyed.get(k)!),
      data: series.map((m) => keys.map((k) => m.get(k) ?? null)),
    };
  }, [cmp, handover.id, lang]);

  return (
    <section className="compare" data-testid="compare">
      <div className="table-scroll">
        <table className="comparison">
          <thead>
            <tr>
              <th scope="col">{t('compare.figure')}</th>
              {scenarios.map((s, i) => (
                <th scope="col" key={s.id}>
                  <span className="swatch" style={{ background: colour(i) }} aria-hidden="true" />
                  {s.name}
                </th>
              ))}
              {scenarios.slice(1).map((s) => (
                <th scope="col" key={`d-${s.id}`}>
                  {s.name}: {t('compare.difference', { name: first.name })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cmp.rows.map((row, r) => (
              <tr key={r} className={row.deltas.some((d) => d !== null && d !== 0) ? 'differs' : undefined}>
                <th scope="row">{rowLabel(row)}</th>
                {row.values.map((v, i) => (
                  <td key={i}>{format(row, v)}</td>
                ))}
                {row.deltas.slice(1).map((d, i) => (
                  <td key={`d${i}`} className="delta">
                    {d === 0 ? '=' : format(row, d, true)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="chart tall" data-testid="chart-compare">
        <Bar
          role="img"
          aria-label={t('charts.compare')}
          data={{
            labels: volumeRows.map((r) => name(r.stageId)),
            datasets: scenarios.map((s, i) => ({
              label: s.name,
              data: volumeRows.map((r) => r.values[i] ?? null),
              backgroundColor: colour(i),
              borderColor: ink.text,
              borderWidth: i === 0 ? 0 : 1,
            })),
          }}
          options={chartOptions(t('charts.compare'), ink, {
            x: axis(ink),
            y: logAxis(ink, (v) => formatNumber(v, lang)),
          })}
        />
      </div>
      <div className="chart tall" data-testid="chart-compare-monthly">
        <Line
          role="img"
          aria-label={t('charts.compareMonthly', { stage: handover.name })}
          data={{
            labels: monthly.labels,
            datasets: scenarios.map((s, i) => ({
              label: s.name,
              data: monthly.data[i] ?? [],
              ...lineSeries(i),
            })),
          }}
          options={chartOptions(t('charts.compareMonthly', { stage: handover.name }), ink, {
            x: axis(ink),
            y: axis(ink, (v) => formatNumber(Number(v), lang)),
          })}
        />
      </div>
    </section>
  );
}
