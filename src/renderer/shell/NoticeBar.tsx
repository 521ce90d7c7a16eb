import { useTranslation } from 'react-i18next';
import { notify, useUi } from '../state/ui-store';
import { errorMessage } from '../../shared/i18n';

/** The latest status or error, in words (errors are translated from their code). */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useUi((s) => s.notice);
  if (!notice) return null;
  const text = notice.kind === 'error' ? errorMessage(t, notice.error) : t(notice.key, notice.params);
  return (
    <div
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span>{text}</span>
      <button type="button" className="link" onClick={() => notify(null)} aria-label={t('actions.dismiss')}>
        ×
      </button>
    </div>
  );
}
