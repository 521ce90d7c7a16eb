import { useTranslation } from 'react-i18next';
import { dealFigures } from '../../../shared/compliance/deal-figures';
import type { ClauseResult } from '../../../shared/workbook/schema';
import { formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { StatusBadge } from '../../components/StatusBadge';
import { ScrollTable, TableHead } from '../../components/ScrollTable';
import { figureText } from '../../../shared/compliance/figures';
import { periodText } from '../../../shared/compliance/words';

/** A revenue clause per period: revenue won, deals and average deal side by side, with the verdict. */
export function DealsTable({
  clause,
  fiscalYearStartMonth,
}: {
  clause: ClauseResult;
  fiscalYearStartMonth: number;
}) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  if (clause.type !== 'revenue' || clause.reason) return null;
  const money = (v: number | null) => figureText(t, lang, clause, v);
  return (
    <section className="panel deals" aria-labelledby="deals-title">
      <h2 id="deals-title">
        {t('deals.title')}: {clause.title}
      </h2>
      <p className="muted small">{t('deals.note')}</p>
      <ScrollTable labelledBy="deals-title" testId="deals-table">
        <TableHead
          columns={[
            { text: t('deals.period') },
            { text: t('deals.revenue'), num: true },
            { text: t('deals.deals'), num: true },
            { text: t('deals.average'), num: true },
            { text: t('deals.target'), num: true },
            { text: t('deals.verdict') },
          ]}
        />
        <tbody>
          {clause.periods.map((p) => {
            const d = dealFigures(clause, p);
            const measured = p.status !== 'not-measurable';
            return (
              <tr key={p.period}>
                <th scope="row">{periodText(t, p.period, fiscalYearStartMonth, lang)}</th>
                <td className="num">{measured ? money(d.revenue) : '—'}</td>
                <td className="num">{measured ? formatNumber(d.deals, lang) : '—'}</td>
                <td className="num">{measured ? money(d.average) : '—'}</td>
                <td className="num">{money(p.target)}</td>
                <td>
                  <StatusBadge status={p.status} reason={p.reason} onTrack={p.onTrack} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </section>
  );
}
