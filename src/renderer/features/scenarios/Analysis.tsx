import { useDeferredValue, useMemo, useState } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { sensitivity, type Sensitivity, type SensitivityMetric } from '../../../shared/funnel/sensitivity';
import { applyGoalSeek, goalSeekAll } from '../../../shared/funnel/goal-seek';
import { monteCarlo, type MonteCarlo } from '../../../shared/funnel/monte-carlo';
import { fiscalMonth } from '../../../shared/funnel/plan';
import type { Scenario, Stage } from '../../../shared/workbook/schema';
import type { ValidationIssue } from '../../../shared/funnel/validate';
import { ItemButton } from '../../components/ItemButton';
import { TabList } from '../../components/TabList';
import { formatCurrency, formatMonth, formatNumber, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import { axis, chartOptions, colour, contrastLine, useInk } from './charts';
import { editScenario } from './edit';
import { NumberInput, useIssueText } from './fields';

export interface AnalysisProps {
  scenario: Scenario;
  stages: readonly Stage[];
  currency: string;
}

const stageName = (stages: readonly Stage[], id: string) => stages.find((s) => s.id === id)?.name ?? id;

export function Issues({ issues }: { issues: readonly ValidationIssue[] }) {
  const text = useIssueText();
  return (
    <ul className="analysis-issues">
      {issues.map((i) => (
        <li key={i.code + i.field}>{text(i)}</li>
      ))}
    </ul>
  );
}

const TABS = ['sensitivity', 'goalSeek', 'uncertainty'] as const;

/** Sensitivity (tornado), goal seek and uncertainty (Monte Carlo band) for one scenario, full width. */
export function Analysis({ scenario, stages, currency }: AnalysisProps) {
  const { t } = useTranslation('scenarios');
  const [tab, setTab] = useState<(typeof TABS)[number]>('sensitivity');
  return (
    <section className="analysis" aria-labelledby="analysis-title">
      <h2 id="analysis-title">{t('analysis.title')}</h2>
      <p className="muted small">{t('analysis.forwardNote')}</p>
      <TabList
        ids={TABS}
        selected={tab}
        onSelect={setTab}
        label={t('analysis.title')}
        idOf={(id) => `analysis-tab-${id}`}
        panelOf={(id) => `analysis-panel-${id}`}
        className="tabs"
      >
        {(id) => t(`analysis.${id}`)}
      </TabList>
      <div role="tabpanel" id={`analysis-panel-${tab}`} aria-labelledby={`analysis-tab-${tab}`}>
        {tab === 'sensitivity' && (
          <SensitivityPanel scenario={scenario} stages={stages} currency={currency} />
        )}
        {tab === 'goalSeek' && <GoalSeekTable scenario={scenario} stages={stages} canApply />}
        {tab === 'uncertainty' && (
          <UncertaintyPanel scenario={scenario} stages={stages} currency={currency} />
        )}
      </div>
    </section>
  );
}

/** The tornado for ±`points` points on `metric`. */
export const useSensitivity = (
  stages: readonly Stage[],
  scenario: Scenario,
  points: number,
  metric: SensitivityMetric,
) => useMemo(() => sensitivity(stages, scenario, points / 100, metric), [stages, scenario, points, metric]);

function SensitivityPanel({ scenario, stages, currency }: AnalysisProps) {
  const { t } = useTranslation('scenarios');
  const [points, setPoints] = useState(5);
  const [metric, setMetric] = useState<SensitivityMetric>('revenue');
  const outcome = useSensitivity(stages, scenario, points, metric);
  return (
    <div className="analysis-panel">
      <div className="analysis-side">
        <NumberInput
          label={t('analysis.points')}
          value={points}
          min={0.5}
          max={50}
          step={0.5}
          onChange={(v) => setPoints(v ?? 5)}
        />
        <label className="field">
          <span>{t('analysis.metric')}</span>
          <select value={metric} onChange={(e) => setMetric(e.target.value as SensitivityMetric)}>
            <option value="revenue">{t('analysis.metricRevenue')}</option>
            <option value="volume">
              {t('analysis.metricVolume', { stage: stageName(stages, stages[0]!.id) })}
            </option>
          </select>
        </label>
        {outcome.ok && (
          <SensitivityAnswer value={outcome.value} stages={stages} currency={currency} points={points} />
        )}
      </div>
      {outcome.ok ? (
        <div className="chart tall" data-testid="chart-tornado">
          <TornadoChart value={outcome.value} stages={stages} currency={currency} points={points} />
        </div>
      ) : (
        <Issues issues={outcome.issues} />
      )}
    </div>
  );
}

interface TornadoProps {
  value: Sensitivity;
  stages: readonly Stage[];
  currency: string;
  points: number;
}

/** The words, language and money format of the analysis in `currency`. */
function useMoneyText(currency: string) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  return { t, lang, money: (v: number) => formatCurrency(v, currency, lang) };
}

