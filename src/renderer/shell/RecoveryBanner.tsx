import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { uiStore, useUi } from '../state/ui-store';
import { loadWorkbook } from '../state/workbook-store';
import { formatDateTime } from '../format';

/** Offers back the work autosaved before Pacto last stopped unexpectedly. */
export function RecoveryBanner() {
  const { t } = useTranslation();
  const recovery = useUi((s) => s.recovery);
  const language = useUi((s) => s.language);
  if (!recovery) return null;
  const done = () => uiStore.setState({ recovery: null });
  return (
    <div className="banner" role="alert">
      <strong>{t('recovery.title')}</strong>{' '}
      {t('recovery.body', {
        name: recovery.fileName ?? t('untitled'),
        when: formatDateTime(recovery.savedAt, language),
      })}
      <div className="banner-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            loadWorkbook(recovery.doc, recovery.fileName, false);
            uiStore.setState({ route: 'workbook' });
            done();
          }}
        >
          {t('actions.recover')}
        </button>
        <button type="button" onClick={() => void call('discardRecovery', {}).then(done)}>
          {t('actions.discard')}
        </button>
      </div>
    </div>
  );
}
