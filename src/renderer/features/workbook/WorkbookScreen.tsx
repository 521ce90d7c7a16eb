import { useTranslation } from 'react-i18next';
import { updateWorkbook, useDoc } from '../../state/workbook-store';

/** Placeholder: the workbook's title. The editor feature replaces this screen. */
export default function WorkbookScreen() {
  const { t } = useTranslation('common');
  const doc = useDoc();
  if (!doc) return null;
  return (
    <section>
      <h1>{t('nav.workbook')}</h1>
      <label className="field">
        <span>{t('fields.title')}</span>
        <input
          value={doc.meta.title}
          onChange={(e) => {
            const title = e.target.value;
            updateWorkbook((d) => void (d.meta.title = title), { coalesce: 'meta.title' });
          }}
        />
      </label>
    </section>
  );
}