function useTornadoText({ value, stages, currency, points }: TornadoProps) {
  const { t, lang, money } = useMoneyText(currency);
  const fmt = (v: number | null) =>
    v === null ? t('charts.impossible') : value.metric === 'revenue' ? money(v) : formatNumber(v, lang);
  const pair = (b: Sensitivity['bars'][number]) =>
    t('fields.pair', { from: stageName(stages, b.fromStageId), to: stageName(stages, b.toStageId) });
  const metricLabel =
    value.metric === 'revenue'
      ? t('analysis.metricRevenue')
      : t('analysis.metricVolume', { stage: stageName(stages, stages[0]!.id) });
  return { t, lang, fmt, pair, title: t('charts.tornado', { metric: metricLabel, points }) };
}

/** One sentence: the rate that moves the result most, and how far. */
export function SensitivityAnswer(props: TornadoProps) {
  const { t, fmt, pair } = useTornadoText(props);
  const top = props.value.bars[0];
  if (!top) return null;
  return (
    <p className="analysis-answer" data-testid="sensitivity-answer">
      {t('analysis.mostSensitive', {
        pair: pair(top),
        points: props.points,
        low: fmt(top.lowValue),
        high: fmt(top.highValue),
      })}
    </p>
  );
}

/** Each rate moved down and up, the widest swing on top, read against the goal line. */
export function TornadoChart(props: TornadoProps) {
  const { value, points } = props;
  const { t, lang, fmt, pair, title } = useTornadoText(props);
  const ink = useInk();
  const reference =
    value.reference === null
      ? null
      : value.metric === 'revenue'
        ? t('charts.goalLine', { value: fmt(value.reference) })
        : t('charts.topLine', { value: fmt(value.reference) });
  const summary = value.bars.map((b) => `${pair(b)}: ${fmt(b.lowValue)} – ${fmt(b.highValue)}`).join('; ');
  const base = value.base;
  const room = Math.round(ink.size * 1.6);
  const options = chartOptions(title, ink, {
    x: {
      ...axis(ink, (v) => fmt(Number(v))),
      ...(value.reference !== null ? { suggestedMin: value.reference, suggestedMax: value.reference } : {}),
    },
    y: { stacked: true, ...axis(ink), ticks: { ...axis(ink).ticks, autoSkip: false } },
  });
  return (
    <Bar
      role="img"
      aria-label={`${title}. ${reference ? reference + '. ' : ''}${summary}`}
      data={{
        labels: value.bars.map((b) => {
          const label = `${pair(b)} (${formatPercent(b.rate, lang)})`;
          return b.lowValue === null || b.highValue === null ? `${label} — ${t('charts.impossible')}` : label;
        }),
        datasets: [
          {
            label: t('charts.low', { points }),
            data: value.bars.map((b) => [base, b.lowValue ?? base]),
            backgroundColor: colour(1),
          },
          {
            label: t('charts.high', { points }),
            data: value.bars.map((b) => [base, b.highValue ?? base]),
            backgroundColor: colour(0),
          },
        ],
      }}
      options={{
        ...options,
        indexAxis: 'y' as const,
        // The goal's label sits above the bars: room under the title (or at the top on a slide).
        layout: { padding: { top: ink.titled ? 0 : room } },
        plugins: {
          ...options.plugins,
          title: { ...options.plugins.title, padding: { top: 6, bottom: room } },
          legend: { ...options.plugins.legend, position: 'bottom' as const },
          referenceLine: {
            value: value.reference,
            label: reference ?? '',
            axis: 'x',
            colour: ink.text,
            size: ink.size,
          },
        },
      }}
    />
  );
}

