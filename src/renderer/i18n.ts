import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../shared/i18n';
import type { Language } from '../shared/workbook/schema';

/** react-i18next over the shared catalogs; the language is set from settings or the OS at start-up. */
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources,
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

export function setLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18next;
