import { useTranslation } from 'react-i18next';
import type { PlanOutcome } from '../../../shared/funnel/plan';
import type { Scenario, Stage } from '../../../shared/workbook/schema';
import { SlideDeck, type Slide } from '../../components/slides/SlideDeck';
import { formatCurrency, formatNumber, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import {
  BandChart,
  GoalSeekTable,
  Issues,
  SensitivityAnswer,
  TornadoChart,
  UncertaintyFigures,
  useMonteCarlo,
  useSensitivity,
  type AnalysisProps,
} from './Analysis';
import { CompareResultsTable, CompareVolumeChart, useComparison, type CompareProps } from './CompareView';
import { editScenario, editTransition } from './edit';
import { NumberInput, RateSlider, Warning } from './fields';
import { MonthlyChart, MonthlyTableByMonth, PlanFigures } from './PlanResults';

interface Props {
  outcome: PlanOutcome;
  stages: readonly Stage[];
  currency: string;
  /** The scenarios being compared (two or three), or none. */
  compared: readonly Scenario[];
}

/** Sensitivity and uncertainty on slides use the screen's defaults: ±5 points on revenue, seed 1. */
const POINTS = 5;
const SEED = 1;

/**
 * Scenarios projected: the plan (the one editable slide: the room changes the rates and sees the
 * volumes move), month by month, the table, sensitivity, goal seek, uncertainty, and the comparison.
 */
export function ScenarioSlides({ outcome, stages, currency, compared }: Props) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const s = outcome.scenario;
  const kicker = `${t('title')} · ${s.name}`;
  const goal = formatCurrency(s.goal, currency, lang);
  const slides: Slide[] = [
    {
      id: 'plan',
      kicker,
      title: t('slides.plan', { goal, year: s.fiscalYear }),
      body: () => <PlanSlide outcome={outcome} stages={stages} currency={currency} editing={false} />,
      edit: () => <PlanSlide outcome={outcome} stages={stages} currency={currency} editing />,
    },
  ];
  if (outcome.ok) {
    const plan = outcome.plan;
    slides.push(
      {
        id: 'monthly',
        kicker,
        title: t('slides.monthly'),
        body: () => (
          <div className="slide-chart" data-testid="chart-monthly">
            <MonthlyChart plan={plan} stages={stages} />
          </div>
        ),
      },
      {
        id: 'monthly-table',
        kicker,
        title: t('results.perMonth'),
        body: () => (
          <div className="slide-table-months">
            <MonthlyTableByMonth plan={plan} stages={stages} />
          </div>
        ),
      },
      {
        id: 'sensitivity',
        kicker,
        title: t('analysis.sensitivity'),
        body: () => <SensitivitySlide scenario={s} stages={stages} currency={currency} />,
      },
      {
        id: 'goal-seek',
        kicker,
        title: t('analysis.goalSeek'),
        body: () => <GoalSeekTable scenario={s} stages={stages} canApply={false} />,
        edit: () => <GoalSeekTable scenario={s} stages={stages} canApply />,
      },
      {
        id: 'uncertainty',
        kicker,
        title: t('analysis.uncertainty'),
        body: () => <UncertaintySlide scenario={s} stages={stages} currency={currency} />,
      },
    );
  }
  if (compared.length >= 2) {
    const names = compared.map((c) => c.name).join(' · ');
    const compareKicker = `${t('compare.title')} · ${names}`;
    slides.push(
      {
        id: 'compare',
        kicker: compareKicker,
        title: t('compare.results'),
        body: () => <CompareSlide scenarios={compared} stages={stages} currency={currency} />,
      },
      {
        id: 'compare-chart',
        kicker: compareKicker,
        title: t('charts.compare'),
        body: () => <CompareChartSlide scenarios={compared} stages={stages} />,
      },
    );
  }
  return <SlideDeck deck="scenarios" label={`${t('title')} · ${s.name}`} slides={slides} />;
}

/**
 * The plan on one slide: the headline figures, then the funnel from top to bottom with each stage's
 * volume and the rate to the next. Editing makes the goal, the deal size and the rates fields.
 */
