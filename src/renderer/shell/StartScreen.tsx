import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import type { RecentEntry } from '../../shared/ipc/files';
import { useUi } from '../state/ui-store';
import { newWorkbook, openRecent, openWorkbook } from './commands';

/** The first screen: start from the example or a blank workbook, open one, or reopen a recent one. */
export function StartScreen() {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  useEffect(() => {
    void call('listRecent', {}).then((r) => r.ok && setRecent(r.value));
  }, []);
  return (
    <section className="start">
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.lead')}</p>
      <div className="start-actions">
        <button type="button" className="primary" onClick={() => void newWorkbook('b2b', language)}>
          {t('welcome.newTemplate')}
        </button>
        <button type="button" onClick={() => void newWorkbook('blank', language)}>
          {t('welcome.newBlank')}
        </button>
        <button type="button" onClick={() => void openWorkbook()}>
          {t('welcome.open')}
        </button>
      </div>
      <h2>{t('welcome.recent')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('welcome.noRecent')}</p>
      ) : (
        <ul className="recent">
          {recent.map((r) => (
            <li key={r.id}>
              <button type="button" className="link" onClick={() => void openRecent(r.id)}>
                {r.name}
              </button>{' '}
              <span className="muted">{r.folder}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
