import { useTranslation } from 'react-i18next';
import { notify, useUi } from '../state/ui-store';
import { errorMessage } from '../../shared/i18n';

/** The latest status or error, in words (errors are translated from their code). */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useUi((s) => s.notice);
  if (!notice) return null;
  const text = 'error' in notice ? errorMessage(t, notice.error) : notice.text;
  return (
    <div
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span>{text}</span>
      <button type="button" className="link" onClick={() => notify(null)} aria-label={t('actions.close')}>
        ×
      </button>
    </div>
  );
}
