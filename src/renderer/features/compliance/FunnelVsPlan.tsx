import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { PlanVsActual } from '../../../shared/compliance/plan-vs-actual';
import type { ComplianceResult, Stage } from '../../../shared/workbook/schema';
import { formatNumber, formatPercent } from '../../format';
import { useUi } from '../../state/ui-store';
import { COMMON, axis, colour, plugins, useInk, valueAxis } from '../scenarios/charts';
import { TableHead } from '../../components/ScrollTable';
import { PlanGap } from './PlanGap';

interface Props {
  result: ComplianceResult;
  pva: PlanVsActual | null;
  stages: readonly Stage[];
}

/**
 * The actual funnel (records entering each measured stage over the measured months) beside the
 * plan-of-record scenario over the same months, and the measured conversion rates beside the planned.
 */
export function FunnelVsPlan({ result, pva, stages }: Props) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const ink = useInk();
  const name = (id: string) => stages.find((s) => s.id === id)?.name ?? id;
  const stageIds = Object.keys(result.months[0]?.entered ?? {});
  const ordered = stages.map((s) => s.id).filter((id) => stageIds.includes(id));
  const measuredMonths = new Set(result.months.map((m) => m.month));
  const actual = ordered.map((id) => result.months.reduce((n, m) => n + (m.entered[id] ?? 0), 0));
  // No plan series when the plan's months and the data's do not meet (PlanGap says so instead).
  const plan = pva?.overlaps
    ? ordered.map((id) =>
        (pva.stages.find((s) => s.stageId === id)?.months ?? [])
          .filter((m) => measuredMonths.has(m.month))
          .reduce((n, m) => n + (m.plan ?? 0), 0),
      )
    : null;
  const datasets = [{ label: t('funnel.actual'), data: actual, backgroundColor: colour(0) }];
  if (plan && pva)
    datasets.push({
      label: t('funnel.plan', { name: pva.scenarioName }),
      data: plan,
      backgroundColor: colour(1),
    });
  const summary = ordered
    .map(
      (id, i) =>
        `${name(id)} ${formatNumber(actual[i], lang)}${plan ? ` / ${formatNumber(plan[i], lang)}` : ''}`,
    )
    .join('; ');

  return (
    <section className="panel funnel" aria-labelledby="funnel-title">
      <h2 id="funnel-title">{t('funnel.title')}</h2>
      {!pva && <p className="muted">{t('funnel.noPlan')}</p>}
      <PlanGap pva={pva} />
      <div className="chart" data-testid="funnel-chart">
        <Bar
          role="img"
          aria-label={`${t('funnel.title')}: ${summary}`}
          data={{ labels: ordered.map(name), datasets }}
          options={{
            ...COMMON,
            plugins: plugins(t('funnel.title'), ink),
            indexAxis: 'y',
            scales: { x: { beginAtZero: true, ...valueAxis(ink, lang) }, y: axis(ink) },
          }}
        />
      </div>
      <table data-testid="rates">
        <caption>{t('funnel.rates')}</caption>
        <TableHead
          columns={[
            { text: t('funnel.from') },
            { text: t('funnel.to') },
            { text: t('funnel.measured'), num: true },
            !!pva && { text: t('funnel.planned'), num: true },
            { text: t('funnel.medianDays'), num: true },
            !!pva && { text: t('funnel.plannedDays'), num: true },
          ]}
        />
        <tbody>
          {result.conversion.map((c) => {
            const p = pva?.rates.find((r) => r.from === c.from && r.to === c.to);
            return (
              <tr key={`${c.from}-${c.to}`}>
                <td>{name(c.from)}</td>
                <td>{name(c.to)}</td>
                <td className="num">{formatPercent(c.rate, lang)}</td>
                {pva && <td className="num">{formatPercent(p?.planned ?? null, lang)}</td>}
                <td className="num">{formatNumber(c.medianDays, lang, 1)}</td>
                {pva && <td className="num">{formatNumber(p?.plannedDays ?? null, lang, 0)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
