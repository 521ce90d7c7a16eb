import { useTranslation } from 'react-i18next';
import { verdictText } from '../../../shared/compliance/words';
import type { ClauseStatus, UnmeasurableReason } from '../../../shared/workbook/schema';
import { STATUS_SYMBOL } from './labels';

/**
 * A verdict: symbol, word and colour (the words of the shared `compliance` catalog, as in the CLI,
 * PDF and Excel file), with whether an in-progress period is on track, and the reason as a tooltip.
 */
export function StatusBadge({
  status,
  reason,
  onTrack,
}: {
  status: ClauseStatus;
  reason?: UnmeasurableReason | undefined;
  onTrack?: boolean | null | undefined;
}) {
  const { t } = useTranslation('compliance');
  const hint = reason ? t(`reason.${reason}`) : t(`statusHint.${status}`);
  const words = status === 'in-progress' ? verdictText(t, { status, onTrack }) : t(`status.${status}`);
  return (
    <span className={`status-badge status-${status}`} title={hint} data-status={status}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {words}
    </span>
  );
}
