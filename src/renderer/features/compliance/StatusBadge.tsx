import { useTranslation } from 'react-i18next';
import type { ClauseStatus, UnmeasurableReason } from '../../../shared/workbook/schema';
import { STATUS_SYMBOL } from './labels';

/** Met / missed / not measurable / too early: symbol, word and colour, with the reason as a tooltip. */
export function StatusBadge({
  status,
  reason,
}: {
  status: ClauseStatus;
  reason?: UnmeasurableReason | undefined;
}) {
  const { t } = useTranslation('compliance');
  const hint = reason ? t(`reason.${reason}`) : t(`statusHint.${status}`);
  return (
    <span className={`status-badge status-${status}`} title={hint} data-status={status}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
