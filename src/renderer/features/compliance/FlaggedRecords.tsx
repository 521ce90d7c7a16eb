import { useTranslation } from 'react-i18next';
import { clauseTitle } from '../../../shared/export/agreement-text';
import type { ComplianceResult, Workbook } from '../../../shared/workbook/schema';
import { formatMonth, formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';

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
      <div className="table-scroll" role="region" aria-label={t('flagged.title')} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('breaches.clause')}</th>
              <th scope="col">{t('breaches.record')}</th>
              <th scope="col">{t('breaches.month')}</th>
              <th scope="col">{t('breaches.owner')}</th>
              <th scope="col">{t('breaches.value')}</th>
            </tr>
          </thead>
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
        </table>
      </div>
    </section>
  );
}
