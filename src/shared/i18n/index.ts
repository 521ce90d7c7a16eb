import i18next, { type i18n } from 'i18next';
import cli from './cli';
import common from './common';
import compliance from './compliance';
import errors from './errors';
import exportNs from './export';
import importNs from './import';
import scenarios from './scenarios';
import workbook from './workbook';
import type { Language } from '../workbook/schema';
import type { AppError } from '../errors/result';

/**
 * Message catalogs, one module per namespace, each with `en` and `es` (es is typed against en, so a
 * missing translation fails the typecheck). Add a namespace here when a feature adds one.
 */
export const namespaces = {
  cli,
  common,
  compliance,
  errors,
  export: exportNs,
  import: importNs,
  scenarios,
  workbook,
} as const;
export type Namespace = keyof typeof namespaces;

export const resources = Object.fromEntries(
  (['en', 'es'] as const).map((lng) => [
    lng,
    Object.fromEntries(Object.entries(namespaces).map(([ns, cat]) => [ns, cat[lng]])),
  ]),
) as unknown as Record<Language, Record<Namespace, Record<string, unknown>>>;

export const LANGUAGES: readonly Language[] = ['es', 'en'];

/** Picks a supported language from a BCP 47 tag (the OS locale), English when unknown. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** A standalone i18next instance (the CLI and main use this; the renderer adds react-i18next). */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources,
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The translated text of an AppError; a `detail` that is a system error code (ENOENT…) in words. */
export function errorMessage(t: i18n['t'], error: AppError): string {
  const params = { ...(error.params ?? {}) };
  const detail = params.detail;
  if (typeof detail === 'string' && /^E[A-Z0-9]+$/.test(detail)) {
    const words = t(`os.${detail}`, { ns: 'errors', defaultValue: '' });
    if (words) params.detail = words;
  }
  return t(error.code, { ns: 'errors', ...params });
}
