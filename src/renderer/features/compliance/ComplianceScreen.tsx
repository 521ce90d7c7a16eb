import { useTranslation } from 'react-i18next';

/** Placeholder until the compliance feature lands. */
export default function ComplianceScreen() {
  const { t } = useTranslation();
  return <h1>{t('nav.compliance')}</h1>;
}
