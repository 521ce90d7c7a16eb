import { useTranslation } from 'react-i18next';
import type { ClauseResult, DecisionMonth } from '../../../shared/workbook/schema';
import { reasonsText, scoreFromText } from '../../../shared/compliance/words';
import { formatMonth, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { ScrollTable, TableHead } from '../../components/ScrollTable';

/**
 * The selected clause's lead-quality drill-down: for an acceptance rate, sales' decisions on each
 * month's hand-overs and the rejections per reason; for scoring, the threshold and how many hand-overs
 * fell below it (listed in the breach table). Nothing for other clauses.
 */
export function LeadQuality({ clause, onList }: { clause: ClauseResult; onList(id: string): void }) {
  if (clause.decisions) return <Decisions clause={clause} decisions={clause.decisions} />;
  if (clause.threshold !== undefined) return <Scoring clause={clause} onList={onList} />;
  return null;
}

function Decisions({ clause, decisions }: { clause: ClauseResult; decisions: DecisionMonth[] }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const n = (x: number) => formatNumber(x, lang);
  const rows = decisions.filter((d) => d.accepted + d.rejected + d.pending + d.undecided > 0);
  const title = `${t('decisions.title')} — ${clause.title}`;
  return (
    <section className="panel decisions" aria-label={title}>
      <h2>{t('decisions.title')}</h2>
      <ScrollTable label={title} testId="decisions">
        <TableHead
          columns={[
            { text: t('breaches.month') },
            { text: t('decisions.accepted'), num: true },
            { text: t('decisions.rejected'), num: true },
            { text: t('decisions.pending'), num: true },
            { text: t('decisions.undecided'), num: true },
            { text: t('decisions.reasons') },
          ]}
        />
        <tbody>
          {rows.map((d) => (
            <tr key={d.month} data-testid="decisions-row">
              <th scope="row">{formatMonth(d.month, lang)}</th>
              <td className="num">{n(d.accepted)}</td>
              <td className="num">{n(d.rejected)}</td>
              <td className="num">{n(d.pending)}</td>
              <td className="num">{n(d.undecided)}</td>
              <td>{reasonsText((k, p) => t(k, p ?? {}), d, n)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="muted small">{t('decisions.note')}</p>
    </section>
  );
}

function Scoring({ clause, onList }: { clause: ClauseResult; onList(id: string): void }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  const below = clause.periods.reduce((sum, p) => sum + p.breaches, 0);
  return (
    <section className="panel scoring" aria-labelledby="scoring-title" data-testid="scoring-panel">
      <h2 id="scoring-title">{t('scoring.title')}</h2>
      <p>{t('scoring.threshold', { threshold: formatNumber(clause.threshold, lang, 1) })}</p>
      <p>
        {t('scoring.below', { count: below, formatted: formatNumber(below, lang) })}{' '}
        {below > 0 && (
          <button type="button" onClick={() => onList(clause.id)}>
            {t('scoring.list')}
          </button>
        )}
      </p>
      <p className="muted small" data-testid="score-from">
        {scoreFromText((k, p) => t(k, p ?? {}), clause)}
      </p>
    </section>
  );
}
