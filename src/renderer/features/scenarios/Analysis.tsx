import { useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { sensitivity, type SensitivityMetric } from '../../../shared/funnel/sensitivity';
import { goalSeek, type GoalSeekTarget } from '../../../shared/funnel/goal-seek';
import { monteCarlo } from '../../../shared/funnel/monte-carlo';
import type { Scenario, Stage } from '../../../shared/workbook/schema';
import type { ValidationIssue } from '../../../shared/funnel/validate';
import { formatCurrency, formatNumber, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import { axis, chartOptions, colour, useInk } from './charts';
import { editScenario } from './edit';
import { NumberInput, useIssueText } from './fields';
import { monthLabel } from './labels';
import { fiscalMonth } from '../../../shared/funnel/plan';

interface Props {
  scenario: Scenario;
  stages: readonly Stage[];
  currency: string;
}

function Issues({ issues }: { issues: readonly ValidationIssue[] }) {
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

/** Sensitivity (tornado), goal seek and uncertainty (Monte Carlo band) for one scenario. */
export function Analysis({ scenario, stages, currency }: Props) {
  const { t } = useTranslation('scenarios');
  const [tab, setTab] = useState<(typeof TABS)[number]>('sensitivity');
  // Tabs by hand (react-aria's press handling injects a <style> element that the app's CSP refuses).
  const onTabKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`analysis-tab-${next}`)?.focus();
  };
  return (
    <section className="analysis">
      <h2>{t('analysis.title')}</h2>
      <p className="muted small">{t('analysis.forwardNote')}</p>
      <div role="tablist" aria-label={t('analysis.title')} className="tabs" onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`analysis-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`analysis-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            data-selected={tab === id ? '' : undefined}
            onClick={() => setTab(id)}
          >
            {t(`analysis.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`analysis-panel-${tab}`} aria-labelledby={`analysis-tab-${tab}`}>
        {tab === 'sensitivity' && (
          <SensitivityPanel scenario={scenario} stages={stages} currency={currency} />
        )}
        {tab === 'goalSeek' && <GoalSeekPanel scenario={scenario} stages={stages} />}
        {tab === 'uncertainty' && (
          <UncertaintyPanel scenario={scenario} stages={stages} currency={currency} />
        )}
      </div>
    </section>
  );
}

function SensitivityPanel({ scenario, stages, currency }: Props) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const ink = useInk();
  const [points, setPoints] = useState(5);
  const [metric, setMetric] = useState<SensitivityMetric>('revenue');
  const name = (id: string) => stages.find((s) => s.id === id)?.name ?? id;
  const outcome = useMemo(
    () => sensitivity(stages, scenario, points / 100, metric),
    [stages, scenario, points, metric],
  );
  const fmt = (v: number) =>
    metric === 'revenue' ? formatCurrency(v, currency, lang) : formatNumber(v, lang);
  const metricLabel =
    metric === 'revenue'
      ? t('analysis.metricRevenue')
      : t('analysis.metricVolume', { stage: name(stages[0]!.id) });

  return (
    <div className="panel">
      <div className="field-row">
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
            <option value="volume">{t('analysis.metricVolume', { stage: name(stages[0]!.id) })}</option>
          </select>
        </label>
      </div>
      {!outcome.ok ? (
        <Issues issues={outcome.issues} />
      ) : (
        <div className="chart tall" data-testid="chart-tornado">
          <Bar
            role="img"
            aria-label={t('charts.tornado', { metric: metricLabel, points })}
            data={{
              labels: outcome.value.bars.map((b) => {
                const label = `${name(b.fromStageId)} → ${name(b.toStageId)} (${formatPercent(b.rate, lang)})`;
                return b.lowValue === null || b.highValue === null
                  ? `${label} — ${t('charts.impossible')}`
                  : label;
              }),
              datasets: [
                {
                  label: t('charts.low', { points }),
                  data: outcome.value.bars.map((b) => [outcome.value.base, b.lowValue ?? outcome.value.base]),
                  backgroundColor: colour(1),
                },
                {
                  label: t('charts.high', { points }),
                  data: outcome.value.bars.map((b) => [
                    outcome.value.base,
                    b.highValue ?? outcome.value.base,
                  ]),
                  backgroundColor: colour(0),
                },
              ],
            }}
            options={{
              ...chartOptions(t('charts.tornado', { metric: metricLabel, points }), ink, {
                x: axis(ink, (v) => fmt(Number(v))),
                y: { stacked: true, ...axis(ink) },
              }),
              indexAxis: 'y',
            }}
          />
        </div>
      )}
    </div>
  );
}

function GoalSeekPanel({ scenario, stages }: Omit<Props, 'currency'>) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const [targetKey, setTargetKey] = useState('top');
  const target: GoalSeekTarget =
    targetKey === 'top' ? { kind: 'topOfFunnel' } : { kind: 'rate', index: Number(targetKey) };
  const name = (id: string) => stages.find((s) => s.id === id)?.name ?? id;
  const outcome = goalSeek(stages, scenario, target);
  const show = (v: number) =>
    target.kind === 'rate' ? formatPercent(v, lang, 2) : formatNumber(Math.ceil(v), lang);

  const apply = () => {
    if (!outcome.ok || !outcome.value.feasible) return;
    const needed = outcome.value.needed;
    if (target.kind === 'topOfFunnel') {
      editScenario(scenario.id, 'goalSeek', (s) => ({ ...s, topOfFunnel: Math.ceil(needed) }));
    } else {
      // Rounded up to a hundredth of a point, so the applied rate still reaches the goal.
      const rate = Math.min(1, Math.ceil(needed * 10_000) / 10_000);
      editScenario(scenario.id, 'goalSeek', (s) => ({
        ...s,
        transitions: s.transitions.map((tr, i) => (i === target.index ? { ...tr, rate } : tr)),
      }));
    }
  };

  return (
    <div className="panel">
      <label className="field">
        <span>{t('analysis.target')}</span>
        <select value={targetKey} onChange={(e) => setTargetKey(e.target.value)}>
          <option value="top">{t('analysis.targetTop')}</option>
          {scenario.transitions.map((tr, i) => (
            <option key={i} value={String(i)}>
              {t('analysis.targetRate', { from: name(tr.fromStageId), to: name(tr.toStageId) })}
            </option>
          ))}
        </select>
      </label>
      {!outcome.ok ? (
        <Issues issues={outcome.issues} />
      ) : (
        <div className="goal-seek-result" data-testid="goal-seek">
          <p className="big">
            {outcome.value.feasible
              ? t('analysis.needed', {
                  value: show(outcome.value.needed),
                  current: show(outcome.value.current),
                })
              : t('analysis.unreachable', { value: show(outcome.value.needed) })}
          </p>
          {outcome.value.feasible && (
            <button type="button" className="primary" onClick={apply}>
              {t('analysis.apply')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function UncertaintyPanel({ scenario, stages, currency }: Props) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const ink = useInk();
  const [seed, setSeed] = useState(1);
  // 10,000 runs take a few milliseconds; deferring keeps typing in the inputs ahead of them regardless.
  const deferred = useDeferredValue(scenario);
  const outcome = useMemo(() => monteCarlo(stages, deferred, seed), [stages, deferred, seed]);
  const hasRanges = scenario.transitions.some((tr) => tr.low !== undefined || tr.high !== undefined);
  const money = (v: number) => formatCurrency(v, currency, lang);

  if (!outcome.ok) {
    return (
      <div className="panel">
        <Issues issues={outcome.issues} />
      </div>
    );
  }
  const mc = outcome.value;
  const labels = Array.from({ length: 12 }, (_, i) =>
    monthLabel(fiscalMonth(scenario.fiscalYear, scenario.fiscalYearStartMonth, i + 1), lang),
  );
  return (
    <div className="panel">
      <div className="field-row">
        <NumberInput
          label={t('analysis.seed')}
          value={seed}
          format={{ useGrouping: false, maximumFractionDigits: 0 }}
          onChange={(v) => setSeed(Math.round(v ?? 1))}
        />
        <p className="muted">{t('analysis.runs', { runs: formatNumber(mc.runs, lang) })}</p>
      </div>
      {!hasRanges && <p className="muted">{t('analysis.noRanges')}</p>}
      <div className="table-scroll">
        <table className="percentiles" data-testid="percentiles">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('charts.p10')}</th>
              <th scope="col">{t('charts.p50')}</th>
              <th scope="col">{t('charts.p90')}</th>
              <th scope="col">{t('analysis.deterministic')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('analysis.customers')}</th>
              <td>{formatNumber(mc.customers.p10, lang, 1)}</td>
              <td>{formatNumber(mc.customers.p50, lang, 1)}</td>
              <td>{formatNumber(mc.customers.p90, lang, 1)}</td>
              <td>{formatNumber(mc.deterministic.customers, lang, 1)}</td>
            </tr>
            <tr>
              <th scope="row">{t('analysis.revenue')}</th>
              <td>{money(mc.revenue.p10)}</td>
              <td>{money(mc.revenue.p50)}</td>
              <td>{money(mc.revenue.p90)}</td>
              <td>{money(mc.deterministic.revenue)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="chart" data-testid="chart-band">
        <Line
          role="img"
          aria-label={t('charts.band')}
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
                pointRadius: 3,
                borderWidth: 3,
              },
            ],
          }}
          options={chartOptions(t('charts.band'), ink, {
            x: axis(ink),
            y: axis(ink, (v) => money(Number(v))),
          })}
        />
      </div>
    </div>
  );
}
