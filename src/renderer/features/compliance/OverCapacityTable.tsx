import { useTranslation } from 'react-i18next';
import type { ClauseResult } from '../../../shared/workbook/schema';
import { formatMonth, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { ScrollTable, TableHead } from '../../components/ScrollTable';
import { figureText } from '../../../shared/compliance/figures';

const MAX_ROWS = 50;

/**
 * A capacity clause's rep-months over the capacity per rep: "marketing delivers more than sales can
 * work", as data. Each rep's totals are in the owners breakdown below.
 */
export function OverCapacityTable({ clause }: { clause: ClauseResult }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  if (clause.type !== 'capacity' || clause.reason) return null;
  const over = clause.overCapacity ?? [];
  const rows = over.slice(0, MAX_ROWS);
  return (
    <section className="panel over-capacity" aria-labelledby="over-capacity-title">
      <h2 id="over-capacity-title">
        {t('capacity.title')}: {clause.title}
      </h2>
      <p className="muted small">{t('capacity.note')}</p>
      {over.length === 0 ? (
        <p data-testid="over-capacity-none">{t('capacity.none')}</p>
      ) : (
        <ScrollTable labelledBy="over-capacity-title" testId="over-capacity">
          <TableHead
            columns={[
              { text: t('capacity.month') },
              { text: t('capacity.owner') },
              { text: t('capacity.handed'), num: true },
              { text: t('capacity.capacity'), num: true },
              { text: t('capacity.over'), num: true },
            ]}
          />
          <tbody>
            {rows.map((o) => (
              <tr key={`${o.month}|${o.owner}`}>
                <td>{formatMonth(o.month, lang)}</td>
                <th scope="row">{o.owner}</th>
                <td className="num">{formatNumber(o.count, lang)}</td>
                <td className="num">{figureText(t, lang, clause, o.capacity)}</td>
                <td className="num">+{formatNumber(o.count - o.capacity, lang)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {over.length > rows.length && (
        <p className="muted small">{t('capacity.shown', { shown: rows.length, total: over.length })}</p>
      )}
    </section>
  );
}
