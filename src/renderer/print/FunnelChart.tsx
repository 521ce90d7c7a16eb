import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, type Plugin } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { FunnelPlan } from '../../shared/funnel/plan';
import type { Language, Stage } from '../../shared/workbook/schema';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

const COLORS = ['#1f3a5f', '#3d6a99', '#6f9ccc', '#a9c7e6', '#d98c3f', '#7a9a3a'];

/**
 * Monthly volumes of the plan's lower stages (from the MQL on), the ones the SLA commits to.
 * Drawn without animation so the first frame is final; `onDrawn` fires after each draw.
 */
export function FunnelChart(props: {
  plan: FunnelPlan;
  stages: Stage[];
  lang: Language;
  onDrawn: () => void;
}) {
  const { plan, stages, lang, onDrawn } = props;
  const from = Math.max(
    0,
    stages.findIndex((s) => s.kind === 'mql'),
  );
  const data = useMemo(
    () => ({
      labels: plan.months.map((m) =>
        new Intl.DateTimeFormat(lang, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
          new Date(Date.UTC(m.year, m.month - 1, 1)),
        ),
      ),
      datasets: plan.stages.slice(from).map((s, i) => ({
        label: stages[from + i]?.name ?? s.stageId,
        data: s.volumes,
        backgroundColor: COLORS[i % COLORS.length],
      })),
    }),
    [plan, stages, from, lang],
  );
  // Fires after every draw; the receiver only records that a first frame exists (idempotent).
  const ready = useMemo<Plugin<'bar'>>(() => ({ id: 'pactoReady', afterRender: () => onDrawn() }), [onDrawn]);
  return (
    <div className="chart">
      <Bar
        data={data}
        plugins={[ready]}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          devicePixelRatio: 2,
          plugins: { legend: { position: 'bottom' } },
          scales: {
            y: {
              beginAtZero: true,
              ticks: { callback: (v) => new Intl.NumberFormat(lang).format(Number(v)) },
            },
          },
        }}
      />
    </div>
  );
}
