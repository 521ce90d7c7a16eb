import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The UI font ships with the app: the same look on every OS, and deterministic screenshots.
import '@fontsource-variable/inter/wght.css';
import './styles.css';
import { setLanguage } from './i18n';
import { call } from './api';
import { App } from './shell/App';
import { uiStore, notify } from './state/ui-store';
import { showOpened } from './shell/commands';
import { languageFromLocale } from '../shared/i18n';

/**
 * react-aria's buttons add one rule (touch-action on pressable elements) as an inline <style>, which the
 * page's CSP (style-src 'self') refuses. styles.css carries that rule; an element with the id react-aria
 * looks for tells it the rule is already there.
 */
function markPressableStyle(): void {
  const marker = document.createElement('meta');
  marker.id = 'react-aria-pressable-style';
  document.head.append(marker);
}

async function start(): Promise<void> {
  markPressableStyle();
  // Charts draw once on a canvas: the font must be there before the first frame, not swapped in later.
  await document.fonts.load("1em 'Inter Variable'").catch(() => undefined);
  const startup = await call('startup', {});
  if (startup.ok) {
    const { settings, systemLocale, opened, openError, recovery } = startup.value;
    const language = settings.language ?? languageFromLocale(systemLocale);
    setLanguage(language);
    uiStore.setState({ language, languageSetting: settings.language, systemLocale, recovery });
    if (opened) showOpened(opened);
    if (openError) notify({ kind: 'error', error: openError });
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  uiStore.setState({ ready: true });
  document.body.dataset.ready = 'true';
}

void start();
