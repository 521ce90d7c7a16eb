import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../shared/ipc/import';
import { formatNumber } from '../../format';
import { useUi } from '../../state/ui-store';
import { useDoc } from '../../state/workbook-store';
import { useFieldLabel } from './field-label';
import { ImportReportView } from './ImportReportView';

/**
 * The last import's report, folded into one line above the dashboard: after an import the answer (the
 * dashboard) comes first, and what was skipped or unreadable is one click away.
 */
export function ImportDetails({ summary, timeZone }: { summary: ImportSummary; timeZone: string }) {
  const { t } = useTranslation('import');
  const lang = useUi((u) => u.language);
  const stages = useDoc()?.stages ?? [];
  const fieldLabel = useFieldLabel(stages);
  const r = summary.report;
  return (
    <details className="panel import-details" data-testid="import-details">
      <summary>
        <strong>{t('report.title')}</strong> ·{' '}
        {t('report.done', { used: formatNumber(r.rowsUsed, lang), read: formatNumber(r.rowsRead, lang) })}
      </summary>
      <ImportReportView
        summary={summary}
        fieldLabel={fieldLabel}
        stageName={(id) => stages.find((s) => s.id === id)?.name ?? id}
        timeZone={timeZone}
      />
    </details>
  );
}
