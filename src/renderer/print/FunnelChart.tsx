import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LogarithmicScale,
  type Plugin,
} from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { formatMonth, formatNumber } from '../../shared/format';
import type { FunnelPlan } from '../../shared/funnel/plan';
import type { Language, Stage } from '../../shared/workbook/schema';

Chart.register(BarController, BarElement, CategoryScale, LogarithmicScale, Legend);

const COLORS = ['#1f3a5f', '#3d6a99', '#6f9ccc', '#a9c7e6', '#d98c3f', '#7a9a3a', '#8d5a97', '#4f8f8b'];

/**
 * Monthly volumes of every stage of the plan, from the visits to the customers. Volumes span five
 * orders of magnitude (≈100,000 visits, a handful of customers), so the axis is logarithmic: on a
 * linear one the lower stages are invisible. Drawn without animation so the first frame is final;
 * `onDrawn` fires after each draw.
 */
export function FunnelChart(props: {
  plan: FunnelPlan;
  stages: Stage[];
  lang: Language;
  /** The chart's text alternative (the tables after it hold its figures). */
  label: string;
  onDrawn: () => void;
}) {
  const { plan, stages, lang, label, onDrawn } = props;
  const data = useMemo(
    () => ({
      labels: plan.months.map((m) => formatMonth(m, lang)),
      datasets: plan.stages.map((s, i) => ({
        label: stages[i]?.name ?? s.stageId,
        // A month without volume has no bar (log(0) is undefined).
        data: s.volumes.map((v) => (v > 0 ? v : null)),
        backgroundColor: COLORS[i % COLORS.length],
      })),
    }),
    [plan, stages, lang],
  );
  // Fires after every draw; the receiver only records that a first frame exists (idempotent).
  const ready = useMemo<Plugin<'bar'>>(() => ({ id: 'pactoReady', afterRender: () => onDrawn() }), [onDrawn]);
  return (
    <div className="chart">
      <Bar
        aria-label={label}
        data={data}
        plugins={[ready]}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          devicePixelRatio: 2,
          plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 10 } } } },
          scales: {
            x: { ticks: { font: { size: 9 }, maxRotation: 0, autoSkip: false } },
            y: {
              type: 'logarithmic',
              min: 1,
              ticks: {
                font: { size: 9 },
                // Only the powers of ten, written out in the document's language.
                callback: (v) => {
                  const n = Number(v);
                  return Number.isInteger(Math.log10(n)) ? formatNumber(n, lang) : '';
                },
              },
            },
          },
        }}
      />
    </div>
  );
}
