import { useTranslation } from 'react-i18next';

/** Placeholder until the scenarios feature lands. */
export default function ScenariosScreen() {
  const { t } = useTranslation();
  return <h1>{t('nav.scenarios')}</h1>;
}
