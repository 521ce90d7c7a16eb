import {
  type ChartType,
  type Plugin,
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
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/workbook/schema';
import { formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { useDeckScale } from '../../components/slides/SlideDeck';

declare module 'chart.js' {
  // The type parameter must match chart.js's own declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    referenceLine?: Partial<ReferenceLine>;
  }
}

/** Options of the reference-line plugin: a dashed line at `value` on axis `axis`, labelled at its end. */
export interface ReferenceLine {
  value: number | null;
  label: string;
  axis: 'x' | 'y';
  colour: string;
  size: number;
}

/**
 * Draws the goal across a chart (e.g. the goal revenue over a tornado's bars). Registered once and fed
 * through `options.plugins.referenceLine`, so it follows every re-render like the rest of the options.
 */
const referenceLinePlugin: Plugin<'bar' | 'line', Partial<ReferenceLine>> = {
  id: 'referenceLine',
  afterDatasetsDraw(chart, _args, opts) {
    const scale = opts.axis ? chart.scales[opts.axis] : undefined;
    if (!scale || typeof opts.value !== 'number') return;
    const at = scale.getPixelForValue(opts.value);
    const { ctx, chartArea: area } = chart;
    const vertical = opts.axis === 'x';
    if (vertical ? at < area.left || at > area.right : at < area.top || at > area.bottom) return;
    const size = opts.size ?? 14;
    ctx.save();
    ctx.strokeStyle = opts.colour ?? '#000';
    ctx.fillStyle = opts.colour ?? '#000';
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    if (vertical) {
      ctx.moveTo(at, area.top);
      ctx.lineTo(at, area.bottom);
    } else {
      ctx.moveTo(area.left, at);
      ctx.lineTo(area.right, at);
    }
    ctx.stroke();
    ctx.font = `600 ${size}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    const label = opts.label ?? '';
    const width = ctx.measureText(label).width;
    if (vertical) {
      // Above the chart area (the chart leaves room with referenceLinePadding), centred where it fits.
      const x = Math.min(Math.max(at, area.left + width / 2), area.right - width / 2);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.fillText(label, x, area.top - 4);
    } else {
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText(label, area.right - 4, at - 4);
    }
    ctx.restore();
  },
};

Chart.register(
  referenceLinePlugin,
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
// Canvas text in the app's own font (loaded before the first render, see main.tsx).
Chart.defaults.font.family = "'Inter Variable', system-ui, sans-serif";

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
  /** False on a slide, whose heading already names the chart. */
  titled: boolean;
}
const PAPER: Ink = { text: '#1b1f24', grid: '#e3e7ec', contrast: '#000000', size: 14, titled: true };
const PROJECTOR: Ink = { text: '#ffffff', grid: '#555555', contrast: '#ffffff', size: 20, titled: true };
/** On a slide, chart text follows the slide's type (a little smaller than its body), not a fixed size. */
export function useInk(): Ink {
  const presentation = useUi((u) => u.presentation);
  const slideType = useDeckScale();
  if (!presentation) return PAPER;
  return slideType ? { ...PROJECTOR, size: Math.round(slideType * 0.8), titled: false } : PROJECTOR;
}

/** What a scenario chart is written and drawn with: the scenarios' words, the language and the ink. */
export function useChartText() {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  return { t, lang, ink: useInk() };
}

/** Title, legend and tooltips in type large enough to read when projected. */
export function plugins(title: string, ink: Ink, legend = true) {
  return {
    title: {
      display: ink.titled,
      text: title,
      font: { size: ink.size + 3, weight: 'bold' as const },
      color: ink.text,
    },
    legend: { display: legend, labels: { font: { size: ink.size }, color: ink.text } },
    tooltip: {
      bodyFont: { size: Math.max(14, ink.size - 2) },
      titleFont: { size: Math.max(14, ink.size - 2) },
    },
  };
}

/** An axis in the current ink; `format` labels its ticks. */
export function axis(ink: Ink, format?: (value: number | string) => string) {
  return {
    ticks: { font: { size: ink.size - 1 }, color: ink.text, ...(format ? { callback: format } : {}) },
    grid: { color: ink.grid },
  };
}

/** A value axis whose ticks are written like every other number of the app ("1.400" in Spanish, not "1400"). */
export function valueAxis(ink: Ink, lang: Language) {
  return axis(ink, (v) => formatNumber(Number(v), lang, 2));
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

/** A thin dashed line without points in the ink's contrast colour: the goal or the capacity, drawn over the series. */
export const contrastLine = (ink: Ink, label: string, data: number[], borderDash: number[]) => ({
  label,
  data,
  borderColor: ink.contrast,
  backgroundColor: ink.contrast,
  borderDash,
  borderWidth: 2,
  pointRadius: 0,
});
