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
import { useUi } from '../../state/ui-store';

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

/** Text and grid colours and type size: dark on white normally, white on black and larger in presentation mode. */
export interface Ink {
  text: string;
  grid: string;
  /** The palette's black series (capacity line), which must flip to white on a black screen. */
  contrast: string;
  size: number;
}
const PAPER: Ink = { text: '#1b1f24', grid: '#e3e7ec', contrast: '#000000', size: 14 };
const PROJECTOR: Ink = { text: '#ffffff', grid: '#444444', contrast: '#ffffff', size: 20 };
export const useInk = (): Ink => (useUi((u) => u.presentation) ? PROJECTOR : PAPER);

/** Title, legend and tooltips in type large enough to read when projected. */
export function plugins(title: string, ink: Ink, legend = true) {
  return {
    title: {
      display: true,
      text: title,
      font: { size: ink.size + 3, weight: 'bold' as const },
      color: ink.text,
    },
    legend: { display: legend, labels: { font: { size: ink.size }, color: ink.text } },
    tooltip: { bodyFont: { size: 14 }, titleFont: { size: 14 } },
  };
}

/** An axis in the current ink; `format` labels its ticks. */
export function axis(ink: Ink, format?: (value: number | string) => string) {
  return {
    ticks: { font: { size: ink.size - 1 }, color: ink.text, ...(format ? { callback: format } : {}) },
    grid: { color: ink.grid },
  };
}

/** Log-axis ticks: only the powers of ten are labelled, so the axis stays legible. */
export function powerOfTenTick(format: (v: number) => string) {
  return (value: number | string): string => {
    const v = Number(value);
    return v > 0 && Number.isInteger(Math.log10(v)) ? format(v) : '';
  };
}

/** The options of a chart: no animation, its title and legend in the current ink, and its axes. */
export function chartOptions<S>(title: string, ink: Ink, scales: S, legend = true) {
  return { ...COMMON, plugins: plugins(title, ink, legend), scales };
}

/** A logarithmic axis labelled at the powers of ten: volumes run from visits down to customers. */
export function logAxis(ink: Ink, format: (v: number) => string) {
  return { type: 'logarithmic' as const, ...axis(ink, powerOfTenTick(format)) };
}

/** A line series in the i-th colour and dash pattern, so series stay apart in greyscale print. */
export const lineSeries = (i: number) => ({
  borderColor: colour(i),
  backgroundColor: colour(i),
  borderDash: dash(i),
  borderWidth: 3,
  pointRadius: 3,
});
