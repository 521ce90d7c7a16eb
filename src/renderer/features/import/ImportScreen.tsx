import { useTranslation } from 'react-i18next';
import { ImportWizard } from './ImportWizard';
import './import.css';

/** The import screen: the wizard on its own (the compliance screen can embed the same wizard). */
export default function ImportScreen() {
  const { t } = useTranslation('import');
  return (
    <div className="import-screen">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ImportWizard />
    </div>
  );
}
