import { useTranslation } from 'react-i18next';

/** Placeholder until the export feature lands. */
export default function ExportScreen() {
  const { t } = useTranslation();
  return <h1>{t('nav.export')}</h1>;
}
