import { useTranslation } from 'react-i18next';
import { clauseTitle } from '../../../shared/export/agreement-text';
import type { ComplianceResult, Workbook } from '../../../shared/workbook/schema';
import { formatMonth, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { ScrollTable, TableHead } from '../../components/ScrollTable';

const SHOWN = 100;

/** Records that kept the commitment with a note (e.g. touched before the hand-off): a process check. */
export function FlaggedRecords({ result, doc }: { result: ComplianceResult; doc: Workbook }) {
  const { t } = useTranslation('compliance');
  const lang = useUi((u) => u.language);
  if (result.flagged.total === 0) return null;
  const items = result.flagged.items.slice(0, SHOWN);
  return (
    <section className="panel flagged" aria-labelledby="flagged-title" data-testid="flagged">
      <h2 id="flagged-title">{t('flagged.title')}</h2>
      <p className="muted">
        {t('flagged.count', {
          shown: formatNumber(items.length, lang),
          total: formatNumber(result.flagged.total, lang),
        })}
      </p>
      <ScrollTable label={t('flagged.title')}>
        <TableHead
          columns={[
            { text: t('breaches.clause') },
            { text: t('breaches.record') },
            { text: t('breaches.month') },
            { text: t('breaches.owner') },
            { text: t('breaches.value') },
          ]}
        />
        <tbody>
          {items.map((f) => (
            <tr key={`${f.clauseId}-${f.recordId}`}>
              <td>{clauseTitle(doc, { id: f.clauseId, title: f.clauseId })}</td>
              <td>{f.recordId}</td>
              <td>{formatMonth(f.month, lang)}</td>
              <td>{f.owner || t('owners.unassigned')}</td>
              <td title={t(`flagHint.${f.flag}`)}>{t(`flag.${f.flag}`)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