function PlanSlide({ outcome, stages, currency, editing }: Omit<Props, 'compared'> & { editing: boolean }) {
  const { t } = useTranslation('scenarios');
  const lang = useUi((u) => u.language);
  const s = outcome.scenario;
  const money: Intl.NumberFormatOptions = { style: 'currency', currency, maximumFractionDigits: 0 };
  const plan = outcome.ok ? outcome.plan : null;
  const max = plan ? Math.max(...plan.stages.map((st) => st.total)) : 0;
  // Bar length on a log scale: visits and customers differ by four orders of magnitude.
  const barWidth = (v: number) => (v > 0 && max > 1 ? 8 + (92 * Math.log10(v)) / Math.log10(max) : 0);
  return (
    <>
      {editing && (
        <div className="field-row slide-inputs">
          <NumberInput
            label={t('fields.goal')}
            value={s.goal}
            format={money}
            onChange={(goal) => editScenario(s.id, 'goal', (x) => ({ ...x, goal }))}
          />
          <NumberInput
            label={t('fields.avgDealSize')}
            value={s.avgDealSize}
            format={money}
            onChange={(avgDealSize) => editScenario(s.id, 'avgDealSize', (x) => ({ ...x, avgDealSize }))}
          />
        </div>
      )}
      {plan ? (
        <div className="slide-figures-row">
          <PlanFigures plan={plan} stages={stages} currency={currency} />
        </div>
      ) : (
        <div className="plan-invalid" role="alert">
          <p>{t('results.invalid')}</p>
          {!outcome.ok && <Issues issues={outcome.issues} />}
        </div>
      )}
      {plan?.warnings.map((w) => (
        <Warning key={w.code} issue={w} />
      ))}
      <table className="ladder" data-testid="funnel-ladder">
        <thead>
          <tr>
            <th scope="col">{t('results.stage')}</th>
            <th scope="col" className="num">
              {t('slides.neededInYear')}
            </th>
            <td />
            <th scope="col">{t('slides.rateToNext')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((st, i) => {
            const total = plan?.stages[i]?.total ?? null;
            const tr = s.transitions[i];
            const pair = tr && { from: st.name, to: stages[i + 1]?.name ?? '' };
            return (
              <tr key={st.id} data-testid={`ladder-${st.id}`}>
                <th scope="row">{st.name}</th>
                <td className="num volume">{formatNumber(total, lang)}</td>
                <td className="bar" aria-hidden="true">
                  {total !== null && (
                    <span style={{ width: `${barWidth(total)}%`, background: `var(--stage-${i % 6})` }} />
                  )}
                </td>
                <td className="rate">
                  {tr && pair && !editing && (
                    <>
                      <span className="rate-value">{formatPercent(tr.rate, lang, 2)}</span>{' '}
                      <span className="muted">→ {pair.to}</span>
                    </>
                  )}
                  {tr && pair && editing && (
                    <div className="rate-edit">
                      <NumberInput
                        label={t('fields.rateSlider', pair)}
                        className="label-hidden"
                        value={tr.rate}
                        format={{ style: 'percent', maximumFractionDigits: 2 }}
                        max={1}
                        step={0.005}
                        onChange={(rate) =>
                          editTransition(s.id, i, 'rate', (x) => ({ ...x, rate: rate ?? 0 }))
                        }
                        testId={`slide-rate-${i}`}
                      />
                      <RateSlider
                        label={t('fields.rateSlider', pair)}
                        value={tr.rate}
                        onChange={(rate) => editTransition(s.id, i, 'rate', (x) => ({ ...x, rate }))}
                      />
                      <span className="muted">→ {pair.to}</span>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function SensitivitySlide({ scenario, stages, currency }: AnalysisProps) {
  const outcome = useSensitivity(stages, scenario, POINTS, 'revenue');
  if (!outcome.ok) return <Issues issues={outcome.issues} />;
  const props = { value: outcome.value, stages, currency, points: POINTS };
  return (
    <>
      <SensitivityAnswer {...props} />
      <div className="slide-chart" data-testid="chart-tornado">
        <TornadoChart {...props} />
      </div>
    </>
  );
}

function UncertaintySlide({ scenario, stages, currency }: AnalysisProps) {
  const outcome = useMonteCarlo(stages, scenario, SEED);
  if (!outcome.ok) return <Issues issues={outcome.issues} />;
  return (
    <>
      <UncertaintyFigures mc={outcome.value} scenario={scenario} currency={currency} />
      <div className="slide-chart" data-testid="chart-band">
        <BandChart mc={outcome.value} scenario={scenario} currency={currency} />
      </div>
    </>
  );
}

function CompareSlide(props: CompareProps) {
  return <CompareResultsTable cmp={useComparison(props.stages, props.scenarios)} {...props} />;
}

function CompareChartSlide({
  scenarios,
  stages,
}: {
  scenarios: readonly Scenario[];
  stages: readonly Stage[];
}) {
  const cmp = useComparison(stages, scenarios);
  return (
    <div className="slide-chart" data-testid="chart-compare">
      <CompareVolumeChart cmp={cmp} scenarios={scenarios} stages={stages} />
    </div>
  );
}
