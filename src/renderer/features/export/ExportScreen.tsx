import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useDoc } from '../../state/workbook-store';
import { useUi } from '../../state/ui-store';
import { PrintDocument } from '../../print/PrintDocument';
import { PAPERS, type Paper } from '../../../shared/export/print-data';
import type { ExportedFile } from '../../../shared/ipc/export';
import { LANGUAGES } from '../../../shared/i18n';
import { errorMessage } from '../../../shared/i18n';
import type { Language } from '../../../shared/workbook/schema';
import '../../print/print.css';
import './export.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: ExportedFile }
  | { kind: 'failed'; detail: string };

/**
 * Export: paper and language, a preview built from the same components as the PDF, and Save As for
 * PDF and Excel. The files are written in main, so the UI stays responsive while they are produced.
 */
export default function ExportScreen() {
  const { t } = useTranslation('export');
  const doc = useDoc();
  const uiLanguage = useUi((s) => s.language);
  const [paper, setPaper] = useState<Paper>(uiLanguage === 'en' ? 'letter' : 'a4');
  const [lang, setLang] = useState<Language | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (!doc) return null;
  const docLang = lang ?? doc.meta.language;

  const run = async (channel: 'exportPdf' | 'exportXlsx') => {
    setStatus({ kind: 'working' });
    const result = await call(channel, { doc, lang: docLang, paper });
    if (!result.ok) setStatus({ kind: 'failed', detail: errorMessage(t, result.error) });
    else setStatus(result.value ? { kind: 'done', file: result.value } : { kind: 'idle' });
  };
  const busy = status.kind === 'working';

  return (
    <div className="export-screen">
      <h1>{t('screen.title')}</h1>
      <div className="export-controls">
        <label>
          {t('screen.paper')}
          <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            {PAPERS.map((p) => (
              <option key={p} value={p}>
                {t(`screen.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('screen.language')}
          <select value={docLang} onChange={(e) => setLang(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'es' ? 'Español' : 'English'}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => void run('exportPdf')}>
          {t('screen.exportPdf')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('exportXlsx')}>
          {t('screen.exportXlsx')}
        </button>
      </div>
      <p className="export-status" role="status" data-testid="export-status">
        {status.kind === 'working' && t('screen.working')}
        {status.kind === 'failed' && t('screen.failed', { detail: status.detail })}
        {status.kind === 'done' && (
          <>
            {t('screen.done', { file: status.file.fileName })}{' '}
            <button
              type="button"
              onClick={() => void call('showExportInFolder', { token: status.file.token })}
            >
              {t('screen.showInFolder')}
            </button>
          </>
        )}
      </p>
      <h2>{t('screen.preview')}</h2>
      <div className="export-preview" aria-label={t('screen.preview')}>
        <div className="export-sheet">
          <PrintDocument data={{ doc, lang: docLang, paper }} />
        </div>
      </div>
    </div>
  );
}
