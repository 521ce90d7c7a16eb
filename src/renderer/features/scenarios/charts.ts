import {
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  LogarithmicScale,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  BarElement,
  LineElement,
  PointElement,
  Filler,
  Legend,
  Title,
  Tooltip,
);

/**
 * Okabe–Ito colours: told apart with the common colour-vision deficiencies and still distinct in
 * greyscale print when paired with the dash patterns below. Yellow is left out (unreadable on white).
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'] as const;
export const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 2], [16, 6]];
export const colour = (i: number): string => PALETTE[i % PALETTE.length]!;
export const dash = (i: number): number[] => DASHES[i % DASHES.length]!;

/** No animation, so an edit shows in the same frame; the chart fills its sized container. */
export const COMMON = { animation: false, responsive: true, maintainAspectRatio: false } as const;

/** Title, legend and tooltips in type large enough to read when projected. */
export function plugins(title: string, legend = true) {
  return {
    title: { display: true, text: title, font: { size: 17, weight: 'bold' as const }, color: '#1b1f24' },
    legend: { display: legend, labels: { font: { size: 14 }, color: '#1b1f24' } },
    tooltip: { bodyFont: { size: 14 }, titleFont: { size: 14 } },
  };
}

/** Log-axis ticks: only the powers of ten are labelled, so the axis stays legible. */
export function powerOfTenTick(format: (v: number) => string) {
  return (value: number | string): string => {
    const v = Number(value);
    return v > 0 && Number.isInteger(Math.log10(v)) ? format(v) : '';
  };
}