/**
 * What each input alone would have to be to reach the goal with everything else as it is: the top of
 * funnel and every rate, now and needed. With `canApply`, a button writes a value into the scenario.
 */
export function GoalSeekTable({
  scenario,
  stages,
  canApply,
}: Omit<AnalysisProps, 'currency'> & { canApply: boolean }) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const outcomes = useMemo(() => goalSeekAll(stages, scenario), [stages, scenario]);
  const first = outcomes[0];
  if (first && !first.ok) return <Issues issues={first.issues} />;
  return (
    <div className="goal-seek" data-testid="goal-seek">
      <p className="analysis-answer">{t('analysis.goalSeekLead')}</p>
      <table className="goal-seek-table">
        <thead>
          <tr>
            <th scope="col">{t('analysis.solveFor')}</th>
            <th scope="col">{t('analysis.now')}</th>
            <th scope="col">{t('analysis.neededCol')}</th>
            {canApply && (
              <th scope="col">
                <span className="visually-hidden">{t('analysis.apply')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o, i) => {
            const tr = i > 0 ? scenario.transitions[i - 1] : undefined;
            const label = tr
              ? t('analysis.targetRate', {
                  from: stageName(stages, tr.fromStageId),
                  to: stageName(stages, tr.toStageId),
                })
              : t('analysis.targetTop');
            if (!o.ok) {
              return (
                <tr key={i}>
                  <th scope="row">{label}</th>
                  <td colSpan={canApply ? 3 : 2}>
                    <Issues issues={o.issues} />
                  </td>
                </tr>
              );
            }
            const v = o.value;
            const show = (x: number) =>
              v.target.kind === 'rate' ? formatPercent(x, lang, 2) : formatNumber(Math.ceil(x), lang);
            return (
              <tr key={i} data-testid={`goal-seek-${i}`}>
                <th scope="row">{label}</th>
                <td className="num">{show(v.current)}</td>
                <td className="num needed">
                  {v.feasible ? show(v.needed) : t('analysis.unreachable', { value: show(v.needed) })}
                </td>
                {canApply && (
                  <td>
                    {v.feasible && (
                      <ItemButton
                        text={t('analysis.apply')}
                        item={label}
                        onClick={() => editScenario(scenario.id, 'goalSeek', (s) => applyGoalSeek(s, v))}
                      />
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** 10,000 seeded runs; deferred so typing in the inputs stays ahead of them. */
export function useMonteCarlo(stages: readonly Stage[], scenario: Scenario, seed: number) {
  const deferred = useDeferredValue(scenario);
  return useMemo(() => monteCarlo(stages, deferred, seed), [stages, deferred, seed]);
}

function UncertaintyPanel({ scenario, stages, currency }: AnalysisProps) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const [seed, setSeed] = useState(1);
  const outcome = useMonteCarlo(stages, scenario, seed);
  if (!outcome.ok) return <Issues issues={outcome.issues} />;
  const mc = outcome.value;
  return (
    <div className="analysis-panel">
      <div className="analysis-side">
        <UncertaintyFigures mc={mc} scenario={scenario} currency={currency} />
        <details className="advanced">
          <summary>{t('analysis.advanced')}</summary>
          <NumberInput
            label={t('analysis.seed')}
            value={seed}
            format={{ useGrouping: false, maximumFractionDigits: 0 }}
            onChange={(v) => setSeed(Math.round(v ?? 1))}
          />
          <p className="muted small">{t('analysis.runs', { runs: formatNumber(mc.runs, lang) })}</p>
        </details>
      </div>
      <div className="chart tall" data-testid="chart-band">
        <BandChart mc={mc} scenario={scenario} currency={currency} />
      </div>
    </div>
  );
}

interface MonteCarloProps {
  mc: MonteCarlo;
  scenario: Scenario;
  currency: string;
}

/** The chance of reaching the goal, then P10 / P50 / P90 of customers (whole) and revenue. */
export function UncertaintyFigures({ mc, scenario, currency }: MonteCarloProps) {
  const { t, lang, money } = useMoneyText(currency);
  // Customers are people: whole numbers, like the plan's.
  const count = (v: number) => formatNumber(Math.round(v), lang);
  const hasRanges = scenario.transitions.some((tr) => tr.low !== undefined || tr.high !== undefined);
  return (
    <>
      {mc.chanceOfGoal !== null && (
        <p className="analysis-answer" data-testid="chance-of-goal">
          {t('analysis.chance', {
            chance: formatPercent(mc.chanceOfGoal, lang, 0),
            goal: money(scenario.goal ?? 0),
          })}
        </p>
      )}
      {!hasRanges && <p className="muted">{t('analysis.noRanges')}</p>}
      <table className="percentiles" data-testid="percentiles">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('charts.p10')}</th>
            <th scope="col">{t('charts.p50')}</th>
            <th scope="col">{t('charts.p90')}</th>
            <th scope="col">{t('analysis.deterministic')}</th>
          </tr>
        </thead>
        <tbody>
          {(['customers', 'revenue'] as const).map((k) => {
            const show = k === 'customers' ? count : money;
            return (
              <tr key={k}>
                <th scope="row">{t(`analysis.${k}`)}</th>
                <td>{show(mc[k].p10)}</td>
                <td>{show(mc[k].p50)}</td>
                <td>{show(mc[k].p90)}</td>
                <td>{show(mc.deterministic[k])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/** Cumulative revenue over the fiscal year: the P10–P90 band, the median, and the goal line. */
export function BandChart({ mc, scenario, currency }: MonteCarloProps) {
  const { t, lang, money } = useMoneyText(currency);
  const ink = useInk();
  const labels = Array.from({ length: 12 }, (_, i) =>
    formatMonth(fiscalMonth(scenario.fiscalYear, scenario.fiscalYearStartMonth, i + 1), lang),
  );
  const year = mc.band[11]!;
  const summary = t('charts.bandSummary', {
    p10: money(year.p10),
    p50: money(year.p50),
    p90: money(year.p90),
  });
  return (
    <Line
      role="img"
      aria-label={`${t('charts.band')}: ${summary}${mc.goalPath ? `; ${t('charts.goalLine', { value: money(mc.goalPath[11]!) })}` : ''}`}
      data={{
        labels,
        datasets: [
          {
            label: t('charts.p10'),
            data: mc.band.map((b) => b.p10),
            borderColor: colour(0),
            borderDash: [6, 4],
            pointRadius: 0,
            borderWidth: 2,
          },
          {
            label: t('charts.p90'),
            data: mc.band.map((b) => b.p90),
            borderColor: colour(0),
            backgroundColor: 'rgba(86, 180, 233, 0.35)',
            borderDash: [6, 4],
            pointRadius: 0,
            borderWidth: 2,
            fill: '-1',
          },
          {
            label: t('charts.p50'),
            data: mc.band.map((b) => b.p50),
            borderColor: colour(1),
            backgroundColor: colour(1),
            pointRadius: 3,
            borderWidth: 3,
          },
          ...(mc.goalPath ? [contrastLine(ink, t('charts.goal'), mc.goalPath, [2, 3])] : []),
        ],
      }}
      options={chartOptions(t('charts.band'), ink, {
        x: axis(ink),
        y: axis(ink, (v) => money(Number(v))),
      })}
    />
  );
}
