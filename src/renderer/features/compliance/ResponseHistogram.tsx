import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { ClauseResult } from '../../../shared/workbook/schema';
import { formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { COMMON, axis, colour, plugins, useInk, valueAxis } from '../scenarios/charts';

/** Time to first touch in bands (0–5 min … > 24 h), plus the records never touched. */
export function ResponseHistogram({ clause }: { clause: ClauseResult }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const ink = useInk();
  const h = clause.histogram;
  if (!h) return null;
  const labels = [...(t('histogram.bands', { returnObjects: true }) as string[]), t('histogram.untouched')];
  const data = [...h.bands, h.untouched];
  const summary = labels.map((l, i) => `${l}: ${formatNumber(data[i], lang)}`).join('; ');
  return (
    <section className="panel histogram" aria-label={`${t('histogram.title')} — ${clause.title}`}>
      <div className="chart" data-testid="response-histogram">
        <Bar
          role="img"
          aria-label={`${t('histogram.title')}: ${summary}`}
          data={{
            labels,
            datasets: [
              {
                label: t('histogram.records'),
                data,
                backgroundColor: data.map((_, i) =>
                  i === data.length - 1 ? '#5b6470' : colour(i < 3 ? 2 : i < 5 ? 0 : 1),
                ),
              },
            ],
          }}
          options={{
            ...COMMON,
            plugins: plugins(`${t('histogram.title')} — ${clause.title}`, ink, false),
            scales: { x: axis(ink), y: { beginAtZero: true, ...valueAxis(ink, lang) } },
          }}
        />
      </div>
    </section>
  );
}
