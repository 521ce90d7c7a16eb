import { useTranslation } from 'react-i18next';
import { verdictText } from '../../shared/compliance/words';
import { AgreementStatus, type ClauseStatus, type UnmeasurableReason } from '../../shared/workbook/schema';

/**
 * The one status badge: a status as a word in a rounded badge, never by colour alone.
 * - A workshop status (draft, proposed, agreed, disputed), in the `workbook` catalog's words.
 * - A verdict (met, missed, in progress, not measurable): symbol and word of the shared `compliance`
 *   catalog (as in the CLI, PDF and Excel file), whether an in-progress period is on track, and the
 *   reason as a tooltip.
 */
export function StatusBadge({
  status,
  reason,
  onTrack,
}: {
  status: ClauseStatus | AgreementStatus;
  reason?: UnmeasurableReason | undefined;
  onTrack?: boolean | null | undefined;
}) {
  const { t } = useTranslation(['compliance', 'workbook']);
  if (isAgreementStatus(status)) {
    return <span className={`badge status-${status}`}>{t(`workbook:status.${status}`)}</span>;
  }
  const hint = reason ? t(`reason.${reason}`) : t(`statusHint.${status}`);
  const words = status === 'in-progress' ? verdictText(t, { status, onTrack }) : t(`status.${status}`);
  return (
    <span className={`status-badge status-${status}`} title={hint} data-status={status}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {words}
    </span>
  );
}

/** A verdict is shown with a symbol and a word as well as a colour. */
const STATUS_SYMBOL: Record<ClauseStatus, string> = {
  met: '✓',
  missed: '✗',
  'in-progress': '…',
  'not-measurable': '–',
};

const isAgreementStatus = (s: string): s is AgreementStatus => AgreementStatus.safeParse(s).success;
