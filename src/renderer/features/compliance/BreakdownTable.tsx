import { useTranslation } from 'react-i18next';
import type { ClauseResult } from '../../../shared/workbook/schema';
import { formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { ScrollTable, TableHead } from '../../components/ScrollTable';
import { figureText } from '../../../shared/compliance/figures';

const MAX_ROWS = 50;

/** Each owner's (or channel's) figure per measurable clause over all months, with breaches. */
export function BreakdownTable({
  clauses,
  by,
}: {
  clauses: readonly ClauseResult[];
  by: 'owner' | 'channel';
}) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const measured = clauses.filter((c) => !c.reason && (by === 'owner' ? c.byOwner : c.byChannel).length > 0);
  if (measured.length === 0) return null;
  const slices = (c: ClauseResult) => (by === 'owner' ? c.byOwner : c.byChannel);
  const totals = new Map<string, number>();
  for (const c of measured)
    for (const s of slices(c)) totals.set(s.key, Math.max(totals.get(s.key) ?? 0, s.count));
  const keys = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ROWS)
    .map(([k]) => k);
  const title = by === 'owner' ? t('owners.title') : t('channels.title');
  const empty = by === 'owner' ? t('owners.unassigned') : t('channels.none');
  return (
    // Not a landmark itself: its scroll region is, named by the heading (two landmarks of one name confuse).
    <div className="panel breakdown">
      <h2 id={`${by}-title`}>{title}</h2>
      <ScrollTable labelledBy={`${by}-title`} testId={`by-${by}`}>
        <TableHead
          columns={[
            { text: by === 'owner' ? t('owners.owner') : t('channels.channel') },
            { text: t('owners.records'), num: true },
            ...measured.map((c) => ({ key: c.id, text: c.title, num: true })),
          ]}
        />
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">{key || empty}</th>
              <td className="num">{formatNumber(totals.get(key), lang)}</td>
              {measured.map((c) => {
                const s = slices(c).find((x) => x.key === key);
                return (
                  <td className="num" key={c.id}>
                    {s ? figureText(t, lang, c, s.actual) : '—'}
                    {s && s.breaches > 0 && (
                      <span className="breach-count" title={t('owners.breaches')}>
                        {' '}
                        ({formatNumber(s.breaches, lang)} ✗)
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
